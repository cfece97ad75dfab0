/**
 * Lays the workbook's sheets (workbook-sheets.ts) out with exceljs, by the Analysis Function's
 * conventions for releasing statistics in spreadsheets: a title in A1 and a few lines of heading,
 * then one Excel table (named, one header row, no blank row, no merged cell) whose header row is
 * frozen; numbers stored as numbers with a number format; column widths set; long text wrapped.
 *
 * Every text is given to exceljs as a plain string, which it writes as a shared string: a string
 * cell is text whatever it begins with, so "=HYPERLINK(...)" or "+1" in the data shows as typed
 * and never runs. No cell is given as a formula, and no apostrophe is added (in an XLSX file it
 * would show; the apostrophe of spreadsheetSafe is for CSV, whose cells have no type).
 *
 * exceljs writes a link to another sheet with an external relationship, which Excel opens badly
 * (exceljs issue 3027); the links of the contents sheet are therefore returned here, for
 * workbook-zip.ts to write as links within the workbook.
 */
import ExcelJS from 'exceljs';
import type { ColumnKind, CoverSheet, SheetSpec, TableSheet } from './workbook-sheets.js';

/** A link from a cell to the first cell of a sheet of the same workbook. */
export interface InternalLink {
  /** The part holding the cell, such as xl/worksheets/sheet2.xml. */
  part: string;
  /** The cell, such as A4. */
  ref: string;
  /** The sheet linked to, as its name is written in a reference: 'Heroin seizures'!A1. */
  location: string;
}

/** The workbook's document properties. */
export interface WorkbookProperties {
  title: string;
  subject: string;
  creator: string;
  /** When it was made: the publication's date, never the clock. */
  date: Date;
}

const LINK_COLOUR = 'FF0563C1';

/** The number format of a column's cells. */
export function numberFormat(kind: ColumnKind, decimals: number): string | undefined {
  const fraction = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  switch (kind) {
    case 'year':
      return '0';
    case 'count':
      return '#,##0';
    case 'level':
      return `#,##0${fraction}`;
    case 'change':
      return `+#,##0${fraction};-#,##0${fraction};0${fraction}`;
    case 'share':
      return '+0.0%;-0.0%;0.0%';
    default:
      return undefined;
  }
}

/** A sheet's name as a reference writes it: quoted, an apostrophe doubled. */
export function sheetReference(name: string): string {
  return `'${name.replaceAll("'", "''")}'!A1`;
}

/** How wide a column is, in characters: enough for its widest cell, the header wrapping past 24. */
function columnWidth(sheet: TableSheet, column: number): number {
  const { kind, header } = sheet.table.columns[column]!;
  let widest = Math.min(header.length, 24);
  for (const row of sheet.table.rows) {
    const value = row.cells[column];
    if (value === null || value === undefined) continue;
    const shown = typeof value === 'number' ? Math.round(Math.abs(value)).toLocaleString('en').length + row.decimals + 3 : value.length;
    widest = Math.max(widest, shown);
  }
  const most = kind === 'long-text' ? 70 : 45;
  return Math.min(Math.max(widest + 2, 8), most);
}

function renderCover(ws: ExcelJS.Worksheet, sheet: CoverSheet): void {
  ws.getColumn(1).width = 100;
  const title = ws.getCell('A1');
  title.value = sheet.title;
  title.font = { bold: true, size: 16 };
  let row = 2;
  for (const section of sheet.sections) {
    const heading = ws.getCell(row++, 1);
    heading.value = section.heading;
    heading.font = { bold: true, size: 12 };
    const text = ws.getCell(row++, 1);
    text.value = section.text;
    text.alignment = { wrapText: true, vertical: 'top' };
  }
}

function renderTable(ws: ExcelJS.Worksheet, sheet: TableSheet, links: InternalLink[]): void {
  sheet.heading.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line;
    if (i === 0) cell.font = { bold: true, size: 14 };
  });
  const headerRow = sheet.heading.length + 1;
  const { table } = sheet;
  ws.addTable({
    name: table.name,
    displayName: table.name,
    ref: `A${headerRow}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleLight1', showRowStripes: true },
    columns: table.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: table.rows.map((r) => r.cells),
  });
  table.columns.forEach((column, c) => {
    ws.getColumn(c + 1).width = columnWidth(sheet, c);
    const header = ws.getCell(headerRow, c + 1);
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'top' };
  });
  table.rows.forEach((row, r) => {
    table.columns.forEach((column, c) => {
      const cell = ws.getCell(headerRow + 1 + r, c + 1);
      const format = numberFormat(column.kind, row.decimals);
      if (format !== undefined) cell.numFmt = format;
      else cell.alignment = { wrapText: column.kind === 'long-text', vertical: 'top' };
    });
    if (row.link !== undefined) {
      const cell = ws.getCell(headerRow + 1 + r, 1);
      cell.font = { color: { argb: LINK_COLOUR }, underline: true };
      links.push({ part: `xl/worksheets/sheet${ws.id}.xml`, ref: cell.address, location: sheetReference(row.link) });
    }
  });
  const topLeft = ws.getCell(headerRow + 1, sheet.frozenColumns + 1).address;
  ws.views = [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: headerRow, topLeftCell: topLeft, activeCell: 'A1' }];
}

/**
 * The workbook, laid out.
 *
 * @param sheets
 *   Its sheets, in order; names and table names must be unique (workbook-names.ts).
 * @param properties
 *   Title, subject, author and date of the document.
 * @returns
 *   The exceljs workbook, and the links within it that the zip must add (workbook-zip.ts).
 */
export function renderWorkbook(sheets: readonly SheetSpec[], properties: WorkbookProperties): { workbook: ExcelJS.Workbook; links: InternalLink[] } {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = properties.creator;
  workbook.lastModifiedBy = properties.creator;
  workbook.title = properties.title;
  workbook.subject = properties.subject;
  workbook.created = properties.date;
  workbook.modified = properties.date;
  workbook.lastPrinted = properties.date;
  const links: InternalLink[] = [];
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    if (sheet.kind === 'cover') renderCover(ws, sheet);
    else renderTable(ws, sheet, links);
  }
  return { workbook, links };
}
