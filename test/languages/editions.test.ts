/**
 * The 2021 sample edition in its six languages, built as `vdr build --final` builds it, each
 * report judged from outside (issue 19's judges): the Nu Html Checker, axe-core at a desktop and a
 * phone width, no request beyond the file, `lang` and `dir` on <html>, every face embedded in the
 * PDF (pdffonts), the PDF's language (/Lang) and PDF/UA checks, qpdf; the Arabic PDF's text holds
 * a known phrase in logical order, its running head at the right of the head and its page number
 * at the left of the foot; the Chinese PDF's text holds its title. One build, one browser.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildOutcome } from '../../pipeline/build.js';
import { editionLanguages, reportFile } from '../../pipeline/edition/languages.js';
import type { LoadedEdition } from '../../pipeline/edition/load.js';
import { stringsFor } from '../../pipeline/i18n/index.js';
import type { Language } from '../../pipeline/model.js';
import { launchBrowser, type PrintBrowser } from '../../pipeline/print/browser.js';
import { checkPdfUa } from '../../pipeline/print/pdfua.js';
import { openProject, type ProjectPaths } from '../../pipeline/project/index.js';
import { axeViolations, requestsBeyondFile, vnuErrors } from '../html/judge.js';
import { pageText, pdffonts, pdfinfo, qpdfCheck, wordBoxes } from '../print/tools.js';
import { copyProject, removeProject } from '../publish/helpers.js';

let project: ProjectPaths;
let outcome: BuildOutcome;
let browser: PrintBrowser;
const LANGUAGES: Language[] = ['en', 'ar', 'zh', 'fr', 'ru', 'es'];
const files = new Map<Language, { html: string; pdf: string }>();

beforeAll(async () => {
  project = copyProject('vdr-languages-');
  outcome = await build(openProject(project, { edition: 2021 }), { final: true, env: { SOURCE_DATE_EPOCH: '1767225600' } });
  if (!outcome.outputDir) throw new Error(`the six-language build failed: ${outcome.refusal?.reason ?? JSON.stringify(outcome.messages.slice(0, 3))}`);
  const edition = outcome.edition as LoadedEdition;
  // The files, written where the tools can read them (the build's own folder holds them too).
  const dir = join(project.root, 'judged');
  mkdirSync(dir, { recursive: true });
  for (const language of editionLanguages(edition)) {
    const html = join(dir, reportFile(edition, language, 'html'));
    const pdf = join(dir, reportFile(edition, language, 'pdf'));
    writeFileSync(html, outcome.written!.get(reportFile(edition, language, 'html'))!);
    writeFileSync(pdf, outcome.written!.get(reportFile(edition, language, 'pdf'))!);
    files.set(language, { html, pdf });
  }
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  if (project) removeProject(project);
});

describe('the six-language build of the 2021 edition', () => {
  it('writes a report in each language, with no problem, English as report.html', () => {
    expect(outcome.messages).toEqual([]);
    expect(outcome.files).toEqual([
      'metrics.csv',
      'metrics.json',
      'report.ar.html',
      'report.ar.pdf',
      'report.es.html',
      'report.es.pdf',
      'report.fr.html',
      'report.fr.pdf',
      'report.html',
      'report.pdf',
      'report.ru.html',
      'report.ru.pdf',
      'report.zh.html',
      'report.zh.pdf',
    ]);
  });

  it('has no error by the Nu Html Checker in any language', () => {
    expect(vnuErrors(LANGUAGES.map((l) => files.get(l)!.html))).toEqual([]);
  }, 300_000);
});

describe.each(LANGUAGES)('the %s report', (language) => {
  const strings = stringsFor(language);

  it('names its language and direction, and links to the others', () => {
    const html = outcome.written!.get(language === 'en' ? 'report.html' : `report.${language}.html`)!.toString();
    expect(html.slice(0, 60)).toMatch(new RegExp(`^<!doctype html>\\s*<html lang="${strings.lang}" dir="${strings.dir}"`, 'i'));
    for (const other of LANGUAGES.filter((l) => l !== language)) expect(html).toContain(`hreflang="${stringsFor(other).lang}"`);
  });

  it.each([1280, 375])('has no WCAG 2.1 A or AA violation by axe-core at %i px', async (width) => {
    expect(await axeViolations(browser, files.get(language)!.html, width)).toEqual([]);
  }, 180_000);

  it('makes no request beyond the file', async () => {
    const { beyond, fileRequested } = await requestsBeyondFile(browser, files.get(language)!.html);
    expect(beyond).toEqual([]);
    expect(fileRequested).toBe(true);
  }, 180_000);

  it('prints a PDF in its language, every face embedded, that passes the PDF/UA checks and qpdf', async () => {
    const { pdf } = files.get(language)!;
    const fonts = pdffonts(pdf);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    const names = fonts.map((f) => f.name).join(' ');
    expect(names).toContain('NotoSans');
    if (language === 'ar') expect(names).toContain('NotoSansArabic');
    if (language === 'zh') expect(names).toContain('NotoSansSC');
    const document = await PDFDocument.load(outcome.written!.get(reportFile(outcome.edition!, language, 'pdf'))!, { updateMetadata: false });
    expect((document.catalog.get(PDFName.of('Lang')) as PDFString).decodeText()).toBe(strings.lang);
    expect(checkPdfUa(document)).toEqual([]);
    expect(qpdfCheck(pdf).ok).toBe(true);
  }, 120_000);
});

describe('the Arabic PDF', () => {
  it('holds the title in logical order, and puts the running head at the right, the page number at the left', () => {
    const { pdf } = files.get('ar')!;
    // pdftotext puts a space where Noto Sans Arabic draws a letter's dots as a mark of their own;
    // the letters, in the order read, are those of the title.
    expect(pageText(pdf, 1).replace(/\s+/g, '')).toContain('تنفيذإعلانفيينا');
    const [width] = pdfinfo(pdf).pageSizes[0]!;
    // A page of a chapter, past the cover and the contents.
    const pages = Number(pdfinfo(pdf).fields.get('Pages'));
    const page = Math.min(pages, 12);
    const boxes = wordBoxes(pdf, page);
    const top = Math.min(...boxes.map((b) => b.y0));
    const bottom = Math.max(...boxes.map((b) => b.y1));
    const head = boxes.filter((b) => b.y0 < top + 2);
    const foot = boxes.filter((b) => b.y1 > bottom - 2);
    expect(Math.min(...head.map((b) => b.x0))).toBeGreaterThan(width / 2);
    expect(Math.max(...foot.map((b) => b.x1))).toBeLessThan(width / 2);
  });
});

describe('the Chinese PDF', () => {
  it('holds its title', () => {
    expect(pageText(files.get('zh')!.pdf, 1).replace(/\s+/g, '')).toContain('执行《维也纳宣言》');
  });
});
