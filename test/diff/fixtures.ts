/** Small hand-made metrics for the diff tests: every field present, values easy to read. */
import type { AggregateMetric, EntityMetric, Metrics } from '../../pipeline/metrics/types.js';

/** An entity metric with every field, improved from 10 to 12 unless told. */
export function entity(indicator: string, code: string, fields: Partial<EntityMetric> = {}): EntityMetric {
  return {
    indicator,
    entity: code,
    entity_type: 'country',
    sex: 'total',
    baseline_year: 2014,
    baseline: 10,
    baseline_fallback: false,
    current_year: 2021,
    current: 12,
    current_is_latest_available: false,
    change: 2,
    relative_change: 0.2,
    annualised_change: 0.026,
    status: 'improved',
    target_progress: null,
    previous_year: null,
    previous: null,
    change_since_previous: null,
    baseline_flag: null,
    current_flag: null,
    series_break: null,
    illustrative: true,
    sources: {},
    ...fields,
  };
}

/** An aggregate over all partners (unless told), from 100 to 120. */
export function aggregate(indicator: string, fields: Partial<AggregateMetric> = {}): AggregateMetric {
  return {
    indicator,
    group_type: 'all',
    group: 'all',
    aggregation: 'sum',
    weighting: null,
    baseline_year: 2014,
    baseline: 100,
    baseline_fallback: false,
    baseline_years: { from: 2014, to: 2014 },
    current_year: 2021,
    current: 120,
    current_is_latest_available: false,
    current_years: { from: 2021, to: 2021 },
    current_rule: 'latest-available',
    change: 20,
    relative_change: 0.2,
    annualised_change: 0.026,
    status: 'improved',
    target_progress: null,
    previous: null,
    change_since_previous: null,
    coverage: { expected: 3, with_baseline: 2, with_current: 2, with_both: 2 },
    status_counts: { improved: 2, worsened: 0, unchanged: 0, changed: 0, 'not-comparable': 0, 'no-baseline': 1, 'no-current-data': 0, 'not-reported': 0 },
    members: ['AFG', 'ALB'],
    sources: { baseline: [], current: [], previous: [] },
    ...fields,
  };
}

export function metrics(entities: EntityMetric[], aggregates: AggregateMetric[] = []): Metrics {
  return { edition: { year: 2021, previous: 2014 }, entities, aggregates, scorecard: [] };
}
