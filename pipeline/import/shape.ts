/**
 * What a source table's header says about its shape, and the figures it yields, one record each:
 * - SDMX-CSV: the columns REF_AREA, TIME_PERIOD and OBS_VALUE (UN statistics' exchange format);
 * - long: a column for the entity, one for the year and one for the value, and optional columns
 *   sex, flag, missing_reason, denominator and note, one figure a row;
 * - wide: one or more entity columns (a name, a code), then one column per year, one figure a cell.
 * The shape is told from the header, or stated with --shape; a header that fits none is an error.
 */
import { message, type Message } from '../diagnostics/message.js';
import { suggest } from '../diagnostics/suggest.js';
import { importMessages } from './messages.js';
import type { SourceCell, SourceRecord, SourceTable } from './types.js';
import { cellAddress } from '../diagnostics/format.js';

export type Shape = 'long' | 'wide' | 'sdmx';

/** A header cell as vdr compares it: lower case, single spaces, no punctuation but underscores. */
export function headerKey(cell: SourceCell): string {
  return cell.text.normalize('NFKC').toLowerCase().replace(/[^a-z0-9_]+/g, ' ').trim().replace(/ /g, '_');
}

/** The names a long table's columns may have, by what they hold. */
const LONG_COLUMNS = {
  entity: ['country', 'country_name', 'country_or_area', 'country_or_territory', 'country_code', 'area', 'ref_area', 'entity', 'iso3', 'iso2', 'iso_3', 'iso_2', 'iso', 'iso_code', 'code', 'm49', 'organization', 'organisation', 'partner', 'name'],
  year: ['year', 'time', 'period', 'time_period'],
  value: ['value', 'obs_value', 'figure'],
  sex: ['sex'],
  flag: ['flag'],
  missingReason: ['missing_reason'],
  denominator: ['denominator'],
  note: ['note', 'notes', 'footnote'],
} as const;
type LongField = keyof typeof LONG_COLUMNS;
const KNOWN_LONG = Object.values(LONG_COLUMNS).flat();

/** Columns an SDMX-CSV file may have besides those vdr maps; they are read, or checked, never guessed at. */
const SDMX_MAPPED = { entity: 'REF_AREA', year: 'TIME_PERIOD', value: 'OBS_VALUE', status: 'OBS_STATUS' } as const;
/** Dimensions whose values tell series apart: a file is one series (one indicator). */
const SDMX_SERIES = ['INDICATOR', 'SERIES', 'MEASURE', 'UNIT_MEASURE', 'SEX', 'AGE', 'URBANISATION'];

const isYearHeader = (cell: SourceCell): boolean => /^\d{4}$/.test(cell.text.trim()) && Number(cell.text.trim()) >= 1900 && Number(cell.text.trim()) <= 2100;

/** Where a cell is, as a message names it in another's text: "line 3, column 2", or "B3" in a workbook. */
export function where(cell: SourceCell): string {
  return cell.at.file.endsWith(']') ? cellAddress(cell.at.place) : `line ${cell.at.place.line}, column ${cell.at.place.column}`;
}

/**
 * The records of a table.
 *
 * @param table
 *   The table; its first row is the header.
 * @param stated
 *   The shape given with --shape (optional; default: told from the header).
 * @param messages
 *   Where a header that fits no shape, unknown or repeated columns, and cells beyond the header are reported.
 * @returns
 *   The shape and the records, or undefined when the header cannot be read.
 */
