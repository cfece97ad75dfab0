/**
 * A verification packet as a partner returns it (briefs/packet-workbook.ts wrote it): its Figures
 * sheet read back with exceljs (xlsx-table.ts), each row checked against its check code, in
 * order:
 * 1. read the workbook and find the figures table by its header row;
 * 2. each row: a row without a check code was added, one whose key cells no longer give its code
 *    was edited (with the packet sent, the edited cell itself is named), a repeated code is a
 *    copied row, and an intact row whose figure is not among those sent (the data changed since,
 *    or the packet is of another edition) is said, its answer listed all the same;
 * 3. the partner's answers: a corrected value must be a number; "Confirmed" is yes, no or empty;
 * 4. the list: each correction, each figure not confirmed, and how many were confirmed.
 * Every problem is located at its cell (`packet.xlsx[Figures]!O12`). Nothing is written: what
 * to do with a correction is the data manager's decision.
 */
import { message, type Located, type Message, type MessageText } from '../diagnostics/message.js';
import { DATA_FILE_LIMIT, readRegular } from '../io/read.js';
import { readProblemMessage } from '../load/dataset-file.js';
import type { Sex } from '../model.js';
import { checkCode, KEY_COLUMNS, keyOf, PACKET_WORDS as W, type KeyText } from '../briefs/packet-words.js';
import type { FigureRole, Verification } from '../briefs/verify.js';
import type { SourceCell, SourceRow } from './types.js';
import { sheetFile, tablesFromWorkbook } from './xlsx-table.js';

/** One figure of a returned packet, as its key cells name it. */
export interface PacketFigureRef {
  indicator: string;
  entity: string;
  sex: Sex;
  figure: FigureRole;
  year: number | null;
  /** The value the packet sent (what vdr held). */
  held: number | null;
  /** The row's "Corrected value" cell, or its "Confirmed" cell for a figure not confirmed. */
  at: Located;
}

/** A figure the partner corrected. */
export interface PacketCorrection extends PacketFigureRef {
  corrected: number;
  comment: string | null;
}

/** A figure the partner did not confirm: answered no without a corrected value, or left blank. */
export interface UnconfirmedFigure extends PacketFigureRef {
  answer: 'no' | 'blank';
  comment: string | null;
}

/** What a returned packet says. */
export interface ReturnedPacket {
  /** No error: every row is one the packet sent, every answer readable. */
  ok: boolean;
  /** The file as messages name it. */
  file: string;
  /** The partner the rows are of, or null when no row could be read. */
  partner: string | null;
  /** The figure rows read (rows with a problem in their key cells are not counted). */
  rows: number;
  confirmed: number;
  corrections: PacketCorrection[];
  unconfirmed: UnconfirmedFigure[];
  /** Every problem, at its cell. */
  messages: Message[];
}

