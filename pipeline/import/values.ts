/**
 * The rules by which a source cell becomes a figure, a year or a flag. Nothing is guessed
 * silently: a cell is read by one of these rules, or it is a located error.
 * - Missing: an empty cell is no figure (nothing is written); the marks statistical tables use
 *   are read as a missing figure with its reason: `..`, `…`, `-`, `–`, `—` not reported;
 *   `n/a`, `na` not applicable; `x` confidential.
 * - Numbers: a workbook's number as it is (a cell formatted as a percent is read as a percentage,
 *   for percent indicators only; a number stored as text is an error); a CSV's text as digits with at most one decimal mark and thousands
 *   separated by spaces, or by the other mark in groups of three. The decimal mark is the file's
 *   (--decimal, or the one its values show; a file that shows none and writes "1,234" is asked).
 * - A trailing footnote mark (`*`, `†`, `‡`, `§`, a superscript digit or one lower-case letter)
 *   is read off and kept in the row's note, with a warning.
 * - A percent sign: for indicators in percent (or a unit whose change is in percentage points) only.
 * - Years: a whole number from 1900 to 2100; a date where a year should be is an error.
 */
import { message, type Message } from '../diagnostics/message.js';
import type { MissingReason } from '../model.js';
import { importMessages } from './messages.js';
import type { SourceCell } from './types.js';

/** The decimal mark of a file's numbers. */
export type DecimalMark = 'point' | 'comma';

const MISSING: Readonly<Record<string, MissingReason>> = {
  '..': 'not-reported',
  '\u2026': 'not-reported',
  '-': 'not-reported',
  '\u2013': 'not-reported',
  '\u2014': 'not-reported',
  'n/a': 'not-applicable',
  na: 'not-applicable',
  x: 'confidential',
};

const FOOTNOTE = /^(.*?\d)\s*([*\u2020\u2021\u00a7\u00b9\u00b2\u00b3]+|[a-z])$/;
const SPACES = /[\s\u00a0\u202f]/g;

/** A figure as read: a number (with a footnote mark read off), a missing figure with its reason, or none. */
export type ReadValue = { kind: 'number'; value: number; footnote?: string } | { kind: 'missing'; reason: MissingReason } | { kind: 'none' };

/**
 * The decimal mark a file's text values show: a separator that is not followed by exactly three
 * digits, or that comes last after the other, is a decimal mark.
 *
 * @returns
 *   The mark, 'mixed' when values show both, or undefined when none shows either.
 */
export function decimalMarkOf(cells: readonly SourceCell[]): DecimalMark | 'mixed' | undefined {
  let point = false;
  let comma = false;
  for (const cell of cells) {
    if (cell.kind !== 'text') continue;
    const text = cell.text.replace(SPACES, '').replace(FOOTNOTE, '$1');
    if (!/^[+-]?\d[\d.,]*%?$/.test(text)) continue;
    const last = Math.max(text.lastIndexOf('.'), text.lastIndexOf(','));
    if (last < 0) continue;
    const mark = text[last] === '.' ? 'point' : 'comma';
    const other = mark === 'point' ? ',' : '.';
    // "1,234.5": the last mark after the other is the decimal one; "12,5" or "0.25": a mark not
    // followed by exactly three digits is one. "1,234" and "1.234.567" show nothing.
    if (text.slice(0, last).includes(other) || !/^\d{3}%?$/.test(text.slice(last + 1))) {
      if (mark === 'point') point = true;
      else comma = true;
    }
  }
  return point && comma ? 'mixed' : point ? 'point' : comma ? 'comma' : undefined;
}

/**
 * Reads a figure.
 *
 * @param cell
 *   The value's cell.
 * @param mark
 *   The file's decimal mark (undefined: the file shows none).
 * @param unit
 *   The indicator's unit, and whether its figures are percentages (a percent sign or format is then allowed).
 * @param messages
 *   Where a cell no rule reads is reported.
 */
