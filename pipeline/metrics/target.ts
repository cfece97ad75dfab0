import type { Indicator } from '../model.js';
import { derived } from './precision.js';
import { directionSign } from './status.js';

/**
 * Progress towards the indicator's target: (current - baseline) / (target - baseline), so 0 at
 * the baseline and 1 on target (beyond 1 when exceeded, negative when moving away). When the
 * target equals the baseline ("target met at baseline") the ratio is undefined, and progress is
 * 1 when the current figure is on the target's good side (at or above it for higher-is-better,
 * at or below it for lower-is-better, equal to it for neutral) and 0 otherwise. Null without a
 * target, a baseline or a current figure.
 *
 * @param indicator
 *   Its target (optional) and direction.
 * @param baseline
 *   The baseline figure, or null.
 * @param current
 *   The current figure, or null.
 */
export function targetProgress(
  indicator: Pick<Indicator, 'target' | 'direction'>,
  baseline: number | null,
  current: number | null,
): number | null {
  if (!indicator.target || baseline === null || current === null) return null;
  const target = indicator.target.value;
  if (target === baseline) {
    const sign = directionSign(indicator.direction);
    const met = sign === 0 ? current === target : (current - target) * sign >= 0;
    return met ? 1 : 0;
  }
  return derived((current - baseline) / (target - baseline));
}
