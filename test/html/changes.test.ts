/**
 * A draft's "What changed" section in the HTML and the PDF: where it stands (after the contents
 * and the lists, listed in them), its figures as the report prints them, and its text changes
 * open, so that the printed draft shows the words removed and added, not only how many.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presentChanges, type ChangesView } from '../../pipeline/diff/present.js';
import { OTHER_FIGURES_SHOWN } from '../../pipeline/html/changes.js';
import { renderHtml } from '../../pipeline/html/index.js';
import { en } from '../../pipeline/i18n/index.js';
import { printPdf } from '../../pipeline/print/pdf.js';
import { compileChapters } from '../content/compile.js';
import { compared, draft, editedChapter, entity, MEETINGS, metrics, published, side, sideChapterOf, twoDecimalDataset } from '../diff/fixtures.js';
import { STAMP } from './report.js';

const TITLE = 'Test chapter';
const { older, newer } = editedChapter('test', TITLE);
// The chapter as the draft has it, with a table so that the report has a list of tables.
const built = compileChapters({ 'test.md': `${newer}\n::indicator-table[Heroin seized]{#tab-heroin indicator=heroin-seizures entities="AFG PAK"}\n` });
const view = presentChanges(
  compared(side('2021@1.0.0', published, [sideChapterOf(older, 'test', TITLE)]), side('2021 (this build)', draft, [sideChapterOf(newer, 'test', TITLE)])),
  twoDecimalDataset(),
  en,
);
const render = (changes: ChangesView, mode: 'draft' | 'final' = 'draft'): Promise<string> => renderHtml(built.document, [], { mode, warnings: [], buildStamp: STAMP, changes });
const html = await render(view);
const section = /<section id="what-changed"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';

describe('the "What changed" section of a draft', () => {
  it('stands after the contents and the lists of figures and tables, before the chapters, and both contents list it', () => {
    const at = ['cover', 'contents', 'list-of-tables', 'what-changed', 'test'].map((id) => html.indexOf(` id="${id}"`));
    expect(at.every((p) => p > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // The sidebar and the table of contents, each after the list of tables; then the section's link to the chapter it names.
    const links = [...html.matchAll(/<a href="#(list-of-tables|what-changed|test)">/g)].map((m) => m[1]);
    expect(links).toEqual(['list-of-tables', 'what-changed', 'test', 'list-of-tables', 'what-changed', 'test', 'test']);
  });

  it('is not in a final build', async () => {
    const final = await render(view, 'final');
    expect(final.includes('id="what-changed"') || final.includes('href="#what-changed"') || final.includes('>What changed<')).toBe(false);
  });

  it('prints figures by the report rule, named by title and entity, with their units and signs', () => {
    expect(section).toContain('<th scope="rowgroup" colspan="3" class="changes-figure">Heroin seized</th>');
    expect(section).toContain('<th scope="row" class="changes-measure">Relative change</th><td class="numeric">+51.4%</td><td class="numeric">+53.6%</td>');
    expect(section).toContain('<th scope="rowgroup" colspan="3" class="changes-figure">Joint cross-border operations, Pakistan (Islamic Republic of)</th>');
    expect(section).toContain('<th scope="row" class="changes-measure">Change</th><td class="numeric">+5</td><td class="numeric">-2</td>');
    expect(section).toContain('<td class="numeric">41.06%</td><td class="numeric">40.99%</td>');
    expect(section).not.toMatch(/0\.514|41\.061|heroin-seizures/);
  });

  it('shows the text changes open, words removed and added marked, the chapter title linking to the chapter', () => {
    expect(section).not.toContain('<details');
    expect(section).toContain('<p class="changes-chapter"><strong><a href="#test">Test chapter</a></strong><span class="changes-count">: 1 added, 1 removed, 1 changed (content/2021/test.md)</span></p>');
    expect(section).toContain(
      '<li class="paragraph-changed"><span class="change-place">Changed, line 8: </span>The first pillar of the Vienna Declaration <del><span class="sr-only">deleted: </span>aims</del> <ins><span class="sr-only">inserted: </span>seeks</ins> to',
    );
    expect(section).toContain(`<li class="paragraph-removed"><span class="change-place">Removed, formerly line 10: </span><del><span class="sr-only">deleted: </span>${MEETINGS}</del></li>`);
    expect(section).toContain('<span class="omitted">\u2026</span>');
  });

  it(`shows up to ${OTHER_FIGURES_SHOWN} other figures as they are; more fold on screen and print a note instead`, async () => {
    const others = (count: number): ChangesView =>
      presentChanges(
        compared(side('2021@1.0.0', metrics([])), side('2021 (this build)', metrics(Array.from({ length: count }, (_, i) => entity('heroin-seizures', `X${String(i).padStart(3, '0')}`))))),
        twoDecimalDataset(),
        en,
      );
    const few = await render(others(OTHER_FIGURES_SHOWN));
    expect(few.includes('<details class="changes-more">')).toBe(false);
    expect(few).toContain('<caption>30 more figures of countries, organizations, regions and programmes</caption>');
    const many = await render(others(OTHER_FIGURES_SHOWN + 1));
    expect(many).toContain('<details class="changes-more"><summary>31 more figures of countries, organizations, regions and programmes</summary>');
    expect(many).toContain('<p class="print-only changes-not-printed">The other 31 figures of countries, organizations, regions and programmes are listed in the HTML report and by vdr diff; they are not printed.</p>');
  });
});

describe('the "What changed" section in print', () => {
  let dir: string;
  let pdf: string;
  const pages: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vdr-changes-pdf-'));
    const printed = await printPdf(html, {
      metadata: { title: 'Test', author: 'vdr', subject: 'Test', keywords: [], language: 'en', producer: 'vdr', creator: 'vdr', date: new Date(Date.UTC(2026, 0, 1)) },
      // No watermark: its letters would fall among the words read here.
      layout: { pageNumber: en.pageNumber, stamp: 'stamp' },
    });
    pdf = join(dir, 'report.pdf');
    writeFileSync(pdf, printed.pdf);
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    for (let page = 1; page <= count; page++) pages.push(execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '));
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is tagged, and prints the section on its own pages after the contents and the list of tables, before the chapter', () => {
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
    // The first page under each running header.
    const first = (heading: string): number => pages.findIndex((text) => new RegExp(`^\\s*(?:\\d+ )?${heading}`).test(text));
    const at = ['Contents', 'List of tables', 'What changed', TITLE].map(first);
    expect(at.every((p) => p > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('prints the words removed and added of each paragraph, and the figures as the report prints them', () => {
    const text = pages.filter((page) => page.trimStart().startsWith('What changed')).join(' ');
    expect(text).toContain('The first pillar of the Vienna Declaration aims seeks to strengthen build up the capacity');
    expect(text).toContain('continue addressing close the gap in evidence for action.');
    expect(text).toContain('Added, line 10: The partners met twice more in 2021, online.');
    expect(text).toContain(`Removed, formerly line 10: ${MEETINGS}`);
    expect(text).toMatch(/Relative change \+51\.4% \+53\.6%/);
    expect(text).not.toContain('inserted:');
  });
});
