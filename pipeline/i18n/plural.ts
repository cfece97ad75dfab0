/**
 * The plural category of a count, for the words that follow it. Words functions get their counts
 * already printed by Intl in the report's locale ("1 020", "1.020,5", "١٬٠٢٠"), so that the digits
 * are the report's; this reads such a count back, with the locale's own separators, and asks
 * Intl.PluralRules.
 */

/** Arabic-Indic and extended Arabic-Indic digits, read as 0-9. */
const INDIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;
/** Spaces, bidi marks and the Arabic thousands separator, which never change a count's value. */
const IGNORED = /[\s\u00a0\u202f\u200e\u200f\u061c\u066c]/g;

/**
 * The plural category of a count in one language.
 *
 * @param locale
 *   The language's locale, such as fr.
 * @returns
 *   A function from a count, a number or as Intl prints it for the locale (in Western or
 *   Arabic-Indic digits), to its category; 'other' for a text that is not a number ("n/a").
 */
export function pluralCategory(locale: string): (count: string | number) => Intl.LDMLPluralRule {
  // A count's visible decimals count too ("2,0" is 'other' in Russian, as CLDR has it): one set of rules per number of them.
  const rules: Intl.PluralRules[] = [];
  const select = (value: number, decimals: number): Intl.LDMLPluralRule =>
    (rules[decimals] ??= new Intl.PluralRules(locale, { minimumFractionDigits: decimals })).select(Math.abs(value));
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  return (count) => {
    if (typeof count === 'number') return select(count, 0);
    let written = count.replace(INDIC_DIGITS, (d) => String((d.codePointAt(0)! & 0xf) % 10)).replace(IGNORED, '').split(group).join('');
    written = written.replace(decimal, '.').replace('\u066b', '.').replace(/\u2212/g, '-');
    const value = Number(written);
    return written !== '' && Number.isFinite(value) ? select(value, written.split('.')[1]?.length ?? 0) : 'other';
  };
}
