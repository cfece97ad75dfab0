/**
 * A partner's verification packet as a workbook (issue 21), written as report-data.xlsx is
 * (publish/workbook*.ts), in stages:
 * 1. name the sheets and tables (WorkbookNames);
 * 2. make each sheet as data: a cover (the partner, the edition, its version or that it is a
 *    draft, the date, how to fill in and return it), the contents, one table of every figure of
 *    the partner (verify.ts) with three empty columns for the partner to fill, and the notes;
 * 3. lay them out with exceljs (renderWorkbook: every text a plain string, so a cell that looks
 *    like a formula stays text);
 * 4. pack the zip byte-reproducibly (repack), dated from the epoch, never the clock.
 */
import type { Dataset } from '../model.js';
import { partnerNameInYear } from '../edition/names.js';
import { WorkbookNames } from '../publish/workbook-names.js';
import { unitWords } from '../publish/workbook-figures.js';
import { renderWorkbook } from '../publish/workbook-render.js';
import { contentsSheet, notesSheet, type CellValue, type CoverSheet, type SheetSpec, type TableColumn, type TableSheet } from '../publish/workbook-sheets.js';
import { kindWords, workbookEn } from '../publish/workbook-words.js';
import { repack } from '../publish/workbook-zip.js';
import { checkCode, keyOf, PACKET_WORDS as W, packetFile } from './packet-words.js';
import type { PartnerFigure, Verification } from './verify.js';

export { packetFile } from './packet-words.js';

/** What a packet is made from. */
export interface PacketInput {
  /** The partner's figures (verificationList). */
  verification: Verification;
  /** The validated data: the partner's name, the indicators' titles and units, what the files hold. */
  dataset: Dataset;
  /** The report's title, the edition, its version (null for a draft) and the date (YYYY-MM-DD, the UTC day of the epoch). */
  edition: { year: number; title: string; version: string | null; date: string };
  /** SOURCE_DATE_EPOCH, in seconds: the document's properties and the zip's entries carry it. */
  epoch: number;
  /** (optional) How to return it, replacing the default sentence (such as an address and a date). */
  returnTo?: string;
}

/** The partner's name: a country's in the edition year, or an organization's; its code when the data has neither. */
export function partnerName(dataset: Dataset, partner: string, year: number): string {
  return partnerNameInYear(dataset.reference, partner, year) ?? partner;
}

function coverOf(input: PacketInput, name: string): CoverSheet {
  const { verification: v, dataset, edition } = input;
  const c = W.cover;
  const kinds = kindWords(workbookEn, dataset.sources);
  const allIllustrative = dataset.sources.length > 0 && dataset.sources.every((s) => s.kind === 'illustrative');
  return {
    kind: 'cover',
    name,
    title: W.title(edition.title, partnerName(dataset, v.partner, edition.year)),
    sections: [
      { heading: c.partner, text: c.partnerText(partnerName(dataset, v.partner, edition.year), v.partner) },
      { heading: c.edition, text: c.editionText(edition.year) },
      { heading: c.version, text: edition.version ?? c.draft },
      { heading: c.date, text: edition.date },
      { heading: c.about, text: c.aboutText(v.figures.length, v.listed.length) },
      { heading: c.compared, text: v.note },
      { heading: c.fill, text: c.fillText },
      { heading: c.returning, text: input.returnTo ?? c.returnText },
      { heading: c.figures, text: allIllustrative ? workbookEn.illustrativeNote : workbookEn.figuresNote(kinds) },
    ],
  };
}

