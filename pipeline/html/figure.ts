/**
 * Draws each chart into its <figure>: the caption ("Figure 3.2: title"), the SVG from the charts
 * stage inline, the source note with links to the figure's sources and to its data (downloads.ts),
 * and the figures behind the chart as a table in a <details>. The SVG is the project's own output and is inserted as it is,
 * after the author's content was sanitised; no author's text reaches it unescaped.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import type { Cell, Figure } from '../charts/request.js';
import { editionChartLanguage, type ChartLanguage } from '../charts/language.js';
import { STATUS_ORDER } from '../charts/theme.js';
import type { CompiledDocument, FigureEntry } from '../content/types.js';
import { sourceId } from '../content/provenance.js';
import { Formatter } from '../content/format.js';
import { dataTable } from '../content/table.js';
import type { Strings } from '../i18n/index.js';
import { NO_DOWNLOADS, type Downloads } from './downloads.js';

/** Whether every number of a column is a year (printed without a thousands separator). */
const isYearColumn = (rows: readonly Cell[][], column: number): boolean =>
  rows.every((row) => {
    const cell = row[column];
    return typeof cell !== 'number' || (Number.isInteger(cell) && cell >= 1900 && cell <= 2100);
  });

/** The figures behind a chart, formatted for the locale. */
function figureTable(figure: Figure, strings: Strings): Element {
  const grouped = new Intl.NumberFormat(strings.locale, { maximumFractionDigits: 6 });
  const plain = new Intl.NumberFormat(strings.locale, { maximumFractionDigits: 6, useGrouping: false });
  const { columns, rows } = figure.table;
  const years = columns.map((_, i) => isYearColumn(rows, i));
  const numeric = columns.map((_, i) => rows.some((r) => typeof r[i] === 'number') && rows.every((r) => typeof r[i] === 'number' || r[i] === null));
  return dataTable({
    id: `${figure.id}-data`,
    caption: figure.table.caption,
    columns,
    numeric,
    rows: rows.map((row) =>
      row.map((cell, i) => (cell === null ? strings.notAvailable : typeof cell === 'number' ? (years[i] ? plain : grouped).format(cell) : cell)),
    ),
  });
}

/**
 * The order a map's groups are listed in: its legend's, in the chart's language (statuses as the
 * chart names them, then the programmes, whose table cells are their codes, then the partners of
 * no programme, whose cell is empty); others after, by name.
 */
function groupOrder(language: ChartLanguage, strings: Strings): string[] {
  return [...STATUS_ORDER.map((status) => language.status(status)), 'RP ANC', 'RP SEE', strings.notAvailable];
}

/**
 * A map's partners as a list, by the group each is drawn in (its status, or its priority
 * programme: the column before "Drawn in" in the map's table), for a screen too narrow to read
 * the map on (the styles show it there only).
 */
function mapList(figure: Figure, strings: Strings, language: ChartLanguage): Element | undefined {
  const { columns, rows } = figure.table;
  const column = columns.length - 3;
  if (figure.kind !== 'partner-map' || column < 1) return undefined;
  const groups = new Map<string, string[]>();
  for (const row of rows) {
    const group = String(row[column] ?? strings.notAvailable);
    groups.set(group, [...(groups.get(group) ?? []), String(row[0] ?? '')]);
  }
  const order = groupOrder(language, strings);
  const rank = (label: string): number => (order.includes(label) ? order.indexOf(label) : order.length);
  const ordered = [...groups].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b, strings.locale));
  // "Albania, Austria, Belgium": the locale's separator for a list of names.
  const list = new Intl.ListFormat(strings.locale, { type: 'unit', style: 'short' });
  const format = new Formatter(strings);
  return h('div', { className: ['map-list'] }, [
    h('p', { className: ['map-list-title'] }, strings.mapAsList),
    h('dl', ordered.flatMap(([label, names]) => [h('dt', strings.mapListGroup(label, format.count(names.length))), h('dd', list.format(names))])),
  ]);
}

/** The content of one figure. */
function figureContent(entry: FigureEntry, figure: Figure | undefined, strings: Strings, language: ChartLanguage, downloads: Downloads): ElementContent[] {
  const caption = h('figcaption', [h('span', { className: ['figure-label'] }, entry.label), `: ${entry.title}`]);
  if (!figure) return [caption, h('p', { className: ['content-error'] }, strings.chartMissing(entry.id))];
  const alternative = mapList(figure, strings, language);
  const source: ElementContent[] = [{ type: 'text', value: `${strings.sourceNote(figure.source)}${entry.figuresNote ? ` ${entry.figuresNote}` : ''}` }];
  if (entry.sourceEntry !== undefined) source.push({ type: 'text', value: ' ' }, h('a', { className: ['sources-link'], href: `#${sourceId(entry.sourceEntry)}` }, strings.tableSourcesLink));
  const download = downloads.link(entry.id);
  if (download) source.push({ type: 'text', value: ' ' }, download);
  return [
    caption,
    h('div', { className: ['chart'], role: 'group', tabIndex: 0, ariaLabel: strings.scrollableFigure(entry.label) }, { type: 'raw', value: figure.svg } as never),
    ...(alternative ? [alternative] : []),
    h('p', { className: ['figure-source'] }, source),
    h('details', { className: ['figure-data'] }, [h('summary', strings.figuresBehindChart), figureTable(figure, strings)]),
  ];
}

/**
 * Fills every figure placeholder of a tree.
 *
 * @param tree
 *   A chapter's tree (changed in place).
 * @param document
 *   The compiled document, for the figures' numbers and titles, and the language its charts are drawn in.
 * @param figures
 *   The charts stage's figures, by id.
 * @param strings
 *   The edition's words.
 * @param downloads
 *   The report's data downloads, for each figure's link (optional; default: none).
 */
export function fillFigures(tree: Root, document: CompiledDocument, figures: ReadonlyMap<string, Figure>, strings: Strings, downloads: Downloads = NO_DOWNLOADS): void {
  const entries = new Map(document.figures.map((f) => [f.id, f]));
  const language = editionChartLanguage(document.edition);
  visit(tree, 'element', (node: Element) => {
    const id = node.data?.vdrFigure;
    if (id === undefined) return undefined;
    const entry = entries.get(id);
    if (entry) node.children = figureContent(entry, figures.get(id), strings, language, downloads);
    return SKIP;
  });
}
