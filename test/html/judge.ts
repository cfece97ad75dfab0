/**
 * The external judges of an HTML report, for the tests that call them: the Nu Html Checker
 * (vnu-jar, in Java), axe-core in Chromium, and the requests Chromium makes when it opens the
 * file from disk. Each returns what it found, in words, for a test to expect empty.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { PrintBrowser } from '../../pipeline/print/browser.js';

const require = createRequire(import.meta.url);
const VNU = require.resolve('vnu-jar/build/dist/vnu.jar');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface VnuMessage {
  url?: string;
  type: string;
  subType?: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

/**
 * The Nu Html Checker's errors, one Java start for all the files: "file:line: message extract".
 *
 * @param paths
 *   The HTML files, absolute.
 */
export function vnuErrors(paths: readonly string[]): string[] {
  let output: string;
  try {
    output = execFileSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...paths], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    // vnu exits 1 when it reports errors, and writes its JSON to stderr.
    output = String((error as { stderr?: string }).stderr ?? '');
  }
  const messages = (JSON.parse(output.trim() === '' ? '{"messages":[]}' : output) as { messages: VnuMessage[] }).messages;
  return messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => `${(m.url ?? '').replace(/^.*\//, '')}:${m.lastLine}: ${m.message} ${m.extract ?? ''}`);
}

/**
 * axe-core's WCAG 2.1 A and AA violations of a report at one window width, every <details> open
 * so that the tables inside are judged too: "id (impact): help; nodes, first target: summary".
 *
 * @param browser
 *   A running Chromium (launchBrowser).
 * @param path
 *   The HTML file, absolute.
 * @param width
 *   The window's width in CSS pixels (1280 a desktop, 375 a phone).
 */
export async function axeViolations(browser: PrintBrowser, path: string, width: number): Promise<string[]> {
  const page = await browser.browser.newPage();
  try {
    await page.setViewport({ width, height: width > 600 ? 900 : 812 });
    await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
    await page.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true;
    });
    await page.evaluate(AXE);
    const violations = (await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
      return result.violations;
    })) as { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
    return violations.map((v) => `${width}px ${v.id} (${v.impact}): ${v.help}; ${v.nodes.length} nodes, first ${v.nodes[0]?.target.join(' ')}: ${v.nodes[0]?.failureSummary ?? ''}`);
  } finally {
    await page.close();
  }
}

/**
 * What Chromium asks for beyond the file when it opens the report from disk, scrolls it to the
 * end and opens every <details> (data: URLs are inside the file); and how many fonts it loaded.
 *
 * @param browser
 *   A running Chromium.
 * @param path
 *   The HTML file, absolute.
 */
export async function requestsBeyondFile(browser: PrintBrowser, path: string): Promise<{ beyond: string[]; fileRequested: boolean; fontsLoaded: number }> {
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
    const fontsLoaded = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').length);
    return { beyond: requests.filter((url) => url !== fileUrl && !url.startsWith('data:')), fileRequested: requests.includes(fileUrl), fontsLoaded };
  } finally {
    await page.close();
  }
}
