/**
 * The sheets of report-data.xlsx as plain data, before any spreadsheet library sees them: a
 * cover (lines of text), and sheets that each hold one table under a short heading. Also the
 * cover, contents and notes sheets themselves; the indicator and aggregate sheets are in
 * workbook-figures.ts.
 */
import type { Dataset } from '../model.js';
import { kindWords, type WorkbookWords } from './workbook-words.js';

/** What a cell holds: text, a number, or nothing (an empty cell, never 0 or "n/a"). */
export type CellValue = string | number | null;

/**
 * How a column's cells are written: text (long text wraps), or a number with a format: a year,
 * a count of entities, a level or a change in the row's decimals, a share (a fraction shown as a
 * percentage).
 */
export type ColumnKind = 'text' | 'long-text' | 'year' | 'count' | 'level' | 'change' | 'share';

export interface TableColumn {
  /** The header cell, with the unit where the column has one: "Baseline (kilograms)". */
  header: string;
  kind: ColumnKind;
}

export interface TableRow {
  cells: CellValue[];
  /** The decimals of the row's level and change cells (its indicator's). */
  decimals: number;
  /** (optional) The sheet the row's first cell links to. */
  link?: string;
}

/** A sheet holding one table, under a heading of a few lines (a title first). */
export interface TableSheet {
  kind: 'table';
  name: string;
  heading: string[];
  table: { name: string; columns: TableColumn[]; rows: TableRow[] };
  /** How many columns stay in view when scrolling right (the row's code and name). */
  frozenColumns: number;
}

/** The cover: a title, then sections of a heading and a paragraph, one cell each, in column A. */
export interface CoverSheet {
  kind: 'cover';
  name: string;
  title: string;
  sections: { heading: string; text: string }[];
}

export type SheetSpec = TableSheet | CoverSheet;

/** The edition a workbook belongs to. */
export interface WorkbookEdition {
  year: number;
  /** The report's title, as the manifest gives it. */
  title: string;
  /** The published version, such as 1.0.0. */
  version: string;
  /** The UTC day of the publication (SOURCE_DATE_EPOCH), YYYY-MM-DD. */
  date: string;
}

/** The file name the workbook is published under. */
export const WORKBOOK_FILE = 'report-data.xlsx';

/**
 * The cover sheet.
 *
 * @param edition
 *   The edition.
 * @param dataset
 *   The data (its observations files say whether the figures are illustrative).
 * @param licence
 *   The licence statement, or undefined when the project has set none.
 * @param words
 *   The workbook's words.
 * @param name
 *   The sheet's name.
 */
export function coverSheet(edition: WorkbookEdition, dataset: Pick<Dataset, 'sources'>, licence: string | undefined, words: WorkbookWords, name: string): CoverSheet {
  const c = words.cover;
  const kinds = kindWords(words, dataset.sources);
  const allIllustrative = dataset.sources.length > 0 && dataset.sources.every((s) => s.kind === 'illustrative');
  return {
    kind: 'cover',
    name,
    title: edition.title,
    sections: [
      { heading: c.edition, text: c.editionText(edition.year) },
      { heading: c.version, text: edition.version },
      { heading: c.date, text: edition.date },
      { heading: c.figures, text: allIllustrative ? words.illustrativeNote : words.figuresNote(kinds) },
      { heading: c.about, text: c.aboutText },
      { heading: c.licence, text: licence ?? c.noLicence },
      { heading: c.contact, text: c.contactText },
      { heading: c.cite, text: c.citeText(edition.title, edition.year, edition.version, WORKBOOK_FILE) },
    ],
  };
}

/**
 * The contents sheet: one row per other sheet, its name linking to it.
 *
 * @param sheets
 *   Every sheet but the contents, in order, with what each holds.
 * @param words
 *   The workbook's words.
 * @param name
 *   The sheet's name.
 * @param tableName
 *   Its table's name.
 */
export function contentsSheet(sheets: readonly { name: string; holds: string }[], words: WorkbookWords, name: string, tableName: string): TableSheet {
  return {
    kind: 'table',
    name,
    heading: [words.sheets.contents, words.contents.intro],
    table: {
      name: tableName,
      columns: [
        { header: words.contents.columns.sheet, kind: 'text' },
        { header: words.contents.columns.holds, kind: 'long-text' },
      ],
      rows: sheets.map((sheet) => ({ cells: [sheet.name, sheet.holds], decimals: 0, link: sheet.name })),
    },
    frozenColumns: 0,
  };
}

/**
 * The notes sheet: the flags, reasons, statuses and counting rules, in the report's words.
 *
 * @param words
 *   The workbook's words.
 * @param name
 *   The sheet's name.
 * @param tableName
 *   Its table's name.
 */
export function notesSheet(words: WorkbookWords, name: string, tableName: string): TableSheet {
  const n = words.notes;
  return {
    kind: 'table',
    name,
    heading: [words.sheets.notes, n.intro],
    table: {
      name: tableName,
      columns: [
        { header: n.columns.kind, kind: 'text' },
        { header: n.columns.term, kind: 'text' },
        { header: n.columns.meaning, kind: 'long-text' },
      ],
      rows: n.entries.map((entry) => ({ cells: [entry.kind, entry.term, entry.meaning], decimals: 0 })),
    },
    frozenColumns: 0,
  };
}
