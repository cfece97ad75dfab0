/**
 * An XLSX workbook as tables of cells, one per sheet, read with exceljs. Each cell keeps what it
 * holds (number, text, date, a formula's saved result) so that the value rules can tell a number
 * from a number stored as text, and a year from a date. What a spreadsheet shows but a table
 * cannot say is an error at its place (`book.xlsx[Sheet]!B1`): merged cells, hidden sheets (when
 * no sheet is named), and empty sheets.
 */
import ExcelJS from 'exceljs';
import { cellAddress } from '../diagnostics/format.js';
import { message, type Message } from '../diagnostics/message.js';
import { importMessages } from './messages.js';
import type { CellKind, SourceCell, SourceRow, SourceTable } from './types.js';

/** What reading a workbook gave: its sheets as tables, and the names asked for that it lacks. */
export interface Workbook {
  tables: SourceTable[];
  /** Every sheet's name, in the workbook's order. */
  sheetNames: string[];
  /** Names given with --sheet that no sheet has. */
  unknownSheets: string[];
}

/** The name messages give a sheet of a workbook: `book.xlsx[Sheet1]`. */
export function sheetFile(file: string, sheet: string): string {
  return `${file}[${sheet}]`;
}

/** Excel's serial day number of a date (days since 1899-12-30, or 1904-01-01 in a 1904 workbook). */
function serialDay(date: Date, date1904: boolean): number {
  return date.getTime() / 86_400_000 + 25_569 - (date1904 ? 1462 : 0);
}

/** Whether a number format shows a percent: a % sign outside quotes and brackets. */
function isPercentFormat(format: string | undefined): boolean {
  return format !== undefined && /%/.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, ''));
}

/** What a cell's value (or a formula's saved result) holds, as a kind and text. */
function readValue(value: unknown, date1904: boolean): { kind: CellKind; text: string; number?: number } {
  if (value === null || value === undefined || value === '') return { kind: 'empty', text: '' };
  if (typeof value === 'number') return { kind: 'number', text: String(value), number: value };
  if (typeof value === 'string') return { kind: value.trim() === '' ? 'empty' : 'text', text: value };
  if (typeof value === 'boolean') return { kind: 'text', text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { kind: 'date', text: value.toISOString().slice(0, 10), number: serialDay(value, date1904) };
  const object = value as { richText?: { text: string }[]; text?: unknown; error?: string; formula?: string; sharedFormula?: string; result?: unknown };
  if (object.formula !== undefined || object.sharedFormula !== undefined) {
    // The result Excel saved with the formula is read; vdr does not compute formulas itself.
    if (object.result === undefined) return { kind: 'no-result', text: `=${object.formula ?? object.sharedFormula ?? ''}` };
    return readValue(object.result, date1904);
  }
  if (object.error !== undefined) return { kind: 'error', text: object.error };
  if (object.richText) return readValue(object.richText.map((r) => r.text).join(''), date1904);
  if (object.text !== undefined) return readValue(object.text, date1904);
  return { kind: 'text', text: String(value) };
}

/**
 * Reads the sheets of an XLSX workbook.
 *
 * @param file
 *   The file as messages name it.
 * @param bytes
 *   The workbook's bytes.
 * @param sheets
 *   The sheets to read (optional; default: every sheet, and a hidden sheet is then an error).
 * @param messages
 *   Where an unreadable workbook, hidden or empty sheets and merged cells are reported.
 * @returns
 *   The tables, or undefined when the bytes are not a workbook exceljs can read.
 */
export async function tablesFromWorkbook(file: string, bytes: Uint8Array, sheets: readonly string[] | undefined, messages: Message[]): Promise<Workbook | undefined> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (error) {
    messages.push(message({ file }, importMessages.workbookUnreadable((error as Error).message)));
    return undefined;
  }
  const date1904 = workbook.properties.date1904 === true;
  const sheetNames = workbook.worksheets.map((w) => w.name);
  const unknownSheets = (sheets ?? []).filter((name) => !sheetNames.includes(name));
  const tables: SourceTable[] = [];
  for (const worksheet of workbook.worksheets) {
    if (sheets && !sheets.includes(worksheet.name)) continue;
    const shown = sheetFile(file, worksheet.name);
    if (!sheets && worksheet.state !== 'visible') {
      // A hidden sheet's figures would be imported unseen, or left out unseen: neither is safe.
      messages.push(message({ file: shown }, importMessages.hiddenSheet(worksheet.name)));
      continue;
    }
    const table = readSheet(shown, worksheet, date1904, messages);
    if (table.rows.length === 0) {
      messages.push(message({ file: shown, place: { line: 1, column: 1 } }, importMessages.emptySheet(worksheet.name)));
      continue;
    }
    tables.push(table);
  }
  return { tables, sheetNames, unknownSheets };
}

/** One sheet as a table; merged cells are reported, each merge once, at its first cell. */
function readSheet(file: string, worksheet: ExcelJS.Worksheet, date1904: boolean, messages: Message[]): SourceTable {
  const rows: SourceRow[] = [];
  const merges = new Map<string, { line: number; column: number; lastLine: number; lastColumn: number; header: boolean }>();
  let width = 0;
  worksheet.eachRow({ includeEmpty: false }, (row) => (width = Math.max(width, row.cellCount)));
  let firstLine: number | undefined;
  worksheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: SourceCell[] = [];
    for (let column = 1; column <= width; column++) {
      const cell = row.getCell(column);
      const at = { file, place: { line, column } };
      if (cell.type === ExcelJS.ValueType.Merge) {
        const master = cell.master;
        const key = master.address;
        const merge = merges.get(key) ?? { line: Number(master.row), column: Number(master.col), lastLine: line, lastColumn: column, header: false };
        merge.lastLine = Math.max(merge.lastLine, line);
        merge.lastColumn = Math.max(merge.lastColumn, column);
        merges.set(key, merge);
        cells.push({ kind: 'empty', text: '', merged: true, at });
        continue;
      }
      const read = readValue(cell.value, date1904);
      const percent = read.kind === 'number' && isPercentFormat(cell.numFmt);
      cells.push({ ...read, ...(percent ? { percent } : {}), at });
    }
    if (cells.some((c) => c.kind !== 'empty')) {
      firstLine ??= line;
      rows.push({ line, cells });
    }
  });
  for (const merge of merges.values()) {
    const range = `${cellAddress(merge)}:${cellAddress({ line: merge.lastLine, column: merge.lastColumn })}`;
    const header = merge.line === firstLine;
    messages.push(message({ file, place: { line: merge.line, column: merge.column } }, importMessages.mergedCells(range, header)));
  }
  return { file, rows };
}
