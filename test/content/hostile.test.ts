/**
 * The hostile corpus (SPEC 6, 12): every file under test/fixtures/content/hostile/ is a chapter
 * carrying an attack by raw HTML, Markdown links, or directive text. All are compiled into one
 * report, which is then opened in Chromium to prove that none survives:
 * - no script runs (no dialog, no marker set), and the only <script> is the report's own;
 * - no request leaves the file;
 * - no event handler, no frame, object, form, style, link, meta or base element of an author's;
 * - no URL in src, srcset, poster, background, action or data but an inline raster image, no
 *   href but on links and to #fragments, http(s) or mailto, no url() in any style but data: and
 *   #fragments;
 * - no id twice, and nothing carries the slot attribute.
 * Each file (but the comments, which are dropped and harmless) also gives a located error, so a
 * final build refuses it.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryCache, renderCharts } from '../../pipeline/charts/index.js';
import type { ContentResult } from '../../pipeline/content/index.js';
import { NAV_SCRIPT, renderHtml } from '../../pipeline/html/index.js';
import { launchBrowser, type PrintBrowser } from '../../pipeline/print/browser.js';
import { realDataset } from '../metrics/real.js';
import { compileChapters, realMetrics } from './compile.js';

const dir = fileURLToPath(new URL('../fixtures/content/hostile/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();

/** Vectors with nothing to report: comments are dropped whole and never run. */
const HARMLESS_WITHOUT_ERROR = new Set(['27-comment-and-cdata.md']);

interface Findings {
  dialogs: string[];
  requests: string[];
  pwned: boolean;
  scripts: string[];
  handlers: string[];
  forbiddenElements: string[];
  urls: string[];
  hrefs: string[];
  styleUrls: string[];
  duplicateIds: string[];
  slots: number;
}

