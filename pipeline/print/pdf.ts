/**
 * The PDF stage (SPEC 8): the report's HTML printed by Chromium (browser.ts, the network shut)
 * to a tagged A4 PDF, in order: the paged layout (paged.ts), a measuring print that finds every
 * target's page (destinations.ts), the page numbers written in, the final print (again when a
 * number moved), then the metadata, bookmarks and structure finished with pdf-lib (metadata.ts).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeScratch } from '../io/scratch.js';
import { TimeoutError, type Browser, type Page, type PDFOptions } from 'puppeteer';
import { message, type Message } from '../diagnostics/message.js';
import { secondsSince } from '../io/timing.js';
import { BrowserUnavailable, launchBrowser, type PrintBrowser } from './browser.js';
import type { DestinationPosition } from './destinations.js';
import type { PdfMetadata } from './metadata.js';
import { printMessages } from './messages.js';
import { applyPagedLayout, MEASURING_CLASS, pageDigits, type PagedLayout } from './paged.js';
import { pinFootnotes, placeFootnotes, prepareFootnotes, unpinFootnotes } from './footnotes.js';
import { addPlacementProbes, placeFigures, removePlacementProbes } from './placement.js';

/** Starts a browser for one print; tests pass their own to make one crash. */
export type Launcher = (options: { timeoutMs: number }) => Promise<PrintBrowser>;

/** The browser a print launches by default: Chromium with the network shut. */
export const launchPrinter: Launcher = ({ timeoutMs }) => launchBrowser({ offline: true, timeoutMs });

/**
 * Starts the print's browser now, while the report is still being made (Chromium starts on the
 * other core), and keeps it for every print of the build (one per language): `launch` hands it to
 * each print, whose `close` leaves it running for the next; a browser that died is replaced by a
 * fresh one at the next launch. `close` closes it for good.
 */
export function launchAhead(): { launch: Launcher; close(): Promise<void> } {
  let current: Promise<PrintBrowser> | undefined = launchPrinter({ timeoutMs: 60_000 });
  // A browser that cannot start is reported by the print that waits for it, not as a rejection nobody handled.
  current.catch(() => undefined);
  return {
    launch: async (options) => {
      // A browser that cannot start is reported by the print that waits for it.
      let awaited = current;
      let browser = awaited ? await awaited : undefined;
      while (!browser?.browser.connected) {
        // Prints in flight together may all find the browser dead: the first replaces it, the others take its replacement.
        if (current === awaited) {
          current = launchPrinter(options);
          await browser?.close();
        }
        awaited = current;
        browser = await awaited;
      }
      const shared = browser;
      // A print closes its browser when done or crashed: only a dead one is really closed here.
      return { browser: shared.browser, close: async () => (shared.browser.connected ? undefined : shared.close()) };
    },
    close: async () => {
      const last = current;
      current = undefined;
      await last?.then((browser) => browser.close(), () => undefined);
    },
  };
}

export interface PrintOptions {
  metadata: PdfMetadata;
  /** Page numbers' words, and a draft's stamp and watermark. */
  layout: PagedLayout;
  /** How to launch a browser (optional; default: launchBrowser with the network shut). */
  launch?: Launcher;
}

export interface PrintResult {
  pdf: Uint8Array;
  /** How many times the document was printed: the measuring print and the final one (more if numbers moved). */
  passes: number;
  /** Requests the page tried to make and was refused (there should be none). */
  refused: string[];
  /** Seconds spent: launching, loading, each print, finishing. */
  timings: [string, number][];
  /** How many browsers were launched: 1, or 2 after a crash. */
  launches: number;
}

/**
 * Links whose target's page number is printed after them ("Contents ..... 7"): the report's
 * contents, lists of figures and tables, cross-references and the links from figures to their sources.
 */
const PAGE_NUMBER_LINKS = [
  'main .toc a[href^="#"]',
  '#list-of-figures a[href^="#"]',
  '#list-of-tables a[href^="#"]',
  'a.xref[href^="#"]',
  '.figure-source a[href^="#source-"]',
].join(', ');

/** At most this many final prints: numbers that keep moving are left as the last print has them. */
const MAX_PRINTS = 3;
/** At most this many measuring prints while figures move to fill the gaps they left (placement.ts). */
const MAX_PLACEMENTS = 6;