/** The messages of reading a returned packet: what is wrong and what to do. */
export const packetMessages = {
  noFiguresSheet: (sheets: readonly string[]): MessageText => ({
    ruleId: 'packet/no-figures-sheet',
    reason: `the workbook has no sheet named "${W.sheets.figures}" (it has ${sheets.map((s) => `"${s}"`).join(', ')}), so it is not a verification packet or its sheet was renamed`,
    fix: `give the workbook vdr sent, with its "${W.sheets.figures}" sheet under that name`,
  }),
  noHeader: (): MessageText => ({
    ruleId: 'packet/no-header',
    reason: `the ${W.sheets.figures} sheet has no header row with the packet's columns ("${W.columns.partner}" ... "${W.columns.check}")`,
    fix: 'keep the header row of the table as the packet sent it',
  }),
  missingColumn: (header: string): MessageText => ({
    ruleId: 'packet/missing-column',
    reason: `the header row has no column "${header}"`,
    fix: 'keep every column of the table, with its header as the packet sent it',
  }),
  addedRow: (): MessageText => ({
    ruleId: 'packet/added-row',
    reason: 'this row is not one the packet sent (it has no check code), so vdr cannot tell which figure it is about',
    fix: `delete the row; write a figure the packet lacks in "${W.columns.comment}" of the indicator's row`,
  }),
  unknownRow: (): MessageText => ({
    ruleId: 'packet/unknown-row',
    reason: 'this row is not one the packet sent: its check code belongs to no figure of the packet',
    fix: `delete the row; write a figure the packet lacks in "${W.columns.comment}" of the indicator's row`,
  }),
  repeatedRow: (line: number): MessageText => ({
    ruleId: 'packet/repeated-row',
    reason: `this row repeats row ${line} (the same check code)`,
    fix: 'delete the copy, and give the answer once, in the row as sent',
  }),
  editedKey: (columns: string): MessageText => ({
    ruleId: 'packet/edited-key',
    reason: `the row's key cells (${columns}) were edited since the packet was sent: they no longer give its check code`,
    fix: `put them back as sent; give a right figure in "${W.columns.corrected}" instead`,
  }),
  editedCell: (header: string, sent: string): MessageText => ({
    ruleId: 'packet/edited-key',
    reason: `"${header}" was edited since the packet was sent (it held ${sent === '' ? 'nothing' : `"${sent}"`})`,
    fix: `put it back as sent; give a right figure in "${W.columns.corrected}" instead`,
  }),
  notANumber: (): MessageText => ({
    ruleId: 'packet/corrected-not-number',
    reason: `a corrected value must be a number, in the unit of the row`,
    fix: 'write the number alone, without thousands separators, units or notes (notes go in Comment)',
  }),
  confirmedWord: (): MessageText => ({
    ruleId: 'packet/confirmed',
    reason: `"${W.columns.confirmed}" must be ${W.yes}, ${W.no} or empty`,
    fix: `write ${W.yes} when the figure is right, ${W.no} when it is not (with the right figure in "${W.columns.corrected}")`,
  }),
  confirmedAndCorrected: (): MessageText => ({
    ruleId: 'packet/confirmed-and-corrected',
    reason: `the figure is confirmed (${W.yes}) and given a corrected value`,
    fix: `write ${W.no} when the corrected value stands; the correction is listed either way`,
  }),
  missingRows: (count: number, first: string): MessageText => ({
    ruleId: 'packet/missing-rows',
    reason: `${count} figure${count === 1 ? '' : 's'} the packet sent ${count === 1 ? 'is' : 'are'} not in the workbook (the first: ${first})`,
    fix: 'keep every row of the table as sent, and answer each',
  }),
  notInEdition: (figure: string): MessageText => ({
    ruleId: 'packet/not-in-edition',
    reason: `this row is as the packet sent it, but its figure (${figure}) is not one of the partner's figures in the edition as vdr holds it now: the data changed since the packet was sent, or the packet is of another edition (its answer is listed all the same)`,
    fix: 'compare the figure with the data (vdr explain INDICATOR PARTNER); read the packet with --edition YEAR when it is of another edition, or send the partner a new packet',
  }),
  notAPartner: (near: string | undefined): MessageText => ({
    ruleId: 'packet/unknown-partner',
    reason: `the rows are of a partner that is not a partner country or organization of the project${near ? ` (did you mean ${near}?)` : ''}, so they were checked against their check codes only`,
    fix: 'check that this packet was made by this project; the Partner column must hold the code as sent (ISO3 or acronym)',
  }),
  otherPartner: (sent: string): MessageText => ({
    ruleId: 'packet/other-partner',
    reason: `the rows are of another partner than the packet sent (${sent})`,
    fix: 'check that this is the packet of that partner',
  }),
};

/** How a returned packet is read. */
export interface ReadPacketOptions {
  /** (optional) The file as messages name it (default: the path). */
  shown?: string;
  /** (optional) The packet as sent, or how to make it for the partner its rows name (see readReturnedPacket). */
  sent?: Verification | ((partner: string) => Verification | undefined);
}

/** A key cell as the check code reads it. */
function keyText(cell: SourceCell | undefined): string {
  if (!cell || cell.kind === 'empty') return '';
  return cell.kind === 'number' && cell.number !== undefined ? String(cell.number) : cell.text.trim();
}

const reverse = <K extends string>(words: Record<K, string>, text: string): K | undefined => (Object.keys(words) as K[]).find((k) => words[k] === text);

/** The header cell's column (1-based) for each of the packet's headers found in the row. */
function headerColumns(row: SourceRow): Map<string, number> {
  const found = new Map<string, number>();
  for (const cell of row.cells) if (cell.kind === 'text') found.set(cell.text.trim(), cell.at.place.column);
  return found;
}

/** The key cells of every row the packet sent, by check code. */
function sentCodes(sent: Verification): Map<string, KeyText> {
  const keys = sent.figures.length === 0 ? [keyOf(sent.partner)] : sent.figures.map((f) => keyOf(f.entity, f));
  return new Map(keys.map((key) => [checkCode(key), key]));
}

/**
 * Reads a returned verification packet, listing each correction and each figure not confirmed.
 *
 * @param path
 *   The workbook.
 * @param options
 *   (optional) `shown`: the file as messages name it (default: `path`); `sent`: the packet's
 *   figures as sent (verificationList for the partner), or a function giving them for the
 *   partner the rows name, so that an edited key cell is named itself and a deleted row is
 *   reported (default: each row is checked against its own check code only).
 * @returns
 *   The corrections, the figures not confirmed, and every problem at its cell; never writes.
 */
