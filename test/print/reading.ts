/**
 * Reading a printed report as a reader does, from pdftotext's lines: the text of each page
 * without its running header, the entries of the contents and of the lists of figures and
 * tables, and where a heading or caption is printed.
 */
import { pageText } from './tools.js';

/** One line of the contents: "1.2   Mandate and scope ........ 11". */
export interface ContentsEntry {
  /** "1", "1.2", "I" (annexes), or none (front and back matter). */
  number?: string;
  title: string;
  page: number;
}

/** One line of a list of figures or tables: "Figure 1.2   Expert Working Group meetings ... 13". */
export interface ListEntry {
  label: string;
  page: number;
}

const normalize = (line: string): string => line.replace(/\s+/g, ' ').trim();

/** A draft's watermark letters, which pdftotext -layout scatters over the lines they cross. */
const WATERMARK = /(^|\s{2,})[DRAFT](?: [DRAFT])*(?=\s{2,}|$)/g;

/**
 * The lines of a page as printed, without the running header (its first line), the foot (the
 * page number, after a draft's stamp) and, in a draft, the watermark's letters; whitespace runs
 * become one space, except that two or more spaces between columns are kept as two, so entries
 * can still be told from their page numbers.
 */
export function bodyLines(pdf: string, page: number, draft: boolean): string[] {
  const lines = pageText(pdf, page, 'layout')
    .split('\n')
    .map((line) => (draft ? line.replace(WATERMARK, '$1') : line))
    .map((line) => line.replace(/\s{2,}/g, '  ').trim())
    .filter((line) => line !== '');
  const foot = lines.length > 1 && /Page \d+ of \d+$/.test(lines[lines.length - 1]!) ? -1 : undefined;
  return lines.slice(1, foot);
}

/**
 * The entries of the contents, from its pages' lines: those after the "Contents" title (a draft's
 * banner opens the page above it).
 */
export function contentsEntries(lines: string[]): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  let pending = '';
  let started = !lines.some((line) => normalize(line) === 'Contents');
  for (const line of lines) {
    if (normalize(line) === 'Contents') {
      started = true;
      continue;
    }
    if (!started) continue;
    const text = pending ? `${pending} ${line}` : line;
    const match = /^(?:(\d+(?:\.\d+)*|[IVXLC]+) {1,2})?(.+?) {2}(\d+)$/.exec(text);
    if (!match) {
      // A title that wrapped: its number is on the next line.
      pending = text;
      continue;
    }
    pending = '';
    const [, number, title = '', page] = match;
    entries.push({ ...(number === undefined ? {} : { number }), title: normalize(title), page: Number(page) });
  }
  return entries;
}

/** The entries of a list of figures or tables: each label with the page number closing its entry. */
export function listEntries(lines: string[], kind: 'Figure' | 'Table'): ListEntry[] {
  const entries: ListEntry[] = [];
  let current: { label: string; page?: number } | undefined;
  const close = (): void => {
    if (current?.page !== undefined) entries.push({ label: current.label, page: current.page });
    else if (current) entries.push({ label: current.label, page: Number.NaN });
  };
  for (const line of lines) {
    const start = new RegExp(`^(${kind} \\d+\\.\\d+)\\s`).exec(line);
    if (start) {
      close();
      current = { label: start[1] ?? '' };
    }
    const number = / {2}(\d+)$/.exec(line);
    if (current && current.page === undefined && number) current.page = Number(number[1]);
  }
  close();
  return entries;
}

/** The ways a contents entry's heading is printed: "1.2 Mandate and scope", "Annex I Partner countries", "Glossary". */
export function headingForms(entry: ContentsEntry): string[] {
  return entry.number === undefined ? [entry.title] : [`${entry.number} ${entry.title}`, `Annex ${entry.number} ${entry.title}`];
}

/** Whether one of the lines, alone or joined to the next (a heading that wrapped), reads as one of the forms. */
export function hasLine(lines: string[], forms: string[]): boolean {
  const wanted = new Set(forms.map(normalize));
  return lines.some((line, i) => wanted.has(normalize(line)) || (i + 1 < lines.length && wanted.has(normalize(`${line} ${lines[i + 1]}`))));
}
