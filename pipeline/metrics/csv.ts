import { csvLine } from '../load/hostile.js';
import type { SourceRef } from '../model.js';
import type { AggregateMetric, EntityMetric, Metrics, YearSpan } from './types.js';

type Cell = string | number | boolean | null;

/** One row of metrics.csv: an entity's metric, or a group's aggregate. */
type Row = { level: 'entity'; m: EntityMetric; previousYear: null } | { level: 'aggregate'; m: AggregateMetric; previousYear: number | null };

const entityOnly = (read: (m: EntityMetric) => Cell) => (r: Row): Cell => (r.level === 'entity' ? read(r.m) : null);
const aggregateOnly = (read: (m: AggregateMetric) => Cell) => (r: Row): Cell => (r.level === 'aggregate' ? read(r.m) : null);
/** The years a figure is from: an entity's own year, or the span of an aggregate's members. */
const span = (pick: 'from' | 'to', entityYear: (m: EntityMetric) => number | null, aggregateSpan: (m: AggregateMetric) => YearSpan | null) =>
  (r: Row): Cell => (r.level === 'entity' ? entityYear(r.m) : (aggregateSpan(r.m)?.[pick] ?? null));
const places = (key: string, refs: readonly SourceRef[]): string[] => refs.map((at) => `${key}=${at.file}:${at.line}`);

/** The columns of metrics.csv, in order, each with how it reads a row. */
const COLUMNS: readonly [string, (r: Row) => Cell][] = [
  ['indicator', (r) => r.m.indicator],
  ['level', (r) => r.level],
  ['entity', entityOnly((m) => m.entity)],
  ['entity_type', entityOnly((m) => m.entity_type)],
  ['group_type', aggregateOnly((m) => m.group_type)],
  ['group', aggregateOnly((m) => m.group)],
  ['sex', (r) => (r.level === 'entity' ? r.m.sex : 'total')],
  ['aggregation', aggregateOnly((m) => m.aggregation)],
  ['baseline_year', (r) => r.m.baseline_year],
  ['baseline', (r) => r.m.baseline],
  ['baseline_fallback', (r) => r.m.baseline_fallback],
  ['baseline_years_from', span('from', (m) => m.baseline_year, (m) => m.baseline_years)],
  ['baseline_years_to', span('to', (m) => m.baseline_year, (m) => m.baseline_years)],
  ['current_year', (r) => r.m.current_year],
  ['current', (r) => r.m.current],
  ['current_is_latest_available', (r) => r.m.current_is_latest_available],
  ['current_years_from', span('from', (m) => m.current_year, (m) => m.current_years)],
  ['current_years_to', span('to', (m) => m.current_year, (m) => m.current_years)],
  ['current_rule', aggregateOnly((m) => m.current_rule)],
  ['change', (r) => r.m.change],
  ['relative_change', (r) => r.m.relative_change],
  ['annualised_change', (r) => r.m.annualised_change],
  ['status', (r) => r.m.status],
  ['target_progress', (r) => r.m.target_progress],
  ['previous_year', (r) => (r.level === 'entity' ? r.m.previous_year : r.m.previous === null ? null : r.previousYear)],
  ['previous', (r) => r.m.previous],
  ['change_since_previous', (r) => r.m.change_since_previous],
  ['expected', aggregateOnly((m) => m.coverage.expected)],
  ['with_baseline', aggregateOnly((m) => m.coverage.with_baseline)],
  ['with_current', aggregateOnly((m) => m.coverage.with_current)],
  ['with_both', aggregateOnly((m) => m.coverage.with_both)],
  ['members', aggregateOnly((m) => m.members.join(' '))],
  ['baseline_flag', entityOnly((m) => m.baseline_flag)],
  ['current_flag', entityOnly((m) => m.current_flag)],
  ['series_break_year', entityOnly((m) => m.series_break?.year ?? null)],
  ['series_break_note', entityOnly((m) => m.series_break?.note ?? null)],
  ['illustrative', entityOnly((m) => m.illustrative)],
  [
    'sources',
    (r) =>
      (r.level === 'entity'
        ? (['baseline', 'current', 'previous', 'break'] as const).flatMap((k) => {
            const at = r.m.sources[k];
            return at ? places(k, [at]) : [];
          })
        : (['baseline', 'current', 'previous'] as const).flatMap((k) => places(k, r.m.sources[k]))
      ).join(' '),
  ],
];

/**
 * metrics.csv: for each indicator in catalogue order, its entity metrics (level `entity`, in the
 * metrics' order) and then its aggregates (level `aggregate`: group, coverage, the years the
 * members' figures are from, members), with a header row. An entity's year columns hold its own
 * years; an aggregate's baseline_year and current_year are the indicator's baseline year and the
 * edition year, its *_years_from/to the span its members' figures are from. RFC 4180 quoting, LF
 * line ends (also after the last row); null is an empty cell; numbers are written as stored;
 * `sources` lists the observations used, as `baseline=file:line current=file:line ...`.
 *
 * @param metrics
 *   The computed metrics.
 */
export function metricsToCsv(metrics: Metrics): string {
  const lines = [COLUMNS.map(([name]) => name).join(',')];
  // Every indicator has an all-partners aggregate, so the aggregates give the catalogue order.
  const rows = new Map<string, { entities: Row[]; aggregates: Row[] }>();
  const of = (indicator: string): { entities: Row[]; aggregates: Row[] } => {
    let found = rows.get(indicator);
    if (!found) rows.set(indicator, (found = { entities: [], aggregates: [] }));
    return found;
  };
  for (const m of metrics.aggregates) of(m.indicator).aggregates.push({ level: 'aggregate', m, previousYear: metrics.edition.previous });
  for (const m of metrics.entities) of(m.indicator).entities.push({ level: 'entity', m, previousYear: null });
  for (const { entities, aggregates } of rows.values()) {
    for (const r of [...entities, ...aggregates]) lines.push(csvLine(COLUMNS.map(([, read]) => read(r))));
  }
  return `${lines.join('\n')}\n`;
}
