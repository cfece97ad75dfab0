/**
 * The rows behind a figure or a table of the report, in one layout for every kind: what the
 * reader downloads from the report (csv.ts writes them). Each row is one number (or one coded
 * fact, such as a partner's programme) with what it is about (entity, indicator), what it is
 * (the measure), its year or years, its status and flag, and the places in the data files it
 * came from. Built by the content stage, which knows the metrics each figure uses; names are in
 * the report's language, codes (measure, status, flag, category) are the data's own.
 */
import type { Indicator, Observation, SourceRef } from '../model.js';
import type { AggregateMetric, EntityMetric, Flag, Status, YearSpan } from '../metrics/types.js';

/**
 * What a row is: a metric's `baseline`, `current`, `change` (current minus baseline) or
 * `relative_change` (change over |baseline|, as a fraction); an aggregate's `with_both` and
 * `expected` (its coverage: partners in its balanced set, partners expected); an `observation`
 * as written in the data; a figure's `count` of metrics with a status; a partner's `coverage`
 * of a year (reported or not, category says how); a partner country's `priority_programme`; an
 * Expert Working Group `meeting`.
 */
export type Measure =
  | 'baseline'
  | 'current'
  | 'change'
  | 'relative_change'
  | 'with_both'
  | 'expected'
  | 'observation'
  | 'count'
  | 'coverage'
  | 'priority_programme'
  | 'meeting';

/** Where a row's figure came from: a line of a data file, or a reference file as a whole. */
export interface RowSource {
  file: string;
  /** Absent for reference data, whose rows the loaded data does not place. */
  line?: number;
}

/** One row of a figure's or a table's data. Empty text is an empty cell. */
export interface DataRow {
  /** ISO alpha-3 code, an organization's acronym, a group ('all', a region, a programme), or ''. */
  entity: string;
  entityName: string;
  /** The pillar (I to IV, 'context'), or several for a meeting ("I II"), or ''. */
  pillar: string;
  indicator: string;
  indicatorTitle: string;
  /** The indicator's unit id (kg, count, percent, days, or one of data/units.yaml), or ''. */
  unit: string;
  measure: Measure;
  /** "2021", or "2014-2021": a change's two years, or the years an aggregate's members' figures are from. */
  year: string;
  /** As computed or written, never rounded; null when there is none. */
  value: number | null;
  /** A coded fact: a coverage state, a missing figure's reason, a programme, a meeting's topic; or ''. */
  category: string;
  status: Status | '';
  flag: Flag | '';
  sources: readonly RowSource[];
}

/** The names rows carry, in the report's language. */
export interface RowNames {
  /** A country's, an organization's or a group's name. */
  entity(code: string): string;
}

/** "2021", "2014-2021", or '' without years. */
export function yearText(from: number | null | undefined, to?: number | null): string {
  if (from === null || from === undefined) return to === null || to === undefined ? '' : String(to);
  return to === null || to === undefined || to === from ? String(from) : `${from}-${to}`;
}

const spanText = (span: YearSpan | null, fallback: number): string => (span ? yearText(span.from, span.to) : String(fallback));
const present = (refs: readonly (SourceRef | undefined)[]): SourceRef[] => refs.filter((r): r is SourceRef => r !== undefined);

/** The columns every row of an indicator shares. */
function indicatorPart(indicator: Indicator): Pick<DataRow, 'pillar' | 'indicator' | 'indicatorTitle' | 'unit'> {
  return { pillar: indicator.pillar, indicator: indicator.id, indicatorTitle: indicator.title, unit: indicator.unit };
}

/**
 * An entity metric's four rows: baseline, current, change and relative change, each with the
 * metric's status; the figures with their flags and observations, the changes with both.
 *
 * @param metric
 *   The metric (sex total).
 * @param indicator
 *   Its indicator, in the report's language.
 * @param names
 *   The report's names.
 */
export function entityMetricRows(metric: EntityMetric, indicator: Indicator, names: RowNames): DataRow[] {
  const base = { entity: metric.entity, entityName: names.entity(metric.entity), ...indicatorPart(indicator), category: '', status: metric.status };
  const both = present([metric.sources.baseline, metric.sources.current, metric.sources.break]);
  const span = metric.baseline_year !== null && metric.current_year !== null ? yearText(metric.baseline_year, metric.current_year) : '';
  return [
    { ...base, measure: 'baseline', year: yearText(metric.baseline_year), value: metric.baseline, flag: metric.baseline_flag ?? '', sources: present([metric.sources.baseline]) },
    { ...base, measure: 'current', year: yearText(metric.current_year), value: metric.current, flag: metric.current_flag ?? '', sources: present([metric.sources.current]) },
    { ...base, measure: 'change', year: span, value: metric.change, flag: '', sources: both },
    { ...base, measure: 'relative_change', year: span, value: metric.relative_change, flag: '', sources: both },
  ];
}

/**
 * An aggregate's six rows: baseline and current (their years: the span the members' figures are
 * from), change, relative change, and its coverage (with_both of expected), each with its status.
 *
 * @param aggregate
 *   The aggregate.
 * @param indicator
 *   Its indicator, in the report's language.
 * @param names
 *   The report's names (the group's).
 */
export function aggregateRows(aggregate: AggregateMetric, indicator: Indicator, names: RowNames): DataRow[] {
  const base = { entity: aggregate.group, entityName: names.entity(aggregate.group), ...indicatorPart(indicator), category: '', status: aggregate.status, flag: '' as const };
  const span = yearText(aggregate.baseline_year, aggregate.current_year);
  const both = [...aggregate.sources.baseline, ...aggregate.sources.current];
  return [
    { ...base, measure: 'baseline', year: spanText(aggregate.baseline_years, aggregate.baseline_year), value: aggregate.baseline, sources: aggregate.sources.baseline },
    { ...base, measure: 'current', year: spanText(aggregate.current_years, aggregate.current_year), value: aggregate.current, sources: aggregate.sources.current },
    { ...base, measure: 'change', year: span, value: aggregate.change, sources: both },
    { ...base, measure: 'relative_change', year: span, value: aggregate.relative_change, sources: both },
    { ...base, measure: 'with_both', year: span, value: aggregate.coverage.with_both, sources: [] },
    { ...base, measure: 'expected', year: span, value: aggregate.coverage.expected, sources: [] },
  ];
}

/**
 * An observation as written: its value and flag, or, when it reports a missing value, its reason
 * as the category.
 *
 * @param observation
 *   The observation.
 * @param indicator
 *   Its indicator, in the report's language.
 * @param names
 *   The report's names.
 */
export function observationRow(observation: Observation, indicator: Indicator, names: RowNames): DataRow {
  return {
    entity: observation.country,
    entityName: names.entity(observation.country),
    ...indicatorPart(indicator),
    measure: 'observation',
    year: String(observation.year),
    value: observation.value ?? null,
    category: observation.value === undefined ? (observation.missing_reason ?? '') : '',
    status: '',
    flag: observation.flag ?? '',
    sources: [{ file: observation.file, line: observation.line }],
  };
}

/** A row with only what it is about and says; every other column empty. */
export function plainRow(row: Partial<DataRow> & Pick<DataRow, 'measure'>): DataRow {
  return { entity: '', entityName: '', pillar: '', indicator: '', indicatorTitle: '', unit: '', year: '', value: null, category: '', status: '', flag: '', sources: [], ...row };
}