export function recordsOf(table: SourceTable, stated: Exclude<Shape, 'sdmx'> | undefined, messages: Message[]): { shape: Shape; records: SourceRecord[] } | undefined {
  const [header, ...body] = table.rows;
  if (!header) return undefined;
  // Repeated headers would make a figure's column a guess.
  const seen = new Map<string, SourceCell>();
  for (const cell of header.cells) {
    if (cell.kind === 'empty') continue;
    const key = cell.text.trim();
    const first = seen.get(key);
    if (first) messages.push(message(cell.at, importMessages.repeatedColumn(where(first)), { value: cell.text }));
    else seen.set(key, cell);
  }
  for (const row of body) {
    const beyond = row.cells.slice(header.cells.length).find((c) => c.kind !== 'empty');
    // A cell under an empty header is beyond the table, unless the header is a merge (reported as one).
    const unnamed = row.cells.find((c, i) => c.kind !== 'empty' && header.cells[i]?.kind === 'empty' && header.cells[i]?.merged !== true);
    const extra = beyond ?? unnamed;
    if (extra) messages.push(message(extra.at, importMessages.extraCells(), { value: extra.text }));
  }
  const cellIn = (row: { cells: SourceCell[] }, index: number, fallback: SourceCell): SourceCell => row.cells[index] ?? { kind: 'empty', text: '', at: fallback.at };
  const names = header.cells.map((c) => c.text.trim());
  if (stated === undefined && names.includes(SDMX_MAPPED.entity) && names.includes(SDMX_MAPPED.year) && names.includes(SDMX_MAPPED.value)) {
    return { shape: 'sdmx', records: sdmxRecords(table, messages) };
  }
  const keys = header.cells.map(headerKey);
  const columnOf = (field: LongField): number => keys.findIndex((k) => (LONG_COLUMNS[field] as readonly string[]).includes(k));
  const yearColumns = header.cells.map((c, i) => (isYearHeader(c) ? i : -1)).filter((i) => i >= 0);
  const long = columnOf('year') >= 0 && columnOf('value') >= 0;
  const shape = stated ?? (long ? 'long' : yearColumns.length > 0 ? 'wide' : undefined);
  if (!shape) {
    messages.push(message(header.cells[0]!.at, importMessages.shapeUnknown()));
    return undefined;
  }
  if (shape === 'long') {
    let ok = true;
    for (const field of ['year', 'value'] as const) {
      if (columnOf(field) < 0) {
        messages.push(message(header.cells[0]!.at, importMessages.missingColumn(field)));
        ok = false;
      }
    }
    const entityColumns = keys.map((k, i) => ((LONG_COLUMNS.entity as readonly string[]).includes(k) ? i : -1)).filter((i) => i >= 0);
    if (entityColumns.length === 0) {
      messages.push(message(header.cells[0]!.at, importMessages.noEntityColumn()));
      ok = false;
    }
    header.cells.forEach((cell, i) => {
      if (cell.kind === 'empty' || KNOWN_LONG.includes(keys[i] as never) || ['source', 'unit'].includes(keys[i]!)) return;
      messages.push(message(cell.at, importMessages.unknownColumn(suggest(keys[i]!, KNOWN_LONG), KNOWN_LONG), { value: cell.text }));
      ok = false;
    });
    if (!ok) return undefined;
    const optional = (row: { cells: SourceCell[] }, field: LongField): { [k: string]: SourceCell } => {
      const index = columnOf(field);
      return index < 0 ? {} : { [field]: cellIn(row, index, header.cells[index]!) };
    };
    const records = body.map((row): SourceRecord => ({
      entity: entityColumns.map((i) => cellIn(row, i, header.cells[i]!)),
      year: cellIn(row, columnOf('year'), header.cells[columnOf('year')]!),
      value: cellIn(row, columnOf('value'), header.cells[columnOf('value')]!),
      ...optional(row, 'sex'),
      ...optional(row, 'flag'),
      ...optional(row, 'missingReason'),
      ...optional(row, 'denominator'),
      ...optional(row, 'note'),
    }));
    return { shape, records };
  }
  // Wide: the leading columns that are not years name the entity; every column after them is a year.
  const firstYear = header.cells.findIndex(isYearHeader);
  const entityColumns = firstYear < 0 ? [0] : Array.from({ length: firstYear }, (_, i) => i);
  if (firstYear <= 0) {
    messages.push(message(header.cells[0]!.at, firstYear === 0 ? importMessages.noEntityColumn() : importMessages.shapeUnknown()));
    return undefined;
  }
  let ok = true;
  for (let i = firstYear; i < header.cells.length; i++) {
    const cell = header.cells[i]!;
    if (cell.kind === 'empty' || isYearHeader(cell)) continue;
    messages.push(message(cell.at, importMessages.notAYearColumn(), { value: cell.text }));
    ok = false;
  }
  if (!ok) return undefined;
  const records: SourceRecord[] = [];
  for (const row of body) {
    const entity = entityColumns.map((i) => cellIn(row, i, header.cells[i]!));
    for (let i = firstYear; i < header.cells.length; i++) {
      const year = header.cells[i]!;
      if (year.kind === 'empty') continue;
      records.push({ entity, year, value: cellIn(row, i, year) });
    }
  }
  return { shape, records };
}

/** The records of an SDMX-CSV table: one series, annual, in units. */
function sdmxRecords(table: SourceTable, messages: Message[]): SourceRecord[] {
  const [header, ...body] = table.rows;
  const index = (name: string): number => header!.cells.findIndex((c) => c.text.trim() === name);
  const cellAt = (row: { cells: SourceCell[] }, i: number): SourceCell => row.cells[i] ?? { kind: 'empty', text: '', at: header!.cells[i]!.at };
  for (const name of SDMX_SERIES) {
    const i = index(name);
    if (i < 0) continue;
    const values = [...new Set(body.map((row) => cellAt(row, i).text.trim()).filter((v) => v !== ''))];
    if (values.length > 1) messages.push(message(header!.cells[i]!.at, importMessages.sdmxSeries(name, values)));
  }
  const checks: [string, (text: string) => boolean, () => ReturnType<typeof importMessages.sdmxFrequency>][] = [
    ['FREQ', (t) => t === '' || t === 'A', importMessages.sdmxFrequency],
    ['UNIT_MULT', (t) => t === '' || Number(t) === 0, importMessages.sdmxMultiplier],
    ['ACTION', (t) => t !== 'D', importMessages.sdmxAction],
  ];
  const status = index(SDMX_MAPPED.status);
  const records: SourceRecord[] = [];
  for (const row of body) {
    let ok = true;
    for (const [name, fine, text] of checks) {
      const i = index(name);
      if (i < 0) continue;
      const cell = cellAt(row, i);
      if (!fine(cell.text.trim())) {
        messages.push(message(cell.at, text(), { value: cell.text }));
        ok = false;
      }
    }
    const period = cellAt(row, index(SDMX_MAPPED.year));
    if (period.kind !== 'empty' && !/^\d{4}$/.test(period.text.trim())) {
      messages.push(message(period.at, importMessages.sdmxPeriod(), { value: period.text }));
      ok = false;
    }
    if (!ok) continue;
    records.push({
      entity: [cellAt(row, index(SDMX_MAPPED.entity))],
      year: period,
      value: cellAt(row, index(SDMX_MAPPED.value)),
      ...(status >= 0 ? { status: cellAt(row, status) } : {}),
    });
  }
  return records;
}
