/**
 * SDMX-CSV (version 1.0, the flat layout) of an edition's observations and metrics, so that SDMX
 * tools can load the figures. The first column is DATAFLOW (`agency:id(version)`), then the
 * dimensions, the measure OBS_VALUE and the attributes, by their SDMX concept ids:
 *
 * - observations.sdmx.csv: DATAFLOW, REF_AREA, INDICATOR, SEX, TIME_PERIOD, OBS_VALUE,
 *   UNIT_MEASURE, OBS_STATUS, COMMENT_OBS: every row of the observations files, the missing
 *   ones with an empty OBS_VALUE and a missing-value status;
 * - metrics.sdmx.csv: the same with a STATISTIC dimension before TIME_PERIOD (BASELINE, CURRENT,
 *   CHANGE...): every defined figure of metrics.json, entities and aggregates.
 *
 * Codes: REF_AREA is the partner's ISO 3166-1 alpha-3 code (or its M49 code, as the options
 * declare); organizations have neither and keep their acronym; aggregates take vdr's group codes
 * (ALL, REG_ASIA, RP_ANC...). SEX is SDMX's _T, F, M. OBS_STATUS follows SDMX's CL_OBS_STATUS.
 * UNIT_MEASURE and INDICATOR are vdr's own codes (the unit id in capitals, the indicator id), not
 * a global code list. Text never runs as a formula in a spreadsheet (load/hostile.ts).
 */
import type { Dataset, Observation, Sex } from '../model.js';
import type { AggregateMetric, EntityMetric, Flag, Metrics } from '../metrics/types.js';
import { byCode } from '../io/order.js';
import { csvLine, MISSING_VALUES, type CsvCell, type TableField, type TableSchema } from './table-schema.js';

/** How the SDMX files are coded. */
export interface SdmxOptions {
  /** (optional) The maintenance agency of the dataflows (default: UNODC). */
  agency?: string;
  /** (optional) The dataflows' version (default: 1.0). */
  version?: string;
  /** (optional) How REF_AREA codes a partner country: its ISO 3166-1 alpha-3 or its UN M49 code (default: iso3). */
  refArea?: 'iso3' | 'm49';
}

/** The dataflow ids of the two files. */
export const DATAFLOWS = { observations: 'VDR_OBS', metrics: 'VDR_METRICS' } as const;

/** The names of the two files in the data package. */
export const SDMX_FILES = { observations: 'sdmx/observations.sdmx.csv', metrics: 'sdmx/metrics.sdmx.csv' } as const;

/** SDMX's codes of sex (CL_SEX). */
export const SDMX_SEX: Record<Sex, string> = { total: '_T', female: 'F', male: 'M' };

/** SDMX's observation status (CL_OBS_STATUS) of a figure with a vdr flag; A (normal) without one. */
export const SDMX_FLAG_STATUS: Record<Flag, string> = { break: 'B', estimate: 'E', provisional: 'P' };

/**
 * SDMX's observation status of a missing value, by vdr's missing_reason: O missing value (the
 * partner did not report it, the reason unknown), M missing, data cannot exist (not applicable),
 * Q missing, suppressed (confidential), L missing, data exist but were not collected.
 */
export const SDMX_MISSING_STATUS: Record<NonNullable<Observation['missing_reason']>, string> = {
  'not-reported': 'O',
  'not-applicable': 'M',
  confidential: 'Q',
  'not-collected': 'L',
};

/** The figures of metrics.json the metrics file holds, by STATISTIC code, in this order. */
const STATISTICS = ['BASELINE', 'CURRENT', 'CHANGE', 'RELATIVE_CHANGE', 'ANNUALISED_CHANGE', 'TARGET_PROGRESS', 'PREVIOUS', 'CHANGE_SINCE_PREVIOUS'] as const;
type Statistic = (typeof STATISTICS)[number];

const OBSERVATION_COLUMNS = ['DATAFLOW', 'REF_AREA', 'INDICATOR', 'SEX', 'TIME_PERIOD', 'OBS_VALUE', 'UNIT_MEASURE', 'OBS_STATUS', 'COMMENT_OBS'] as const;
const METRIC_COLUMNS = ['DATAFLOW', 'REF_AREA', 'INDICATOR', 'SEX', 'STATISTIC', 'TIME_PERIOD', 'OBS_VALUE', 'UNIT_MEASURE', 'OBS_STATUS', 'COMMENT_OBS'] as const;

