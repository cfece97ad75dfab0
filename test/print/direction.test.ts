/**
 * The Arabic and the Chinese report printed (pipeline/print/pdf.ts printPdf), judged by poppler:
 * the Arabic word comes out of pdftotext whole, in logical order; the page number is at the
 * left of the foot and the running head at the right of the head under dir=rtl (the right and
 * the left in Chinese, as in English); pdffonts lists Noto Sans Arabic (or Noto Sans SC)
 * embedded with every other font. The Arabic report is printed with Arabic-Indic digits
 * (`digits: arab`): its page numbers, at the foot and in the contents, are written in them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { printPdf } from '../../pipeline/print/pdf.js';
import { pageDigits } from '../../pipeline/print/paged.js';
import { ARABIC_WORD, languageReport, type LanguageReport } from '../html/languages.js';
import { pageText, pdffonts, pdfinfo, wordBoxes } from './tools.js';

interface Printed {
  report: LanguageReport;
  /** The PDF file, absolute. */
  pdf: string;
  /** Its pages' size in points. */
  width: number;
  height: number;
  pages: number;
}

async function print(lang: 'ar' | 'zh'): Promise<Printed> {
  const report = await languageReport(lang);
  const result = await printPdf(report.html, {
    metadata: { title: 'Test', author: 'UNODC', subject: 'Test', keywords: [], language: lang, producer: 'vdr', creator: 'vdr', date: new Date(0) },
    layout: { pageNumber: report.strings.pageNumber, stamp: 'vdr 2021 · test', watermark: report.strings.draftMark, ...(lang === 'ar' ? { digits: 'arab' as const } : {}) },
  });
  const pdf = join(mkdtempSync(join(tmpdir(), `vdr-print-${lang}-`)), `report.${lang}.pdf`);
  writeFileSync(pdf, result.pdf);
  const { fields, pageSizes } = pdfinfo(pdf);
  const [width, height] = pageSizes[0]!;
  return { report, pdf, width, height, pages: Number(fields.get('Pages')) };
}

/**
 * pdftotext's text with the spaces it puts inside Arabic words taken out. Noto Sans Arabic draws
 * a letter's dots as glyphs of their own, placed by mark positioning; poppler reads their offsets
 * as gaps between words ("المخ درات"), with the whole font as with the cut one (and not with
 * DejaVu Sans, whose letters carry their dots). The letters themselves come out in logical order.
 */
const arabicRuns = (text: string): string => text.replace(/(?<=\p{Script=Arabic})\s+(?=\p{Script=Arabic})/gu, '');

/** The page of the chapter: the first after the contents whose text has a word of its first paragraph only. */
function chapterPage(printed: Printed, opening: string): number {
  for (let page = 2; page <= printed.pages; page++) if (arabicRuns(pageText(printed.pdf, page)).includes(arabicRuns(opening))) return page;
  throw new Error(`no page holds ${opening}`);
}

describe.each([
  { lang: 'ar', opening: 'المضبوطات', family: 'NotoSansArabic', rtl: true },
  { lang: 'zh', opening: '增至', family: 'NotoSansSC', rtl: false },
] as const)('the $lang report printed', ({ lang, opening, family, rtl }) => {
  let printed: Printed;

  beforeAll(async () => {
    printed = await print(lang);
  }, 300_000);

  it('embeds every font, its script\'s Noto among them', () => {
    const fonts = pdffonts(printed.pdf);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    expect(fonts.some((f) => f.name.includes(family))).toBe(true);
    expect(fonts.some((f) => f.name.includes('NotoSans-') || f.name.includes('NotoSans+') || /\+NotoSans(-|$)/.test(f.name))).toBe(true);
  });

  it('gives its text back in logical order', () => {
    const text = pageText(printed.pdf, chapterPage(printed, opening));
    if (lang === 'ar') expect(arabicRuns(text)).toContain(ARABIC_WORD);
    else expect(text).toContain('打击毒品贩运');
    expect(text).toContain('E/CN.7/2012/17');
  });

  it.skipIf(!rtl)('keeps a figure whole, left to right, inside the Arabic sentence: the unit after the number', () => {
    const words = wordBoxes(printed.pdf, chapterPage(printed, opening));
    const number = words.find((w) => w.word.includes('56,075.6'))!;
    const unit = words.find((w) => w.word.startsWith('kg') && Math.abs(w.y0 - number.y0) < 2)!;
    expect(unit.x0).toBeGreaterThan(number.x1);
  });

  it(`prints the page number at the foot on the ${rtl ? 'left' : 'right'} and the running head at the top on the ${rtl ? 'right' : 'left'}`, () => {
    const page = chapterPage(printed, opening);
    const words = wordBoxes(printed.pdf, page);
    const number = words.filter((w) => w.word === pageDigits(page, rtl ? 'arab' : 'latn') && w.y0 > printed.height * 0.9);
    expect(number).toHaveLength(1);
    const head = words.filter((w) => w.y1 < printed.height * 0.08);
    expect(head.length).toBeGreaterThan(0);
    if (rtl) {
      expect(number[0]!.x1).toBeLessThan(printed.width / 2);
      expect(Math.max(...head.map((w) => w.x1))).toBeGreaterThan(printed.width * 0.8);
      expect(Math.min(...head.map((w) => w.x0))).toBeGreaterThan(printed.width / 2);
    } else {
      expect(number[0]!.x0).toBeGreaterThan(printed.width / 2);
      expect(Math.min(...head.map((w) => w.x0))).toBeLessThan(printed.width * 0.2);
    }
  });

  it.skipIf(!rtl)('writes the contents\' page numbers in the report\'s digits', () => {
    const contents = pageText(printed.pdf, 2);
    const page = chapterPage(printed, opening);
    expect(contents).toContain(pageDigits(page, 'arab'));
    // pdftotext lays the right-to-left contents out with each page number at the line's left.
    expect(contents).toMatch(/^[\u0660-\u0669]+ {4,}/m);
    expect(contents).not.toMatch(/^[0-9]+ {4,}/m);
  });
});
