/**
 * The figures' sheets of report-data.xlsx: one per indicator (a row for each partner expected to
 * report, and each sex where the indicator is disaggregated: the yearly figures, baseline,
 * current figure, change, status, flags, missing figures and notes) and one of the aggregates.
 * Every figure is the one of metrics.json (or, for a year's figure, the observation), unrounded;
 * a missing figure is an empty cell.
 */
import type { Dataset, Indicator, Observation, UnitDefinition } from '../model.js';
import { STATUSES, type AggregateMetric, type EntityMetric, type Metrics } from '../metrics/types.js';
import { decimalsOf } from '../content/format.js';
import { partnerNameInYear } from '../edition/names.js';
import type { CellValue, TableColumn, TableRow, TableSheet } from './workbook-sheets.js';
import { kindWords, type WorkbookWords } from './workbook-words.js';

/** What the figures' sheets are made from. */
export interface FiguresContext {
  dataset: Dataset;
  metrics: Metrics;
  words: WorkbookWords;
}

/** An indicator's unit, as its column headers name it, and the decimals of its figures. */
export interface UnitWords {
  level: string;
  change: string;
  decimals: number;
}

/** An indicator's unit in the workbook's words (a built-in unit by its translated name) and its decimals. */
export function unitWords(indicator: Indicator, units: Dataset['units'], words: WorkbookWords): UnitWords {
  const unit: UnitDefinition = units[indicator.unit] ?? { id: indicator.unit, name: indicator.unit, change: 'difference', builtin: false };
  const level = unit.builtin ? (words.unitNames[unit.id as keyof WorkbookWords['unitNames']] ?? unit.name) : unit.name;
  return { level, change: unit.change === 'percentage-points' ? words.percentagePoints : level, decimals: decimalsOf(indicator, unit) };
}

/** The observations of one indicator, by entity and sex, each series by year (up to the edition year). */
export type SeriesIndex = Map<string, Map<string, Map<number, Observation>>>;

/** Indexes the observations of the window up to the edition year, by indicator, then `entity|sex`, then year. */
export function seriesIndex(observations: readonly Observation[], upTo: number): SeriesIndex {
  const index: SeriesIndex = new Map();
  for (const o of observations) {
    if (o.year > upTo) continue;
    let byEntity = index.get(o.indicator);
    if (!byEntity) index.set(o.indicator, (byEntity = new Map()));
    const key = `${o.country}|${o.sex}`;
    let byYear = byEntity.get(key);
    if (!byYear) byEntity.set(key, (byYear = new Map()));
    byYear.set(o.year, o);
  }
  return index;
}

/** The years, from the window's first to the edition year, in which an indicator has at least one figure. */
function yearsWithData(series: Map<string, Map<number, Observation>> | undefined, first: number, last: number): number[] {
  const years: number[] = [];
  for (let year = first; year <= last; year++) {
    if (series && [...series.values()].some((byYear) => byYear.get(year)?.value !== undefined)) years.push(year);
  }
  return years;
}

/** An entity's name: a partner country's in the edition year, or an organization's. */
function entityName(dataset: Dataset, m: EntityMetric, year: number): string | null {
  return partnerNameInYear(dataset.reference, m.entity, year) ?? null;
}

const joined = (parts: readonly string[], words: WorkbookWords): string | null => (parts.length === 0 ? null : parts.join(words.listSeparator));

/**
 * An indicator's sheet.
 *
 * @param indicator
 *   The indicator.
 * @param context
 *   The data, metrics and words.
 * @param index
 *   The observations, from `seriesIndex`.
 * @param name
 *   The sheet's name.
 * @param tableName
 *   Its table's name.
 */