/** The words COMMENT_OBS starts with for a figure from a file of illustrative figures. */
export const ILLUSTRATIVE_COMMENT = 'Illustrative figure, not reported';

const dataflow = (id: string, options: SdmxOptions): string => `${options.agency ?? 'UNODC'}:${id}(${options.version ?? '1.0'})`;

/** A vdr code (unit id, group name) as an SDMX id: capitals, every other character an underscore. */
const sdmxId = (code: string): string => code.toUpperCase().replace(/[^A-Z0-9_@$-]/g, '_').replace(/-/g, '_');

/** REF_AREA of an entity: an organization's acronym, or a country's ISO3 or M49 code. */
function refAreaOf(dataset: Dataset, options: SdmxOptions): (entity: string) => string {
  if (options.refArea !== 'm49') return (entity) => entity;
  const m49 = new Map(dataset.reference.countries.map((c) => [c.iso3, c.m49]));
  return (entity) => m49.get(entity) ?? entity;
}

/** REF_AREA of an aggregate's group: ALL, REG_<REGION>, or the programme (RP_ANC). */
export function groupArea(metric: Pick<AggregateMetric, 'group_type' | 'group'>): string {
  if (metric.group_type === 'all') return 'ALL';
  return metric.group_type === 'region' ? `REG_${sdmxId(metric.group)}` : sdmxId(metric.group);
}

const joinComments = (...parts: (string | undefined)[]): string => parts.filter((p): p is string => p !== undefined && p !== '').join('; ');

/**
 * observations.sdmx.csv: every observation of the dataset, ordered by indicator (catalogue
 * order), REF_AREA, sex (total, female, male) and year. A missing value has an empty OBS_VALUE
 * and the status of its reason (SDMX_MISSING_STATUS); a figure has its flag's status, else A.
 * COMMENT_OBS is the row's note, after ILLUSTRATIVE_COMMENT for a file of illustrative figures.
 *
 * @param dataset
 *   The validated data (the data as written, not a language view).
 * @param options
 *   (optional) Agency, version and the coding of REF_AREA.
 */
export function observationsSdmxCsv(dataset: Dataset, options: SdmxOptions = {}): string {
  const flow = dataflow(DATAFLOWS.observations, options);
  const area = refAreaOf(dataset, options);
  const order = new Map(dataset.indicators.map((indicator, index) => [indicator.id, index]));
  const unitOf = new Map(dataset.indicators.map((indicator) => [indicator.id, indicator.unit]));
  const sexOrder = Object.keys(SDMX_SEX);
  const rows = dataset.observations.map((o) => ({ o, area: area(o.country) }));
  rows.sort(
    (a, b) =>
      (order.get(a.o.indicator) ?? Infinity) - (order.get(b.o.indicator) ?? Infinity) ||
      byCode(a.o.indicator, b.o.indicator) ||
      byCode(a.area, b.area) ||
      sexOrder.indexOf(a.o.sex) - sexOrder.indexOf(b.o.sex) ||
      a.o.year - b.o.year,
  );
  const lines = [csvLine(OBSERVATION_COLUMNS)];
  for (const { o, area: refArea } of rows) {
    const missing = o.value === undefined;
    const status = missing ? SDMX_MISSING_STATUS[o.missing_reason ?? 'not-reported'] : o.flag ? SDMX_FLAG_STATUS[o.flag] : 'A';
    const unit = o.unit ?? unitOf.get(o.indicator);
    const cells: CsvCell[] = [flow, refArea, o.indicator, SDMX_SEX[o.sex], o.year, o.value ?? null, unit === undefined ? null : sdmxId(unit), status, joinComments(o.kind === 'illustrative' ? ILLUSTRATIVE_COMMENT : undefined, o.note)];
    lines.push(csvLine(cells));
  }
  return `${lines.join('\n')}\n`;
}

/** One metric's figure: its statistic, year, value, unit, status and comment. */
interface Figure {
  statistic: Statistic;
  year: number | null;
  value: number | null;
  /** A fraction (relative and annualised change, target progress), not in the indicator's unit. */
  fraction: boolean;
  status: string;
  comment?: string;
}

/** The status of a figure derived from two: B across a break, else E or P when either figure is so flagged, else A. */
function derivedStatus(m: EntityMetric): string {
  if (m.series_break) return 'B';
  const flags = [m.baseline_flag, m.current_flag];
  if (flags.includes('estimate')) return 'E';
  if (flags.includes('provisional')) return 'P';
  return 'A';
}

