import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type PrintBrowser } from '../../pipeline/print/browser.js';
import { measurePreviewEdit } from '../../pipeline/bench/preview.js';
import { openProject, resolveProject, type ProjectPaths } from '../../pipeline/project/index.js';
import { startPreview, type PreviewServer } from '../../pipeline/preview/index.js';
import { appendParagraph, copyProject, removeProject, replaceIn, ROOT } from './project.js';

declare global {
  interface Window {
    vdrKept?: boolean;
  }
}

/** How many times the page was asked for. */
const pageRequests = (requests: readonly string[], url: string) => requests.filter((r) => r === url).length;

const kindOf = (page: Page) => page.evaluate(() => document.getElementById('vdr-preview')?.getAttribute('data-kind'));

describe('vdr preview in Chromium', () => {
  let project: ProjectPaths;
  let preview: PreviewServer;
  let browser: PrintBrowser;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    project = copyProject();
    preview = await startPreview(openProject(project), { port: 0 });
    browser = await launchBrowser();
    page = await browser.browser.newPage();
    page.on('request', (r) => void requests.push(r.url()));
    await preview.ready;
    await page.goto(preview.url, { waitUntil: 'load' });
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.close();
    removeProject(project);
  });

  it('swaps a chapter edit into the page in place, keeping the scroll position', async () => {
    expect(await kindOf(page)).toBe('report');
    const build = await page.evaluate(() => document.getElementById('vdr-preview')?.getAttribute('data-build'));
    await page.evaluate(() => {
      window.vdrKept = true;
      window.scrollTo(0, 3000);
    });
    const fetched = pageRequests(requests, preview.url);
    const sentence = 'Chromium shows this sentence without a reload.';
    appendParagraph(project, 'content/2021/pillar-2.md', sentence);
    await page.waitForFunction((text: string) => document.body.textContent?.includes(text) === true, { polling: 'mutation', timeout: 20_000 }, sentence);
    const after = await page.evaluate(() => ({
      kept: window.vdrKept,
      y: window.scrollY,
      build: document.getElementById('vdr-preview')?.getAttribute('data-build'),
      mains: document.querySelectorAll('main').length,
    }));
    expect(after).toEqual({ kept: true, y: 3000, build: expect.not.stringMatching(`^${build}$`), mains: 1 });
    // The changed sections came with the event: the page was not fetched again.
    expect(pageRequests(requests, preview.url)).toBe(fetched);
  });

  it('swaps in a change beyond the sections (a chapter title in the contents) without a reload', async () => {
    const fetched = pageRequests(requests, preview.url);
    replaceIn(project, 'content/2021/pillar-3.md', 'title: ', 'title: Retitled ');
    await page.waitForFunction(() => document.querySelector('.sidebar')?.textContent?.includes('Retitled Precursors') === true, { polling: 'mutation', timeout: 20_000 });
    expect(await page.evaluate(() => ({ kept: window.vdrKept, mains: document.querySelectorAll('main').length, toc: document.getElementById('contents')?.textContent?.includes('Retitled Precursors') }))).toEqual({
      kept: true,
      mains: 1,
      toc: true,
    });
    // The contents beside the report changed too: the page fetched the report once and patched itself.
    expect(pageRequests(requests, preview.url)).toBe(fetched + 1);
  });

  it('shows a data error with its place, then the report again once it is fixed', async () => {
    const file = 'data/observations/pillar-2.csv';
    const line = readFileSync(join(project.root, file), 'utf8').split('\n')[1]!;
    const column = line.indexOf(',2012,') + 2;
    replaceIn(project, file, line, line.replace(',2012,', ',2015.0,'));
    await page.waitForFunction(() => document.getElementById('vdr-preview')?.getAttribute('data-kind') === 'error', { timeout: 20_000 });
    const text = await page.evaluate(() => document.getElementById('vdr-preview-problems')?.textContent ?? '');
    expect(text).toContain(`${file}:2:${column} error: year must be a whole number, found "2015.0". Fix: write 2015.`);

    replaceIn(project, file, ',2015.0,', ',2012,');
    await page.waitForFunction(() => document.getElementById('vdr-preview')?.getAttribute('data-kind') === 'report', { timeout: 20_000 });
    expect(await page.evaluate(() => document.body.textContent?.includes('Chromium shows this sentence without a reload.'))).toBe(true);
  });

  it('asks for nothing but the page and its events (the fonts are inline)', () => {
    const paths = new Set(requests.filter((url) => !url.startsWith('data:')).map((url) => (url.startsWith(preview.url) ? new URL(url).pathname : url)));
    expect([...paths].sort()).toEqual(['/', '/__vdr/events']);
  });
});

describe('measurePreviewEdit', () => {
  it('times edits on a copy of the project, leaving the project as it was', async () => {
    const chapter = 'content/2021/introduction.md';
    const text = readFileSync(join(ROOT, chapter), 'utf8');
    const measured = await measurePreviewEdit(resolveProject(ROOT), { edition: 2021, runs: 2, chapter });
    expect(measured.editToReloadMs).toHaveLength(2);
    expect(measured.buildMs).toHaveLength(2);
    expect(measured.median).toBeGreaterThan(0);
    expect(readFileSync(join(ROOT, chapter), 'utf8')).toBe(text);
  });
});
