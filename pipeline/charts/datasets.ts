/**
 * The project's named datasets, as a custom chart sees them: plain rows, in the data's own order,
 * without source positions. A custom Vega-Lite block names them (`"data": {"name": "metrics"}`);
 * at render time they are bound as the spec's top-level `datasets`, so the spec carries every
 * figure it draws and its hash keys the cache.
 */
import type { Dataset } from '../model.js';
import type { Metrics } from '../metrics/types.js';

export const DATASET_NAMES = ['observations', 'metrics', 'aggregates', 'countries', 'organizations', 'indicators', 'pillars', 'ewg-meetings'] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

export function isDatasetName(name: string): name is DatasetName {
  return (DATASET_NAMES as readonly string[]).includes(name);
}

type Row = Record<string, unknown>;

/** An object without the given keys (a copy). */
function omit<T extends object>(row: T, keys: readonly string[]): Row {
  return Object.fromEntries(Object.entries(row).filter(([k]) => !keys.includes(k)));
}

/**
 * The rows of one named dataset.
 *
 * @param name
 *   The dataset's name.
 * @param dataset
 *   The validated data.
 * @param metrics
 *   The edition's metrics.
 */
export function datasetRows(name: DatasetName, dataset: Dataset, metrics: Metrics): Row[] {
  const pillarOf = new Map(dataset.indicators.map((i) => [i.id, i.pillar]));
  switch (name) {
    case 'observations':
      return dataset.observations.map((o) => ({
        indicator: o.indicator,
        pillar: pillarOf.get(o.indicator) ?? null,
        country: o.country,
        year: o.year,
        value: o.value ?? null,
        unit: o.unit ?? null,
        sex: o.sex,
        denominator: o.denominator ?? null,
        flag: o.flag ?? null,
        missing_reason: o.missing_reason ?? null,
        kind: o.kind,
        illustrative: o.kind === 'illustrative',
      }));
    case 'metrics':
      return metrics.entities.map((m) => ({
        ...omit(m, ['sources', 'series_break']),
        pillar: pillarOf.get(m.indicator) ?? null,
        series_break_year: m.series_break?.year ?? null,
        series_break_note: m.series_break?.note ?? null,
      }));
    case 'aggregates':
      return metrics.aggregates.map((a) => ({
        ...omit(a, ['sources', 'previous_sources', 'members', 'coverage', 'status_counts', 'baseline_years', 'current_years']),
        pillar: pillarOf.get(a.indicator) ?? null,
        baseline_years_from: a.baseline_years?.from ?? null,
        baseline_years_to: a.baseline_years?.to ?? null,
        current_years_from: a.current_years?.from ?? null,
        current_years_to: a.current_years?.to ?? null,
        expected: a.coverage.expected,
        with_baseline: a.coverage.with_baseline,
        with_current: a.coverage.with_current,
        with_both: a.coverage.with_both,
      }));
    case 'countries':
      return dataset.reference.countries.map((c) => ({ ...c }));
    case 'organizations':
      return dataset.reference.organizations.map((o) => ({ ...o }));
    case 'indicators':
      return dataset.indicators.map((i) => ({
        ...omit(i, ['bounds', 'target']),
        min: i.bounds.min,
        max: i.bounds.max ?? null,
        target: i.target?.value ?? null,
        target_year: i.target?.year ?? null,
      }));
    case 'pillars':
      return dataset.reference.pillars.map((p) => ({ ...omit(p, ['aims']), aims: p.aims.join(' ') }));
    case 'ewg-meetings':
      return dataset.reference.ewgMeetings.map((m) => ({ ...m, host: m.host ?? null, pillars: m.pillars.join(', ') }));
  }
}