export async function readReturnedPacket(path: string, options: ReadPacketOptions = {}): Promise<ReturnedPacket> {
  const file = options.shown ?? path;
  const messages: Message[] = [];
  const result: ReturnedPacket = { ok: false, file, partner: null, rows: 0, confirmed: 0, corrections: [], unconfirmed: [], messages };
  const got = readRegular(path, DATA_FILE_LIMIT);
  if (!got.ok) {
    messages.push(readProblemMessage(file, got.problem));
    return result;
  }
  // 1. The workbook, its figures sheet, and the table's header row.
  const book = await tablesFromWorkbook(file, got.bytes, [W.sheets.figures], messages);
  if (!book) return result;
  const table = book.tables[0];
  if (!table) {
    if (book.unknownSheets.length > 0) messages.push(message({ file }, packetMessages.noFiguresSheet(book.sheetNames)));
    return result;
  }
  const headerAt = table.rows.findIndex((row) => row.cells.some((c) => c.text.trim() === W.columns.partner) && row.cells.some((c) => c.text.trim() === W.columns.check));
  if (headerAt < 0) {
    messages.push(message({ file: sheetFile(file, W.sheets.figures), place: { line: 1, column: 1 } }, packetMessages.noHeader()));
    return result;
  }
  const header = table.rows[headerAt]!;
  const columns = headerColumns(header);
  const needed = { ...Object.fromEntries(KEY_COLUMNS.map((k) => [k, W.columns[k]])), confirmed: W.columns.confirmed, corrected: W.columns.corrected, comment: W.columns.comment, check: W.columns.check };
  for (const name of Object.values(needed)) {
    if (!columns.has(name)) messages.push(message({ file: table.file, place: { line: header.line, column: 1 } }, packetMessages.missingColumn(name)));
  }
  if (messages.length > 0) return finish(result);
  const cellOf = (row: SourceRow, name: string): SourceCell => row.cells[columns.get(name)! - 1] ?? { kind: 'empty', text: '', at: { file: table.file, place: { line: row.line, column: columns.get(name)! } } };

  // 2. Each row, against its check code (and the packet as sent, for the partner the first row names).
  const rows = table.rows.slice(headerAt + 1);
  const named = rows.map((row) => keyText(cellOf(row, W.columns.partner))).find((p) => p !== '');
  const sentPacket = typeof options.sent === 'function' ? (named === undefined ? undefined : options.sent(named)) : options.sent;
  const sent = sentPacket ? sentCodes(sentPacket) : undefined;
  const seen = new Map<string, number>();
  for (const row of rows) {
    const codeCell = cellOf(row, W.columns.check);
    const code = keyText(codeCell);
    if (code === '') {
      messages.push(message(row.cells[0]!.at, packetMessages.addedRow()));
      continue;
    }
    const key = Object.fromEntries(KEY_COLUMNS.map((k) => [k, keyText(cellOf(row, W.columns[k]))])) as KeyText;
    if (checkCode(key) !== code) {
      const original = sent?.get(code);
      if (sent && !original) messages.push(message(codeCell.at, packetMessages.unknownRow(), { value: code }));
      else if (original) {
        for (const k of KEY_COLUMNS) {
          const cell = cellOf(row, W.columns[k]);
          if (keyText(cell) !== original[k]) messages.push(message(cell.at, packetMessages.editedCell(W.columns[k], original[k]), { value: keyText(cell) }));
        }
        // The row is there, edited: its figure is not also reported missing.
        if (!seen.has(code)) seen.set(code, row.line);
      } else messages.push(message(codeCell.at, packetMessages.editedKey(KEY_COLUMNS.map((k) => W.columns[k]).join(', '))));
      continue;
    }
    const first = seen.get(code);
    if (first !== undefined) {
      messages.push(message(codeCell.at, packetMessages.repeatedRow(first)));
      continue;
    }
    seen.set(code, row.line);
    result.partner ??= key.partner;
    if (sent && !sent.has(code)) {
      // Intact, but not a figure of the edition now: said, and its answer still listed.
      const figure = key.indicator === '' ? `no figure of ${key.partner}` : `${key.indicator} ${key.sex} ${key.figure} ${key.year}: ${key.value === '' ? '-' : key.value}`;
      messages.push(message(codeCell.at, packetMessages.notInEdition(figure), { value: code }));
    }
    if (key.indicator === '') continue; // the one row of a packet without figures
    answer(row, key, cellOf, result);
  }
  if (sentPacket) {
    if (result.partner !== null && result.partner !== sentPacket.partner) messages.push(message({ file: table.file }, packetMessages.otherPartner(sentPacket.partner), { value: result.partner }));
    const lost = [...(sent ?? new Map<string, KeyText>())].filter(([code, k]) => !seen.has(code) && k.indicator !== '');
    if (lost.length > 0) {
      const [, k] = lost[0]!;
      messages.push(message({ file: table.file }, packetMessages.missingRows(lost.length, `${k.indicator} ${k.sex} ${k.figure} ${k.year}`)));
    }
  }
  return finish(result);
}

