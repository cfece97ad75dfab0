/**
 * Builds a real edition's HTML report for the tests that judge it: the project's data, its
 * metrics, the chapters under content/<year>/, the charts, a draft's "What changed" and the
 * HTML, as vdr build does.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryCache, renderCharts } from '../../pipeline/charts/index.js';
import { compileContent, type ContentResult } from '../../pipeline/content/index.js';
import type { Message } from '../../pipeline/diagnostics/message.js';
import { whatChanged } from '../../pipeline/diff/index.js';
import { presentChanges } from '../../pipeline/diff/present.js';
import { renderHtml } from '../../pipeline/html/index.js';
import { en } from '../../pipeline/i18n/index.js';
import { openProject } from '../../pipeline/project/index.js';
import { prepare } from '../../pipeline/project/prepare.js';
import { ROOT } from '../metrics/real.js';

export interface BuiltReport {
  html: string;
  /** The HTML written to a temporary file, absolute. */
  path: string;
  content: ContentResult;
  /** Data messages and content messages together. */
  messages: Message[];
}

const cache = new Map<string, Promise<BuiltReport>>();

/** A fixed stamp, as a build with SOURCE_DATE_EPOCH would give. */
export const STAMP = { edition: 0, commit: '0123456789abcdef', dataFingerprint: 'sha256:test', buildTime: '2026-01-01T00:00:00Z' };

/**
 * The report of an edition, built once per test run.
 *
 * @param year
 *   The edition.
 * @param mode
 *   Draft or final.
 */
export function builtReport(year: number, mode: 'draft' | 'final'): Promise<BuiltReport> {
  const key = `${year}/${mode}`;
  let found = cache.get(key);
  if (!found) {
    found = build(year, mode);
    cache.set(key, found);
  }
  return found;
}

async function build(year: number, mode: 'draft' | 'final'): Promise<BuiltReport> {
  const project = openProject(ROOT);
  const outcome = prepare(project, year);
  if (!outcome.edition || !outcome.dataset || !outcome.metrics) throw new Error(`the ${year} edition cannot be prepared`);
  const content = compileContent({ root: ROOT, edition: outcome.edition, dataset: outcome.dataset, metrics: outcome.metrics, mode });
  const figures = await renderCharts(
    content.chartRequests,
    { dataset: outcome.dataset, metrics: outcome.metrics, edition: outcome.edition },
    { workers: 0, cache: memoryCache() },
  );
  const messages = [...outcome.messages, ...content.messages];
  // A draft compares itself as vdr build does: with its last published version, else the previous edition.
  const changes = mode === 'draft' ? presentChanges(whatChanged(project, outcome.edition, outcome.metrics), outcome.dataset, en) : undefined;
  const html = await renderHtml(content.document, figures, { mode, warnings: messages, buildStamp: { ...STAMP, edition: year }, ...(changes ? { changes } : {}) });
  const dir = mkdtempSync(join(tmpdir(), 'vdr-report-'));
  const path = join(dir, `report-${year}-${mode}.html`);
  writeFileSync(path, html);
  return { html, path, content, messages };
}
