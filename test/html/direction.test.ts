/**
 * Right to left and other scripts in the HTML report:
 * 1. the one stylesheet (screen and print) names no physical left or right: logical properties
 *    throughout, the print's page-margin boxes excepted (CSS names them only physically; they
 *    are chosen by the report's direction);
 * 2. an Arabic report is <html lang="ar" dir="rtl">, links its other languages and says on its
 *    cover that its translation is a sample;
 * 3. in Chromium, the Arabic report reads right to left: a Latin UN symbol and the figures stay
 *    whole, left to right, in place among the Arabic words; numbers in tables sit at the cell's
 *    end (its left); lists are indented from the right; the letters of an Arabic word join;
 * 4. the Nu Html Checker and axe-core find nothing wrong in the Arabic and the Chinese report.
 */
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STYLES } from '../../pipeline/html/styles.js';
import { launchBrowser, type PrintBrowser } from '../../pipeline/print/browser.js';
import { FOOTNOTE_CSS } from '../../pipeline/print/footnotes.js';
import { basePageCss, marginBoxes } from '../../pipeline/print/paged.js';
import { axeViolations, vnuErrors } from './judge.js';
import { ARABIC_WORD, languageReport, type LanguageReport } from './languages.js';


/** Every physical left or right a stylesheet names, but the page-margin boxes (@bottom-left and the like). */
function physicalSides(css: string): string[] {
  const bare = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@(top|bottom)-(left|right)(-corner)?\b/g, '');
  return [...bare.matchAll(/[^{};]*\b(left|right)\b[^{};]*/g)].map((m) => m[0].trim());
}

describe('the stylesheet', () => {
  it('names no physical left or right: logical properties throughout, the page-margin boxes excepted', () => {
    const layout = { pageNumber: 'Page {page} of {pages}', stamp: 'stamp', watermark: 'Draft' };
    for (const css of [STYLES, FOOTNOTE_CSS, basePageCss(layout, 'ltr'), basePageCss(layout, 'rtl')]) expect(physicalSides(css)).toEqual([]);
  });

  it('puts the running head where lines start and the page number where they end: top left and bottom right, mirrored under rtl', () => {
    expect(marginBoxes('ltr')).toEqual({ head: '@top-left', number: '@bottom-right', stamp: '@bottom-left' });
    expect(marginBoxes('rtl')).toEqual({ head: '@top-right', number: '@bottom-left', stamp: '@bottom-right' });
    expect(basePageCss({ pageNumber: 'Page {page}' }, 'rtl')).toContain('@bottom-left{content:"Page " counter(page)');
  });
});