/** 3-4. A row's answers: a correction, a confirmation, or a figure not confirmed. */
function answer(row: SourceRow, key: KeyText, cellOf: (row: SourceRow, name: string) => SourceCell, result: ReturnedPacket): void {
  const { messages } = result;
  const confirmedCell = cellOf(row, W.columns.confirmed);
  const correctedCell = cellOf(row, W.columns.corrected);
  const commentCell = cellOf(row, W.columns.comment);
  const said = keyText(confirmedCell).toLowerCase();
  let confirmed: 'yes' | 'no' | 'blank' = 'blank';
  if (said === W.yes) confirmed = 'yes';
  else if (said === W.no) confirmed = 'no';
  else if (said !== '') messages.push(message(confirmedCell.at, packetMessages.confirmedWord(), { value: confirmedCell.text }));
  let corrected: number | undefined;
  if (correctedCell.kind === 'number' && correctedCell.number !== undefined) corrected = correctedCell.number;
  else if (correctedCell.kind !== 'empty') messages.push(message(correctedCell.at, packetMessages.notANumber(), { value: correctedCell.text }));
  const comment = commentCell.kind === 'empty' ? null : commentCell.text.trim();
  const ref = {
    indicator: key.indicator,
    entity: key.partner,
    sex: reverse(W.sexes, key.sex) ?? 'total',
    figure: reverse(W.roles, key.figure) ?? 'current',
    year: key.year === '' ? null : Number(key.year),
    held: key.value === '' ? null : Number(key.value),
  };
  result.rows++;
  if (corrected !== undefined && corrected !== ref.held) {
    if (confirmed === 'yes') messages.push(message(confirmedCell.at, packetMessages.confirmedAndCorrected(), { severity: 'warning', value: confirmedCell.text }));
    result.corrections.push({ ...ref, at: correctedCell.at, corrected, comment });
  } else if (confirmed === 'yes') result.confirmed++;
  else result.unconfirmed.push({ ...ref, at: confirmedCell.at, answer: confirmed === 'no' ? 'no' : 'blank', comment });
}

function finish(result: ReturnedPacket): ReturnedPacket {
  result.ok = !result.messages.some((m) => m.severity === 'error');
  return result;
}

/** A number as the packet holds it; an empty figure as a dash. */
const shownValue = (value: number | null): string => (value === null ? '-' : String(value));

/**
 * What a returned packet says, for the terminal: the corrections, then the figures not
 * confirmed, one a line (the problems are printed as every message is, with formatReport).
 *
 * @param packet
 *   The packet as read.
 * @param options
 *   (optional) `partnerName`: the partner's name, shown after its code (default: the code alone).
 */
export function formatReturnedPacket(packet: ReturnedPacket, options: { partnerName?: string } = {}): string {
  const name = (f: PacketFigureRef): string => `${f.entity} ${f.indicator}${f.sex === 'total' ? '' : ` (${f.sex})`} ${f.figure} ${f.year ?? ''}`.trimEnd();
  const comment = (text: string | null): string => (text === null ? '' : ` ("${text}")`);
  const lines = [
    `${packet.file}: ${packet.rows} figure${packet.rows === 1 ? '' : 's'} of ${packet.partner === null ? 'no partner' : options.partnerName ? `${packet.partner} (${options.partnerName})` : packet.partner}: ${packet.confirmed} confirmed, ${packet.corrections.length} corrected, ${packet.unconfirmed.length} not confirmed.`,
    ...packet.corrections.map((c) => `  corrected ${name(c)}: ${shownValue(c.held)} -> ${c.corrected}${comment(c.comment)}`),
    ...packet.unconfirmed.map((u) => `  not confirmed ${name(u)}: ${shownValue(u.held)}${u.answer === 'no' ? ' (answered no, no corrected value)' : ' (no answer)'}${comment(u.comment)}`),
  ];
  return `${lines.join('\n')}\n`;
}
