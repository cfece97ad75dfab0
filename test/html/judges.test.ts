/**
 * The three external judges of the HTML report, on the real editions as vdr builds them:
 * 1. the Nu Html Checker (vnu-jar) reports no error;
 * 2. axe-core in Chromium reports no WCAG 2.1 A or AA violation, on a desktop and a phone width,
 *    with every <details> opened so the tables inside are judged too;
 * 3. Chromium loading the file from disk makes no request but for the file itself (the fonts
 *    are data: URLs inside it, which never leave it).
 * Chromium comes from PUPPETEER_EXECUTABLE_PATH or the system (Debian: apt-get install chromium),
 * launched headless with a fresh profile and the network features off (pipeline/print/browser.ts).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type PrintBrowser } from '../../pipeline/print/browser.js';
import { builtReport } from './report.js';

const require = createRequire(import.meta.url);
const VNU = require.resolve('vnu-jar/build/dist/vnu.jar');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The reports judged: the newest edition as a draft (with its banner), the baseline as final. */
const REPORTS = [
  { year: 2021, mode: 'draft' },
  { year: 2014, mode: 'final' },
] as const;

interface VnuMessage {
  type: string;
  subType?: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

describe.each(REPORTS)('the $year report ($mode)', ({ year, mode }) => {
  let path: string;
  let browser: PrintBrowser;

  beforeAll(async () => {
    path = (await builtReport(year, mode)).path;
    browser = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('has no error by the Nu Html Checker', () => {
    let output: string;
    try {
      output = execFileSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      // vnu exits 1 when it reports errors, and writes its JSON to stderr.
      output = String((error as { stderr?: string }).stderr ?? '');
    }
    const text = output.trim() === '' ? '{"messages":[]}' : output;
    const messages = (JSON.parse(text) as { messages: VnuMessage[] }).messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
    expect(messages.map((m) => `${m.lastLine}: ${m.message} ${m.extract ?? ''}`)).toEqual([]);
  }, 120_000);

  it.each([
    { width: 1280, height: 900 },
    { width: 375, height: 812 },
  ])('has no WCAG 2.1 A or AA violation by axe-core at $width px', async ({ width, height }) => {
    const page = await browser.browser.newPage();
    try {
      await page.setViewport({ width, height });
      await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
      await page.evaluate(() => {
        for (const details of document.querySelectorAll('details')) details.open = true;
      });
      await page.evaluate(AXE);
      const violations = (await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
        return result.violations;
      })) as AxeViolation[];
      const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}; ${v.nodes.length} nodes, first ${v.nodes[0]?.target.join(' ')}: ${v.nodes[0]?.failureSummary ?? ''}`);
      expect(summary).toEqual([]);
    } finally {
      await page.close();
    }
  }, 180_000);

  it('makes no request beyond the file when Chromium opens it from disk', async () => {
    const page = await browser.browser.newPage();
    const fileUrl = pathToFileURL(path).href;
    const requests: string[] = [];
    try {
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const url = request.url();
        requests.push(url);
        if (url === fileUrl || url.startsWith('data:')) void request.continue();
        else void request.abort();
      });
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(fileUrl, { waitUntil: 'networkidle0' });
      await page.evaluate(async () => {
        await document.fonts.ready;
        for (const details of document.querySelectorAll('details')) details.open = true;
        window.scrollTo(0, document.body.scrollHeight);
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(requests.filter((url) => url !== fileUrl && !url.startsWith('data:'))).toEqual([]);
      expect(requests).toContain(fileUrl);
      const fontsLoaded = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').length);
      expect(fontsLoaded).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  }, 180_000);
});
