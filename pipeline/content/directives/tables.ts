/**
 * `::indicator-table[Caption]{#tab-id indicator=ID entities=...}`: each entity's baseline,
 * current figure, change, relative change and status; and
 * `::pillar-table[Caption]{#tab-id pillar=I}`: each indicator of a pillar for all partners, with
 * coverage. Numbered tables with a caption, a note on the years shown, and a link to their
 * entry in the sources annex.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Indicator, SourceRef } from '../../model.js';
import type { AggregateMetric, EntityMetric, Flag, YearSpan } from '../../metrics/types.js';
import { aggregateRows as aggregateDataRows, entityMetricRows, type DataRow } from '../../data-out/rows.js';
import { yearSpan } from './metric.js';
import { rowNames } from './chart-data.js';
import { byName } from '../../io/order.js';
import { contentMessages } from '../messages.js';
import type { SourceEntry } from '../provenance.js';
import { figuresNote } from '../kinds.js';
import type { CompileState, Numbered } from '../state.js';
import { dataTable, type TableCell } from '../table.js';
import type { Site } from './site.js';

const present = (refs: readonly (SourceRef | undefined)[]): SourceRef[] => refs.filter((r): r is SourceRef => r !== undefined);

/** A figure with the year it is from when that differs from the column's, and its flag. */
function levelCell(state: CompileState, indicator: Indicator, value: number | null, year: number | null, columnYear: number | null, flag: string | null): string {
  const notes: string[] = [];
  if (value !== null && year !== null && year !== columnYear) notes.push(state.format.year(year));
  if (value !== null && flag) notes.push(state.strings.flags[flag as Flag]);
  const text = state.format.level(value, indicator);
  return notes.length > 0 ? `${text} (${notes.join(', ')})` : text;
}

/** One row per entity of an indicator. */
export function entityTableRows(state: CompileState, indicator: Indicator, rows: readonly EntityMetric[]): { columns: string[]; cells: TableCell[][] } {
  const { strings, format } = state;
  // The columns name the catalogue's baseline year and the edition's year; a cell whose figure
  // is from another year (a fallback baseline, a latest available figure) says which.
  const baselineYear = indicator.baseline_year;
  const currentYear = state.edition.year;
  return {
    columns: [
      strings.columns.entity,
      strings.columns.baseline(format.year(baselineYear)),
      strings.columns.current(format.year(currentYear)),
      strings.columns.change,
      strings.columns.relativeChange,
      strings.columns.status,
    ],
    cells: rows.map((m) => [
      state.lookup.entityName(m.entity, strings.allPartners),
      levelCell(state, indicator, m.baseline, m.baseline_year, baselineYear, m.baseline_flag),
      levelCell(state, indicator, m.current, m.current_year, currentYear, m.current_flag),
      format.change(m.change, indicator),
      format.relative(m.relative_change),
      strings.statuses[m.status],
    ]),
  };
}

/** An aggregate's figure with the years its members' figures are from, when not only the column's year. */
function aggregateCell(state: CompileState, indicator: Indicator, value: number | null, span: YearSpan | null, columnYear: number): string {
  const text = state.format.level(value, indicator);
  return value !== null && span && (span.from !== columnYear || span.to !== columnYear) ? `${text} (${yearSpan(state, span.from, span.to)})` : text;
}

/** One row per indicator's aggregate (for pillar tables and the annex's data tables), and the notes its cells need. */
export function aggregateTableRows(
  state: CompileState,
  rows: readonly { indicator: Indicator; aggregate: AggregateMetric; group?: string }[],
): { columns: string[]; cells: TableCell[][]; notes: string[] } {
  const { strings, format } = state;
  const year = state.edition.year;
  const grouped = rows.some((r) => r.group !== undefined);
  const spans = rows.some(({ aggregate: a }) => a.current_years && (a.current_years.from !== year || a.current_years.to !== year));
  return {
    columns: [
      strings.columns.indicator,
      ...(grouped ? [strings.columns.group] : []),
      strings.columns.baseline(''),
      strings.columns.current(format.year(year)),
      strings.columns.change,
      strings.columns.relativeChange,
      strings.columns.status,
      strings.columns.coverage,
    ].map((c) => c.replace(/ \(\)$/, '')),
    cells: rows.map(({ indicator, aggregate: a, group }) => [
      indicator.title,
      ...(group !== undefined ? [group] : []),
      a.baseline === null ? strings.notAvailable : `${format.level(a.baseline, indicator)} (${yearSpan(state, a.baseline_years?.from ?? a.baseline_year, a.baseline_years?.to ?? a.baseline_year)})`,
      aggregateCell(state, indicator, a.current, a.current_years, year),
      format.change(a.change, indicator),
      format.relative(a.relative_change),
      strings.statuses[a.status],
      format.ofTotal(a.coverage.with_both, a.coverage.expected),
    ]),
    notes: [strings.coverageNote, ...(spans ? [strings.aggregateYearsNote(format.year(year))] : [])],
  };
}

/** The notes under a table of partners: the series breaks its changes cross, and the partners that reported nothing. */
export function entityTableNotes(state: CompileState, indicator: Indicator, rows: readonly EntityMetric[], unreported: readonly EntityMetric[]): string[] {
  const { strings, format, lookup } = state;
  const name = (code: string): string => lookup.entityName(code, strings.allPartners);
  const notes = rows.flatMap((m) => (m.series_break ? [`${name(m.entity)}: ${strings.seriesBreak(format.year(m.series_break.year), m.series_break.note)}.`] : []));
  if (unreported.length > 0) {
    notes.push(strings.notReportedNote(unreported.map((m) => name(m.entity)).sort(byName(strings.locale)), format.year(state.edition.year)));
  }
  return notes;
}

