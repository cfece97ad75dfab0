/**
 * Each indicator's plausibility thresholds, resolved once from data/indicators.yaml's
 * `plausibility` and the defaults here: the scale its figures are judged on, and every threshold.
 */
import type { Indicator, UnitDefinition } from '../../model.js';

/** The defaults of data/indicators.yaml's `plausibility` (the schema's x-expected and the README say why). */
export const PLAUSIBILITY_DEFAULTS = {
  /** A count or quantity more than 5 times, or less than a fifth of, the figure before it (-80 %, +400 %). */
  jump_factor: 5,
  /** A percentage that moves by more than a fifth of its scale from one figure to the next. */
  jump_points: 20,
  /** Iglewicz and Hoaglin's cut-off for the modified z-score (median and MAD). */
  outlier_score: 3.5,
  /** Two years or more with neither a figure nor a missing_reason. */
  gap_years: 2,
} as const;

/** Fewer figures than this (in a series, or in the part of it between breaks) give no robust median and MAD. */
export const MIN_SERIES = 5;

/**
 * How a change of a figure is judged: as a factor (a count or a quantity: a unit whose change is
 * a difference, never below 0), in percentage points (a percentage), or not at all (a unit whose
 * figures may be negative: only the outlier rule applies, on the figures as they are).
 */
export type Scale = 'ratio' | 'points' | 'linear';

/** An indicator's thresholds, every one resolved. */
export interface PlausibilitySettings {
  scale: Scale;
  /** Whether figures are counts (the built-in unit `count`), whose small numbers change by chance. */
  counts: boolean;
  /** The jump threshold: a factor on the ratio scale, points on the points scale; undefined on the linear scale. */
  jump: number | undefined;
  outlierScore: number;
  gapYears: number;
}

/** The scale of an indicator's figures, from its unit and bounds. */
export function scaleOf(indicator: Indicator, unit: UnitDefinition | undefined): Scale {
  if (unit?.change === 'percentage-points') return 'points';
  return indicator.bounds.min >= 0 ? 'ratio' : 'linear';
}

/**
 * An indicator's thresholds: its own, or the defaults. A threshold of the other scale
 * (`jump_points` on a count) is reported by the validate stage and ignored here.
 */
export function resolveSettings(indicator: Indicator, unit: UnitDefinition | undefined): PlausibilitySettings {
  const given = indicator.plausibility ?? {};
  const scale = scaleOf(indicator, unit);
  const jump = scale === 'ratio' ? (given.jump_factor ?? PLAUSIBILITY_DEFAULTS.jump_factor) : scale === 'points' ? (given.jump_points ?? PLAUSIBILITY_DEFAULTS.jump_points) : undefined;
  return {
    scale,
    counts: indicator.unit === 'count',
    jump,
    outlierScore: given.outlier_score ?? PLAUSIBILITY_DEFAULTS.outlier_score,
    gapYears: given.gap_years ?? PLAUSIBILITY_DEFAULTS.gap_years,
  };
}

/** The threshold an indicator gives that its scale does not use, if any: `jump_points` on a count, `jump_factor` on a percentage. */
export function misplacedThreshold(indicator: Indicator, unit: UnitDefinition | undefined): 'jump_factor' | 'jump_points' | undefined {
  const given = indicator.plausibility;
  if (!given) return undefined;
  const scale = scaleOf(indicator, unit);
  if (given.jump_factor !== undefined && scale !== 'ratio') return 'jump_factor';
  if (given.jump_points !== undefined && scale !== 'points') return 'jump_points';
  return undefined;
}
