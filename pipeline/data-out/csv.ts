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
import type { DataRow, RowSource } from './rows.js';

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
function record(id: string, row: DataRow): string {
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
 */
export function dataCsv(blocks: readonly DataBlock[]): { text: string; ranges: Map<string, RecordRange> } {
  const lines = [DATA_COLUMNS.join(',')];
  const ranges = new Map<string, RecordRange>();
  for (const { id, rows } of blocks) {
    const from = lines.length;
    for (const row of rows) lines.push(record(id, row));
    ranges.set(id, { from, to: lines.length });
  }
  return { text: `${lines.join('\n')}\n`, ranges };
}