/** Time allowed for loading and for each print, sized to the document: 60 s plus 20 s per MB. */
export function timeoutFor(html: string): number {
  return 60_000 + Math.ceil(Buffer.byteLength(html) / 1_000_000) * 20_000;
}

/** The final print: tagged, with bookmarks, backgrounds and the page size of the CSS. */
const FINAL: PDFOptions = { printBackground: true, preferCSSPageSize: true, tagged: true, outline: true };
/** The measuring print: the same layout with nothing painted, untagged; only its named destinations are read. */
const MEASURING: PDFOptions = { printBackground: false, preferCSSPageSize: true, tagged: false, outline: false };

/**
 * Puts an empty page-number slot after every link the selector matches (once); returns how many.
 * A cross-reference's slot carries the words around its number ("(p. {page})"), written in with
 * the number: text the print styles generated would be left out of the PDF's tags.
 */
async function addPageSlots(page: Page, selector: string, reference: string): Promise<number> {
  const [before = '(p. ', after = ')'] = reference.split('{page}');
  return page.evaluate((links: string, before: string, after: string) => {
    let count = 0;
    // A target the print leaves out (display: none) has no page. Every target is looked at before
    // any slot is added: one layout, not one per link.
    const printed = Array.from(document.querySelectorAll<HTMLAnchorElement>(links)).flatMap((link) => {
      const href = link.getAttribute('href') ?? '';
      const id = decodeURIComponent(href.slice(1));
      const target = document.getElementById(id);
      return id && target && target.checkVisibility() ? [{ link, href, id }] : [];
    });
    for (const { link, href, id } of printed) {
      // In a list of figures the number closes the row, after the title, as a link of its own; elsewhere it goes in the link.
      const row = link.closest('.item-list li');
      const holder = row ?? link;
      if (holder.querySelector('[data-page-of]')) continue;
      const slot = document.createElement(row ? 'a' : 'span');
      if (row) slot.setAttribute('href', href);
      slot.className = row || link.closest('.toc') ? 'page-number' : 'page-number page-ref';
      slot.dataset['pageOf'] = id;
      if (!row && !link.closest('.toc')) {
        // No break between "p." and its number.
        slot.dataset['before'] = ` ${before.replace(/ $/, '\u00a0')}`;
        slot.dataset['after'] = after;
      }
      // Three figures' width while measuring, so filling in the real number moves little.
      slot.textContent = `${slot.dataset['before'] ?? ''}000${slot.dataset['after'] ?? ''}`;
      holder.append(slot);
      count++;
    }
    return count;
  }, selector, before, after);
}

/**
 * Turns every link within the report whose target the print leaves out (display: none, such as
 * the sources table) or that names no element into plain text, keeping its words and classes:
 * the PDF has no dead link. Returns how many were unlinked.
 */
async function unlinkUnprinted(page: Page): Promise<number> {
  return page.evaluate(() => {
    const dead = Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')).filter((link) => {
      const target = document.getElementById(decodeURIComponent((link.getAttribute('href') ?? '').slice(1)));
      return !target || !target.checkVisibility();
    });
    for (const link of dead) {
      const span = document.createElement('span');
      span.className = link.className;
      span.append(...Array.from(link.childNodes));
      link.replaceWith(span);
    }
    return dead.length;
  });
}

/**
 * Gives each chart its whole text alternative as its accessible name, which Chromium writes as
 * the Figure's /Alt: its title and its description (on screen they are name and description
 * apart, which the PDF has no place for). The figure around chart and caption becomes a group,
 * so the PDF has one Figure per chart, and that one has its /Alt.
 */
async function describeFigures(page: Page): Promise<number> {
  return page.evaluate(() => {
    const charts = Array.from(document.querySelectorAll<SVGElement>('svg[role="img"][aria-labelledby]'));
    for (const svg of charts) {
      const text = ['aria-labelledby', 'aria-describedby'].flatMap((attribute) =>
        (svg.getAttribute(attribute) ?? '').split(/\s+/).flatMap((id) => (id ? [(document.getElementById(id)?.textContent ?? '').replace(/\s+/g, ' ').trim()] : [])),
      );
      svg.setAttribute('aria-label', text.filter((t) => t !== '').join(' '));
      svg.removeAttribute('aria-labelledby');
      svg.removeAttribute('aria-describedby');
    }
    for (const figure of Array.from(document.querySelectorAll('figure'))) figure.setAttribute('role', 'group');
    return charts.length;
  });
}

