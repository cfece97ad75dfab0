/**
 * Text a cell must not hold, whatever its column: characters that are invisible or reorder what
 * a reader sees (control characters, bidirectional overrides: "U+202E" can make `gpj.exe` read
 * `exe.jpg`), and a start that a spreadsheet runs as a formula (`=HYPERLINK(...)`) when the
 * published data is opened in one. The writers of vdr's own CSV files neutralise formulas too
 * (spreadsheetSafe), so a figure's note can never run in a reader's spreadsheet.
 */
import type { MessageText } from '../diagnostics/message.js';
import { loadMessages } from './messages.js';

/** Control characters but tab and line breaks, and the bidirectional embedding, override and isolate marks. */
const HIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/** What a spreadsheet reads as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A number as a spreadsheet reads it, which is no formula even with a sign: -12.5, +3, -1e3. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i;

const NAMES: Record<number, string> = {
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x0000: 'NULL',
};

/** Whether text would run as a formula in a spreadsheet. */
export function formulaLike(text: string): boolean {
  return FORMULA_START.test(text) && !NUMBER.test(text.trim());
}

/**
 * What is wrong with a text cell's content, if anything: a hidden character (with its code point
 * and index) or a formula start.
 */
export function hostileText(text: string): { text: MessageText; index: number } | undefined {
  const hidden = HIDDEN.exec(text);
  if (hidden) {
    const code = hidden[0].codePointAt(0)!;
    const name = NAMES[code] ?? 'a control character';
    return { text: loadMessages.hiddenCharacter(`U+${code.toString(16).toUpperCase().padStart(4, '0')} ${name}`), index: hidden.index };
  }
  if (formulaLike(text)) return { text: loadMessages.formulaLike(text[0] === '\t' ? 'a tab' : text[0] === '\r' ? 'a carriage return' : text[0]!), index: 0 };
  return undefined;
}

/**
 * A text made safe for a spreadsheet: one that would run as a formula gets an apostrophe in
 * front (the spreadsheets' own sign for "this is text"), everything else is unchanged.
 */
export function spreadsheetSafe(text: string): string {
  return formulaLike(text) ? `'${text}` : text;
}

/** A field as CSV writes it (RFC 4180): quoted when it holds a comma, a quote or a line break. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A cell of a CSV file vdr writes: empty for null and undefined, numbers and booleans as String() writes them. */
export type CsvCell = string | number | boolean | null | undefined;

/**
 * One line of every CSV file vdr writes (RFC 4180 quoting, no line end): null and undefined are
 * empty cells, numbers and booleans are written with String(), text goes through spreadsheetSafe
 * so that it never runs as a formula in a spreadsheet.
 *
 * @param cells
 *   The line's cells.
 */
export function csvLine(cells: readonly CsvCell[]): string {
  return cells.map((value) => (value === null || value === undefined ? '' : csvField(typeof value === 'string' ? spreadsheetSafe(value) : String(value)))).join(',');
}
