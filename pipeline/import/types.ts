/**
 * The data passed between the import stage's steps, declared once: the cells of a source table
 * (CSV file or workbook sheet) with their places, the records a table's shape yields, and the
 * rows the import writes.
 */
import type { Located } from '../diagnostics/message.js';
import type { MissingReason, Sex } from '../model.js';

/**
 * What a source cell holds. Every CSV cell is `text`; a workbook cell is a number, a date, text,
 * or a formula whose result was never saved (`no-result`) or is an error (`error`).
 */
export type CellKind = 'empty' | 'text' | 'number' | 'date' | 'no-result' | 'error';

/** A cell of a source table as read, with the place it came from. */
export interface SourceCell {
  kind: CellKind;
  /** The cell as text: a CSV cell as written, a workbook cell as its value reads (empty for `empty`). */
  text: string;
  /** The number a workbook cell holds (kind `number`), or a date's serial day number (kind `date`). */
  number?: number;
  /** Whether a workbook number is formatted as a percent (0.12 shown as 12%). */
  percent?: boolean;
  /** Whether the cell is covered by a merge (its content is the merge's first cell's), reported as such. */
  merged?: boolean;
  /**
   * Where the cell is: for a CSV file its line and column; for a workbook, `file` names the sheet
   * (`book.xlsx[Sheet1]`) and the place is its row (line) and column (1 = A).
   */
  at: Located;
}

/** A row of a source table: its cells (empty ones included) and its line or row number. */
export interface SourceRow {
  line: number;
  cells: SourceCell[];
}

/** A CSV file or one sheet of a workbook, as rows of cells; blank rows are left out. */
export interface SourceTable {
  /** The file as messages name it: the path given, with `[Sheet]` for a workbook's sheet. */
  file: string;
  rows: SourceRow[];
}

/**
 * One figure as a table's shape gives it: the cells that name the entity (one, or a name and a
 * code that must agree), the year, the value, and the optional cells of a long or SDMX table.
 */
export interface SourceRecord {
  entity: SourceCell[];
  year: SourceCell;
  value: SourceCell;
  sex?: SourceCell;
  flag?: SourceCell;
  missingReason?: SourceCell;
  denominator?: SourceCell;
  note?: SourceCell;
  /** Observation status codes of SDMX (OBS_STATUS), read by their own rules. */
  status?: SourceCell;
}

/** A row the import writes, with the cell its value came from. */
export interface ImportedRow {
  indicator: string;
  country: string;
  year: number;
  /** Absent for a missing figure (then `missing_reason` is set). */
  value?: number;
  unit?: string;
  /** As the source gives it; absent means total, and is written as an empty cell. */
  sex?: Sex;
  denominator?: number;
  flag?: 'estimate' | 'provisional';
  missing_reason?: MissingReason;
  source: string;
  note: string;
  /** The source cell of the value, so that a later message can point at it. */
  at: Located;
}