/** The columns of the figures table, in order; the reader finds them by these headers. */
export const PACKET_COLUMNS: readonly TableColumn[] = [
  { header: W.columns.partner, kind: 'text' },
  { header: W.columns.indicator, kind: 'text' },
  { header: W.columns.title, kind: 'text' },
  { header: W.columns.sex, kind: 'text' },
  { header: W.columns.figure, kind: 'text' },
  { header: W.columns.year, kind: 'year' },
  { header: W.columns.value, kind: 'level' },
  { header: W.columns.unit, kind: 'text' },
  { header: W.columns.flag, kind: 'text' },
  { header: W.columns.source, kind: 'text' },
  { header: W.columns.kind, kind: 'text' },
  { header: W.columns.previousYear, kind: 'year' },
  { header: W.columns.previousValue, kind: 'level' },
  { header: W.columns.confirmed, kind: 'text' },
  { header: W.columns.corrected, kind: 'level' },
  { header: W.columns.comment, kind: 'long-text' },
  { header: W.columns.check, kind: 'text' },
];

/** The cells of one figure's row. */
function figureCells(f: PartnerFigure, dataset: Dataset): { cells: CellValue[]; decimals: number } {
  const indicator = dataset.indicators.find((i) => i.id === f.indicator);
  const unit = indicator ? unitWords(indicator, dataset.units, workbookEn) : { level: null, decimals: 0 };
  return {
    decimals: unit.decimals,
    cells: [
      f.entity,
      f.indicator,
      indicator?.title ?? null,
      W.sexes[f.sex],
      W.roles[f.role],
      f.year,
      f.value,
      unit.level,
      f.flag === null ? null : workbookEn.flags[f.flag],
      f.source === null ? null : `${f.source.file}:${f.source.line}`,
      W.kinds[f.kind],
      f.previous?.year ?? null,
      f.previous?.value ?? null,
      null,
      null,
      null,
      checkCode(keyOf(f.entity, f)),
    ],
  };
}

/**
 * The sheets of a packet, in order: Cover, Contents, Figures, Notes.
 *
 * @param input
 *   The partner's figures, the data and the edition.
 */
export function packetSheets(input: PacketInput): SheetSpec[] {
  const { verification: v, dataset } = input;
  const names = new WorkbookNames();
  const cover = coverOf(input, names.sheet(W.sheets.cover));
  const contentsName = names.sheet(W.sheets.contents);
  const contentsTable = names.table(W.sheets.contents);
  const figures: TableSheet = {
    kind: 'table',
    name: names.sheet(W.sheets.figures),
    heading: [W.figures.heading, W.figures.holds(partnerName(dataset, v.partner, input.edition.year), v.edition), v.note, W.figures.fill],
    table: { name: names.table(W.sheets.figures), columns: [...PACKET_COLUMNS], rows: v.figures.map((f) => figureCells(f, dataset)) },
    frozenColumns: 5,
  };
  // A table needs a row under its header: a partner without figures gets one that says so.
  if (figures.table.rows.length === 0) {
    const code = checkCode(keyOf(v.partner));
    figures.table.rows.push({ cells: PACKET_COLUMNS.map((_, i) => (i === 0 ? v.partner : i === 2 ? W.none : i === PACKET_COLUMNS.length - 1 ? code : null)), decimals: 0 });
  }
  const notes = notesSheet(workbookEn, names.sheet(W.sheets.notes), names.table(W.sheets.notes));
  const contents = contentsSheet(
    [
      { name: cover.name, holds: W.contents.cover },
      { name: figures.name, holds: W.contents.figures },
      { name: notes.name, holds: W.contents.notes },
    ],
    workbookEn,
    contentsName,
    contentsTable,
  );
  return [cover, contents, figures, notes];
}

/**
 * A partner's verification packet: the same inputs give the same bytes.
 *
 * @param input
 *   The partner's figures, the data, the edition and its date.
 * @returns
 *   The bytes of the workbook (name it with `packetFile`).
 */
export async function packetWorkbook(input: PacketInput): Promise<Uint8Array> {
  const date = new Date(input.epoch * 1000);
  const { workbook, links } = renderWorkbook(packetSheets(input), {
    title: W.title(input.edition.title, partnerName(input.dataset, input.verification.partner, input.edition.year)),
    subject: packetFile(input.verification.partner, input.edition.year),
    creator: 'UNODC',
    date,
  });
  const written = await workbook.xlsx.writeBuffer();
  return repack(new Uint8Array(written as ArrayBuffer), date, links);
}
