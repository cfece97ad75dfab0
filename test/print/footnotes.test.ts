/**
 * Footnotes in print (print/footnotes.ts), on a chapter printed by the real print stage: each
 * note at the foot of the page its mark is on, below all the text, in order; printed once, without
 * the back-arrow; the chapter's list of notes left out; the mark a link to its note on that page.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { destinationPages, loadPdf } from '../../pipeline/print/destinations.js';
import { printPdf } from '../../pipeline/print/pdf.js';
import { pageText, pdfinfo, wordHeights } from './tools.js';

const SENTENCE =
  'Partner countries report their figures each year through the annual report questionnaire, and the coordination unit checks them against the figures of earlier years before they are published. ';
const paragraph = (words: string): string => `<p>${words}${SENTENCE.repeat(4)}</p>`;
const mark = (n: number): string => `<sup><a href="#fn-${n}" id="fnref-${n}" data-footnote-ref="" aria-describedby="footnote-label">${n}</a></sup>`;

/** Twelve paragraphs (about two pages), marks in the second, the third and the ninth. */
const HTML = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Notes</title></head><body><main>
<section class="chapter"><h1 id="chapter">A chapter with notes</h1>
${paragraph('First. ')}
${paragraph(`Second, with a note.${mark(1)} `)}
${paragraph(`Third, with another.${mark(2)} `)}
${[4, 5, 6, 7, 8].map((n) => paragraph(`Paragraph ${n}. `)).join('\n')}
${paragraph(`Ninth, with the last note.${mark(3)} `)}
${[10, 11, 12].map((n) => paragraph(`Paragraph ${n}. `)).join('\n')}
<section data-footnotes="" class="footnotes"><h2 class="sr-only" id="footnote-label">Notes</h2><ol>
<li id="fn-1"><p>Alpha note: seizures are counted where they were made. <a href="#fnref-1" data-footnote-backref="" aria-label="Back to reference 1">\u2191</a></p></li>
<li id="fn-2"><p>Beta note: opium figures are raw weights. <a href="#fnref-2" data-footnote-backref="" aria-label="Back to reference 2">\u2191</a></p></li>
<li id="fn-3"><p>Gamma note: the questionnaire changed in 2019. <a href="#fnref-3" data-footnote-backref="" aria-label="Back to reference 3">\u2191</a></p></li>
</ol></section></section></main></body></html>`;

let dir: string;
let pdf: string;
let pages: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vdr-notes-'));
  pdf = join(dir, 'notes.pdf');
  const printed = await printPdf(HTML, {
    metadata: { title: 'Notes', author: 'vdr', subject: 'test', keywords: [], language: 'en', producer: 'vdr', creator: 'vdr', date: new Date(Date.UTC(2026, 0, 1)) },
    layout: { pageNumber: 'Page {page} of {pages}' },
  });
  writeFileSync(pdf, printed.pdf);
  pages = Number(pdfinfo(pdf).fields.get('Pages'));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The page a word is on, and how far down it. */
function find(word: string): { page: number; top: number } {
  for (let page = 1; page <= pages; page++) {
    const hit = wordHeights(pdf, page).find((w) => w.word === word);
    if (hit) return { page, top: hit.top };
  }
  throw new Error(`"${word}" is not in the PDF`);
}

describe('footnotes in print', () => {
  it('prints each note once, at the foot of the page its mark is on, below all the text', () => {
    expect(pages).toBeGreaterThanOrEqual(2);
    const marks = { Alpha: find('Second,'), Beta: find('Third,'), Gamma: find('Ninth,') };
    for (const [name, at] of Object.entries(marks)) {
      const note = find(name);
      expect(note.page, `the ${name} note is on the page of its mark`).toBe(at.page);
      // Under the text of the page: every line of text is above the notes (each note is one line
      // here, with "note:" in it), and only the page number is below them.
      const lines = new Map<number, string[]>();
      for (const w of wordHeights(pdf, note.page)) lines.set(Math.round(w.top), [...(lines.get(Math.round(w.top)) ?? []), w.word]);
      const noteTops = [...lines].filter(([, words]) => words.includes('note:')).map(([top]) => top);
      const textTops = [...lines].filter(([, words]) => !words.includes('note:') && words[0] !== 'Page').map(([top]) => top);
      expect(Math.max(...textTops), `the text of page ${note.page} ends above the ${name} note`).toBeLessThan(Math.min(...noteTops));
      // Once: the chapter's list of notes is not printed.
      const all = Array.from({ length: pages }, (_, i) => pageText(pdf, i + 1)).join('\n');
      expect(all.split(`${name} note`).length - 1).toBe(1);
    }
    // Two notes on one page keep their order.
    if (marks.Alpha.page === marks.Beta.page) expect(find('Alpha').top).toBeLessThan(find('Beta').top);
  });

  it('leaves out the back-arrow, and links each mark to its note', async () => {
    const text = Array.from({ length: pages }, (_, i) => pageText(pdf, i + 1)).join('\n');
    expect(text).not.toContain('\u2191');
    const document = await loadPdf(readFileSync(pdf));
    const destinations = destinationPages(document);
    for (const n of [1, 2, 3]) {
      expect(destinations.get(`fn-${n}`), `note ${n} is a link target`).toBe(find(['Alpha', 'Beta', 'Gamma'][n - 1]!).page);
    }
  });
});