/** Writes each target's page into its slots; returns whether anything changed. */
async function fillPageSlots(page: Page, pages: Map<string, number>, digits: PagedLayout['digits']): Promise<boolean> {
  return page.evaluate((entries: [string, string][]) => {
    const known = new Map(entries);
    let changed = false;
    for (const slot of Array.from(document.querySelectorAll<HTMLElement>('[data-page-of]'))) {
      const number = known.get(slot.dataset['pageOf'] ?? '');
      const text = number === undefined ? '' : `${slot.dataset['before'] ?? ''}${number}${slot.dataset['after'] ?? ''}`;
      if (slot.textContent !== text) {
        slot.textContent = text;
        changed = true;
      }
    }
    return changed;
  }, [...pages].map(([id, number]): [string, string] => [id, pageDigits(number, digits)]));
}

/** Hides (or shows again) every mark on the page; layout stays exactly as it is. */
async function setMeasuring(page: Page, on: boolean): Promise<void> {
  await page.evaluate((name: string, value: boolean) => void document.documentElement.classList.toggle(name, value), MEASURING_CLASS, on);
}

/**
 * What each link target of the report is, in the reader's words, by id: a figure's or table's
 * caption, a heading's text, a note's first words. The PDF's link annotations say it (/Contents).
 */
async function linkTargets(page: Page): Promise<Map<string, string>> {
  const entries = await page.evaluate(() => {
    const ids = new Set(Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]'), (a) => decodeURIComponent((a.getAttribute('href') ?? '').slice(1))));
    // No named function in here: under tsx, esbuild would wrap it in a helper the page does not have.
    return Array.from(ids).flatMap((id) => {
      const target = id ? document.getElementById(id) : null;
      if (!target) return [];
      const label = target.matches('h1, h2, h3, h4, h5, h6') ? target : (target.querySelector('figcaption, caption, h1, h2, h3, h4, h5, h6') ?? target);
      return [[id, (label.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 160)] as [string, string]];
    });
  });
  return new Map(entries.filter(([, text]) => text !== ''));
}

/** The headings as the reader sees them, to put the spaces back into Chromium's bookmarks. */
async function headingTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6'), (h) => h.textContent ?? ''));
}

/**
 * A tab of a browser, kept open between prints: the next document is written into it (document
 * open, write and close make a new document in the same tab), which costs a third of opening a
 * tab and loading a file (24 briefs printed one after another: 8.2 s against 17.2 s). Its request
 * filter, set once, lets through the file it was opened on and what a document carries inline
 * (data: URLs), and counts what it refused for the print in hand.
 */
interface Tab {
  page: Page;
  refused: string[];
}

/** Each browser's tabs that finished a print and wait for the next. */
const idleTabs = new WeakMap<Browser, Tab[]>();

/**
 * A tab for a print, its refusals none yet: one that is waiting (the document still to be
 * written into it), else a new one opened on the document (written to a scratch file for it).
 */
async function takeTab(browser: Browser, html: string, timeout: number): Promise<{ tab: Tab; opened: boolean }> {
  const waiting = idleTabs.get(browser)?.pop();
  if (waiting) {
    waiting.refused = [];
    return { tab: waiting, opened: false };
  }
  const scratch = makeScratch('print');
  try {
    const file = join(scratch, 'report.html');
    writeFileSync(file, html);
    const url = pathToFileURL(file).href;
    const page = await browser.newPage();
    const tab: Tab = { page, refused: [] };
    try {
      // The network is shut: the document itself may load, nothing else.
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const target = request.url();
        if (target === url || target.startsWith('data:')) void request.continue().catch(() => undefined);
        else {
          tab.refused.push(target);
          void request.abort('blockedbyclient').catch(() => undefined);
        }
      });
      // The print styles from the start: the page is laid out for print only, and what the print
      // leaves out is known before it prints.
      await page.emulateMediaType('print');
      await page.goto(url, { waitUntil: 'load', timeout });
      return { tab, opened: true };
    } catch (error) {
      await page.close().catch(() => undefined);
      throw error;
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Writes a document into a tab in place of the one it shows, and waits for it to load, as long
 * as loading a file may take.
 */
async function writeDocument(page: Page, html: string, timeout: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`writing the document into its tab took more than ${timeout} ms`)), timeout);
  });
  const written = page.evaluate(
    (text: string) =>
      new Promise<void>((resolve) => {
        document.open();
        document.write(text);
        document.close();
        if (document.readyState === 'complete') resolve();
        else window.addEventListener('load', () => resolve(), { once: true });
      }),
    html,
  );
  try {
    await Promise.race([written, late]);
  } finally {
    clearTimeout(timer);
    written.catch(() => undefined); // a tab that took too long is closed, and its evaluation with it
  }
}

