/**
 * The plausibility pass of the validate stage: warnings about figures that pass every rule of the
 * schemas and the catalogue, yet are rarely right. Each partner's series, whole (its rows may sit
 * in several files), is judged by three rules, in order:
 * 1. jumps.ts: a change from the figure before beyond the indicator's threshold;
 * 2. outliers.ts: a figure far from the partner's own series (median and MAD);
 * 3. gaps.ts: figures that restart after unexplained years, or stop years early.
 * A row flagged `break` (with its note; observations.ts checks that) starts a new series: it
 * explains a jump into it, and splits the series for the outlier rule. Each row gets at most one
 * jump or outlier warning. Thresholds come from data/indicators.yaml (settings.ts).
 */
import type { Message } from '../../diagnostics/message.js';
import type { Indicator, Observation, UnitDefinition } from '../../model.js';
import { judgeGaps } from './gaps.js';
import { judgeJumps } from './jumps.js';
import { locateFindings } from './locate.js';
import { judgeOutliers } from './outliers.js';
import { partnerSeries, type Finding } from './series.js';
import { resolveSettings, type PlausibilitySettings } from './settings.js';
import { figureWriter, type FigureWriter } from './words.js';

export interface PlausibilityInput {
  /** The project root, absolute (to place warnings at their cells). */
  root: string;
  /** The checked rows of every observations file. */
  observations: readonly Observation[];
  indicators: ReadonlyMap<string, Indicator>;
  /** Every unit, by id. */
  units: Readonly<Record<string, UnitDefinition>>;
}

/** Whether the indicator lists the row's figure as confirmed right. */
function isChecked(indicator: Indicator, row: Observation): boolean {
  return indicator.plausibility?.checked?.some((c) => c.country === row.country && c.year === row.year) ?? false;
}

/**
 * Judges every partner's series of every indicator.
 *
 * @returns
 *   The warnings, each at its row's value cell, partner by partner in the order of the rows.
 */
export function checkPlausibility(input: PlausibilityInput): Message[] {
  const all = partnerSeries(input.observations, input.indicators);
  const latest = new Map<string, number>();
  for (const series of all) {
    const last = series.figureYears[series.figureYears.length - 1];
    if (last !== undefined && last > (latest.get(series.indicator.id) ?? -Infinity)) latest.set(series.indicator.id, last);
  }
  const findings: Finding[] = [];
  const resolved = new Map<Indicator, { settings: PlausibilitySettings; write: FigureWriter }>();
  for (const series of all) {
    const { indicator } = series;
    let judge = resolved.get(indicator);
    if (!judge) {
      const unit = input.units[indicator.unit];
      resolved.set(indicator, (judge = { settings: resolveSettings(indicator, unit), write: figureWriter(indicator, unit) }));
    }
    // A figure confirmed as right (the indicator's `plausibility.checked`) explains a jump to or
    // from it, and counts as already reported for the outlier rule.
    const confirmed = new Set<Observation>(series.rows.filter((row) => isChecked(indicator, row)));
    const reported = new Set<Observation>(confirmed);
    judgeJumps(series, judge.settings, judge.write, findings, reported, confirmed);
    judgeOutliers(series, judge.settings, judge.write, findings, reported);
    judgeGaps(series, judge.settings, latest.get(indicator.id)!, findings);
  }
  return locateFindings(input.root, findings);
}
