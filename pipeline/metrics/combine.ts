import type { Aggregation } from '../model.js';
import { derived } from './precision.js';

/**
 * Adds figures up by an aggregation rule:
 * - sum: their sum;
 * - weighted-mean: the mean weighted by `weights` when given (one per figure, summing to more than
 *   0), else the plain mean;
 * - median: the middle figure, or the mean of the two middle figures for an even count.
 * Null for no figures. Figures are added in the order given, so callers pass them in a fixed order.
 *
 * @param rule
 *   The indicator's aggregation rule.
 * @param values
 *   The figures.
 * @param weights
 *   Weights for a weighted mean (optional; ignored by the other rules).
 */
export function combine(rule: Aggregation, values: readonly number[], weights?: readonly number[]): number | null {
  if (values.length === 0) return null;
  const total = (xs: readonly number[]): number => xs.reduce((a, x) => a + x, 0);
  switch (rule) {
    case 'sum':
      return derived(total(values));
    case 'weighted-mean': {
      if (weights && weights.length === values.length && total(weights) > 0) {
        return derived(total(values.map((v, i) => v * weights[i]!)) / total(weights));
      }
      return derived(total(values) / values.length);
    }
    case 'median':
      return derived(median(values));
  }
}

/** The middle figure, or the mean of the two middle figures for an even count; NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length === 0 ? Number.NaN : sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
