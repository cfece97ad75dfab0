import type { Observation } from '../model.js';
import { compare } from './comparison.js';
import type { EntityFigures } from './edition.js';
import { derived } from './precision.js';
import { refOf } from './provenance.js';
import type { EntityMetric, Flag, MetricSources } from './types.js';

const flagOf = (o: Observation | undefined): Flag | null => o?.flag ?? null;

/**
 * One entity metric: the edition's baseline and current figures compared (see `compare`), the
 * change since the previous edition (current now minus current as of the previous edition), and
 * the place of every observation used.
 *
 * @param now
 *   The figures as of the edition year.
 * @param year
 *   The edition year.
 * @param before
 *   The same row's figures as of the previous edition year (optional).
 */
export function entityMetric(now: EntityFigures, year: number, before: EntityFigures | undefined): EntityMetric {
  const { indicator, baseline, current, crossed } = now;
  const previous = before?.current;
  const sources: MetricSources = {};
  if (baseline) sources.baseline = refOf(baseline.observation);
  if (current) sources.current = refOf(current.observation);
  if (previous) sources.previous = refOf(previous.observation);
  if (crossed) sources.break = refOf(crossed);
  return {
    indicator: indicator.id,
    entity: now.entity,
    entity_type: now.entity_type,
    sex: now.sex,
    baseline_year: baseline?.year ?? null,
    baseline: baseline?.value ?? null,
    baseline_fallback: baseline?.fallback ?? false,
    current_year: current?.year ?? null,
    current: current?.value ?? null,
    current_is_latest_available: current !== undefined && current.year < year,
    ...compare(indicator, baseline, current),
    status: now.status,
    previous_year: previous?.year ?? null,
    previous: previous?.value ?? null,
    change_since_previous: current && previous ? derived(current.value - previous.value) : null,
    baseline_flag: flagOf(baseline?.observation),
    current_flag: flagOf(current?.observation),
    series_break: crossed ? { year: crossed.year, note: crossed.note ?? '' } : null,
    illustrative: [baseline, current, previous].some((r) => r?.observation.kind === 'illustrative'),
    sources,
  };
}
