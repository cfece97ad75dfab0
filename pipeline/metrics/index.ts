/**
 * The metrics stage: baseline versus progress (SPEC section 4). From validated data and an
 * edition year it computes, in order:
 * 1. for every indicator x entity x sex, the baseline and current figures (series.ts, readings.ts);
 * 2. their change, relative and annualised change, status and target progress (comparison.ts);
 * 3. aggregates per group with coverage and status counts (groups.ts, aggregate.ts, combine.ts);
 * 4. the same figures as of the previous edition, for the change since then (entity.ts);
 * 5. the pillar scorecard (scorecard.ts).
 * Every figure keeps the file and line of each observation it used (provenance.ts). Pure and
 * deterministic: no I/O, no clock.
 */
import type { Dataset, Sex } from '../model.js';
import type { AggregateCore } from './aggregate.js';
import { editionFigures, type EntityFigures } from './edition.js';
import { entityMetric } from './entity.js';
import { derived } from './precision.js';
import { scorecardOf } from './scorecard.js';
import { indexSeries } from './series.js';
import type { AggregateMetric, Metrics } from './types.js';

export type * from './types.js';
export { STATUSES } from './types.js';
export { explainedRecords, explainMetric } from './explain.js';
export { metricsToCsv } from './csv.js';

const rowKey = (indicator: string, entity: string, sex: Sex): string => `${indicator}\u0000${entity}\u0000${sex}`;
const groupKey = (a: AggregateCore): string => `${a.indicator}\u0000${a.group_type}\u0000${a.group}`;

/**
 * Computes the metrics of one edition.
 *
 * @param dataset
 *   The validated data (not modified).
 * @param edition
 *   The edition year, and the previous edition's year (optional) for the change since then.
 * @returns
 *   Entity metrics, aggregates and the pillar scorecard, in a fixed order.
 */
export function computeMetrics(dataset: Dataset, edition: { year: number; previous?: number }): Metrics {
  const index = indexSeries(dataset.observations);
  const now = editionFigures(dataset, index, edition.year);
  const before = edition.previous === undefined ? undefined : editionFigures(dataset, index, edition.previous);

  const earlierRows = new Map<string, EntityFigures>();
  for (const f of before?.entities ?? []) earlierRows.set(rowKey(f.indicator.id, f.entity, f.sex), f);
  const entities = now.entities.map((f) => entityMetric(f, edition.year, earlierRows.get(rowKey(f.indicator.id, f.entity, f.sex))));

  const earlierGroups = new Map<string, AggregateCore>();
  for (const a of before?.aggregates ?? []) earlierGroups.set(groupKey(a), a);
  const aggregates = now.aggregates.map((a): AggregateMetric => {
    const earlier = earlierGroups.get(groupKey(a));
    const previous = earlier?.current ?? null;
    return {
      ...a,
      previous,
      change_since_previous: a.current !== null && previous !== null ? derived(a.current - previous) : null,
      sources: { ...a.sources, previous: previous !== null && earlier ? earlier.sources.current : [] },
    };
  });

  const pillars = [...dataset.reference.pillars].sort((a, b) => a.number - b.number);
  return {
    edition: { year: edition.year, previous: edition.previous ?? null },
    entities,
    aggregates,
    scorecard: scorecardOf(pillars, dataset.indicators, entities, aggregates),
  };
}