export function readFigure(cell: SourceCell, mark: DecimalMark | undefined, unit: { id: string; percent: boolean }, messages: Message[]): ReadValue | undefined {
  const fail = (text: ReturnType<typeof importMessages.notANumber>): undefined => {
    messages.push(message(cell.at, text, { value: cell.text }));
    return undefined;
  };
  switch (cell.kind) {
    case 'empty':
      return { kind: 'none' };
    case 'no-result':
      return fail(importMessages.formulaWithoutResult());
    case 'error':
      return fail(importMessages.formulaError());
    case 'date':
      return fail(importMessages.dateAsValue());
    case 'number':
      if (cell.percent) return unit.percent ? { kind: 'number', value: Number(((cell.number ?? 0) * 100).toPrecision(15)) } : fail(importMessages.percentFormat(unit.id));
      return { kind: 'number', value: cell.number ?? 0 };
    case 'text':
      break;
  }
  const trimmed = cell.text.trim();
  const reason = MISSING[trimmed.toLowerCase()];
  if (reason) return { kind: 'missing', reason };
  let text = trimmed.replace(SPACES, '');
  let footnote: string | undefined;
  const marked = FOOTNOTE.exec(text);
  if (marked) {
    text = marked[1]!;
    footnote = marked[2]!;
  }
  if (text.endsWith('%')) {
    if (!unit.percent) return fail(importMessages.percentSign(unit.id));
    text = text.slice(0, -1);
  }
  if (!/^[+-]?\d[\d.,]*$/.test(text)) return fail(importMessages.notANumber('value'));
  const decimal = mark === 'comma' ? ',' : '.';
  const thousands = decimal === ',' ? '.' : ',';
  const parts = text.replace(/^[+-]/, '').split(decimal);
  if (parts.length > 2) return fail(importMessages.notANumber('value'));
  const [whole = '', fraction] = parts;
  if (whole.includes(thousands)) {
    // Thousands in groups of three, after one to three leading digits.
    if (!new RegExp(`^\\d{1,3}(\\${thousands}\\d{3})+$`).test(whole)) return fail(importMessages.notANumber('value'));
    if (mark === undefined && fraction === undefined && whole.split(thousands).length === 2) {
      // "1,234" alone: thousands, or a decimal mark with three decimals? The file does not say.
      const asPoint = whole.replace(thousands, '');
      return fail(importMessages.ambiguousNumber(asPoint, whole.replace(thousands, '.')));
    }
  }
  const number = Number(`${text.startsWith('-') ? '-' : ''}${whole.replaceAll(thousands, '')}${fraction === undefined ? '' : `.${fraction}`}`);
  if (!Number.isFinite(number)) return fail(importMessages.notANumber('value'));
  // A workbook's cell that holds a number as text is not counted as a number by the spreadsheet either.
  if (cell.at.file.endsWith(']')) return fail(importMessages.numberAsText(String(number)));
  if (footnote !== undefined) messages.push(message(cell.at, importMessages.footnote(footnote), { severity: 'warning', value: cell.text }));
  return footnote === undefined ? { kind: 'number', value: number } : { kind: 'number', value: number, footnote };
}

/**
 * Reads a year: a whole number from 1900 to 2100, as text or as a workbook's number.
 *
 * @returns
 *   The year, or undefined (reported) when the cell holds none.
 */
export function readYear(cell: SourceCell, messages: Message[]): number | undefined {
  if (cell.kind === 'date') {
    // A year typed into a cell formatted as a date shows as a day of 1905.
    const serial = cell.number !== undefined && Number.isInteger(cell.number) && cell.number >= 1900 && cell.number <= 2100 ? cell.number : undefined;
    messages.push(message(cell.at, importMessages.dateAsYear(serial), { value: cell.text }));
    return undefined;
  }
  const text = cell.kind === 'number' ? String(cell.number) : cell.text.trim();
  if (/^\d{4}$/.test(text) && Number(text) >= 1900 && Number(text) <= 2100) return Number(text);
  messages.push(message(cell.at, importMessages.notAYear(), { value: cell.text }));
  return undefined;
}
