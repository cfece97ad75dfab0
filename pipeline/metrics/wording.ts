/**
 * Plain words for figures and rules, shared by the explanations. Figures are written as stored
 * (String of the stored number): an explanation shows exactly what metrics.json holds.
 */
import type { Indicator, SourceRef, UnitDefinition } from '../model.js';
import { derived } from './precision.js';
import type { Status } from './types.js';

/** `file:line`. */
export function place(ref: SourceRef): string {
  return `${ref.file}:${ref.line}`;
}

/** A unit as the explanations need it (a Dataset's `units` entry). */
export type ExplainedUnit = Pick<UnitDefinition, 'id' | 'symbol' | 'change' | 'builtin'>;

/** A level with its unit: "1234.5 kg", "58.4%", "12 days", "37", "6.2 per 100,000". */
export function level(value: number, unit: ExplainedUnit): string {
  if (unit.builtin) {
    switch (unit.id) {
      case 'kg':
        return `${value} kg`;
      case 'percent':
        return `${value}%`;
      case 'days':
        return `${value} days`;
      default:
        return String(value);
    }
  }
  return unit.symbol === undefined ? String(value) : `${value} ${unit.symbol}`;
}

/** A difference of levels with its unit; a difference of percentages is in percentage points. */
export function difference(value: number, unit: ExplainedUnit): string {
  return unit.change === 'percentage-points' ? `${value} percentage points` : level(value, unit);
}

/** A fraction and the same as a percentage: "0.05 (5%)". */
export function fraction(value: number): string {
  return `${value} (${derived(value * 100) ?? 0}%)`;
}

/** How the indicator's direction reads. */
export function directionWords(indicator: Pick<Indicator, 'direction'>): string {
  switch (indicator.direction) {
    case 'higher-is-better':
      return 'higher is better';
    case 'lower-is-better':
      return 'lower is better';
    case 'neutral':
      return 'neutral (a change is neither good nor bad)';
  }
}

/** Why a figure with a baseline and a current value has its status. */
export function statusReason(
  status: Status,
  indicator: Pick<Indicator, 'direction' | 'tolerance'>,
  baseline: number,
  relative: number | null,
  change: number,
): string {
  const t = fraction(indicator.tolerance ?? 0);
  if (status === 'not-comparable') return 'the change crosses a known series break, and the indicator does not compare across breaks';
  if (status === 'unchanged') {
    return change === 0 ? 'no change' : `the relative change ${relative ?? 0} is within the tolerance of ±${t}`;
  }
  const beyond =
    baseline === 0
      ? 'from a baseline of 0 any change is beyond the tolerance'
      : relative === null
        ? 'the relative change is too large to represent, so beyond the tolerance'
        : `the relative change ${relative} is beyond the tolerance of ±${t}`;
  if (status === 'changed') return `${beyond}; the indicator is neutral, so the change is neither an improvement nor a worsening`;
  return `${beyond}, the figure went ${change > 0 ? 'up' : 'down'}, and ${directionWords(indicator)}`;
}
