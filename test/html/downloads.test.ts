/**
 * The data downloads of the HTML report, in a real browser (html/downloads.ts, script.ts), on
 * the 2021 report as vdr builds it, rendered once and opened in one headless Chromium from disk
 * with every request beyond the file refused and recorded:
 * 1. a click on a figure's link saves a CSV of that figure's rows, whose figures are those of the
 *    figure's own table (in its <details>), and a table's link the rows of that table;
 * 2. the link to the whole edition's data saves all of them, with scripts on or off;
 * 3. nothing is requested beyond the file; the print shows no link;
 * 4. the Nu Html Checker and axe-core find nothing wrong with the links.
 * Downloads are captured as Chromium saves them (CDP Browser.setDownloadBehavior), each under a
 * name of its own, in a temporary directory.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { CDPSession, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_COLUMNS, dataCsv } from '../../pipeline/data-out/csv.js';
import { csvDataUrl } from '../../pipeline/data-out/data-url.js';
import { plainRow } from '../../pipeline/data-out/rows.js';
import { editionDataCsv } from '../../pipeline/html/downloads.js';
import { launchBrowser, type PrintBrowser } from '../../pipeline/print/browser.js';
import { axeViolations, vnuErrors } from './judge.js';
import { builtReport, type BuiltReport } from './report.js';

const BOM = '\uFEFF';

/** A CSV's records as objects by column, its byte order mark checked and taken off. */
function records(text: string): Record<string, string>[] {
  expect(text.startsWith(BOM)).toBe(true);
  const [header, ...rows] = parse(text.slice(1)) as string[][];
  expect(header).toEqual([...DATA_COLUMNS]);
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
}

