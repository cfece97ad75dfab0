/**
 * The one rule for printing a figure (SPEC 4: rounding happens only at presentation):
 * - a level (baseline, current) or a change is rounded half away from zero to its indicator's
 *   `decimals` (0 when unset), as the decimal figure stored in metrics.json reads: 2.345 to two
 *   decimals is 2.35, whatever its binary double says;
 * - relative and annualised changes, and progress towards a target, are percentages with 1
 *   decimal;
 * - counts of entities are whole numbers; years are written without a thousands separator;
 * - a change carries its sign (+ or -, none for zero); a change of a percentage is in
 *   percentage points;
 * - null (a figure that cannot be computed) is written "n/a" in the edition's language.
 * Numbers are formatted by Intl.NumberFormat for the edition's locale (en: 1,234.5), units in
 * words from the edition's strings.
 */
import type { Strings } from '../i18n/index.js';
import type { Indicator } from '../model.js';

/** The decimals a figure of this indicator is printed with. */
export function decimalsOf(indicator: Pick<Indicator, 'decimals'>): number {
  return indicator.decimals ?? 0;
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

  constructor(readonly strings: Strings) {
    this.plurals = new Intl.PluralRules(strings.locale);
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
    return this.plurals.select(decimals === 0 ? printed : Number(printed.toFixed(decimals)));
  }

  /** A baseline or current figure with its unit: "1,234.5 kg", "58.4%", "12 days", "37". */
  level(value: number | null, indicator: Pick<Indicator, 'decimals' | 'unit'>): string {
    if (value === null) return this.strings.notAvailable;
    const decimals = decimalsOf(indicator);
    const text = this.format(asDecimal(value), decimals, 'negative');
    return this.strings.units[indicator.unit](text, this.plural(Math.abs(value), decimals));
  }

  /** A change with its sign and unit; percentages change in percentage points: "+3.2 percentage points". */
  change(value: number | null, indicator: Pick<Indicator, 'decimals' | 'unit'>): string {
    if (value === null) return this.strings.notAvailable;
    const decimals = decimalsOf(indicator);
    const text = this.format(asDecimal(value), decimals, 'exceptZero');
    const plural = this.plural(Math.abs(value), decimals);
    return indicator.unit === 'percent' ? this.strings.percentagePoints(text, plural) : this.strings.units[indicator.unit](text, plural);
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

  /** "45 of 58". */
  ofTotal(count: number, total: number): string {
    return this.strings.ofTotal(this.count(count), this.count(total));
  }

  /** "February 2013" (month 1-12). */
  monthYear(month: number, year: number): string {
    return new Intl.DateTimeFormat(this.strings.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
  }
}
