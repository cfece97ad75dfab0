/**
 * The real editions under content/ compile with no error and no warning, as a final build needs,
 * and every figure of their text comes from the metrics through a directive.
 */
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { prepare } from '../../pipeline/project/prepare.js';
import { checkChartRequests } from '../../pipeline/charts/index.js';
import { checkContent, compileContent } from '../../pipeline/content/index.js';
import { formatMessage } from '../../pipeline/diagnostics/format.js';
import { openProject } from '../../pipeline/project/index.js';
import { ROOT } from '../metrics/real.js';

describe.each([2014, 2021])('the %i edition', (year) => {
  const outcome = prepare(openProject(ROOT), year);
  const input = { root: ROOT, edition: outcome.edition!, dataset: outcome.dataset!, metrics: outcome.metrics! };

  it('compiles as a final build with no problem', () => {
    expect(outcome.messages).toEqual([]);
    const result = compileContent({ ...input, mode: 'final' });
    expect(result.messages.map(formatMessage)).toEqual([]);
    expect(checkContent(input)).toEqual([]);
  });

  it('numbers every figure and table once, and asks the charts stage for what it can draw', () => {
    const { document, chartRequests } = compileContent({ ...input, mode: 'draft' });
    expect(document.figures.length).toBeGreaterThan(0);
    expect(new Set(document.figures.map((f) => f.label)).size).toBe(document.figures.length);
    expect(new Set(document.tables.map((t) => t.label)).size).toBe(document.tables.length);
    expect(chartRequests.map((r) => r.id)).toEqual(document.figures.map((f) => f.id));
    expect(checkChartRequests(chartRequests, { dataset: input.dataset, edition: input.edition })).toEqual([]);
  });

  it('links every printed figure to its sources, and compiles the same twice', () => {
    const first = compileContent({ ...input, mode: 'draft' });
    const second = compileContent({ ...input, mode: 'draft' });
    const html = first.document.chapters.map((c) => toHtml(c.tree)).join('\n');
    expect(html).toBe(second.document.chapters.map((c) => toHtml(c.tree)).join('\n'));
    const metrics = [...html.matchAll(/<a class="metric[^"]*" href="#(source--\d+)"/g)].map((m) => m[1]);
    expect(metrics.length).toBeGreaterThan(10);
    const sources = toHtml(first.document.annexes.find((a) => a.id === 'annex-sources')!.tree);
    for (const id of new Set(metrics)) expect(sources).toContain(`<tr id="${id}">`);
    expect(html).not.toContain('content-error');
  });
});
