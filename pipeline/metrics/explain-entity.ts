import type { Indicator } from '../model.js';
import type { EntityMetric, Metrics } from './types.js';
import { difference, fraction, level, place, statusReason, type ExplainedUnit } from './wording.js';

/** The lines of the target progress, for an entity or an aggregate. */
export function targetLines(
  indicator: Indicator,
  unit: ExplainedUnit,
  baseline: number | null,
  current: number | null,
  progress: number | null,
): string[] {
  const target = indicator.target;
  if (!target) return ['Target progress: n/a (the indicator has no target)'];
  const of = `the target of ${level(target.value, unit)} by ${target.year}`;
  if (progress === null || baseline === null || current === null) {
    return [`Target progress: n/a (needs both a baseline and a current figure), towards ${of}`];
  }
  if (target.value === baseline) {
    return [
      `Target progress: ${progress}, towards ${of}: the target equals the baseline (met at baseline), so progress is 1 when the current figure is on its good side, else 0`,
    ];
  }
  return [`Target progress: ${progress} = (${current} - ${baseline}) / (${target.value} - ${baseline}), towards ${of}`];
}

/** The lines of the status, for an entity or an aggregate with both figures. */
export function statusLine(indicator: Indicator, m: Pick<EntityMetric, 'status' | 'baseline' | 'change' | 'relative_change'>): string {
  if (m.status === 'not-reported') return 'Status: not-reported: no figure at all up to the edition year';
  if (m.baseline === null || m.change === null) return `Status: ${m.status}`;
  return `Status: ${m.status}: ${statusReason(m.status, indicator, m.baseline, m.relative_change, m.change)}`;
}

/**
 * How one entity metric was computed, line by line, with the file and line of every observation
 * it used.
 *
 * @param m
 *   The entity metric.
 * @param indicator
 *   Its indicator.
 * @param unit
 *   The indicator's unit.
 * @param metrics
 *   The metrics it belongs to (for the edition years).
 */
export function explainEntity(m: EntityMetric, indicator: Indicator, unit: ExplainedUnit, metrics: Metrics): string[] {
  const year = metrics.edition.year;
  const b = indicator.baseline_year;
  const lines: string[] = [];
  const flag = (f: string | null): string => (f ? ` (${f})` : '');

  if (m.baseline !== null && m.baseline_year !== null && m.sources.baseline) {
    lines.push(`Baseline ${m.baseline_year}: ${level(m.baseline, unit)}${flag(m.baseline_flag)} (${place(m.sources.baseline)})`);
    if (m.baseline_fallback) {
      lines.push(`  fallback: no figure for ${b}; the nearest year within ±${indicator.baseline_fallback_years ?? 0} was used`);
    }
  } else {
    const window = indicator.baseline_fallback_years ? ` or the years within ±${indicator.baseline_fallback_years}` : '';
    lines.push(`Baseline ${b}: n/a (no figure for ${b}${window})`);
  }

  if (m.current !== null && m.current_year !== null && m.sources.current) {
    lines.push(`Current ${m.current_year}: ${level(m.current, unit)}${flag(m.current_flag)} (${place(m.sources.current)})`);
    if (m.current_is_latest_available) lines.push(`  latest available: no figure for ${year}; ${m.current_year} is the latest year with one`);
  } else {
    const since = m.baseline_year === null ? `from ${b} to ${year}` : `after the baseline's ${m.baseline_year}, up to ${year}`;
    lines.push(`Current ${year}: n/a (no figure ${since})`);
  }

  if (m.change !== null && m.baseline !== null && m.current !== null) {
    lines.push(`Change: ${difference(m.change, unit)} = ${m.current} - ${m.baseline}`);
    lines.push(
      m.relative_change === null
        ? `Relative change: n/a (${m.baseline === 0 ? 'the baseline is 0' : 'too large to represent'})`
        : `Relative change: ${fraction(m.relative_change)} = ${m.change} / |${m.baseline}|`,
    );
    lines.push(
      m.annualised_change === null
        ? 'Annualised change: n/a (needs a positive baseline and current figure from different years)'
        : `Annualised change: ${fraction(m.annualised_change)} = (${m.current} / ${m.baseline})^(1 / (${m.current_year} - ${m.baseline_year})) - 1`,
    );
  } else {
    lines.push('Change: n/a (needs both a baseline and a current figure)');
  }
  if (m.series_break && m.sources.break) {
    lines.push(`Series break in ${m.series_break.year}: ${m.series_break.note} (${place(m.sources.break)})`);
  }
  lines.push(statusLine(indicator, m));
  lines.push(...targetLines(indicator, unit, m.baseline, m.current, m.target_progress));

  const previous = metrics.edition.previous;
  if (previous === null) {
    lines.push('Change since the previous edition: n/a (this edition has no previous edition)');
  } else if (m.previous === null || m.previous_year === null || !m.sources.previous) {
    lines.push(`Change since the ${previous} edition: n/a (no current figure as of ${previous})`);
  } else {
    const was = `${level(m.previous, unit)} in ${m.previous_year} (${place(m.sources.previous)})`;
    lines.push(
      m.change_since_previous === null
        ? `Change since the ${previous} edition: n/a (no current figure now); then: ${was}`
        : `Change since the ${previous} edition: ${difference(m.change_since_previous, unit)} = ${m.current} - ${m.previous}; then: ${was}`,
    );
  }
  if (m.illustrative) lines.push('Illustrative figures: not real data.');
  return lines;
}
