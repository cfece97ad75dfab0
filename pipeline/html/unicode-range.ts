/**
 * CSS unicode-range values ("U+0000-00FF,U+0131"): read into code point intervals, tested, and
 * written back from a set of code points, for the fonts' @font-face rules.
 */

/** Inclusive intervals of code points, in the order written. */
export type Ranges = readonly (readonly [number, number])[];

/**
 * Reads a unicode-range value as fontsource writes it (no wildcards).
 *
 * @param value
 *   Such as "U+0000-00FF,U+0131".
 */
export function parseRanges(value: string): Ranges {
  return value
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter((part) => part !== '')
    .map((part) => {
      const [from = '', to = from] = part.split('-');
      return [parseInt(from, 16), parseInt(to, 16)] as const;
    });
}

/** Whether a code point is in the ranges. */
export function inRanges(codePoint: number, ranges: Ranges): boolean {
  return ranges.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/**
 * Writes code points as a unicode-range value, runs joined ("U+41-5A,U+61").
 *
 * @param codePoints
 *   Any order; duplicates allowed.
 */
export function formatRanges(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    const hex = (n: number): string => n.toString(16).toUpperCase();
    parts.push(j === i ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
    i = j + 1;
  }
  return parts.join(',');
}