async function printWith(browser: PrintBrowser, html: string, options: PrintOptions, timings: [string, number][]): Promise<Omit<PrintResult, 'launches' | 'timings'>> {
  // What reads and finishes the PDFs (pdf-lib) loads while Chromium loads the report.
  const reading = Promise.all([import('./destinations.js'), import('./metadata.js')]);
  reading.catch(() => undefined); // awaited below, where a failure is reported
  const timeout = timeoutFor(html);
  let start = process.hrtime.bigint();
  const { tab, opened } = await takeTab(browser.browser, html, timeout);
  const page = tab.page;
  let done = false;
  try {
    page.setDefaultTimeout(timeout);
    if (!opened) await writeDocument(page, html, timeout);
    // Every face of the report's font, loaded now: a face that only the print styles or a page
    // number need would otherwise start loading during a print, and be missing from it.
    await page.evaluate(() => Promise.all(Array.from(document.fonts, (face) => face.load())).then(() => undefined));
    await applyPagedLayout(page, options.layout);
    await unlinkUnprinted(page);
    await describeFigures(page);
    const slots = await addPageSlots(page, PAGE_NUMBER_LINKS, options.layout.pageReference ?? '(p. {page})');
    // A continuous document (a brief) lets its figures fall where they fall: no measuring print to move them.
    const watched = options.layout.continuous ? 0 : await addPlacementProbes(page);
    const notes = await prepareFootnotes(page);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    timings.push(['load', secondsSince(start)]);
    const [{ destinationPages, destinationPositions, loadPdf }, { finishPdf }] = await reading;

    let passes = 0;
    if (slots > 0 || watched > 0 || notes > 0) {
      // Where everything falls, from prints with nothing painted (a third of the cost of a real
      // one): the page numbers, and the figures that jumped a page and left a gap, which move
      // down past the next paragraph until none does.
      await setMeasuring(page, true);
      const measure = async (): Promise<Map<string, DestinationPosition>> => {
        const measured = await loadPdf(await page.pdf({ ...MEASURING, timeout }));
        passes++;
        await fillPageSlots(page, destinationPages(measured), options.layout.digits);
        return destinationPositions(measured);
      };
      let positions: Map<string, DestinationPosition>;
      for (let round = 1; ; round++) {
        start = process.hrtime.bigint();
        positions = await measure();
        const moved = round < MAX_PLACEMENTS ? (watched > 0 ? await placeFigures(page, positions) : 0) + (notes > 0 ? await placeFootnotes(page, positions) : 0) : 0;
        timings.push([round === 1 ? 'measure' : `measure ${round}`, secondsSince(start)]);
        if (moved === 0) break;
      }
      // The notes go down to the foot of their pages; any that the space above pushed over is put back.
      const pinned = notes > 0 ? await pinFootnotes(page, positions) : new Map<string, number>();
      if (pinned.size > 0) {
        start = process.hrtime.bigint();
        const again = await measure();
        if ((await unpinFootnotes(page, pinned, positions, again)) > 0) await measure();
        timings.push(['measure notes', secondsSince(start)]);
      }
      await setMeasuring(page, false);
      await removePlacementProbes(page);
    }
    for (let prints = 1; ; prints++) {
      start = process.hrtime.bigint();
      const printed = await page.pdf({ ...FINAL, timeout });
      passes++;
      timings.push([prints === 1 ? 'print' : `reprint ${prints}`, secondsSince(start)]);
      start = process.hrtime.bigint();
      const document = await loadPdf(printed);
      // The real numbers can move a line (a "(p. 9)" that wraps); then print again with the numbers that moved.
      const moved = slots > 0 && prints < MAX_PRINTS && (await fillPageSlots(page, destinationPages(document), options.layout.digits));
      if (moved) {
        timings.push(['check', secondsSince(start)]);
        continue;
      }
      const pdf = await finishPdf(document, options.metadata, { headings: await headingTexts(page), targets: await linkTargets(page) });
      timings.push(['finish', secondsSince(start)]);
      done = true;
      return { pdf, passes, refused: [...tab.refused] };
    }
  } finally {
    // A tab that printed waits for the next document; one that failed is closed.
    if (!done || page.isClosed()) await page.close().catch(() => undefined);
    else if (idleTabs.has(browser.browser)) idleTabs.get(browser.browser)!.push(tab);
    else idleTabs.set(browser.browser, [tab]);
  }
}

