import type { Indicator } from '../model.js';
import { derived } from './precision.js';
import { statusOf } from './status.js';
import { targetProgress } from './target.js';
import type { Status } from './types.js';

/** What a baseline and a current figure say together; the same for entities and aggregates. */
export interface Comparison {
  change: number | null;
  relative_change: number | null;
  annualised_change: number | null;
  status: Status;
  target_progress: number | null;
}

/** A figure and its year, or null for both when there is none. */
export interface Point {
  value: number;
  year: number;
}

/**
 * Compares a current figure with its baseline:
 * - change = current - baseline;
 * - relative change = change / |baseline|, null when the baseline is 0;
 * - annualised change = (current / baseline)^(1 / (current year - baseline year)) - 1, only when
 *   both figures are positive and `annualise` allows it and the years differ, else null;
 * - status (see `statusOf`) and target progress (see `targetProgress`).
 *
 * @param indicator
 *   Direction, tolerance and target.
 * @param baseline
 *   The baseline figure and year (optional).
 * @param current
 *   The current figure and year (optional).
 * @param annualise
 *   Whether an annualised change is meaningful here (default: true).
 */
export function compare(
  indicator: Pick<Indicator, 'direction' | 'tolerance' | 'target'>,
  baseline: Point | undefined,
  current: Point | undefined,
  annualise = true,
): Comparison {
  const b = baseline?.value ?? null;
  const c = current?.value ?? null;
  const both = baseline && current ? { baseline, current } : undefined;
  const change = both ? derived(both.current.value - both.baseline.value) : null;
  const relative = both && change !== null && both.baseline.value !== 0 ? derived(change / Math.abs(both.baseline.value)) : null;
  let annualised: number | null = null;
  if (annualise && both && both.baseline.value > 0 && both.current.value > 0 && both.current.year !== both.baseline.year) {
    const years = both.current.year - both.baseline.year;
    annualised = derived(Math.pow(both.current.value / both.baseline.value, 1 / years) - 1);
  }
  return {
    change,
    relative_change: relative,
    annualised_change: annualised,
    status: statusOf(indicator, b, c),
    target_progress: targetProgress(indicator, b, c),
  };
}
