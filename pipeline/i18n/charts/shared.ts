/**
 * Helpers the charts' words in several languages share: a list joined by the language's
 * Intl.ListFormat, plural forms by Intl.PluralRules, and a name without its parenthetical part.
 */
import type { Count } from './strings.js';

/**
 * Names joined as the language joins a list ("A, B et C", "A、B和C").
 *
 * @param lang
 *   The BCP 47 tag of the language.
 */
export function listFor(lang: string): (names: readonly string[]) => string {
  const format = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
  return (names) => format.format(names);
}

/**
 * A noun after a count, in the form the language's plural rules ask for.
 *
 * @param lang
 *   The BCP 47 tag of the language.
 * @param forms
 *   The noun's forms by plural category; `other` is used for any category not given.
 */
export function pluralFor(lang: string): (count: Count, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }) => string {
  const rules = new Intl.PluralRules(lang);
  return (count, forms) => `${count.text}\u00a0${forms[rules.select(count.n)] ?? forms.other}`;
}

/** A name without its parenthetical part, in round or full-width brackets: "Iran (République islamique d')" to "Iran". */
export function shortName(name: string): string {
  const cut = name.search(/\s?[(（]/u);
  return cut > 0 ? name.slice(0, cut) : name;
}
