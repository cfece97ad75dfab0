/**
 * The two orders of output: codes, files and keys by UTF-16 code units (`byCode`), the same on
 * every machine and locale (unlike a bare `localeCompare`), so output order never depends on where
 * it is built; names a reader sees by the report language's collation (`byName`), with the locale
 * always given.
 */

/** Compares strings by UTF-16 code units. */
export function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const collators = new Map<string, Intl.Collator>();

/**
 * Compares names as a reader of `locale` orders them (Intl.Collator: "Égypte" with E in French,
 * Chinese by pinyin), then by code unit among names the collator finds equal, so that the order
 * is total. For lists a reader sees (partners, organizations, glossary, table rows); codes, files
 * and keys keep `byCode`. The order depends on the ICU data of Node's version, not on the machine's
 * locale.
 *
 * @param locale
 *   The report's locale (BCP 47, extensions such as -u-nu-arab allowed).
 */
export function byName(locale: string): (a: string, b: string) => number {
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale)));
  const found = collator;
  return (a, b) => found.compare(a, b) || byCode(a, b);
}
