/**
 * The HTML file itself: one self-contained, deterministic HTML5 document, with its parts in
 * order, every figure drawn in, every internal link resolving, and a draft looking like one.
 */
import { describe, expect, it } from 'vitest';
import { memoryCache, renderCharts } from '../../pipeline/charts/index.js';
import type { Message } from '../../pipeline/diagnostics/message.js';
import { NAV_SCRIPT, renderHtml } from '../../pipeline/html/index.js';
import { realDataset } from '../metrics/real.js';
import { chapter, compileChapters, realMetrics } from '../content/compile.js';
import { builtReport, STAMP } from './report.js';

const ids = (html: string): string[] => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);

describe('the 2021 report as a draft', async () => {
  const { html, content } = await builtReport(2021, 'draft');

  it('is an HTML5 document in the edition\'s language, with its charset first', () => {
    expect(html.slice(0, 80)).toBe('<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name=');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<title>Draft: Implementing the Vienna Declaration: Global report 2021, progress against the baseline</title>');
  });

  it('holds everything it needs: fonts and styles inline, no script but its own, nothing fetched', () => {
    expect([...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1])).toEqual([NAV_SCRIPT]);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const urls = [...style.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThanOrEqual(3);
    for (const url of urls) expect(url.startsWith('data:font/woff2;base64,')).toBe(true);
    expect(html).not.toMatch(/\s(?:src|srcset|poster|action)="(?!data:image\/)/);
    expect(html).not.toMatch(/<(?:link|iframe|object|embed|base)\b/);
  });

  it('has its parts in order, with the contents and lists linking to every chapter, figure and table', () => {
    const order = ['draft-problems', 'cover', 'contents', 'list-of-figures', 'list-of-tables', 'what-changed', 'executive-summary', 'introduction', 'annex-partner-countries', 'annex-sources', 'glossary', 'references'];
    const at = order.map((id) => html.indexOf(` id="${id}"`));
    expect(at.every((p) => p > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const figure of content.document.figures) expect(html).toContain(`<a href="#${figure.id}">${figure.label}</a>`);
  });

  it('draws every figure, with its caption, source, and the figures behind it', () => {
    for (const figure of content.document.figures) {
      const start = html.indexOf(`<figure id="${figure.id}" class="figure">`);
      expect(start).toBeGreaterThan(0);
      const block = html.slice(start, html.indexOf('</figure>', start));
      expect(block).toContain(`<figcaption><span class="figure-label">${figure.label}</span>: ${figure.title}</figcaption>`);
      expect(block).toMatch(/<div class="chart" role="group" tabindex="0" aria-label="[^"]+"><svg /);
      expect(block).toContain('<p class="figure-source">Source: ');
      expect(block).toContain('<details class="figure-data"><summary>Figures behind the chart</summary>');
      expect(block).toContain(`<caption id="${figure.id}-data-caption">`);
    }
  });

  it('gives every id once and resolves every link within the report', () => {
    const all = ids(html);
    expect(all.length - new Set(all).size).toBe(0);
    const known = new Set(all);
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!));
    expect(targets.filter((t) => !known.has(t))).toEqual([]);
  });

  it('looks like a draft: banner, stamp, and the mark', () => {
    expect(html).toContain('<body class="draft">');
    expect(html).toContain('<h2 id="draft-banner-title">Draft: not for distribution</h2>');
    expect(html).toContain('Edition 2021, built 2026-01-01T00:00:00Z from commit 0123456789abcdef; data fingerprint sha256:test.');
    expect(html).toContain('body.draft::after{content:"Draft"}');
  });

  it('labels the illustrative figures on the cover and in the sources annex', () => {
    expect(html).toContain('<p class="cover-note">The indicator figures in this edition are illustrative');
    expect(html).toContain('<p class="provenance-note">The observation files of this edition are illustrative sample data');
  });
});

describe('the 2014 report as a final build', async () => {
  const { html } = await builtReport(2014, 'final');

  it('has no banner, no draft mark, and the stamp only in its footer', () => {
    expect(html).toContain('<body>');
    expect(html).not.toContain('draft-problems');
    expect(html).not.toContain('<body class="draft">');
    expect(html).toContain('<footer class="build-footer"><p>Edition 2014, built 2026-01-01T00:00:00Z');
    expect(html).toContain('<title>Implementing the Vienna Declaration: Global report 2014, baseline edition</title>');
  });
});

describe('renderHtml', () => {
  const result = compileChapters({ 'c.md': chapter(':metric{indicator=heroin-seizures field=curent}\n\n::chart[Meetings]{#fig-ewg kind=ewg-timeline}') });
  const data: Message = { file: 'data/observations/pillar-1.csv', place: { line: 12, column: 5 }, severity: 'warning', ruleId: 'x/y', reason: 'something is odd', value: '42', fix: 'look at it' };

  it('lists a draft\'s problems in its banner, each at its file:line:column, and marks the directive in place', async () => {
    const figures = await renderCharts(result.chartRequests, { dataset: realDataset(), metrics: realMetrics(), edition: { year: 2021 } }, { workers: 0, cache: memoryCache() });
    const html = await renderHtml(result.document, figures, { mode: 'draft', warnings: [...result.messages, data] });
    expect(html).toContain('This draft has 1 error and 1 warning in its data and content.');
    expect(html).toContain('<span class="problem-place">content/2021/c.md:6:41</span> <span class="problem-severity">Error:</span> field is not a figure vdr computes ("curent").');
    expect(html).toContain('<span class="problem-place">data/observations/pillar-1.csv:12:5</span> <span class="problem-severity">Warning:</span> something is odd ("42"). <strong>Fix:</strong> look at it.');
    expect(html).toContain('<span class="content-error">[problem at line 6, column 41: field is not a figure vdr computes]</span>');
  });

  it('gives the same bytes for the same inputs, and does not change the document', async () => {
    const figures = await renderCharts(result.chartRequests, { dataset: realDataset(), metrics: realMetrics(), edition: { year: 2021 } }, { workers: 0, cache: memoryCache() });
    const before = JSON.stringify(result.document);
    const one = await renderHtml(result.document, figures, { mode: 'final', warnings: [], buildStamp: STAMP });
    const two = await renderHtml(result.document, figures, { mode: 'final', warnings: [], buildStamp: STAMP });
    expect(one).toBe(two);
    expect(JSON.stringify(result.document)).toBe(before);
  });
});
