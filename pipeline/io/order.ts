/**
 * Compares strings by UTF-16 code units, the same on every machine and locale (unlike
 * `localeCompare`), so output order never depends on where it is built.
 */
export function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
