import type { Indicator, Observation } from '../model.js';
import type { Series } from './series.js';

/** A figure chosen from a series: the observation, with its value and year at hand. */
export interface Reading {
  value: number;
  year: number;
  observation: Observation;
}

/** The baseline figure, and whether the fallback window supplied it. */
export interface BaselineReading extends Reading {
  fallback: boolean;
}

const readingOf = (observation: Observation | undefined): Reading | undefined =>
  observation?.value === undefined ? undefined : { value: observation.value, year: observation.year, observation };

/**
 * The baseline: the figure of the indicator's baseline year B. Only when that is missing and the
 * indicator sets `baseline_fallback_years` k, the nearest year within B ± k, the earlier year on
 * a tie (B-1, B+1, B-2, B+2, ...), flagged as a fallback. No year after the edition year is
 * used: an edition cannot rest on figures from its future.
 *
 * @param series
 *   The entity's figures by year.
 * @param indicator
 *   The indicator (its baseline year and fallback window).
 * @param year
 *   The edition year.
 */
export function pickBaseline(
  series: Series,
  indicator: Pick<Indicator, 'baseline_year' | 'baseline_fallback_years'>,
  year: number,
): BaselineReading | undefined {
  const b = indicator.baseline_year;
  const at = (y: number): Reading | undefined => (y <= year ? readingOf(series.get(y)) : undefined);
  const exact = at(b);
  if (exact) return { ...exact, fallback: false };
  const window = indicator.baseline_fallback_years ?? 0;
  for (let d = 1; d <= window; d++) {
    const near = at(b - d) ?? at(b + d);
    if (near) return { ...near, fallback: true };
  }
  return undefined;
}

/**
 * The current figure: the edition year's, or else the latest year before it ("latest available").
 * With a baseline, only years after the baseline's count, so a partner that has reported
 * nothing since its baseline has no current data (rather than an "unchanged" baseline figure);
 * in the baseline edition itself (the edition year is the baseline's year) the current figure is
 * the baseline and the change is 0. Without a baseline, any year from the indicator's baseline
 * year counts, so the figure can still be shown.
 *
 * @param series
 *   The entity's figures by year.
 * @param baseline
 *   The baseline chosen by `pickBaseline` (optional).
 * @param indicator
 *   The indicator (its baseline year).
 * @param year
 *   The edition year.
 */
export function pickCurrent(
  series: Series,
  baseline: Reading | undefined,
  indicator: Pick<Indicator, 'baseline_year'>,
  year: number,
): Reading | undefined {
  if (baseline && baseline.year === year) return { value: baseline.value, year: baseline.year, observation: baseline.observation };
  const from = baseline ? baseline.year + 1 : indicator.baseline_year;
  for (let y = year; y >= from; y--) {
    const reading = readingOf(series.get(y));
    if (reading) return reading;
  }
  return undefined;
}

/**
 * The latest row flagged `break` between a baseline and a current figure: a figure after the
 * baseline's year, up to the current figure's year. A break at the current figure's year itself
 * counts (the current figure is the first after it); one at the baseline's year does not (the
 * baseline is already on the new footing).
 *
 * @param series
 *   The entity's figures by year.
 * @param baseline
 *   The baseline chosen (optional).
 * @param current
 *   The current figure chosen (optional).
 */
export function breakBetween(series: Series, baseline: Reading | undefined, current: Reading | undefined): Observation | undefined {
  if (!baseline || !current) return undefined;
  for (let y = current.year; y > baseline.year; y--) {
    const o = series.get(y);
    if (o?.flag === 'break') return o;
  }
  return undefined;
}
