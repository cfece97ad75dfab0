/**
 * The few statistics the plausibility rules need: a median and the median absolute deviation
 * (robust to the very figures they look for), and whether a change is more than chance explains
 * in small numbers, for counts (Poisson) and for shares of a denominator (binomial).
 */

/** How many standard deviations of chance a change must exceed to be judged at all. */
const CHANCE_SIGMAS = 3;

/** The median of some numbers (none: NaN). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The median absolute deviation from `centre`. */
export function medianAbsoluteDeviation(values: readonly number[], centre: number): number {
  return median(values.map((v) => Math.abs(v - centre)));
}

/**
 * Iglewicz and Hoaglin's modified z-score: how many standard deviations `value` lies from the
 * median, the deviation estimated from the MAD (0.6745 is the MAD of a standard normal).
 */
export function modifiedScore(value: number, centre: number, mad: number): number {
  return (0.6745 * Math.abs(value - centre)) / mad;
}

/** Anscombe's transform: a Poisson count's square root, whose standard deviation is about 1 at any mean. */
const anscombe = (count: number): number => 2 * Math.sqrt(count + 3 / 8);

/** Whether two counts differ by more than chance explains (3 to 0 does not; 757 to 79 does). */
export function countsDiffer(a: number, b: number): boolean {
  return Math.abs(anscombe(a) - anscombe(b)) > CHANCE_SIGMAS * Math.SQRT2;
}

/** Whether a count lies further from a typical level than chance explains. */
export function countDeparts(count: number, level: number): boolean {
  return Math.abs(anscombe(count) - anscombe(level)) > CHANCE_SIGMAS;
}

/** The arcsine transform of a percentage of n: its standard deviation is about 1/sqrt(n). */
const arcsine = (percent: number): number => 2 * Math.asin(Math.sqrt(Math.min(100, Math.max(0, percent)) / 100));

/** Whether two percentages, of denominators `na` and `nb`, differ by more than chance explains. */
export function sharesDiffer(a: number, na: number, b: number, nb: number): boolean {
  return Math.abs(arcsine(a) - arcsine(b)) / Math.sqrt(1 / na + 1 / nb) > CHANCE_SIGMAS;
}

/**
 * Theil and Sen's line through points: the median of the slopes between every two points, and
 * the median intercept. Robust as the median is: a few odd points hardly move it.
 *
 * @returns
 *   The line's value at any x.
 */
export function theilSen(xs: readonly number[], ys: readonly number[]): (x: number) => number {
  const slopes: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j++) if (xs[j] !== xs[i]) slopes.push((ys[j]! - ys[i]!) / (xs[j]! - xs[i]!));
  }
  const slope = slopes.length === 0 ? 0 : median(slopes);
  const intercept = median(ys.map((y, i) => y - slope * xs[i]!));
  return (x) => intercept + slope * x;
}

/** Whether a percentage of n lies further from an expected percentage than chance explains. */
export function shareDeparts(percent: number, n: number, expected: number): boolean {
  return Math.abs(arcsine(percent) - arcsine(expected)) * Math.sqrt(n) > CHANCE_SIGMAS;
}
