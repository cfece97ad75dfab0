/**
 * The HTML report on a phone (375 px) and a desktop (1280 px), in Chromium: the page never
 * scrolls sideways; a map, a time series and a wide table fit the column (the map and the series
 * scaled to it with their viewBox, legend and all; the table scrolling in its own box under a
 * first column that stays in view); on a phone, the map's partners are listed by status under it.
 * Screenshots of each are written to the test's scratch folder for a person to look at.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type PrintBrowser } from '../../pipeline/print/browser.js';
import { builtReport } from './report.js';

let browser: PrintBrowser;
let path: string;
let shots: string;

beforeAll(async () => {
  path = (await builtReport(2021, 'draft')).path;
  browser = await launchBrowser();
  shots = mkdtempSync(join(tmpdir(), 'vdr-layout-'));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (shots) rmSync(shots, { recursive: true, force: true });
});

/** The box of an element, in page pixels. */
interface Box {
  left: number;
  right: number;
  width: number;
}

async function open(width: number): Promise<Page> {
  const page = await browser.browser.newPage();
  await page.setViewport({ width, height: 900 });
  await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page;
}

const boxOf = (page: Page, selector: string): Promise<Box> =>
  page.$eval(selector, (element) => {
    const r = element.getBoundingClientRect();
    return { left: r.left, right: r.right, width: r.width };
  });

describe.each([375, 1280])('the report at %i px', (width) => {
  it('never scrolls sideways', async () => {
    const page = await open(width);
    try {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
    } finally {
      await page.close();
    }
  }, 120_000);

  it.each(['fig-map-heroin', 'fig-mla'])('draws %s whole within the column, its legend in view', async (id) => {
    const page = await open(width);
    try {
      const figure = await boxOf(page, `#${id}`);
      const svg = await boxOf(page, `#${id} .chart svg`);
      expect(svg.left).toBeGreaterThanOrEqual(figure.left - 0.5);
      expect(svg.right).toBeLessThanOrEqual(figure.right + 0.5);
      expect(svg.right).toBeLessThanOrEqual(width);
      // Scaled, not cut: the chart's box does not scroll.
      expect(await page.$eval(`#${id} .chart`, (chart) => chart.scrollWidth - chart.clientWidth)).toBe(0);
      // Every legend (vega's role-legend groups) lies inside the viewport's width.
      const legends = await page.$$eval(`#${id} .chart svg .role-legend`, (groups) => groups.map((g) => g.getBoundingClientRect()).map((r) => [r.left, r.right]));
      expect(legends.length).toBeGreaterThan(0);
      for (const [left, right] of legends) {
        expect(left).toBeGreaterThanOrEqual(0);
        expect(right).toBeLessThanOrEqual(width);
      }
      await (await page.$(`#${id}`))!.screenshot({ path: join(shots, `${id}-${width}.png`) });
    } finally {
      await page.close();
    }
  }, 120_000);

  it('lists the map\'s partners by status under it on a phone only', async () => {
    const page = await open(width);
    try {
      const shown = await page.$eval('#fig-map-heroin .map-list', (list) => list.checkVisibility());
      expect(shown).toBe(width < 640);
      const groups = await page.$$eval('#fig-map-heroin .map-list dt', (dts) => dts.map((dt) => dt.textContent ?? ''));
      expect(groups[0]).toMatch(/^Improved \(\d+\)$/);
      // Every partner of the map's table is listed once.
      const rows = await page.$$eval('#fig-map-heroin .figure-data tbody th', (ths) => ths.length);
      const listed = await page.$$eval('#fig-map-heroin .map-list dd', (dds) => dds.reduce((n, dd) => n + (dd.textContent ?? '').split(', ').length, 0));
      expect(listed).toBe(rows);
    } finally {
      await page.close();
    }
  }, 120_000);

  it('scrolls a wide table in its own box, its first column staying in view', async () => {
    const page = await open(width);
    try {
      const scroller = '#tab-pillar-1';
      const before = await boxOf(page, `${scroller} tbody th[scope=row]`);
      const column = await boxOf(page, scroller);
      expect(column.right).toBeLessThanOrEqual(width);
      const scrolls = await page.$eval(scroller, (box) => box.scrollWidth > box.clientWidth);
      if (scrolls) {
        await page.$eval(scroller, (box) => box.scrollBy(200, 0));
        const after = await boxOf(page, `${scroller} tbody th[scope=row]`);
        expect(after.left).toBeCloseTo(before.left, 0);
      }
      // The row names keep a readable width rather than one word a line.
      expect(before.width).toBeGreaterThanOrEqual(6 * 14);
      await (await page.$(scroller))!.screenshot({ path: join(shots, `tab-pillar-1-${width}.png`) });
    } finally {
      await page.close();
    }
  }, 120_000);
});
