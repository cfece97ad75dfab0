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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type PrintBrowser } from '../../pipeline/print/browser.js';
import { axeViolations, requestsBeyondFile, vnuErrors } from './judge.js';
import { builtReport } from './report.js';

/** The reports judged: the newest edition as a draft (with its banner), the baseline as final. */
const REPORTS = [
  { year: 2021, mode: 'draft' },
  { year: 2014, mode: 'final' },
] as const;

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
    expect(vnuErrors([path])).toEqual([]);
  }, 120_000);

  it.each([1280, 375])('has no WCAG 2.1 A or AA violation by axe-core at %i px', async (width) => {
    expect(await axeViolations(browser, path, width)).toEqual([]);
  }, 180_000);

  it('makes no request beyond the file when Chromium opens it from disk', async () => {
    const { beyond, fileRequested, fontsLoaded } = await requestsBeyondFile(browser, path);
    expect(beyond).toEqual([]);
    expect(fileRequested).toBe(true);
    expect(fontsLoaded).toBeGreaterThan(0);
  }, 180_000);
});
