/**
 * A report cut into the parts a chapter edit changes: the sections of <main> (each with its
 * id), and what is around them. When only sections changed, the preview sends just those to the
 * page, which swaps them in without fetching and parsing the whole report again. The cut reads
 * the HTML vdr writes (rehype-stringify's); anything it does not expect gives no cut, and the
 * page then fetches the whole report.
 */

/** A report's sections and what is around them. */
export interface ReportParts {
  /** Everything up to and including <main id="main">. */
  before: string;
  /** The children of <main>, in order, each an element with an id. */
  sections: { id: string; html: string }[];
  /** Everything from </main> on. */
  after: string;
}

const MAIN = '<main id="main">';
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style', 'textarea', 'title']);

/** The end of the tag whose name ends before `at` (after its '>'), skipping quoted attribute values. */
function tagEnd(html: string, at: number): number {
  let i = at;
  for (;;) {
    const close = html.indexOf('>', i);
    const quote = html.indexOf('"', i);
    if (close < 0) return -1;
    if (quote < 0 || quote > close) return close + 1;
    const after = html.indexOf('"', quote + 1);
    if (after < 0) return -1;
    i = after + 1;
  }
}

const TAG = /<(\/?)([a-zA-Z][^\s/>]*)/y;

/**
 * The end of the element starting at `at` (after its end tag), or -1 when the HTML is not as
 * expected.
 */
function elementEnd(html: string, at: number): number {
  let depth = 0;
  let i = at;
  while (i < html.length) {
    const open = html.indexOf('<', i);
    if (open < 0) return -1;
    for (const [from, to] of [['<!--', '-->'], ['<![CDATA[', ']]>']] as const) {
      if (html.startsWith(from, open)) {
        const close = html.indexOf(to, open + from.length);
        if (close < 0) return -1;
        i = close + to.length;
      }
    }
    if (i > open) continue;
    TAG.lastIndex = open;
    const name = TAG.exec(html);
    if (!name) {
      i = open + 1;
      continue;
    }
    const end = tagEnd(html, TAG.lastIndex);
    if (end < 0) return -1;
    const tag = name[2]!.toLowerCase();
    if (name[1] === '/') {
      depth -= 1;
      if (depth === 0) return end;
      if (depth < 0) return -1;
    } else if (html[end - 2] !== '/' && !VOID.has(tag)) {
      depth += 1;
      if (RAW.has(tag)) {
        const close = html.indexOf(`</${tag}`, end);
        if (close < 0) return -1;
        i = close;
        continue;
      }
    } else if (depth === 0) {
      return end;
    }
    i = end;
  }
  return -1;
}

/**
 * Cuts a report into its sections.
 *
 * @param html
 *   A report as renderHtml writes it.
 * @returns
 *   The parts, or undefined when the report is not as expected (no <main>, a child without an
 *   id, text between the children).
 */
export function splitReport(html: string): ReportParts | undefined {
  const start = html.indexOf(MAIN);
  if (start < 0) return undefined;
  let i = start + MAIN.length;
  const sections: ReportParts['sections'] = [];
  while (!html.startsWith('</main>', i)) {
    const open = /^<([a-z][a-z0-9]*)\s[^>]*?\bid="([^"]+)"/.exec(html.slice(i, i + 300));
    const end = open ? elementEnd(html, i) : -1;
    // Each part must close the element it opened, or the cut went wrong.
    if (!open || end < 0 || !html.startsWith(`</${open[1]}>`, end - open[1]!.length - 3)) return undefined;
    sections.push({ id: open[2]!, html: html.slice(i, end) });
    i = end;
  }
  return { before: html.slice(0, start + MAIN.length), sections, after: html.slice(i) };
}

/**
 * The sections to swap to go from one report to the next.
 *
 * @returns
 *   The changed sections (none when the reports are the same), or undefined when more than
 *   sections changed (the head, the contents beside the report, the list of sections).
 */
export function changedSections(older: ReportParts | undefined, newer: ReportParts | undefined): { id: string; html: string }[] | undefined {
  if (!older || !newer || older.before !== newer.before || older.after !== newer.after || older.sections.length !== newer.sections.length) return undefined;
  if (older.sections.some((s, i) => s.id !== newer.sections[i]!.id)) return undefined;
  return newer.sections.filter((s, i) => s.html !== older.sections[i]!.html);
}
