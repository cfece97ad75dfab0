/**
 * A CSV text as a table of cells, each with its line and column. A small reader of its own, not
 * csv-parse: the import points at single cells, and csv-parse says where a record starts but not
 * where its cells do. Quotes follow RFC 4180 (a quoted cell may hold the separator, line breaks
 * and doubled quotes); lines end with LF, CRLF or CR.
 */
import { message, type Message } from '../diagnostics/message.js';
import type { Delimiter } from './delimiter.js';
import { importMessages } from './messages.js';
import type { SourceCell, SourceRow, SourceTable } from './types.js';

/**
 * Reads a CSV text into rows of cells.
 *
 * @param file
 *   The file as messages name it.
 * @param text
 *   The decoded text, without a byte order mark.
 * @param delimiter
 *   The cell separator.
 * @param messages
 *   Where a quote that never closes, or text after a closing quote, is reported.
 * @returns
 *   The table; rows whose cells are all empty are left out.
 */
export function tableFromCsv(file: string, text: string, delimiter: Delimiter, messages: Message[]): SourceTable {
  const rows: SourceRow[] = [];
  let cells: SourceCell[] = [];
  let line = 1;
  let lineStart = 0;
  let rowLine = 1;
  let i = 0;
  const endRow = (): void => {
    if (cells.some((c) => c.kind !== 'empty')) rows.push({ line: rowLine, cells });
    cells = [];
  };
  const newline = (at: number): number => {
    // CRLF is one line break; a lone CR or LF is one too.
    const next = text[at] === '\r' && text[at + 1] === '\n' ? at + 2 : at + 1;
    line++;
    lineStart = next;
    return next;
  };
  while (i <= text.length) {
    if (cells.length === 0) rowLine = line;
    const place = { line, column: i - lineStart + 1 };
    let value = '';
    if (text[i] === '"') {
      const opened = place;
      i++;
      let closed = false;
      while (i < text.length) {
        const ch = text[i]!;
        if (ch === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        if (ch === '\r' || ch === '\n') {
          value += ch === '\r' && text[i + 1] === '\n' ? '\r\n' : ch;
          i = newline(i);
          continue;
        }
        value += ch;
        i++;
      }
      if (!closed) {
        messages.push(message({ file, place: opened }, importMessages.unclosedQuote()));
        cells.push(cellOf(file, place, value));
        endRow();
        break;
      }
      // Text between a closing quote and the next separator belongs to no cell: it is an error,
      // not something to join silently.
      const stray = i;
      while (i < text.length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') i++;
      if (text.slice(stray, i).trim() !== '') {
        messages.push(message({ file, place: { line, column: stray - lineStart + 1 } }, importMessages.textAfterQuote()));
      }
    } else {
      const start = i;
      while (i < text.length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') i++;
      value = text.slice(start, i);
    }
    cells.push(cellOf(file, place, value));
    if (i >= text.length) {
      endRow();
      break;
    }
    if (text[i] === delimiter) {
      i++;
      continue;
    }
    i = newline(i);
    endRow();
  }
  return { file, rows };
}

function cellOf(file: string, place: { line: number; column: number }, text: string): SourceCell {
  return { kind: text.trim() === '' ? 'empty' : 'text', text, at: { file, place } };
}
