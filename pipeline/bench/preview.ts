/**
 * The preview's latency, for `npm run bench`: from a chapter saved to its new text in the
 * browser's page. It works on a copy of the project's inputs, so the project itself is never
 * written to.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from '../metrics/combine.js';
import { startPreview } from '../preview/index.js';
import { launchBrowser } from '../print/browser.js';
import { openProject, type Project, type ProjectPaths } from '../project/index.js';

export interface MeasureOptions {
  /** The edition (optional; default: the newest). */
  edition?: number;
  /** Timed edits (optional; default: 10), after one edit that is not timed. */
  runs?: number;
  /** The chapter edited, project-relative (optional; default: the edition's first chapter). */
  chapter?: string;
}

export interface EditMeasurement {
  /** Each timed edit: ms from the file written to its new sentence in the page. */
  editToReloadMs: number[];
  /** The median of those. */
  median: number;
  /** Each timed edit's build on the server, in ms (included in editToReloadMs). */
  buildMs: number[];
}

/** The edition's first chapter, project-relative. */
function firstChapter(project: Project): string {
  const picked = project.edition();
  if (typeof picked === 'string') throw new Error(picked);
  const name = picked.chapters[0];
  if (name === undefined) throw new Error(`the ${picked.year} edition has no chapters`);
  return `${picked.dir}/${name}`;
}

/**
 * Starts the preview on a copy of the project, opens it in headless Chromium, then saves a
 * chapter with a new sentence again and again, timing each until the page shows it.
 *
 * @param project
 *   The project (only read: its data/, schemas/ and content/ are copied).
 * @param options
 *   The edition, the number of edits and the chapter (optional).
 * @throws BrowserUnavailable
 *   When there is no Chromium.
 */
export async function measurePreviewEdit(project: ProjectPaths, options: MeasureOptions = {}): Promise<EditMeasurement> {
  const dir = mkdtempSync(join(tmpdir(), 'vdr-preview-bench-'));
  for (const part of ['data', 'schemas', 'content']) {
    if (existsSync(join(project.root, part))) cpSync(join(project.root, part), join(dir, part), { recursive: true });
  }
  const copy = openProject(dir, options.edition === undefined ? {} : { edition: options.edition });
  const name = options.chapter ?? firstChapter(copy);
  // A chapter of an edition, in the copy: never a path that leads out of it.
  if (!/^content\/\d{4}\/[a-z0-9][a-z0-9-]*\.md$/.test(name)) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`the chapter to edit must be such as content/2021/introduction.md, not ${name}`);
  }
  const chapter = join(dir, name);
  const original = readFileSync(chapter, 'utf8');
  const preview = await startPreview(copy, { port: 0 });
  const browser = await launchBrowser().catch(async (error: unknown) => {
    await preview.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  });
  try {
    await preview.ready;
    const page = await browser.browser.newPage();
    await page.goto(preview.url, { waitUntil: 'load' });
    const runs = options.runs ?? 10;
    const editToReloadMs: number[] = [];
    const buildMs: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const marker = `vdr-preview-probe-${i}-${Date.now().toString(36)}`;
      const shown = page.waitForFunction((text: string) => document.body.textContent?.includes(text) === true, { polling: 'mutation', timeout: 30_000 }, marker);
      const start = performance.now();
      writeFileSync(chapter, `${original}\n\nThe preview shows this sentence: ${marker}.\n`);
      await shown;
      const elapsed = performance.now() - start;
      // The first edit warms the stages up and is not timed.
      if (i > 0) {
        editToReloadMs.push(elapsed);
        buildMs.push(preview.lastBuildMs());
      }
    }
    return { editToReloadMs, median: median(editToReloadMs), buildMs };
  } finally {
    await browser.close();
    await preview.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
