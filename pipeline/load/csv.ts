import { parse, type CsvError } from 'csv-parse/sync';
import { message, type Message, type MessageText, type Place } from '../diagnostics/message.js';
import { suggest } from '../diagnostics/suggest.js';
import { CellProblem, converterFor, type CellConverter } from '../schema/cells.js';
import { translateErrors } from '../schema/errors.js';
import { schemaMessages } from '../schema/messages.js';
import type { CompiledSchema } from '../schema/registry.js';
import { hostileText } from './hostile.js';
import { loadMessages } from './messages.js';
import { isBlank, lineText, type TextSource } from './text.js';

/** A typed CSV row, keyed by column name; empty cells are absent. */
export type CsvRecord = Record<string, unknown>;

/** What a CSV file turned out to hold, for locating later messages about its rows. */
export interface CsvTable {
  source: TextSource;
  columns: string[];
  rows: number;
  /** The place of a named column's cell on a line (the line's start when the column is absent). */
  place(line: number, column: string): Place;
}

/**
 * Where each cell of a line starts (1-based columns), reading quotes as CSV does. Used only when
 * a message needs a place, so the hot path never pays for it.
 */
export function cellColumns(text: string): number[] {
  const starts = [1];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) starts.push(i + 2);
  }
  return starts;
}

/**
 * The column of the quote that closes a quoted cell but is followed by more text before the next
 * comma (`"2"x`), reading quotes as CSV does; 1 when there is none.
 */
export function badClosingQuoteColumn(text: string): number {
  let quoted = false;
  let cellStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') continue;
      if (text[i + 1] === '"') i++;
      else {
        quoted = false;
        const next = text[i + 1];
        if (next !== undefined && next !== ',') return i + 1;
      }
    } else if (c === ',') cellStart = i + 1;
    else if (c === '"' && i === cellStart) quoted = true;
  }
  return 1;
}

/**
 * The first double quote inside a cell that does not start with one (`a"b`), reading quotes as CSV
 * does: its column, and the cell as it should be written.
 */
export function strayQuote(text: string): { column: number; corrected: string } | undefined {
  let quoted = false;
  let cellStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      }
    } else if (c === ',') cellStart = i + 1;
    else if (c === '"' && i === cellStart) quoted = true;
    else if (c === '"') {
      const end = text.indexOf(',', i);
      const cell = text.slice(cellStart, end === -1 ? text.length : end);
      return { column: i + 1, corrected: `"${cell.replaceAll('"', '""')}"` };
    }
  }
  return undefined;
}

/** The column of the quote that opens a cell which never closes, on `text`. */
function openingQuoteColumn(text: string): number {
  let quoted = false;
  let opened = 1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') {
      if (!quoted) opened = i + 1;
      quoted = !quoted;
    }
  }
  return quoted ? opened : Math.max(text.indexOf('"') + 1, 1);
}

interface ColumnPlan {
  name: string;
  convert: CellConverter;
}

/**
 * Checks the header against the schema: every required column present, no unknown or repeated
 * column; a misspelt name is told apart from an unknown one. Returns one plan per header column,
 * or undefined for a column that has no schema (its cells are then skipped).
 */
function planColumns(
  header: string[],
  compiled: CompiledSchema,
  report: (place: Place, text: MessageText, value?: string) => void,
): (ColumnPlan | undefined)[] {
  const properties = compiled.record.properties ?? {};
  const known = Object.keys(properties);
  const required = compiled.record.required ?? [];
  const starts = cellColumns(header.join(','));
  const missing = required.filter((name) => !header.includes(name));
  const firstSeen = new Map<string, number>();
  const plans = header.map((name, index) => {
    const place = { line: 1, column: starts[index] ?? 1 };
    const first = firstSeen.get(name);
    if (first !== undefined) {
      report(place, loadMessages.duplicateColumn(first), name);
      return undefined;
    }
    firstSeen.set(name, index + 1);
    const schema = properties[name];
    if (schema) return { name, convert: converterFor(name, schema) };
    const candidates = known.filter((k) => !header.includes(k));
    const likely = suggest(name, candidates);
    if (likely) {
      missing.splice(missing.indexOf(likely), missing.includes(likely) ? 1 : 0);
      report(place, loadMessages.misspeltColumn(likely), name);
    } else {
      report(place, loadMessages.unknownColumn(known), name);
    }
    return undefined;
  });
  for (const name of missing) report({ line: 1, column: 1 }, loadMessages.missingColumn(name, properties[name]?.['x-expected']));
  return plans;
}