function entityFigures(m: EntityMetric): Figure[] {
  const span = m.baseline_year !== null && m.current_year !== null ? `from ${m.baseline_year} to ${m.current_year}` : undefined;
  const derived = derivedStatus(m);
  return [
    { statistic: 'BASELINE', year: m.baseline_year, value: m.baseline, fraction: false, status: m.baseline_flag ? SDMX_FLAG_STATUS[m.baseline_flag] : 'A', ...(m.baseline_fallback ? { comment: 'baseline from a year near the baseline year' } : {}) },
    { statistic: 'CURRENT', year: m.current_year, value: m.current, fraction: false, status: m.current_flag ? SDMX_FLAG_STATUS[m.current_flag] : 'A', ...(m.current_is_latest_available ? { comment: 'latest available figure' } : {}) },
    { statistic: 'CHANGE', year: m.current_year, value: m.change, fraction: false, status: derived, ...(span ? { comment: span } : {}) },
    { statistic: 'RELATIVE_CHANGE', year: m.current_year, value: m.relative_change, fraction: true, status: derived, ...(span ? { comment: span } : {}) },
    { statistic: 'ANNUALISED_CHANGE', year: m.current_year, value: m.annualised_change, fraction: true, status: derived, ...(span ? { comment: span } : {}) },
    { statistic: 'TARGET_PROGRESS', year: m.current_year, value: m.target_progress, fraction: true, status: derived },
    { statistic: 'PREVIOUS', year: m.previous_year, value: m.previous, fraction: false, status: 'A', comment: 'the current figure as of the previous edition' },
    { statistic: 'CHANGE_SINCE_PREVIOUS', year: m.current_year, value: m.change_since_previous, fraction: false, status: derived },
  ];
}

function aggregateFigures(m: AggregateMetric, previousEdition: number | null): Figure[] {
  const span = `from ${m.baseline_year} to ${m.current_year}`;
  const of = (label: string): string => `${m.aggregation} over ${m.coverage.with_both} ${m.coverage.with_both === 1 ? 'member' : 'members'} (${label})`;
  return [
    { statistic: 'BASELINE', year: m.baseline_year, value: m.baseline, fraction: false, status: 'A', comment: of('baseline') },
    { statistic: 'CURRENT', year: m.current_year, value: m.current, fraction: false, status: 'A', comment: of(m.current_rule) },
    { statistic: 'CHANGE', year: m.current_year, value: m.change, fraction: false, status: 'A', comment: span },
    { statistic: 'RELATIVE_CHANGE', year: m.current_year, value: m.relative_change, fraction: true, status: 'A', comment: span },
    { statistic: 'ANNUALISED_CHANGE', year: m.current_year, value: m.annualised_change, fraction: true, status: 'A', comment: span },
    { statistic: 'TARGET_PROGRESS', year: m.current_year, value: m.target_progress, fraction: true, status: 'A' },
    { statistic: 'PREVIOUS', year: previousEdition, value: m.previous, fraction: false, status: 'A', comment: 'the aggregate as of the previous edition' },
    { statistic: 'CHANGE_SINCE_PREVIOUS', year: m.current_year, value: m.change_since_previous, fraction: false, status: 'A' },
  ];
}

/**
 * metrics.sdmx.csv: for each indicator in catalogue order, its entity metrics (in metrics.json's
 * order) and then its aggregates, each figure that is defined (a null figure is not an
 * observation and is left out) as one row, in STATISTIC order. TIME_PERIOD is the year of the
 * figure (a change's is its current year, the span in COMMENT_OBS); relative and annualised
 * changes and target progress are fractions (UNIT_MEASURE FRACTION), the others in the
 * indicator's unit. Entity figures carry their flag's status (a change: B across a break, else E
 * or P when either figure is so flagged); aggregates A.
 *
 * @param metrics
 *   The edition's metrics (metrics.json).
 * @param dataset
 *   The validated data, for units and M49 codes.
 * @param options
 *   (optional) Agency, version and the coding of REF_AREA.
 */
