/**
 * The PDF stage against a raw print of the same HTML, each measured the same way: a fresh
 * browser per run, from launch to close, the median of several runs.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from './browser.js';
import { printPdf, timeoutFor, type PrintOptions } from './pdf.js';

export interface BenchOptions {
  /** Runs of each, after one untimed warm-up of each (optional; default: 3). */
  runs?: number;
  /** The print's metadata and layout, as the build passes them (optional; default: a final build's, with placeholder metadata). */
  print?: Partial<Pick<PrintOptions, 'metadata' | 'layout'>>;
}

export interface BenchResult {
  /** Median seconds of a raw print: launch Chromium, load the HTML, one page.pdf(), close. */
  rawPrintS: number;
  /** Median seconds of the whole PDF stage: printPdf, from launch to the finished file. */
  pdfStageS: number;
  /** pdfStageS / rawPrintS; the goal is at most 1.5. */
  ratio: number;
  /** Prints per PDF stage run (the measuring print and the final one), from the last run. */
  passes: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const now = (): bigint => process.hrtime.bigint();
const since = (start: bigint): number => Number(now() - start) / 1e9;

/** One raw print: what any puppeteer script would do with the same HTML and the same PDF options. */
async function rawPrint(html: string): Promise<number> {
  const start = now();
  const scratch = mkdtempSync(join(tmpdir(), 'vdr-print-'));
  const browser = await launchBrowser({ offline: true });
  try {
    const file = join(scratch, 'report.html');
    writeFileSync(file, html);
    const page = await browser.browser.newPage();
    const timeout = timeoutFor(html);
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout });
    await page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true, outline: true, timeout });
  } finally {
    await browser.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  return since(start);
}

/**
 * Measures the PDF stage against a raw puppeteer print of the same HTML, alternating the two so
 * that both see the same machine.
 *
 * @param html
 *   The report's final HTML (output/<edition>/build/report.html).
 */
export async function benchPrint(html: string, options: BenchOptions = {}): Promise<BenchResult> {
  const print: Pick<PrintOptions, 'metadata' | 'layout'> = {
    metadata: options.print?.metadata ?? {
      title: 'Benchmark',
      author: 'vdr',
      subject: 'PDF stage benchmark',
      keywords: [],
      language: 'en',
      producer: 'vdr',
      creator: 'vdr',
      date: new Date(0),
    },
    layout: options.print?.layout ?? { pageNumber: 'Page {page} of {pages}' },
  };
  const runs = Math.max(1, options.runs ?? 3);
  const raw: number[] = [];
  const stage: number[] = [];
  let passes = 0;
  for (let i = 0; i <= runs; i++) {
    const rawSeconds = await rawPrint(html);
    const start = now();
    passes = (await printPdf(html, print)).passes;
    const stageSeconds = since(start);
    // The first round warms the disk cache and Chromium up, and is not counted.
    if (i > 0) {
      raw.push(rawSeconds);
      stage.push(stageSeconds);
    }
  }
  const rawPrintS = median(raw);
  const pdfStageS = median(stage);
  return { rawPrintS, pdfStageS, ratio: pdfStageS / rawPrintS, passes };
}