export function indicatorSheet(indicator: Indicator, context: FiguresContext, index: SeriesIndex, name: string, tableName: string): TableSheet {
  const { dataset, metrics, words } = context;
  const w = words.indicator;
  const edition = metrics.edition.year;
  const unit = unitWords(indicator, dataset.units, words);
  const entities = metrics.entities.filter((m) => m.indicator === indicator.id);
  const series = index.get(indicator.id);
  const years = yearsWithData(series, dataset.window.first, edition);
  const sexed = entities.some((m) => m.sex !== 'total');

  const columns: TableColumn[] = [
    { header: w.columns.code, kind: 'text' },
    { header: w.columns.name, kind: 'text' },
    ...(sexed ? [{ header: w.columns.sex, kind: 'text' as const }] : []),
    { header: w.columns.baselineYear, kind: 'year' },
    { header: w.columns.baseline(unit.level), kind: 'level' },
    ...years.map((year) => ({ header: w.columns.year(year, unit.level), kind: 'level' as const })),
    { header: w.columns.currentYear, kind: 'year' },
    { header: w.columns.current(unit.level), kind: 'level' },
    { header: w.columns.change(unit.change), kind: 'change' },
    { header: w.columns.relativeChange, kind: 'share' },
    { header: w.columns.status, kind: 'text' },
    { header: w.columns.flags, kind: 'long-text' },
    { header: w.columns.missing, kind: 'long-text' },
    { header: w.columns.notes, kind: 'long-text' },
  ];

  const rows: TableRow[] = entities.map((m) => {
    const byYear = series?.get(`${m.entity}|${m.sex}`) ?? new Map<number, Observation>();
    const observed = [...byYear.values()].sort((a, b) => a.year - b.year);
    const flags = observed.filter((o) => o.flag !== undefined).map((o) => words.yearEntry(o.year, words.flags[o.flag!]));
    const missing = observed.filter((o) => o.value === undefined && o.missing_reason !== undefined).map((o) => words.yearEntry(o.year, words.missingReasons[o.missing_reason!]));
    const notes = [
      ...(m.baseline_fallback && m.baseline_year !== null ? [words.baselineFrom(String(m.baseline_year))] : []),
      ...(m.series_break ? [words.seriesBreak(String(m.series_break.year), m.series_break.note)] : []),
      ...observed
        .filter((o) => o.note !== undefined && o.note !== '' && !(m.series_break && o.year === m.series_break.year && o.note === m.series_break.note))
        .map((o) => words.noteEntry(o.year, o.note!)),
    ];
    const cells: CellValue[] = [
      m.entity,
      entityName(dataset, m, edition),
      ...(sexed ? [words.sexes[m.sex]] : []),
      m.baseline_year,
      m.baseline,
      ...years.map((year) => byYear.get(year)?.value ?? null),
      m.current_year,
      m.current,
      m.change,
      m.relative_change,
      words.statuses[m.status],
      joined(flags, words),
      joined(missing, words),
      joined(notes, words),
    ];
    return { cells, decimals: unit.decimals };
  });
  // A table needs a row under its header: an indicator no partner is expected to report says so.
  if (rows.length === 0) rows.push({ cells: columns.map((_, i) => (i === 1 ? w.noPartners : null)), decimals: unit.decimals });

  const all = metrics.aggregates.find((a) => a.indicator === indicator.id && a.group_type === 'all');
  const reporters = words.reportedBy[indicator.reported_by];
  // What the files holding the indicator's pillar are: illustrative, reported, compiled or estimated.
  const kinds = kindWords(words, dataset.sources.filter((s) => s.pillar === indicator.pillar));
  return {
    kind: 'table',
    name,
    heading: [
      `${indicator.title} (${unit.level})`,
      w.holds(reporters, edition),
      w.source(indicator.source, kinds.length > 0 ? words.figuresAre(kinds) : ''),
      ...(all ? [w.coverage(all.coverage.with_both, all.coverage.expected, reporters)] : []),
    ],
    table: { name: tableName, columns, rows },
    frozenColumns: sexed ? 3 : 2,
  };
}

/**
 * The aggregates sheet: one row per indicator and group, in the order of metrics.json.
 *
 * @param context
 *   The data, metrics and words.
 * @param name
 *   The sheet's name.
 * @param tableName
 *   Its table's name.
 */
export function aggregatesSheet(context: FiguresContext, name: string, tableName: string): TableSheet {
  const { dataset, metrics, words } = context;
  const c = words.aggregates.columns;
  const indicators = new Map(dataset.indicators.map((i) => [i.id, i]));
  const columns: TableColumn[] = [
    { header: c.indicator, kind: 'text' },
    { header: c.title, kind: 'text' },
    { header: c.unit, kind: 'text' },
    { header: c.changeUnit, kind: 'text' },
    { header: c.groupType, kind: 'text' },
    { header: c.group, kind: 'text' },
    { header: c.aggregation, kind: 'text' },
    { header: c.baselineYear, kind: 'year' },
    { header: c.baseline, kind: 'level' },
    { header: c.baselineFrom, kind: 'year' },
    { header: c.baselineTo, kind: 'year' },
    { header: c.currentYear, kind: 'year' },
    { header: c.current, kind: 'level' },
    { header: c.currentFrom, kind: 'year' },
    { header: c.currentTo, kind: 'year' },
    { header: c.change, kind: 'change' },
    { header: c.relativeChange, kind: 'share' },
    { header: c.status, kind: 'text' },
    { header: c.expected, kind: 'count' },
    { header: c.withBaseline, kind: 'count' },
    { header: c.withCurrent, kind: 'count' },
    { header: c.withBoth, kind: 'count' },
    ...STATUSES.map((status) => ({ header: c.statusCount(words.statuses[status]), kind: 'count' as const })),
  ];
  const rows = metrics.aggregates.map((a: AggregateMetric): TableRow => {
    const indicator = indicators.get(a.indicator);
    const unit = indicator ? unitWords(indicator, dataset.units, words) : { level: null, change: null, decimals: 0 };
    return {
      decimals: unit.decimals,
      cells: [
        a.indicator,
        indicator?.title ?? null,
        unit.level,
        unit.change,
        words.groupTypes[a.group_type],
        a.group_type === 'all' ? words.allPartners : a.group,
        words.aggregation(a.aggregation, a.weighting),
        a.baseline_year,
        a.baseline,
        a.baseline_years?.from ?? null,
        a.baseline_years?.to ?? null,
        a.current_year,
        a.current,
        a.current_years?.from ?? null,
        a.current_years?.to ?? null,
        a.change,
        a.relative_change,
        words.statuses[a.status],
        a.coverage.expected,
        a.coverage.with_baseline,
        a.coverage.with_current,
        a.coverage.with_both,
        ...STATUSES.map((status) => a.status_counts[status]),
      ],
    };
  });
  return {
    kind: 'table',
    name,
    heading: [words.aggregates.title, words.aggregates.holds(metrics.edition.year), words.aggregates.source],
    table: { name: tableName, columns, rows },
    frozenColumns: 0,
  };
}
