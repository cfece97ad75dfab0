/**
 * report-data.xlsx: the figures of an edition as an accessible workbook (UK Analysis Function,
 * "Releasing statistics in spreadsheets"), in stages:
 * 1. name the sheets and tables (workbook-names.ts);
 * 2. make each sheet as data: cover, contents, notes (workbook-sheets.ts), one sheet per
 *    indicator and the aggregates (workbook-figures.ts), in the words of workbook-words.ts;
 * 3. lay them out with exceljs (workbook-render.ts);
 * 4. pack the zip byte-reproducibly, with the contents sheet's links (workbook-zip.ts).
 */
import type { Dataset } from '../model.js';
import type { Metrics } from '../metrics/types.js';
import { WorkbookNames } from './workbook-names.js';
import { coverSheet, contentsSheet, notesSheet, WORKBOOK_FILE, type SheetSpec, type TableSheet, type WorkbookEdition } from './workbook-sheets.js';
import { aggregatesSheet, indicatorSheet, seriesIndex, type FiguresContext } from './workbook-figures.js';
import { renderWorkbook } from './workbook-render.js';
import { repack } from './workbook-zip.js';
import { workbookEn, type WorkbookWords } from './workbook-words.js';

export { WORKBOOK_FILE, type WorkbookEdition } from './workbook-sheets.js';
export { workbookEn, type WorkbookWords } from './workbook-words.js';

/** What the workbook is made from. */
export interface WorkbookInput {
  /** The edition: year, title, published version and the date (the UTC day of SOURCE_DATE_EPOCH). */
  edition: WorkbookEdition;
  /** SOURCE_DATE_EPOCH, in seconds: the documents' properties and the zip's entries carry it. */
  epoch: number;
  /** The validated data, as written (English): indicators, units, reference data, observations. */
  dataset: Dataset;
  /** The edition's metrics (metrics.json). */
  metrics: Metrics;
  /** (optional) The licence statement (default: that no licence has been set). */
  licence?: string;
  /** (optional) The words (default: English, the source language). */
  words?: WorkbookWords;
}

/**
 * The sheets of the workbook, in order: Cover, Contents, Notes, one per indicator (catalogue
 * order), Aggregates.
 *
 * @param input
 *   The edition, data and metrics.
 */
export function workbookSheets(input: WorkbookInput): SheetSpec[] {
  const words = input.words ?? workbookEn;
  const names = new WorkbookNames();
  const context: FiguresContext = { dataset: input.dataset, metrics: input.metrics, words };
  const cover = coverSheet(input.edition, input.dataset, input.licence, words, names.sheet(words.sheets.cover));
  const contentsName = names.sheet(words.sheets.contents);
  const contentsTable = names.table(words.sheets.contents);
  const notes = notesSheet(words, names.sheet(words.sheets.notes), names.table(words.sheets.notes));
  const aggregatesName = names.sheet(words.sheets.aggregates);
  const aggregatesTable = names.table(words.sheets.aggregates);
  const index = seriesIndex(input.dataset.observations, input.metrics.edition.year);
  const indicators: TableSheet[] = input.dataset.indicators.map((indicator) =>
    indicatorSheet(indicator, context, index, names.sheet(indicator.id), names.table(indicator.id)),
  );
  const aggregates = aggregatesSheet(context, aggregatesName, aggregatesTable);
  const contents = contentsSheet(
    [
      { name: cover.name, holds: words.contents.cover },
      { name: notes.name, holds: words.contents.notes },
      ...indicators.map((sheet, i) => ({ name: sheet.name, holds: words.contents.indicator(input.dataset.indicators[i]!.title) })),
      { name: aggregates.name, holds: words.contents.aggregates },
    ],
    words,
    contentsName,
    contentsTable,
  );
  return [cover, contents, notes, ...indicators, aggregates];
}

/**
 * report-data.xlsx of an edition: the same inputs give the same bytes (no clock: the documents
 * and the zip are dated from `epoch`).
 *
 * @param input
 *   The edition, its date, the data and the metrics.
 * @returns
 *   The bytes of the workbook.
 */
export async function reportWorkbook(input: WorkbookInput): Promise<Uint8Array> {
  const date = new Date(input.epoch * 1000);
  const { workbook, links } = renderWorkbook(workbookSheets(input), {
    title: `${input.edition.title}, ${input.edition.year} edition: data`,
    subject: WORKBOOK_FILE,
    creator: 'UNODC',
    date,
  });
  const written = await workbook.xlsx.writeBuffer();
  return repack(new Uint8Array(written as ArrayBuffer), date, links);
}
