import { parse, type CsvError } from 'csv-parse/sync';
import { catalogue, type MessageText } from '../diagnostics/catalogue.js';
import type { Message, Place } from '../diagnostics/message.js';
import { suggest } from '../diagnostics/suggest.js';
import { converterFor, type CellConverter } from '../schema/cells.js';
import { translateErrors } from '../schema/errors.js';
import type { CompiledSchema } from '../schema/registry.js';
import { lineText, type TextSource } from './text.js';

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
      report(place, catalogue.duplicateColumn(first), name);
      return undefined;
    }
    firstSeen.set(name, index + 1);
    const schema = properties[name];
    if (schema) return { name, convert: converterFor(name, schema) };
    const candidates = known.filter((k) => !header.includes(k));
    const likely = suggest(name, candidates);
    if (likely) {
      missing.splice(missing.indexOf(likely), missing.includes(likely) ? 1 : 0);
      report(place, catalogue.misspeltColumn(likely), name);
    } else {
      report(place, catalogue.unknownColumn(known), name);
    }
    return undefined;
  });
  for (const name of missing) report({ line: 1, column: 1 }, catalogue.missingColumn(name, properties[name]?.['x-expected']));
  return plans;
}

/**
 * Reads a CSV file whose rows a schema describes: parses it with csv-parse, types every cell by
 * its column's schema, validates each row with the compiled schema, and calls `onRecord` with
 * each row that has no error. Every problem is reported with its line and column; nothing throws
 * for bad input. Returns undefined when the file cannot be read as a table at all.
 */
export function readCsv(
  source: TextSource,
  compiled: CompiledSchema,
  messages: Message[],
  onRecord: (record: CsvRecord, line: number, table: CsvTable) => void,
): CsvTable | undefined {
  const file = source.file;
  const report = (place: Place, text: MessageText, value?: string): void => {
    messages.push({ file, place, severity: 'error', ...text, ...(value === undefined ? {} : { value }) });
  };
  if (source.text.trim() === '') {
    messages.push({ file, severity: 'error', ...catalogue.fileEmpty() });
    return undefined;
  }

  const columnCache = new Map<number, number[]>();
  let header: string[] | undefined;
  let plans: (ColumnPlan | undefined)[] = [];
  let rows = 0;
  let lastEndLine = 0;
  let skipAfterBadQuote = false;
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
        report({ line: 1, column: (header[0] ?? '').indexOf(';') + 1 }, catalogue.semicolonDelimiter(), header[0]);
        throw new StopReading();
      }
      plans = planColumns(header, compiled, report);
      return;
    }
    rows++;
    if (cells.length !== header.length) {
      const starts = cellColumns(lineText(source, line));
      const column = cells.length > header.length ? (starts[header.length] ?? 1) : lineText(source, line).length + 1;
      report({ line, column }, catalogue.columnCount(cells.length, header.length));
      return;
    }
    const record: CsvRecord = {};
    let failed: Set<string> | undefined;
    for (let i = 0; i < cells.length; i++) {
      const plan = plans[i];
      const text = cells[i];
      if (!plan || text === undefined || text === '') continue;
      const result = plan.convert(text);
      if (result.ok) {
        record[plan.name] = result.value;
      } else {
        (failed ??= new Set()).add(plan.name);
        report(table.place(line, plan.name), result.message, text);
      }
    }
    if (!compiled.validate(record)) {
      for (const error of translateErrors(root, compiled.validate.errors ?? [])) {
        const name = error.field ?? (typeof error.path[0] === 'string' ? error.path[0] : undefined);
        if (name === undefined || failed?.has(name) || !header.includes(name)) continue;
        (failed ??= new Set()).add(name);
        const schema = root.properties?.[name];
        const message = error.field && required.includes(name)
          ? catalogue.requiredEmpty(name, schema?.['x-expected'])
          : error.message;
        const value = record[name];
        report(table.place(line, name), message, value === undefined ? undefined : String(value));
      }
    }
    if (!failed) onRecord(record, line, table);
  };

  try {
    parse(source.text, {
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_record: (record: string[], context) => {
        let newlines = 0;
        for (const cell of record) if (cell.includes('\n')) newlines += cell.split('\n').length - 1;
        const endLine = context.lines;
        const line = endLine - newlines;
        lastEndLine = endLine;
        skipAfterBadQuote = false;
        onRow(record, line);
        return null;
      },
      on_skip: (error: CsvError | undefined) => {
        if (!error) return;
        if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
          if (skipAfterBadQuote) return;
          let line = lastEndLine + 1;
          while (line < source.lineStarts.length && lineText(source, line).trim() === '') line++;
          report({ line, column: openingQuoteColumn(lineText(source, line)) }, catalogue.unclosedQuote());
          return;
        }
        const line = Number(error['lines']) || lastEndLine + 1;
        const text = lineText(source, line);
        if (error.code === 'CSV_INVALID_CLOSING_QUOTE') {
          skipAfterBadQuote = true;
          const column = /"[^",\r\n]/.exec(text.slice(1));
          report({ line, column: column ? column.index + 3 : 1 }, catalogue.badQuote());
        } else {
          report({ line, column: 1 }, catalogue.csvSyntax(error.message));
        }
        lastEndLine = line;
      },
    });
  } catch (error) {
    if (!(error instanceof StopReading)) throw error;
    return undefined;
  }
  if (header && rows === 0) report({ line: 2, column: 1 }, catalogue.headerOnly());
  return header ? table : undefined;
}

/** Thrown inside the parser's callback to stop reading a file that is not a table vdr can read. */
class StopReading extends Error {}
