import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer';
import { launchBrowser, type PrintBrowser } from './browser.js';
import { namedDestinationPages } from './destinations.js';
import { finishPdf, type PdfMetadata } from './metadata.js';
import { applyPagedLayout, type PagedLayout } from './paged.js';

export interface PrintOptions {
  metadata: PdfMetadata;
  /** Page numbers' words, and a draft's stamp and watermark. */
  layout: PagedLayout;
  /**
   * Links whose target's page number is printed after them ("Contents ..... 7"), as a CSS
   * selector (optional; default: the report's contents, lists of figures and tables, and
   * cross-references).
   */
  pageNumberLinks?: string;
  /** A browser to reuse (optional; default: one is started and closed for this print). */
  browser?: PrintBrowser;
}

export interface PrintResult {
  pdf: Uint8Array;
  /** How many times the document was printed to settle its page numbers. */
  passes: number;
  /** Requests the page tried to make and was refused (there should be none). */
  refused: string[];
  /** Seconds spent: loading, each print pass, finishing. */
  timings: [string, number][];
}

const DEFAULT_LINKS = 'main .toc a[href^="#"], #list-of-figures a[href^="#"], #list-of-tables a[href^="#"], a.xref[href^="#"]';
const MAX_PASSES = 4;

const seconds = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e9;

/** Time allowed for loading and printing, sized to the document: 60 s plus 20 s per MB. */
export function timeoutFor(html: string): number {
  return 60_000 + Math.ceil(Buffer.byteLength(html) / 1_000_000) * 20_000;
}

/** Puts an empty page-number slot after every link the selector matches (once). */
async function addPageSlots(page: Page, selector: string): Promise<number> {
  return page.evaluate((links: string) => {
    let count = 0;
    for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>(links))) {
      const id = decodeURIComponent(link.getAttribute('href')?.slice(1) ?? '');
      // In a list of figures the number closes the row, after the title; elsewhere the link.
      const holder = link.closest('.item-list li') ?? link;
      if (!id || holder.querySelector('[data-page-of]')) continue;
      const slot = document.createElement('span');
      slot.className = 'page-number';
      slot.dataset['pageOf'] = id;
      // Three figures' width while measuring, so filling in the real number moves nothing.
      slot.textContent = '000';
      holder.append(slot);
      count++;
    }
    return count;
  }, selector);
}

/** Writes each target's page into its slots; returns whether anything changed. */
async function fillPageSlots(page: Page, pages: Map<string, number>): Promise<boolean> {
  return page.evaluate((entries: [string, number][]) => {
    const known = new Map(entries);
    let changed = false;
    for (const slot of Array.from(document.querySelectorAll<HTMLElement>('[data-page-of]'))) {
      const number = known.get(slot.dataset['pageOf'] ?? '');
      const text = number === undefined ? '' : String(number);
      if (slot.textContent !== text) {
        slot.textContent = text;
        changed = true;
      }
    }
    return changed;
  }, [...pages]);
}

async function printOnce(page: Page, timeout: number): Promise<Uint8Array> {
  return page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true, outline: true, timeout });
}

async function printWith(browser: PrintBrowser, html: string, options: PrintOptions): Promise<PrintResult> {
  const timings: [string, number][] = [];
  const scratch = mkdtempSync(join(tmpdir(), 'vdr-print-'));
  const file = join(scratch, 'report.html');
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const refused: string[] = [];
  const page = await browser.browser.newPage();
  try {
    const timeout = timeoutFor(html);
    page.setDefaultTimeout(timeout);
    // The network is shut: the report itself may load, nothing else.
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const target = request.url();
      if (target === url || target.startsWith('data:')) void request.continue();
      else {
        refused.push(target);
        void request.abort('blockedbyclient');
      }
    });
    let start = process.hrtime.bigint();
    await page.goto(url, { waitUntil: 'load', timeout });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await applyPagedLayout(page, options.layout);
    await addPageSlots(page, options.pageNumberLinks ?? DEFAULT_LINKS);
    timings.push(['load', seconds(start)]);

    let pdf: Uint8Array = new Uint8Array();
    let passes = 0;
    let changed = true;
    while (changed && passes < MAX_PASSES) {
      start = process.hrtime.bigint();
      pdf = await printOnce(page, timeout);
      passes++;
      timings.push([`print ${passes}`, seconds(start)]);
      changed = await fillPageSlots(page, await namedDestinationPages(pdf));
    }
    start = process.hrtime.bigint();
    const finished = await finishPdf(pdf, options.metadata);
    timings.push(['finish', seconds(start)]);
    return { pdf: finished, passes, refused, timings };
  } finally {
    await page.close().catch(() => undefined);
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Prints the report's HTML to a tagged A4 PDF with correct page numbers in its contents, lists
 * and cross-references: a measuring print finds the page of every linked target (from the PDF's
 * named destinations), the numbers are written in, and the document is printed again until the
 * numbers stand still. A crashed browser gets one retry with a fresh one.
 */
export async function printPdf(html: string, options: PrintOptions): Promise<PrintResult> {
  const own = options.browser === undefined;
  let browser = options.browser ?? (await launchBrowser());
  try {
    try {
      return await printWith(browser, html, options);
    } catch (error) {
      if (browser.browser.connected && !/Target closed|crash|Session closed|Protocol error/i.test(String(error))) throw error;
      // Chromium crashed: one more try with a fresh browser.
      await browser.close();
      browser = await launchBrowser();
      return await printWith(browser, html, options);
    }
  } finally {
    if (own || browser !== options.browser) await browser.close();
  }
}