describe('the data downloads of the 2021 report', () => {
  let report: BuiltReport;
  let browser: PrintBrowser;
  let session: CDPSession;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'vdr-downloads-'));
  const requests: string[] = [];
  const completed = new Map<string, () => void>();

  /** Clicks what the selector finds and returns the text of the file the browser saved. */
  async function download(selector: string): Promise<string> {
    const before = new Set(readdirSync(dir));
    const done = new Promise<void>((resolve) => completed.set('next', resolve));
    await page.$eval(selector, (element) => element.scrollIntoView());
    await page.click(selector);
    await done;
    const saved = readdirSync(dir).filter((name) => !before.has(name) && !name.endsWith('.crdownload'));
    expect(saved).toHaveLength(1);
    return readFileSync(join(dir, saved[0]!), 'utf8');
  }

  /** The report opened afresh, scripts on or off. */
  async function open(scripts: boolean): Promise<void> {
    await page?.close();
    page = await browser.browser.newPage();
    await page.setJavaScriptEnabled(scripts);
    await page.setRequestInterception(true);
    const file = pathToFileURL(report.path).href;
    page.on('request', (request) => {
      const url = request.url();
      requests.push(url);
      if (url === file || url.startsWith('data:') || url.startsWith('blob:')) void request.continue();
      else void request.abort();
    });
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(file, { waitUntil: 'load' });
  }

  beforeAll(async () => {
    report = await builtReport(2021, 'final');
    browser = await launchBrowser();
    session = await browser.browser.target().createCDPSession();
    await session.send('Browser.setDownloadBehavior', { behavior: 'allowAndName', downloadPath: dir, eventsEnabled: true });
    session.on('Browser.downloadProgress', (event: { state: string }) => {
      if (event.state !== 'completed') return;
      completed.get('next')?.();
      completed.delete('next');
    });
    await open(true);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives every figure and numbered table a link beside its sources', async () => {
    const { figures, tables } = report.content.document;
    const linked = await page.$$eval('figure .figure-source a.data-download[data-rows], .table-block .table-sources a.data-download[data-rows]', (links) =>
      links.map((a) => a.closest('figure')?.id ?? a.closest('.table-block')?.querySelector('[id]')?.id),
    );
    expect(linked).toHaveLength(figures.length + tables.length);
    expect(new Set(linked)).toEqual(new Set([...figures, ...tables].map((entry) => entry.id)));
  });

  it('saves a figure’s rows, whose figures are those of its table', async () => {
    const rows = records(await download('#fig-heroin a.data-download'));
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r['figure']))).toEqual(new Set(['fig-heroin']));
    // The figure's own table: entity, baseline year, baseline, current year, current, change, status.
    const table = await page.$$eval('#fig-heroin .figure-data tbody tr', (trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')));
    const number = (text: string): number | null => (text === 'n/a' ? null : Number(text.replaceAll(',', '')));
    const shown = new Map(table.map((cells) => [cells[0]!, cells]));
    expect(shown.size).toBe(new Set(rows.map((r) => r['entity'])).size);
    for (const row of rows) {
      const cells = shown.get(row['entity_name']!);
      expect(cells, row['entity_name']).toBeDefined();
      const value = row['value'] === '' ? null : Number(row['value']);
      const at = { baseline: 2, current: 4, change: 5 }[row['measure'] as 'baseline'];
      if (at === undefined) continue;
      const expected = number(cells![at]!);
      if (expected === null || value === null) expect(value).toBe(expected);
      else expect(value).toBeCloseTo(expected, 6);
      if (row['measure'] !== 'change') expect(row['year']).toBe(cells![at - 1]);
      expect(row['sources']).toMatch(row['measure'] === 'change' || value !== null ? /^data\/observations\/pillar-\d\.csv:\d+/ : /^$/);
      // The sample's figures are illustrative, and the file says so on every row that has one.
      expect(row['kind']).toBe(row['sources'] === '' ? '' : 'illustrative');
    }
  }, 60_000);

  it('saves exactly the figure’s records of the whole edition’s CSV, and a table’s too', async () => {
    const all = editionDataCsv(report.content.document);
    const [header, ...lines] = all.trimEnd().split('\n');
    for (const id of ['fig-ewg', 'tab-pillar-1']) {
      const own = lines.filter((line) => line.startsWith(`${id},`));
      expect(own.length).toBeGreaterThan(0);
      expect(await download(`#${id} a.data-download, .table-block:has(#${id}) a.data-download`)).toBe(`${BOM}${[header, ...own].join('\n')}\n`);
    }
  }, 60_000);

  it('saves the whole edition’s data from its link, with scripts on or off', async () => {
    const expected = `${BOM}${editionDataCsv(report.content.document)}`;
    expect(await download('#data-download-all')).toBe(expected);
    await open(false);
    expect(await page.$eval('figure a.data-download', (a) => a.getAttribute('href'))).toBe('#data-download-all');
    expect(await download('#data-download-all')).toBe(expected);
    await open(true);
  }, 60_000);

  it('saves names in any script, and a line break inside a field, as written', async () => {
    const names = ['Российская Федерация', 'المملكة العربية السعودية', '中国', 'Line one\nline "two", three', 'Türkiye'];
    const { text } = dataCsv([{ id: 'fig-x', rows: names.map((name, i) => plainRow({ measure: 'count', entityName: name, value: i })) }]);
    // The whole edition's link made to hold these rows; a link of its own cuts out the fourth and fifth.
    await page.evaluate((url) => {
      document.getElementById('data-download-all')!.setAttribute('href', url);
      const link = Object.assign(document.createElement('a'), { href: '#data-download-all', id: 'test-link', textContent: 'rows' });
      link.dataset['rows'] = '4 6';
      link.dataset['file'] = 'x.csv';
      document.querySelector('main')!.prepend(link);
    }, csvDataUrl(text));
    expect(await download('#data-download-all')).toBe(`${BOM}${text}`);
    const lines = parse(text) as string[][];
    expect(parse((await download('#test-link')).slice(1))).toEqual([lines[0], lines[4], lines[5]]);
    await open(true);
  }, 60_000);

  it('asks for nothing beyond the file', () => {
    const file = pathToFileURL(report.path).href;
    expect(requests.filter((url) => url !== file && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  });

  it('shows no link in print', async () => {
    await page.emulateMediaType('print');
    const shown = await page.$$eval('a.data-download, .data-download-all', (links) => links.filter((a) => (a as HTMLElement).offsetParent !== null).length);
    await page.emulateMediaType('screen');
    expect(shown).toBe(0);
    expect(await page.$$eval('a.data-download', (links) => links.filter((a) => (a as HTMLElement).offsetParent !== null).length)).toBeGreaterThan(0);
  });

  it('has no error by the Nu Html Checker, and no WCAG violation by axe-core', async () => {
    expect(vnuErrors([report.path])).toEqual([]);
    expect(await axeViolations(browser, report.path, 1280)).toEqual([]);
  }, 240_000);
});