/** Whether an error means the browser, or the page's renderer, died under us. */
function crashed(error: unknown, browser: PrintBrowser): boolean {
  if (!browser.browser.connected) return true;
  return /Target closed|Target crashed|crash|Session closed|Connection closed|detached|Protocol error/i.test(String(error));
}

const firstLine = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

/**
 * Prints the report's HTML to a tagged A4 PDF with correct page numbers in its contents, lists
 * and cross-references. A measuring print, with nothing painted, finds the page of every linked
 * target (from the PDF's named destinations); the numbers are written in and the document is
 * printed for real; that print's destinations confirm the numbers, or it is printed again with
 * the ones that moved. A browser that crashes gets one retry with a fresh one.
 *
 * @throws BrowserUnavailable
 *   When there is no Chromium, it cannot start, it crashes twice, or a print takes too long.
 */
export async function printPdf(html: string, options: PrintOptions): Promise<PrintResult> {
  const timings: [string, number][] = [];
  const timeoutMs = timeoutFor(html);
  const launch = options.launch ?? launchPrinter;
  let launches = 0;
  const fresh = async (): Promise<PrintBrowser> => {
    const start = process.hrtime.bigint();
    const browser = await launch({ timeoutMs });
    launches++;
    timings.push([launches === 1 ? 'launch' : 'relaunch', secondsSince(start)]);
    return browser;
  };
  let browser = await fresh();
  try {
    try {
      return { ...(await printWith(browser, html, options, timings)), timings, launches };
    } catch (error) {
      if (error instanceof TimeoutError) throw tooSlow(timeoutMs, error);
      if (!crashed(error, browser)) throw error;
      // Chromium crashed: one more try with a fresh browser.
      await browser.close();
      browser = await fresh();
      try {
        return { ...(await printWith(browser, html, options, timings)), timings, launches };
      } catch (again) {
        if (again instanceof TimeoutError) throw tooSlow(timeoutMs, again);
        if (!crashed(again, browser)) throw again;
        throw new BrowserUnavailable(
          `Chromium stopped while printing the PDF, and again on a second try with a fresh browser (${firstLine(again)}). ` +
            'Check that the machine has free memory and that Chromium works (chromium --headless --print-to-pdf=test.pdf about:blank), then build again',
        );
      }
    }
  } finally {
    await browser.close();
  }
}

function tooSlow(timeoutMs: number, error: unknown): BrowserUnavailable {
  return new BrowserUnavailable(
    `Chromium did not finish printing the PDF within ${Math.round(timeoutMs / 1000)} s (${firstLine(error)}); the machine may be overloaded. Build again when it is less busy`,
  );
}

/**
 * A message for each request a print refused: the report asked for something outside itself,
 * which nothing vdr writes should (the sanitiser keeps remote resources out of the chapters).
 *
 * @param refused
 *   The URLs (PrintResult's `refused`).
 * @param file
 *   The project-relative file the messages name: the edition's edition.yaml.
 * @param mode
 *   A final build makes each an error; a draft, a warning.
 */
export function refusedRequests(refused: readonly string[], file: string, mode: 'draft' | 'final'): Message[] {
  const severity = mode === 'final' ? 'error' : 'warning';
  return refused.map((url) => message({ file }, printMessages.remoteResource(), { severity, value: url }));
}