/**
 * Reads a CSV file whose rows a schema describes: parses it with csv-parse, types every cell by
 * its column's schema, validates each row with the compiled schema, and calls `onRecord` with
 * each row that has the header's number of cells, and the names of its fields that failed those
 * checks (empty when none did), so that the caller can check the rest of the row too. Every
 * problem is reported with its line and column; nothing throws for bad input. Returns undefined
 * when the file cannot be read as a table at all.
 */
export function readCsv(
  source: TextSource,
  compiled: CompiledSchema,
  messages: Message[],
  onRecord: (record: CsvRecord, line: number, table: CsvTable, failed: ReadonlySet<string>) => void,
): CsvTable | undefined {
  const file = source.file;
  const report = (place: Place, text: MessageText, value?: string): void => {
    messages.push(message({ file, place }, text, { value }));
  };
  if (isBlank(source)) {
    messages.push(message({ file }, loadMessages.fileEmpty()));
    return undefined;
  }

  const columnCache = new Map<number, number[]>();
  let header: string[] | undefined;
  let plans: (ColumnPlan | undefined)[] = [];
  // A header without a required column: rows are still checked cell by cell, but none is passed
  // on, since every row lacks that field (the header's message says so once).
  let headerIncomplete = false;
  let rows = 0;
  let lastEndLine = 0;
  let skipAfterBadQuote = false;
  const strayQuoteLines = new Set<number>();
  const table: CsvTable = {
    source,
    get columns() {
      return header ?? [];
    },
    get rows() {
      return rows;
    },
    place(line, column) {
      let starts = columnCache.get(line);
      if (!starts) {
        starts = cellColumns(lineText(source, line));
        columnCache.set(line, starts);
      }
      const index = header ? header.indexOf(column) : -1;
      return { line, column: index >= 0 ? (starts[index] ?? starts[starts.length - 1] ?? 1) : 1 };
    },
  };
  const required = compiled.record.required ?? [];
  const root = compiled.record;

  const onRow = (cells: string[], line: number): void => {
    if (!header) {
      header = cells.map((c, i) => (i === 0 ? c.replace(/^\uFEFF/, '') : c));
      if (header.length === 1 && (header[0] ?? '').includes(';')) {
        report({ line: 1, column: (header[0] ?? '').indexOf(';') + 1 }, loadMessages.semicolonDelimiter(), header[0]);
        throw new StopReading();
      }
      plans = planColumns(header, compiled, report);
      headerIncomplete = required.some((name) => !header?.includes(name));
      return;
    }
    rows++;
    if (cells.length !== header.length) {
      const starts = cellColumns(lineText(source, line));
      const column = cells.length > header.length ? (starts[header.length] ?? 1) : lineText(source, line).length + 1;
      report({ line, column }, loadMessages.columnCount(cells.length, header.length));
      return;
    }
    // Every row gets every schema column, in header order, so all rows share one shape and the
    // checks that read them stay fast; an empty cell stays undefined (absent for the schema).
    const record: CsvRecord = {};
    for (let i = 0; i < plans.length; i++) {
      const plan = plans[i];
      if (plan) record[plan.name] = undefined;
    }
    let failed: Set<string> | undefined;
    for (let i = 0; i < cells.length; i++) {
      const plan = plans[i];
      const text = cells[i];
      if (!plan || text === undefined || text === '') continue;
      const value = plan.convert(text);
      if (value instanceof CellProblem) {
        (failed ??= new Set()).add(plan.name);
        report(table.place(line, plan.name), value.message, text);
      } else {
        const hostile = typeof value === 'string' ? hostileText(value) : undefined;
        if (hostile) {
          (failed ??= new Set()).add(plan.name);
          const at = table.place(line, plan.name);
          // The column of the character itself when the cell is not quoted (a quoted cell's text is offset by its quote).
          report(text === value ? { line: at.line, column: at.column + hostile.index } : at, hostile.text, text);
        } else record[plan.name] = value;
      }
    }
    if (!compiled.validate(record)) {
      for (const error of translateErrors(root, compiled.validate.errors ?? [])) {
        const name = error.field ?? (typeof error.path[0] === 'string' ? error.path[0] : undefined);
        if (name === undefined || failed?.has(name) || !header.includes(name)) continue;
        (failed ??= new Set()).add(name);
        const schema = root.properties?.[name];
        const problem = error.field && required.includes(name)
          ? schemaMessages.requiredEmpty(name, schema?.['x-expected'])
          : error.message;
        const value = record[name];
        report(table.place(line, name), problem, value === undefined ? undefined : String(value));
      }
    }
    if (!headerIncomplete) onRecord(record, line, table, failed ?? NONE_FAILED);
  };

  // Fast path: one csv-parse pass without per-record info (which costs as much as the parse
  // itself), counting lines here. Only a file with a syntax error is read again, slowly, with
  // csv-parse's own line numbers, to place the error exactly.
  // A file without quotes has one record per line: it is parsed in pieces of whole lines, so that
  // each piece's cells can be collected before the next is read, not a million rows' at once.
  const input = source.bytes ?? source.text;
  const quoted = source.bytes ? source.bytes.includes(0x22) : source.text.includes('"');
  const fast = (): boolean => {
    let line = 1;
    let skipped = false;
    const options = { ...PARSE_OPTIONS, skip_empty_lines: false, on_skip: () => void (skipped = true) };
    for (const piece of quoted ? [input] : lineAlignedPieces(input)) {
      const records = parse(piece, options) as string[][];
      if (skipped) {
        // Only a quote makes csv-parse skip a record, so a file read in pieces never gets here.
        if (!quoted) throw new Error(`csv-parse skipped a record of ${file}, which has no quotes`);
        return false;
      }
      for (const cells of records) {
        const start = line++;
        if (quoted) for (const cell of cells) if (cell.includes('\n')) line += cell.split('\n').length - 1;
        if (cells.length === 1 && cells[0] === '') continue;
        onRow(cells, start);
      }
    }
    return true;
  };
  const precise = (): void => {
    parse(input, {
      ...PARSE_OPTIONS,
      skip_empty_lines: true,
      on_record: (record: string[], context) => {
        let newlines = 0;
        for (const cell of record) if (cell.includes('\n')) newlines += cell.split('\n').length - 1;
        const endLine = context.lines;
        lastEndLine = endLine;
        skipAfterBadQuote = false;
        onRow(record, endLine - newlines);
        return null;
      },
      on_skip: (error: CsvError | undefined) => {
        if (!error) return;
        if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
          if (skipAfterBadQuote) return;
          let line = lastEndLine + 1;
          while (line < source.lineStarts.length && lineText(source, line).trim() === '') line++;
          report({ line, column: openingQuoteColumn(lineText(source, line)) }, loadMessages.unclosedQuote());
          return;
        }
        const line = Number(error['lines']) || lastEndLine + 1;
        const text = lineText(source, line);
        if (error.code === 'INVALID_OPENING_QUOTE') {
          // The parser reports each stray quote of a line; one message for the line is enough.
          if (strayQuoteLines.has(line)) return;
          strayQuoteLines.add(line);
          const stray = strayQuote(text);
          if (stray) report({ line, column: stray.column }, loadMessages.quoteInsideCell(stray.corrected));
          else report({ line, column: 1 }, loadMessages.csvSyntax(error.message));
        } else if (error.code === 'CSV_INVALID_CLOSING_QUOTE') {
          skipAfterBadQuote = true;
          report({ line, column: badClosingQuoteColumn(text) }, loadMessages.badQuote());
        } else {
          report({ line, column: 1 }, loadMessages.csvSyntax(error.message));
        }
        lastEndLine = line;
      },
    });
  };
  try {
    if (!fast()) precise();
  } catch (error) {
    if (!(error instanceof StopReading)) throw error;
    return undefined;
  }
  if (header && rows === 0) report({ line: 2, column: 1 }, loadMessages.headerOnly());
  return header ? table : undefined;
}

