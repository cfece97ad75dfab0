import { countProblems, moreOfKind, sortMessages, type Message } from './message.js';

/** The letters of a 1-based spreadsheet column: 1 is A, 27 is AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A spreadsheet cell's address in A1 notation, from its row (line) and column. */
export function cellAddress(place: { line: number; column: number }): string {
  return `${columnLetters(place.column)}${place.line}`;
}

/**
 * `file:line:column`; for a workbook's sheet (a file named `book.xlsx[Sheet]`), the cell as a
 * spreadsheet names it, `book.xlsx[Sheet]!C12`; just `file` when the whole file is meant.
 */
export function formatLocation(message: Message): string {
  if (!message.place) return message.file;
  if (message.file.endsWith(']')) return `${message.file}!${cellAddress(message.place)}`;
  return `${message.file}:${message.place.line}:${message.place.column}`;
}

/** Quotes a value for display, showing invisible characters, cut to `max` characters (default 60). */
export function quoteValue(value: string, max = 60): string {
  const shown = value.length > max ? `${value.slice(0, max - 3)}...` : value;
  return JSON.stringify(shown);
}

/**
 * One line per message:
 * `data/x.csv:12:18: error: year must be a whole number, found "2015.0". Fix: write 2015. [csv/integer]`
 */
export function formatMessage(message: Message): string {
  const found = message.value === undefined ? '' : `, found ${quoteValue(message.value)}`;
  return `${formatLocation(message)}: ${message.severity}: ${message.reason}${found}${moreOfKind(message)}. Fix: ${message.fix}. [${message.ruleId}]`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The human report: messages grouped by file, each group headed by the file name, then a count. */
export function formatReport(messages: readonly Message[], checkedFiles: number): string {
  const lines: string[] = [];
  let current: string | undefined;
  const perFile = new Map<string, number>();
  for (const message of messages) perFile.set(message.file, (perFile.get(message.file) ?? 0) + (message.count ?? 1));
  for (const message of sortMessages(messages)) {
    if (message.file !== current) {
      if (current !== undefined) lines.push('');
      current = message.file;
      lines.push(`${current} (${plural(perFile.get(current) ?? 0, 'problem')})`);
    }
    lines.push(`  ${formatMessage(message)}`);
  }
  const { errors, warnings } = countProblems(messages);
  const files = perFile.size;
  if (lines.length > 0) lines.push('');
  lines.push(
    messages.length === 0
      ? `No problems found in ${plural(checkedFiles, 'file')}.`
      : `${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${plural(files, 'file')}${checkedFiles > 0 ? ` (${checkedFiles} checked)` : ''}.`,
  );
  return lines.join('\n');
}