describe.each(['ar', 'zh'] as const)('the %s report', (lang) => {
  let report: LanguageReport;

  beforeAll(async () => {
    report = await languageReport(lang);
  }, 300_000);

  it('has the language and direction of its words on <html>', () => {
    expect(report.html).toContain(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`);
  });

  it('links the report in its other languages, each named in itself with lang and hreflang, under a heading; not itself; not in print', () => {
    const nav = /<nav id="other-languages" class="language-links"[\s\S]*?<\/nav>/.exec(report.html)?.[0] ?? '';
    expect(nav).toContain(`<h2 id="other-languages-title" class="language-links-title">${report.strings.otherLanguages}</h2>`);
    expect(nav).toContain('<a href="report.html" lang="en" hreflang="en" dir="auto">English</a>');
    const other = lang === 'ar' ? '<a href="report.zh.html" lang="zh" hreflang="zh" dir="auto">中文</a>' : '<a href="report.ar.html" lang="ar" hreflang="ar" dir="auto">العربية</a>';
    expect(nav).toContain(other);
    expect(nav).not.toContain(`report.${lang}.html`);
    // At the top of the report, before a draft's banner and the cover.
    expect(report.html.indexOf('class="language-links"')).toBeLessThan(report.html.indexOf('class="draft-banner"'));
    expect(STYLES).toMatch(/@media print\{[\s\S]*\.language-links[,{]/);
  });

  it('says on its cover that its translation is a sample', () => {
    const cover = /<header class="cover"[\s\S]*?<\/header>/.exec(report.html)?.[0] ?? '';
    expect(cover).toContain(`<p class="cover-note cover-sample">${report.strings.sampleTranslation}</p>`);
  });

  it('embeds its script\'s font, cut to the characters it uses', () => {
    const family = lang === 'ar' ? 'Noto Sans Arabic' : 'Noto Sans SC';
    const faces = [...report.html.matchAll(new RegExp(`@font-face\\{font-family:"${family}";[^}]*base64,([^)]*)`, 'g'))];
    expect(faces).toHaveLength(2);
    for (const [, data] of faces) expect(Buffer.from(data!, 'base64').length).toBeLessThan(lang === 'ar' ? 30_000 : 60_000);
  });

  it('has no error by the Nu Html Checker', () => {
    expect(vnuErrors([report.path])).toEqual([]);
  }, 120_000);
});

describe('in Chromium', () => {
  let browser: PrintBrowser;
  const open = async (lang: 'ar' | 'zh', width = 1280): Promise<Page> => {
    const page = await browser.browser.newPage();
    await page.setViewport({ width, height: 900 });
    await page.goto(pathToFileURL((await languageReport(lang)).path).href, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return page;
  };

  beforeAll(async () => {
    await Promise.all([languageReport('ar'), languageReport('zh')]);
    browser = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
  });

  it.each(['ar', 'zh'] as const)('finds no WCAG 2.1 A or AA violation by axe-core in the %s report, on a desktop and a phone', async (lang) => {
    const { path } = await languageReport(lang);
    for (const width of [1280, 375]) expect(await axeViolations(browser, path, width)).toEqual([]);
  }, 180_000);

  it('keeps a UN symbol and each figure whole, left to right, where the Arabic sentence puts them', async () => {
    const page = await open('ar');
    try {
      const found = await page.evaluate(() => {
        /** The left edge of each character of an element's text, in logical order. */
        const edges = (element: Element): number[] => {
          const text = element.firstChild!;
          return Array.from({ length: (text.textContent ?? '').length }, (_, i) => {
            const range = document.createRange();
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            return range.getBoundingClientRect().left;
          });
        };
        const paragraph = document.querySelector('#intro p:not(.untranslated-note)')!;
        const symbol = paragraph.querySelector('a.un-symbol')!;
        const metrics = Array.from(paragraph.querySelectorAll('a.metric'));
        // The words before the symbol ("... إعلان فيينا") end to its right; the words after it begin to its left.
        const before = document.createRange();
        before.setStart(symbol.previousSibling!, Math.max(0, (symbol.previousSibling!.textContent ?? '').trimEnd().length - 1));
        before.setEnd(symbol.previousSibling!, (symbol.previousSibling!.textContent ?? '').trimEnd().length);
        return {
          symbol: symbol.textContent,
          symbolEdges: edges(symbol),
          symbolBox: symbol.getBoundingClientRect().toJSON() as DOMRect,
          beforeBox: before.getBoundingClientRect().toJSON() as DOMRect,
          metrics: metrics.map((m) => ({ text: m.textContent, edges: edges(m), style: getComputedStyle(m).unicodeBidi })),
        };
      });
      expect(found.symbol).toBe('E/CN.7/2012/17');
      const increasing = (edges: number[]): boolean => edges.every((x, i) => i === 0 || x > edges[i - 1]!);
      expect(increasing(found.symbolEdges)).toBe(true);
      expect(found.symbolBox.right).toBeLessThanOrEqual(found.beforeBox.left + 1);
      expect(found.metrics).toHaveLength(3);
      for (const metric of found.metrics) {
        expect(metric.style).toBe('plaintext');
        // Digits, separators, sign, unit and the words after them read left to right, in one piece.
        expect(increasing(metric.edges.filter((_, i) => metric.text![i] !== ' ')), metric.text!).toBe(true);
      }
    } finally {
      await page.close();
    }
  }, 120_000);

  it('sets tables and lists in reading order: numbers at the end of their cells (the left), lists indented from the right', async () => {
    const page = await open('ar');
    try {
      const found = await page.evaluate(() => {
        const table = document.querySelector('#intro table')!;
        const headers = Array.from(table.querySelectorAll('thead th')).map((th) => th.getBoundingClientRect().left);
        const cell = table.querySelector('tbody td.numeric')!;
        const range = document.createRange();
        range.selectNodeContents(cell);
        const list = document.querySelector('#intro ul')!;
        return {
          headers,
          align: getComputedStyle(cell).textAlign,
          cellLeft: cell.getBoundingClientRect().left + parseFloat(getComputedStyle(cell).paddingLeft),
          textLeft: range.getBoundingClientRect().left,
          listPadding: [getComputedStyle(list).paddingLeft, getComputedStyle(list).paddingRight],
        };
      });
      // The first column is the rightmost.
      expect(found.headers).toEqual([...found.headers].sort((a, b) => b - a));
      expect(found.align).toBe('end');
      expect(Math.abs(found.textLeft - found.cellLeft)).toBeLessThan(2);
      expect(found.listPadding[0]).toBe('0px');
      expect(parseFloat(found.listPadding[1]!)).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  }, 120_000);

  it('joins the letters of an Arabic word, in Noto Sans Arabic', async () => {
    const page = await open('ar');
    try {
      const found = await page.evaluate((word: string) => {
        const measure = (text: string): number => {
          const span = document.createElement('span');
          span.style.fontSize = '48px';
          span.textContent = text;
          document.querySelector('#intro p')!.append(span);
          const width = span.getBoundingClientRect().width;
          span.remove();
          return width;
        };
        return {
          joined: measure(word),
          // The same letters kept apart by zero-width non-joiners: each in its isolated form.
          apart: measure([...word].join('\u200c')),
          loaded: [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Noto Sans Arabic' && f.status === 'loaded').length,
          rendered: document.fonts.check('16px "Noto Sans Arabic"', word),
        };
      }, ARABIC_WORD);
      expect(found.loaded).toBeGreaterThan(0);
      expect(found.rendered).toBe(true);
      // Joined forms are narrower than isolated ones: a font cut without its joining forms would give the same width.
      expect(found.apart - found.joined).toBeGreaterThan(found.joined * 0.04);
    } finally {
      await page.close();
    }
  }, 120_000);
});
