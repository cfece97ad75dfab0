import type { Direction, Indicator } from '../model.js';
import { derived } from './precision.js';
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
