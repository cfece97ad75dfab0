/**
 * Compiles hand-written chapters against the project's real data, for the content tests: the
 * chapters are written to a temporary project (content/2021/), with content/references.yaml from
 * the project unless a test gives its own.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileContent, type ContentResult } from '../../pipeline/content/index.js';
import type { LoadedEdition } from '../../pipeline/edition/load.js';
import { computeMetrics, type Metrics } from '../../pipeline/metrics/index.js';
import type { Dataset } from '../../pipeline/model.js';
import { realDataset, ROOT } from '../metrics/real.js';

let metrics: Metrics | undefined;

/** The 2021 metrics of the project's data, computed once. */
export function realMetrics(): Metrics {
  metrics ??= computeMetrics(realDataset(), { year: 2021, previous: 2014 });
  return metrics;
}

export interface FixtureOptions {
  mode?: 'draft' | 'final';
  /** The text of content/references.yaml (default: the project's). */
  references?: string;
  /** Edition fields to change (optional). */
  edition?: Partial<LoadedEdition>;
  /** The data (optional; default: the project's, with its 2021 metrics; given data gets its own 2021 metrics, compared with 2014). */
  dataset?: Dataset;
  /** The metrics (optional; default: those of the data). */
  metrics?: Metrics;
}

/**
 * Compiles chapters given as text.
 *
 * @param chapters
 *   File name (such as intro.md) to Markdown, in reading order.
 * @param options
 *   Mode, references, edition fields (optional).
 */
export function compileChapters(chapters: Record<string, string>, options: FixtureOptions = {}): ContentResult {
  const root = mkdtempSync(join(tmpdir(), 'vdr-content-'));
  try {
    mkdirSync(join(root, 'content', '2021'), { recursive: true });
    for (const [name, text] of Object.entries(chapters)) writeFileSync(join(root, 'content', '2021', name), text);
    if (options.references === undefined) copyFileSync(join(ROOT, 'content', 'references.yaml'), join(root, 'content', 'references.yaml'));
    else writeFileSync(join(root, 'content', 'references.yaml'), options.references);
    const edition: LoadedEdition = {
      year: 2021,
      title: 'Implementing the Vienna Declaration',
      subtitle: 'Test edition',
      language: 'en',
      status: 'progress',
      previous: 2014,
      chapters: Object.keys(chapters),
      file: 'content/2021/edition.yaml',
      dir: 'content/2021',
      ...options.edition,
    };
    const dataset = options.dataset ?? realDataset();
    const metrics = options.metrics ?? (options.dataset ? computeMetrics(options.dataset, { year: 2021, previous: 2014 }) : realMetrics());
    return compileContent({ root, edition, dataset, metrics, mode: options.mode ?? 'draft' });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** A chapter with front matter. */
export function chapter(body: string, front = 'id: test\ntitle: Test chapter'): string {
  return `---\n${front}\n---\n\n${body}\n`;
}