/** How much of a file the fast path parses at a time. */
const PIECE_BYTES = 1 << 20;

/**
 * A text cut into pieces of about PIECE_BYTES, each ending just after a line feed (the last
 * excepted), so every line, CRLF included, lies whole in one piece.
 */
function* lineAlignedPieces(input: Buffer | string): Generator<Buffer | string> {
  let start = 0;
  while (start < input.length) {
    const cut = input.length - start <= PIECE_BYTES ? -1 : typeof input === 'string' ? input.indexOf('\n', start + PIECE_BYTES) : input.indexOf(0x0a, start + PIECE_BYTES);
    const end = cut === -1 ? input.length : cut + 1;
    yield typeof input === 'string' ? input.slice(start, end) : input.subarray(start, end);
    start = end;
  }
}

/** csv-parse options shared by both passes: rows of any length (checked here), errors collected. */
const PARSE_OPTIONS: { relax_column_count: true; skip_records_with_error: true; record_delimiter: string[] } = {
  relax_column_count: true,
  skip_records_with_error: true,
  record_delimiter: ['\r\n', '\n'],
};

const NONE_FAILED: ReadonlySet<string> = new Set();

/** Thrown inside the parser's callback to stop reading a file that is not a table vdr can read. */
class StopReading extends Error {}
