/**
 * The CSV of the figures and tables of a report (rows.ts): one layout for all, one row per line,
 * each block of rows headed in the first column by the id of the figure or table it belongs to
 * (its anchor in the report: report.html#fig-heroin). RFC 4180 quoting with LF line ends, as
 * vdr's other CSV files; every text cell is safe for a spreadsheet (load/hostile.ts: a text that
 * would run as a formula gets an apostrophe); numbers are written as computed, in plain digits
 * with a dot (String(number)), so a spreadsheet in any locale reads them. The downloads start
 * with a UTF-8 byte order mark (BOM), without which Excel reads UTF-8 names as its own code page.
 */
import { csvLine } from '../load/hostile.js';
import { byCode } from '../io/order.js';
import type { ProvenanceKind } from '../model.js';
import type { DataRow, RowSource } from './rows.js';

/** What the figures of each observations file are (data/datasets.yaml `kind`), by project-relative path. */
export type FileKinds = Readonly<Record<string, ProvenanceKind>>;

/**
 * What a row's figures are: the kinds of the observations files it came from, each once, in the
 * order of the files ("illustrative", "reported compiled"); empty for a row of reference data
 * (the seeds' real lists) or without sources.
 */
export function kindCell(sources: readonly RowSource[], kinds: FileKinds): string {
  const found = [...new Set([...sources].sort((a, b) => byCode(a.file, b.file)).flatMap((s) => (kinds[s.file] === undefined ? [] : [kinds[s.file]!])))];
  return found.join(' ');
}

/** The columns, in order; README documents each. */
export const DATA_COLUMNS = [
  'figure',
  'entity',
  'entity_name',
  'pillar',
  'indicator',
  'indicator_title',
  'unit',
  'measure',
  'year',
  'value',
  'category',
  'status',
  'flag',
  'kind',
  'sources',
] as const;

/** The UTF-8 byte order mark a download starts with (as text: encoded as EF BB BF). */
export const BOM = '\uFEFF';

/** The rows of one figure or table. */
export interface DataBlock {
  /** The figure's or table's id. */
  id: string;
  rows: readonly DataRow[];
}

/** Where a block's rows are among the records of the CSV: the header is record 0; `to` is past the last. */
export interface RecordRange {
  from: number;
  to: number;
}

/**
 * The places a row came from, in one cell: each file once, followed by its lines in ascending
 * order, each once (`data/observations/pillar-1.csv:12;40;57`), files by code order and
 * separated by a space; a reference file without lines as its path alone.
 *
 * @param sources
 *   The places, in any order.
 */
export function sourcesCell(sources: readonly RowSource[]): string {
  const byFile = new Map<string, Set<number>>();
  for (const { file, line } of sources) {
    const lines = byFile.get(file) ?? new Set<number>();
    if (line !== undefined) lines.add(line);
    byFile.set(file, lines);
  }
  return [...byFile]
    .sort(([a], [b]) => byCode(a, b))
    .map(([file, lines]) => (lines.size === 0 ? file : `${file}:${[...lines].sort((a, b) => a - b).join(';')}`))
    .join(' ');
}

/** One row as a CSV record, without its line end. */
function record(id: string, row: DataRow, kinds: FileKinds): string {
  return csvLine([
    id,
    row.entity,
    row.entityName,
    row.pillar,
    row.indicator,
    row.indicatorTitle,
    row.unit,
    row.measure,
    row.year,
    row.value,
    row.category,
    row.status,
    row.flag,
    kindCell(row.sources, kinds),
    sourcesCell(row.sources),
  ]);
}

/**
 * The CSV of some figures' and tables' rows, in the order given (the report's reading order),
 * with a header, LF after every record (the last too), without the BOM; and where each block's
 * records are, for a download of one block (the header and its records).
 *
 * @param blocks
 *   The figures and tables, each with its rows.
 * @param kinds
 *   What the figures of each observations file are, for the `kind` column (optional; default:
 *   none known, the column empty).
 */
export function dataCsv(blocks: readonly DataBlock[], kinds: FileKinds = {}): { text: string; ranges: Map<string, RecordRange> } {
  const lines = [DATA_COLUMNS.join(',')];
  const ranges = new Map<string, RecordRange>();
  for (const { id, rows } of blocks) {
    const from = lines.length;
    for (const row of rows) lines.push(record(id, row, kinds));
    ranges.set(id, { from, to: lines.length });
  }
  return { text: `${lines.join('\n')}\n`, ranges };
}
