/**
 * Places the plausibility warnings at their rows' value cells. Rows keep their file and line, not
 * their columns, so each file with a warning is read once more, and only its warned lines are
 * split into cells: a warning is rare, a million rows are not.
 */
import { message, type Message } from '../../diagnostics/message.js';
import { cellColumns } from '../../load/csv.js';
import { readSource } from '../../load/dataset-file.js';
import { lineText } from '../../load/text.js';
import type { Finding } from './series.js';

/** The 0-based index of a header's column, read as CSV reads it (quotes removed). */
function columnIndex(header: string, name: string): number {
  const starts = cellColumns(header);
  return starts.findIndex((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]! - 2 : header.length;
    return header.slice(start - 1, end).replace(/^"|"$/g, '') === name;
  });
}

/**
 * The findings as warnings at their value cells (at the line's start when the file cannot be read again).
 *
 * @param root
 *   The project root, absolute.
 */
export function locateFindings(root: string, findings: readonly Finding[]): Message[] {
  const columns = new Map<string, (line: number) => number>();
  const columnOf = (file: string): ((line: number) => number) => {
    let find = columns.get(file);
    if (find) return find;
    const source = readSource(root, file, []);
    const index = source ? columnIndex(lineText(source, 1), 'value') : -1;
    find = source && index >= 0 ? (line) => cellColumns(lineText(source, line))[index] ?? 1 : () => 1;
    columns.set(file, find);
    return find;
  };
  return findings.map(({ row, text }) =>
    message({ file: row.file, place: { line: row.line, column: columnOf(row.file)(row.line) } }, text, {
      severity: 'warning',
      ...(row.value === undefined ? {} : { value: String(row.value) }),
    }),
  );
}
