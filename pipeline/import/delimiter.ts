/**
 * Which character separates the cells of a CSV file: a comma, a semicolon (what spreadsheets write
 * where the comma is the decimal separator) or a tab. Counted outside quotes, line by line, over
 * the first lines: the separator is the one that splits every line into the same number of cells.
 */

/** The separators vdr reads. */
export type Delimiter = ',' | ';' | '\t';

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t'];

/** How many lines are enough to tell. */
const SAMPLE_LINES = 50;

/** Each record's count of each candidate outside quotes, for the first records of `text`. */
function counts(text: string): Map<Delimiter, number[]> {
  const found = new Map<Delimiter, number[]>(CANDIDATES.map((c) => [c, []]));
  const current = new Map<Delimiter, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  let blank = true;
  let records = 0;
  const endRecord = (): void => {
    if (!blank) {
      for (const c of CANDIDATES) found.get(c)!.push(current.get(c)!);
      records++;
    }
    for (const c of CANDIDATES) current.set(c, 0);
    blank = true;
  };
  for (let i = 0; i < text.length && records < SAMPLE_LINES; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '\n' || ch === '\r') endRecord();
    else if (ch === ',' || ch === ';' || ch === '\t') current.set(ch, current.get(ch)! + 1);
    if (ch !== '\n' && ch !== '\r' && ch.trim() !== '') blank = false;
  }
  if (records < SAMPLE_LINES) endRecord();
  return found;
}

/**
 * The separator of a CSV file's cells.
 *
 * @returns
 *   The one candidate that gives every sampled line the same number of cells (more than one),
 *   the most frequent such when several do; else the only candidate the file holds at all; else
 *   undefined (none, or several that disagree).
 */
export function sniffDelimiter(text: string): Delimiter | undefined {
  const found = counts(text);
  const consistent = CANDIDATES.filter((c) => {
    const perLine = found.get(c)!;
    return perLine.length > 0 && perLine[0]! > 0 && perLine.every((n) => n === perLine[0]);
  });
  if (consistent.length > 0) {
    const best = Math.max(...consistent.map((c) => found.get(c)![0]!));
    const winners = consistent.filter((c) => found.get(c)![0] === best);
    return winners.length === 1 ? winners[0] : undefined;
  }
  // Lines of uneven length (a short last row, say) leave one candidate that the header uses.
  const present = CANDIDATES.filter((c) => (found.get(c)![0] ?? 0) > 0);
  return present.length === 1 ? present[0] : undefined;
}

/** A separator as the summary and messages name it. */
export function delimiterName(delimiter: Delimiter): string {
  return delimiter === ',' ? 'commas' : delimiter === ';' ? 'semicolons' : 'tabs';
}
