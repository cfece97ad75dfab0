import type { Direction, Indicator } from '../model.js';
import { derived } from './precision.js';
import type { Reading } from './readings.js';
import type { Series } from './series.js';
import type { Status } from './types.js';

/** +1 when a rise is good, -1 when a fall is good, 0 when neither. */
export function directionSign(direction: Direction): 1 | -1 | 0 {
  return direction === 'higher-is-better' ? 1 : direction === 'lower-is-better' ? -1 : 0;
}

/**
 * Judges a change by the indicator's direction, with its tolerance t (default 0):
 * 1. no baseline: 'no-baseline'; else no current figure: 'no-current-data';
 * 2. a change of 0, or a relative change r with |r| <= t (inclusive): 'unchanged'; from a
 *    baseline of 0, where r is undefined, any change is beyond the tolerance;
 * 3. otherwise by direction: 'improved' when the change goes the good way, 'worsened' when it
 *    goes the bad way, and 'changed' for neutral indicators, which have no good way.
 * Change and r are the stored figures (see `derived`), so the status agrees with what is shown.
 *
 * @param indicator
 *   Its direction and tolerance (a fraction; default 0).
 * @param baseline
 *   The baseline figure, or null.
 * @param current
 *   The current figure, or null.
 */
export function statusOf(
  indicator: Pick<Indicator, 'direction' | 'tolerance'>,
  baseline: number | null,
  current: number | null,
): Status {
  if (baseline === null) return 'no-baseline';
  if (current === null) return 'no-current-data';
  const change = derived(current - baseline) ?? 0;
  if (change === 0) return 'unchanged';
  const relative = baseline === 0 ? null : derived(change / Math.abs(baseline));
  if (relative !== null && Math.abs(relative) <= (indicator.tolerance ?? 0)) return 'unchanged';
  const sign = directionSign(indicator.direction);
  if (sign === 0) return 'changed';
  return Math.sign(change) * sign > 0 ? 'improved' : 'worsened';
}

/** The statuses that judge a change; a change across a series break gets none of them unless the indicator allows it. */
const JUDGED: ReadonlySet<Status> = new Set(['improved', 'worsened', 'unchanged', 'changed']);

/**
 * The status of one entity's figures. Before `statusOf`'s rules, an entity with no figure at all
 * up to the edition year is 'not-reported' (rather than 'no-baseline'); after them, a judged
 * change that crosses a known series break (`crossed`) is 'not-comparable' unless the indicator
 * sets `compare_across_breaks`.
 *
 * @param indicator
 *   Direction, tolerance and whether changes across breaks are judged.
 * @param series
 *   The entity's figures by year.
 * @param baseline
 *   The baseline chosen (optional).
 * @param current
 *   The current figure chosen (optional).
 * @param year
 *   The edition year.
 * @param crossed
 *   Whether the change crosses a row flagged `break`.
 */
export function entityStatus(
  indicator: Pick<Indicator, 'direction' | 'tolerance' | 'compare_across_breaks'>,
  series: Series,
  baseline: Reading | undefined,
  current: Reading | undefined,
  year: number,
  crossed: boolean,
): Status {
  if (!baseline && !current && ![...series.keys()].some((y) => y <= year)) return 'not-reported';
  const status = statusOf(indicator, baseline?.value ?? null, current?.value ?? null);
  return crossed && !indicator.compare_across_breaks && JUDGED.has(status) ? 'not-comparable' : status;
}
