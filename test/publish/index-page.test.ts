/**
 * output/index.html judged as the report is (test/html/judges.test.ts): the Nu Html Checker
 * finds no error, axe-core in Chromium no WCAG 2.1 A or AA violation, and the page asks for
 * nothing beyond itself.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchBrowser, type PrintBrowser } from '../../pipeline/print/browser.js';
import { indexHtml, type EditionsIndex, type PublishedVersion } from '../../pipeline/publish/editions-index.js';

const require = createRequire(import.meta.url);
const VNU = require.resolve('vnu-jar/build/dist/vnu.jar');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const hasJava = spawnSync('java', ['-version']).status === 0;
const hasChromium = ((): boolean => {
  try {
    findChromium();
    return true;
  } catch {
    return false;
  }
})();

function version(edition: number, v: string, files: string[]): PublishedVersion {
  const path = `${edition}/${v}`;
  const file = (name: string) => ({ path: `${path}/${name}`, sha256: 'a'.repeat(64), bytes: 10 });
  return {
    version: v,
    date: '2026-01-01',
    title: 'Implementing the Vienna Declaration: <draft> & "final"',
    vdr_version: '0.1.0',
    inputs_fingerprint: `sha256:${'b'.repeat(64)}`,
    path,
    manifest: file('manifest.json'),
    files: files.map(file),
  };
}

/** A version of an edition in three languages: each report linked under its language's own name. */
const MULTILINGUAL: PublishedVersion = {
  ...version(2025, '1.0.0', ['report.html', 'report.pdf', 'report.ar.html', 'report.ar.pdf', 'report.zh.html', 'report.zh.pdf', 'metrics.csv']),
  languages: [
    { language: 'en', name: 'English', title: 'Implementing the Vienna Declaration', html: '2025/1.0.0/report.html', pdf: '2025/1.0.0/report.pdf' },
    { language: 'ar', name: 'العربية', title: 'تنفيذ إعلان فيينا', html: '2025/1.0.0/report.ar.html', pdf: '2025/1.0.0/report.ar.pdf' },
    { language: 'zh', name: '中文', title: '执行《维也纳宣言》', html: '2025/1.0.0/report.zh.html', pdf: '2025/1.0.0/report.zh.pdf' },
  ],
};

const INDEX: EditionsIndex = {
  editions: [
    { edition: 2025, title: 'Implementing the Vienna Declaration', latest: '1.0.0', versions: [MULTILINGUAL] },
    {
      edition: 2021,
      title: 'Implementing the Vienna Declaration: <draft> & "final"',
      latest: '1.1.0',
      versions: [version(2021, '1.1.0', ['report.html', 'report.pdf', 'metrics.csv', 'metrics.json', 'data-package/datapackage.json', 'data-package/README.md', 'briefs/AFG.html', 'briefs/AFG.pdf', 'briefs/CARICC.html', 'briefs/CARICC.pdf']), version(2021, '1.0.0', ['report.html', 'metrics.json'])],
    },
    { edition: 2014, title: 'Baseline', latest: '1.0.0', versions: [version(2014, '1.0.0', ['report.pdf'])] },
  ],
};

describe('output/index.html', () => {
  let dir: string;
  let path: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vdr-index-'));
    path = join(dir, 'index.html');
    writeFileSync(path, indexHtml(INDEX));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('escapes titles, links only the files a version has, and is the same every time', () => {
    const html = readFileSync(path, 'utf8');
    expect(html).toContain('<h2 id="edition-2021">2021: Implementing the Vienna Declaration: &lt;draft&gt; &amp; &quot;final&quot;</h2>');
    expect(html).toContain('<a href="2021/1.1.0/data-package/README.md">Data package README</a>');
    expect(html).not.toContain('href="2021/1.0.0/report.pdf"');
    expect(html).toContain('href="2021/1.0.0/manifest.json"');
    // The partner briefs, folded under one entry; a version without them has none.
    expect(html).toContain(
      '<li><details><summary>Partner briefs (2)</summary><ul class="briefs"><li><a href="2021/1.1.0/briefs/AFG.html">AFG (HTML)</a> <a href="2021/1.1.0/briefs/AFG.pdf">AFG (PDF)</a></li><li><a href="2021/1.1.0/briefs/CARICC.html">CARICC (HTML)</a> <a href="2021/1.1.0/briefs/CARICC.pdf">CARICC (PDF)</a></li></ul></details></li>',
    );
    expect(html.match(/Partner briefs/g)).toHaveLength(1);
    expect(indexHtml(INDEX)).toBe(html);
    expect(indexHtml({ editions: [] })).toContain('<p>No edition has been published yet.</p>');
  });

  it("links each language's reports under the language's own name, in that language", () => {
    const html = readFileSync(path, 'utf8');
    expect(html).toContain('<a href="2025/1.0.0/report.ar.html" lang="ar" hreflang="ar">العربية (HTML)</a>');
    expect(html).toContain('<a href="2025/1.0.0/report.zh.pdf" lang="zh" hreflang="zh">中文 (PDF)</a>');
    expect(html).toContain('<a href="2025/1.0.0/report.html" lang="en" hreflang="en">English (HTML)</a>');
    // The generic "Report (HTML)" is not repeated beside them.
    expect(html).not.toContain('<a href="2025/1.0.0/report.html">Report (HTML)</a>');
    expect(html).toContain('<a href="2025/1.0.0/metrics.csv">Metrics (CSV)</a>');
  });

  it.skipIf(!hasJava)('has no error by the Nu Html Checker', () => {
    let output: string;
    try {
      output = execFileSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      output = String((error as { stderr?: string }).stderr ?? '');
    }
    const messages = (JSON.parse(output.trim() === '' ? '{"messages":[]}' : output) as { messages: { type: string; message: string }[] }).messages;
    expect(messages.filter((m) => m.type === 'error').map((m) => m.message)).toEqual([]);
  }, 120_000);

  describe.skipIf(!hasChromium)('in Chromium', () => {
    let browser: PrintBrowser;
    beforeAll(async () => {
      browser = await launchBrowser();
    }, 120_000);
    afterAll(async () => {
      await browser?.close();
    });

    it.each([{ width: 1280 }, { width: 375 }])('has no WCAG 2.1 A or AA violation by axe-core at $width px, and asks for nothing beyond itself', async ({ width }) => {
      const page = await browser.browser.newPage();
      const url = pathToFileURL(path).href;
      const requests: string[] = [];
      try {
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          requests.push(request.url());
          if (request.url() === url) void request.continue();
          else void request.abort();
        });
        await page.setViewport({ width, height: 800 });
        await page.goto(url, { waitUntil: 'load' });
        await page.evaluate(AXE);
        const violations = (await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; help: string }[] }> } }).axe;
          return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] })).violations;
        })) as { id: string; help: string }[];
        expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
        expect(requests).toEqual([url]);
      } finally {
        await page.close();
      }
    }, 120_000);
  });
});