describe('the hostile corpus', () => {
  let result: ContentResult;
  let browser: PrintBrowser;
  let temp: string;
  const html: Record<'draft' | 'final', string> = { draft: '', final: '' };

  beforeAll(async () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    result = compileChapters(Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')])));
    const figures = await renderCharts(result.chartRequests, { dataset: realDataset(), metrics: realMetrics(), edition: { year: 2021, previous: 2014 } }, { workers: 0, cache: memoryCache() });
    for (const mode of ['draft', 'final'] as const) html[mode] = await renderHtml(result.document, figures, { mode, warnings: result.messages });
    temp = mkdtempSync(join(tmpdir(), 'vdr-hostile-'));
    browser = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    if (temp) rmSync(temp, { recursive: true, force: true });
  });

  it.each(files.filter((f) => !HARMLESS_WITHOUT_ERROR.has(f)))('%s gives a located error', (file) => {
    const errors = result.messages.filter((m) => m.file === `content/2021/${file}` && m.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(error.place?.line).toBeGreaterThan(4);
  });

  it.each(['draft', 'final'] as const)('leaves nothing that runs, loads or clobbers in the %s report', async (mode) => {
    const path = join(temp, `hostile-${mode}.html`);
    writeFileSync(path, html[mode]);
    const fileUrl = pathToFileURL(path).href;
    const page = await browser.browser.newPage();
    const dialogs: string[] = [];
    const requests: string[] = [];
    try {
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const url = request.url();
        if (url !== fileUrl && !url.startsWith('data:')) requests.push(url);
        if (url === fileUrl || url.startsWith('data:')) void request.continue();
        else void request.abort();
      });
      await page.goto(fileUrl, { waitUntil: 'networkidle0' });
      // Give every handler its chance: hover, click, open, scroll.
      await page.evaluate(() => {
        for (const el of document.querySelectorAll('main *')) {
          for (const type of ['mouseover', 'click', 'focus', 'toggle', 'load', 'error']) el.dispatchEvent(new Event(type));
        }
        for (const details of document.querySelectorAll('details')) details.open = true;
        window.scrollTo(0, document.body.scrollHeight);
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const findings = (await page.evaluate(() => {
        const all = [...document.querySelectorAll('*')];
        const inChart = (el: Element): boolean => el.closest('.chart') !== null;
        const allowedHead = (el: Element): boolean => el.closest('head') !== null && ['meta', 'title', 'style'].includes(el.localName);
        const forbidden = ['iframe', 'frame', 'object', 'embed', 'applet', 'form', 'input', 'button', 'textarea', 'select', 'link', 'base', 'math', 'template', 'noscript', 'video', 'audio', 'source', 'picture', 'isindex', 'xmp'];
        const urls: string[] = [];
        const hrefs: string[] = [];
        const styleUrls: string[] = [];
        for (const el of all) {
          for (const name of ['src', 'srcset', 'poster', 'background', 'action', 'formaction', 'data', 'lowsrc', 'dynsrc', 'xlink:href']) {
            const value = el.getAttribute(name);
            if (value !== null && !(el.localName === 'img' && /^data:image\/(png|jpeg|gif|webp);base64,/.test(value))) urls.push(`${el.localName} ${name}=${value}`);
          }
          const href = el.getAttribute('href');
          if (href !== null && (el.localName !== 'a' || !/^(#|https?:\/\/|mailto:|\/\/)/i.test(href))) hrefs.push(`${el.localName} href=${href}`);
          const style = el.getAttribute('style');
          if (style !== null && (!inChart(el) || /url\((?!#)/i.test(style))) styleUrls.push(`${el.localName} style=${style}`);
        }
        for (const sheet of document.querySelectorAll('style')) {
          for (const match of (sheet.textContent ?? '').matchAll(/url\(\s*["']?([^"')]*)/g)) if (!match[1]!.startsWith('data:')) styleUrls.push(`stylesheet url(${match[1]})`);
        }
        const ids = new Map<string, number>();
        for (const el of all) if (el.id) ids.set(el.id, (ids.get(el.id) ?? 0) + 1);
        return {
          pwned: (window as unknown as { __pwned?: number }).__pwned !== undefined,
          scripts: [...document.querySelectorAll('script')].map((s) => s.textContent ?? ''),
          handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.localName} ${a.name}`)),
          forbiddenElements: all
            .filter((el) => forbidden.includes(el.localName) || (el.localName === 'style' && !allowedHead(el)) || (el.localName === 'meta' && !allowedHead(el)) || (el.localName === 'svg' && !inChart(el)))
            .map((el) => el.outerHTML.slice(0, 80)),
          urls,
          hrefs,
          styleUrls,
          duplicateIds: [...ids].filter(([, n]) => n > 1).map(([id]) => id),
          slots: document.querySelectorAll('[data-vdr-slot]').length,
        };
      })) as Omit<Findings, 'dialogs' | 'requests'>;
      expect({ ...findings, dialogs, requests }).toEqual({
        dialogs: [],
        requests: [],
        pwned: false,
        scripts: [NAV_SCRIPT],
        handlers: [],
        forbiddenElements: [],
        urls: [],
        hrefs: [],
        styleUrls: [],
        duplicateIds: [],
        slots: 0,
      });
    } finally {
      await page.close();
    }
  }, 180_000);

  it('is valid HTML by the Nu Html Checker, attacks and all', () => {
    const path = join(temp, 'hostile-vnu.html');
    writeFileSync(path, html.final);
    let output: string;
    try {
      output = execFileSync('java', ['-jar', createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar'), '--errors-only', '--format', 'text', path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      output = String((error as { stderr?: string }).stderr ?? error);
    }
    expect(output.trim()).toBe('');
  }, 120_000);

  it('keeps the harmless text around each vector', () => {
    for (const file of files) {
      const id = file.replace(/\.md$/, '');
      const section = html.final.slice(html.final.indexOf(`<section id="${id}"`));
      expect(section).toContain('Before the vector.');
      expect(section).toContain('After the vector.');
    }
  });
});