/** Which columns of an entity or aggregate table hold numbers. */
const numericColumns = (count: number, textColumns: readonly number[]): boolean[] =>
  Array.from({ length: count }, (_, i) => !textColumns.includes(i));

/** The link that downloads a table's data, which the HTML stage points at its rows. */
function downloadLink(state: CompileState, id: string): Element {
  const link = h('a', { className: ['data-download'] }, state.strings.dataDownload);
  link.data = { vdrDownload: id };
  return link;
}

/** The table block: the table in its scrolling region, its notes, and links to its sources and its data. */
function tableBlock(state: CompileState, numbered: Numbered, caption: string, table: Element, notes: string[], entry: SourceEntry, site: Site, data: DataRow[]): ElementContent[] {
  const block = h('div', { className: ['table-block'] }, [
    table,
    ...notes.map((note) => h('p', { className: ['table-note'] }, note)),
    h('p', { className: ['table-note', 'table-sources'] }, [h('a', { href: `#${entry.id}` }, state.strings.tableSourcesLink), ' ', downloadLink(state, numbered.id)]),
  ]);
  if (site.node.position) block.position = site.node.position;
  state.tables.push({
    id: numbered.id,
    number: numbered.number,
    label: numbered.label,
    caption,
    chapter: site.chapter.front.id,
    at: site.located,
    data,
  });
  return [block];
}

/**
 * Compiles an ::indicator-table directive.
 *
 * @returns
 *   The table block, or undefined when the directive has an error (reported).
 */
export function compileIndicatorTable(site: Site): ElementContent[] | undefined {
  const { state } = site;
  const numbered = state.numbered.get(site.node);
  site.allow(['id', 'indicator', 'entities']);
  const caption = site.label;
  if (!caption) site.report(contentMessages.missingLabel(site.name, 'caption'), site.start);
  const indicator = site.indicator();
  const entities = indicator ? site.entityList('entities', indicator) : undefined;
  if (site.failed || !indicator || !numbered) return undefined;

  const { lookup, strings } = state;
  const name = (code: string): string => lookup.entityName(code, strings.allPartners);
  const order = byName(strings.locale);
  // Named partners are each a row; otherwise every partner with a figure is a row and those that
  // reported nothing are named under the table, so that none is silently left out.
  const all = entities
    ? entities.map((code) => lookup.entityMetric(indicator.id, code)).filter((m): m is EntityMetric => m !== undefined)
    : lookup.entityMetrics(indicator.id).filter((m) => m.sex === 'total').sort((a, b) => order(name(a.entity), name(b.entity)));
  const rows = entities ? all : all.filter((m) => m.status !== 'not-reported');
  const unreported = entities ? [] : all.filter((m) => m.status === 'not-reported');
  const { columns, cells } = entityTableRows(state, indicator, rows);
  const sources = rows.map((m) => ({ label: name(m.entity), refs: present([m.sources.baseline, m.sources.current, m.sources.break]) }));
  const data = rows.flatMap((m) => entityMetricRows(m, indicator, rowNames(state)));
  return numberedTable(site, numbered, caption, columns, cells, sources, entityTableNotes(state, indicator, rows, unreported), data);
}

/**
 * A numbered table of figures, with its entry in the sources annex (the rows' observations) and
 * its notes under it.
 */
function numberedTable(
  site: Site,
  numbered: Numbered,
  caption: string,
  columns: string[],
  cells: TableCell[][],
  sources: { label: string; refs: SourceRef[] }[],
  notes: string[],
  data: DataRow[],
): ElementContent[] {
  const { state } = site;
  const table = dataTable({
    id: numbered.id,
    caption: state.strings.captioned(numbered.label, caption),
    columns,
    rows: cells,
    numeric: numericColumns(columns.length, [0, 5]),
    className: ['numbered-table'],
  });
  const entry = state.provenance.entry(`table\u0000${numbered.id}`, () => ({
    what: state.strings.sourceTable(`${numbered.label}: ${caption}`),
    rows: sources,
  }));
  const kinds = figuresNote(state, sources.flatMap((source) => source.refs));
  return tableBlock(state, numbered, caption, table, kinds === undefined ? notes : [...notes, kinds], entry, site, data);
}

/**
 * Compiles a ::pillar-table directive.
 *
 * @returns
 *   The table block, or undefined when the directive has an error (reported).
 */
export function compilePillarTable(site: Site): ElementContent[] | undefined {
  const { state } = site;
  const numbered = state.numbered.get(site.node);
  site.allow(['id', 'pillar']);
  const caption = site.label;
  if (!caption) site.report(contentMessages.missingLabel(site.name, 'caption'), site.start);
  const pillar = site.pillar('pillar', true, true);
  if (site.failed || !pillar || !numbered) return undefined;

  const { lookup } = state;
  const rows = state.dataset.indicators
    .filter((i) => i.pillar === pillar)
    .map((indicator) => ({ indicator, aggregate: lookup.aggregate(indicator.id, 'all') }))
    .filter((r): r is { indicator: Indicator; aggregate: AggregateMetric } => r.aggregate !== undefined);
  const { columns, cells, notes } = aggregateTableRows(state, rows);
  const sources = rows.map(({ indicator, aggregate }) => ({ label: indicator.title, refs: [...aggregate.sources.baseline, ...aggregate.sources.current] }));
  const data = rows.flatMap(({ indicator, aggregate }) => aggregateDataRows(aggregate, indicator, rowNames(state)));
  return numberedTable(site, numbered, caption, columns, cells, sources, notes, data);
}