export function metricsSdmxCsv(metrics: Metrics, dataset: Dataset, options: SdmxOptions = {}): string {
  const flow = dataflow(DATAFLOWS.metrics, options);
  const area = refAreaOf(dataset, options);
  const unitOf = new Map(dataset.indicators.map((indicator) => [indicator.id, indicator.unit]));
  const byIndicator = new Map<string, { area: string; sex: Sex; figures: Figure[]; illustrative: boolean }[]>();
  const of = (indicator: string) => {
    let found = byIndicator.get(indicator);
    if (!found) byIndicator.set(indicator, (found = []));
    return found;
  };
  // Every indicator has an all-partners aggregate, so the aggregates give the catalogue order.
  for (const m of metrics.aggregates) of(m.indicator);
  for (const m of metrics.entities) of(m.indicator).push({ area: area(m.entity), sex: m.sex, figures: entityFigures(m), illustrative: m.illustrative });
  for (const m of metrics.aggregates) of(m.indicator).push({ area: groupArea(m), sex: 'total', figures: aggregateFigures(m, metrics.edition.previous), illustrative: false });
  const lines = [csvLine(METRIC_COLUMNS)];
  for (const [indicator, rows] of byIndicator) {
    const unit = unitOf.get(indicator);
    for (const row of rows) {
      for (const f of row.figures) {
        if (f.value === null || f.year === null) continue;
        const comment = joinComments(row.illustrative ? ILLUSTRATIVE_COMMENT : undefined, f.comment);
        lines.push(csvLine([flow, row.area, indicator, SDMX_SEX[row.sex], f.statistic, f.year, f.value, f.fraction ? 'FRACTION' : unit === undefined ? null : sdmxId(unit), f.status, comment]));
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The observation statuses either file may hold. */
const STATUSES = ['A', ...new Set([...Object.values(SDMX_FLAG_STATUS), ...Object.values(SDMX_MISSING_STATUS)])];

/** The Table Schema field of each SDMX column. */
function sdmxField(name: string, units: readonly string[]): TableField {
  switch (name) {
    case 'DATAFLOW':
      return { name, type: 'string', description: 'The dataflow, as agency:id(version).', constraints: { required: true, pattern: '[A-Za-z0-9_@$-]+(\\.[A-Za-z0-9_@$-]+)*:[A-Za-z0-9_@$-]+\\([0-9.]+\\)' } };
    case 'REF_AREA':
      return { name, type: 'string', description: "The partner: a country's ISO 3166-1 alpha-3 or M49 code, an organization's acronym, or an aggregate's group (ALL, REG_<region>, RP_<programme>).", constraints: { required: true } };
    case 'INDICATOR':
      return { name, type: 'string', description: 'The indicator id of data/indicators.yaml.', constraints: { required: true } };
    case 'SEX':
      return { name, type: 'string', description: 'SDMX CL_SEX: _T total, F female, M male.', constraints: { required: true, enum: Object.values(SDMX_SEX) } };
    case 'STATISTIC':
      return { name, type: 'string', description: 'Which figure of metrics.json.', constraints: { required: true, enum: [...STATISTICS] } };
    case 'TIME_PERIOD':
      return { name, type: 'year', description: 'The year of the figure.', constraints: { required: true } };
    case 'OBS_VALUE':
      return { name, type: 'number', description: 'The figure; empty for a missing value (see OBS_STATUS).' };
    case 'UNIT_MEASURE':
      return { name, type: 'string', description: "The unit: vdr's unit id in capitals (FRACTION for a fraction).", ...(units.length > 0 ? { constraints: { enum: [...units] } } : {}) };
    case 'OBS_STATUS':
      return { name, type: 'string', description: 'SDMX CL_OBS_STATUS: A normal, B break, E estimated, P provisional; missing: O not reported, M not applicable, Q confidential, L not collected.', constraints: { required: true, enum: STATUSES } };
    default:
      return { name, type: 'string', description: "The row's note." };
  }
}

/**
 * The Table Schema of an SDMX file of the package, from the same column list its writer uses.
 *
 * @param file
 *   observations or metrics.
 * @param dataset
 *   The data, for the units UNIT_MEASURE may hold.
 */
export function sdmxTableSchema(file: 'observations' | 'metrics', dataset: Dataset): TableSchema {
  const units = [...new Set(dataset.indicators.map((i) => sdmxId(i.unit)))].sort(byCode);
  const columns: readonly string[] = file === 'observations' ? OBSERVATION_COLUMNS : METRIC_COLUMNS;
  return {
    fields: columns.map((name) => sdmxField(name, file === 'metrics' ? [...units, 'FRACTION'] : units)),
    missingValues: [...MISSING_VALUES],
    primaryKey: columns.filter((c) => ['REF_AREA', 'INDICATOR', 'SEX', 'STATISTIC', 'TIME_PERIOD'].includes(c)),
  };
}
