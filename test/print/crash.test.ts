/**
 * A browser that dies while printing: one retry with a fresh browser, then a plain error that
 * `vdr build` turns into exit code 3 and one sentence, not a stack trace. The browsers are real
 * Chromium, killed (SIGKILL) the moment the print starts.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main, type Io } from '../../pipeline/cli.js';
import { BrowserUnavailable, launchBrowser, type LaunchOptions, type PrintBrowser } from '../../pipeline/print/browser.js';
import { launchAhead, printPdf, type PrintOptions } from '../../pipeline/print/pdf.js';

// The CLI cannot be handed a launcher, so the module's launchBrowser is swapped for the last test.
vi.mock('../../pipeline/print/browser.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../pipeline/print/browser.js')>();
  return { ...actual, launchBrowser: vi.fn(actual.launchBrowser) };
});
const { launchBrowser: realLaunch } = await vi.importActual<typeof import('../../pipeline/print/browser.js')>('../../pipeline/print/browser.js');

const root = resolve(import.meta.dirname, '..', '..');

/** A real browser that is killed as soon as a page of it starts printing. */
async function dyingBrowser(options: LaunchOptions = {}): Promise<PrintBrowser> {
  const printing = await realLaunch({ offline: true, ...options });
  const browser = printing.browser;
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (...args: Parameters<typeof newPage>): Promise<Page> => {
    const page = await newPage(...args);
    const pdf = page.pdf.bind(page);
    page.pdf = async (...pdfArgs: Parameters<Page['pdf']>) => {
      const printed = pdf(...pdfArgs);
      browser.process()?.kill('SIGKILL');
      return printed;
    };
    return page;
  };
  return printing;
}

const HTML = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Crash</title></head>
<body><main><nav class="toc"><a href="#one">One</a></nav><section><h1 id="one">One</h1><p>Printed after a crash.</p></section></main></body></html>`;

const OPTIONS: PrintOptions = {
  metadata: { title: 'Crash', author: 'vdr', subject: 'test', keywords: [], language: 'en', producer: 'vdr', creator: 'vdr', date: new Date(0) },
  layout: { pageNumber: 'Page {page} of {pages}' },
};

let scratch: string;
let previousTmp: string | undefined;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'vdr-crash-tmp-'));
  previousTmp = process.env['TMPDIR'];
  process.env['TMPDIR'] = scratch;
});

afterAll(() => {
  if (previousTmp === undefined) delete process.env['TMPDIR'];
  else process.env['TMPDIR'] = previousTmp;
  rmSync(scratch, { recursive: true, force: true });
});

/** What is left of the browsers' profiles and the print's files in our temporary directory. */
const leftovers = (): string[] => readdirSync(scratch).filter((name) => /^(vdr-chromium-|vdr-print-)/.test(name));

describe('a browser that crashes while printing', () => {
  it('is replaced once by a fresh one, and the PDF is printed', async () => {
    let launches = 0;
    const result = await printPdf(HTML, {
      ...OPTIONS,
      launch: async (options) => (++launches === 1 ? dyingBrowser(options) : realLaunch({ offline: true, ...options })),
    });
    expect(launches).toBe(2);
    expect(result.launches).toBe(2);
    expect(result.timings.map(([stage]) => stage)).toContain('relaunch');
    expect(Buffer.from(result.pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(leftovers()).toEqual([]);
  }, 120_000);

  it('gives a plain BrowserUnavailable error when the fresh one crashes too', async () => {
    let launches = 0;
    const printing = printPdf(HTML, {
      ...OPTIONS,
      launch: async (options) => {
        launches++;
        return dyingBrowser(options);
      },
    });
    await expect(printing).rejects.toBeInstanceOf(BrowserUnavailable);
    await expect(printing).rejects.toThrow(/^Chromium stopped while printing the PDF, and again on a second try with a fresh browser \(.+\)\. Check that/);
    expect(launches).toBe(2);
    expect(leftovers()).toEqual([]);
  }, 120_000);

  it('gives prints that find the build\'s shared browser dead together one fresh browser between them', async () => {
    let launches = 0;
    vi.mocked(launchBrowser).mockImplementation(async (options) => {
      const browser = await realLaunch(options);
      // The first browser dies before any print takes it.
      if (++launches === 1) {
        // The whole process group, so that no child of it still writes to the profile once it is removed.
        const child = browser.browser.process()!;
        const exited = new Promise((done) => child.once('exit', done));
        const disconnected = new Promise((done) => browser.browser.once('disconnected', done));
        process.kill(-child.pid!, 'SIGKILL');
        await Promise.all([exited, disconnected]);
      }
      return browser;
    });
    const shared = launchAhead();
    try {
      const [first, second] = await Promise.all([shared.launch({ timeoutMs: 60_000 }), shared.launch({ timeoutMs: 60_000 })]);
      expect(launches).toBe(2);
      expect(first.browser).toBe(second.browser);
      expect(first.browser.connected).toBe(true);
      const result = await printPdf(HTML, { ...OPTIONS, launch: shared.launch });
      expect(Buffer.from(result.pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    } finally {
      await shared.close();
      vi.mocked(launchBrowser).mockReset();
    }
    expect(leftovers()).toEqual([]);
  }, 120_000);

  it('makes vdr build exit 3 with one plain sentence, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vdr-crash-build-'));
    for (const part of ['data', 'schemas', 'content']) cpSync(join(root, part), join(dir, part), { recursive: true });
    vi.mocked(launchBrowser).mockImplementation(dyingBrowser);
    try {
      const io = { out: '', err: '' };
      const capture: Io = { stdout: (t) => void (io.out += t), stderr: (t) => void (io.err += t) };
      expect(await main(['build', '--project', dir, '--final', '--edition', '2014'], capture)).toBe(3);
      // The words first: when they are not these, they say what else stopped the build.
      expect(io.err).toMatch(/^vdr build: Chromium stopped while printing the PDF, and again on a second try with a fresh browser/);
      expect(vi.mocked(launchBrowser)).toHaveBeenCalledTimes(2);
      expect(io.err.trim().split('\n')).toHaveLength(1);
      expect(existsSync(join(dir, 'output', '2014', 'build'))).toBe(false);
      expect(leftovers()).toEqual([]);
    } finally {
      vi.mocked(launchBrowser).mockReset();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
