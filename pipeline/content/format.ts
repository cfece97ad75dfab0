/**
 * The one rule for printing a figure (SPEC 4: rounding happens only at presentation):
 * - a level (baseline, current) or a change is rounded half away from zero to its indicator's
 *   `decimals` (when unset, its unit's, else 0), as the decimal figure stored in metrics.json reads: 2.345 to two
 *   decimals is 2.35, whatever its binary double says;
 * - relative and annualised changes, and progress towards a target, are percentages with 1
 *   decimal;
 * - counts of entities are whole numbers; years are written without a thousands separator;
 * - a change carries its sign (+ or -, none for zero); a change of a percentage (a unit whose
 *   change is in percentage-points) is in percentage points;
 * - null (a figure that cannot be computed) is written "n/a" in the edition's language.
 * Numbers are formatted by Intl.NumberFormat for the edition's locale (en: 1,234.5); built-in
 * units in words from the edition's strings, the project's own units (data/units.yaml) with
 * their declared symbol.
 */
import type { Strings } from '../i18n/index.js';
import type { BuiltinUnit, Indicator, UnitDefinition } from '../model.js';
import { BUILTIN_UNITS } from '../validate/units.js';

/** The decimals a figure of this indicator is printed with. */
export function decimalsOf(indicator: Pick<Indicator, 'decimals'>, unit?: Pick<UnitDefinition, 'decimals'>): number {
  return indicator.decimals ?? unit?.decimals ?? 0;
}

/**
 * The exact decimal a stored figure stands for: the shortest text that reads back as the same
 * double. Intl.NumberFormat rounds a string as that decimal, not as the binary double.
 */
function asDecimal(value: number): string {
  return String(value);
}

/** Prints figures by the one rule above, in one language. */
export class Formatter {
  private readonly cache = new Map<string, Intl.NumberFormat>();
  private readonly plurals: Intl.PluralRules;

  /**
   * @param strings
   *   The report language's words.
   * @param units
   *   (optional) Every unit an indicator may have (default: the built-in ones).
   */
  constructor(
    readonly strings: Strings,
    private readonly units: Readonly<Record<string, UnitDefinition>> = BUILTIN_UNITS,
  ) {
    this.plurals = new Intl.PluralRules(strings.locale);
  }

  /** A unit's definition; an unknown one (which validation refuses) prints figures alone. */
  private unit(id: string): UnitDefinition {
    return this.units[id] ?? { id, name: id, change: 'difference', builtin: false };
  }

  /** A unit's name: "kilograms", "percentage", or a declared unit's own ("rate per 100,000 population"). */
  unitName(id: string): string {
    const unit = this.unit(id);
    return unit.builtin ? this.strings.unitNames[unit.id as BuiltinUnit] : unit.name;
  }

  /** A printed figure with its unit's words: the language's for a built-in unit, the declared symbol for the project's own. */
  private withUnit(text: string, value: number, decimals: number, unit: UnitDefinition): string {
    if (unit.builtin) return this.strings.units[unit.id as BuiltinUnit](text, this.plural(Math.abs(value), decimals));
    return unit.symbol === undefined ? text : `${text} ${unit.symbol}`;
  }

  private format(value: number | string, decimals: number, sign: 'negative' | 'exceptZero', grouping = true): string {
    const key = `${decimals}/${sign}/${grouping}`;
    let format = this.cache.get(key);
    if (!format) {
      format = new Intl.NumberFormat(this.strings.locale, {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
        roundingMode: 'halfExpand',
        signDisplay: sign,
        useGrouping: grouping,
      } as Intl.NumberFormatOptions);
      this.cache.set(key, format);
    }
    return format.format(value as never);
  }

  /** Plural category of a printed number ("1" is one, "1.0" is other in English). */
  private plural(printed: number, decimals: number): Intl.LDMLPluralRule {
    return this.plurals.select(decimals === 0 ? Math.round(printed) : Number(printed.toFixed(decimals)));
  }

  /** A baseline or current figure with its unit: "1,234.5 kg", "58.4%", "12 days", "37". */
  level(value: number | null, indicator: Pick<Indicator, 'decimals' | 'unit'>): string {
    if (value === null) return this.strings.notAvailable;
    const unit = this.unit(indicator.unit);
    const decimals = decimalsOf(indicator, unit);
    return this.withUnit(this.format(asDecimal(value), decimals, 'negative'), value, decimals, unit);
  }

  /** A change with its sign and unit; percentages change in percentage points: "+3.2 percentage points". */
  change(value: number | null, indicator: Pick<Indicator, 'decimals' | 'unit'>): string {
    if (value === null) return this.strings.notAvailable;
    const unit = this.unit(indicator.unit);
    const decimals = decimalsOf(indicator, unit);
    const text = this.format(asDecimal(value), decimals, 'exceptZero');
    if (unit.change === 'percentage-points') return this.strings.percentagePoints(text, this.plural(Math.abs(value), decimals));
    return this.withUnit(text, value, decimals, unit);
  }

  /** A fraction as a signed percentage with 1 decimal: 0.1234 is "+12.3%". */
  relative(value: number | null): string {
    if (value === null) return this.strings.notAvailable;
    return this.strings.percent(this.format(asDecimal(Number((value * 100).toPrecision(12))), 1, 'exceptZero'));
  }

  /** A fraction as a percentage with 1 decimal, signed only when negative: 0.456 is "45.6%". */
  share(value: number | null): string {
    if (value === null) return this.strings.notAvailable;
    return this.strings.percent(this.format(asDecimal(Number((value * 100).toPrecision(12))), 1, 'negative'));
  }

  /** A whole number: "58", "1,204". */
  count(value: number | null): string {
    if (value === null) return this.strings.notAvailable;
    return this.format(Math.round(value), 0, 'negative');
  }

  /** A year: "2014". */
  year(value: number | null): string {
    if (value === null) return this.strings.notAvailable;
    return this.format(value, 0, 'negative', false);
  }

  /** A number that names a place rather than counts (a line, a column), without grouping: "1204". */
  label(value: number): string {
    return this.format(Math.round(value), 0, 'negative', false);
  }

  /** A chapter's, section's, figure's or table's number ("2.1") in the report's digits. */
  numbering(number: string): string {
    return number.replace(/\d+/g, (run) => this.label(Number(run)));
  }

  /** "45 of 58". */
  ofTotal(count: number, total: number): string {
    return this.strings.ofTotal(this.count(count), this.count(total));
  }

  /** "February 2013" (month 1-12). */
  monthYear(month: number, year: number): string {
    return new Intl.DateTimeFormat(this.strings.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
  }
}
