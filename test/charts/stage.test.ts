/**
 * The stage as a whole: byte-identical SVG across runs, across threads and worker pools; the
 * cache (a hit renders nothing, a change misses); ids never shared between figures; requests
 * checked with located messages.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildChart } from '../../pipeline/charts/build.js';
import { cacheKey } from '../../pipeline/charts/cache.js';
import {
  ChartRequestError,
  ChartsAhead,
  checkChartRequests,
  memoryCache,
  prestartChartWorkers,
  renderCharts,
  stopChartWorkers,
  type ChartRequest,
} from '../../pipeline/charts/index.js';
import { renderChart } from '../../pipeline/charts/render.js';
import { GOLDEN_CASES } from './cases.js';
import { fixtureContext } from './fixture.js';

const context = fixtureContext();
const requests = Object.values(GOLDEN_CASES);
const dirs: string[] = [];
afterAll(async () => {
  await stopChartWorkers();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('determinism', () => {
  it('gives the same bytes twice in one thread', async () => {
    const first = await renderCharts(requests, context, { workers: 0 });
    const second = await renderCharts(requests, context, { workers: 0 });
    expect(second.map((f) => f.svg)).toEqual(first.map((f) => f.svg));
  });

  it('gives the same bytes on two workers as in this thread, whatever order they finish in', async () => {
    const inThread = await renderCharts(requests, context, { workers: 0 });
    const pooled = await renderCharts(requests, context, { workers: 2 });
    expect(pooled.map((f) => f.id)).toEqual(requests.map((r) => r.id));
    for (const [i, figure] of pooled.entries()) expect(figure.svg, figure.id).toBe(inThread[i]!.svg);
    expect(pooled.map((f) => f.table)).toEqual(inThread.map((f) => f.table));
  });

  it('gives the same bytes on prestarted, warmed-up workers', async () => {
    const inThread = await renderCharts(requests.slice(0, 4), context, { workers: 0 });
    prestartChartWorkers(2);
    const pooled = await renderCharts(requests.slice(0, 4), context, { workers: 2 });
    await stopChartWorkers();
    expect(pooled.map((f) => f.svg)).toEqual(inThread.map((f) => f.svg));
  });

  it('gives the same figures when the charts were started ahead, and takes them from there', async () => {
    const inThread = await renderCharts(requests, context, { workers: 0 });
    prestartChartWorkers(1);
    const ahead = new ChartsAhead(context);
    for (const request of requests.slice(0, 5)) ahead.add(request);
    const figures = await renderCharts(requests, context, { workers: 1, ahead });
    await stopChartWorkers();
    // Each chart started ahead was handed to the stage (once: nothing is left behind).
    expect(requests.slice(0, 5).map((request) => ahead.take(request))).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(figures.map((f) => f.svg)).toEqual(inThread.map((f) => f.svg));
    expect(figures.map((f) => f.table)).toEqual(inThread.map((f) => f.table));
  });

  it('starts nothing ahead without prestarted workers', () => {
    const ahead = new ChartsAhead(context);
    ahead.add(requests[0]!);
    expect(ahead.take(requests[0]!)).toBeUndefined();
  });

  it('does not depend on what was rendered before (vega numbers its clip paths)', async () => {
    const request = GOLDEN_CASES['time-series']!;
    const built = buildChart(request, { dataset: context.dataset, metrics: context.metrics!, year: 2021 });
    const task = { id: request.id, title: request.title, description: request.description, spec: built.spec };
    const alone = await renderChart(task);
    await renderChart({ ...task, id: 'other' });
    expect((await renderChart(task)).svg).toBe(alone.svg);
  });

  it('never gives two figures the same id inside their SVGs', async () => {
    const figures = await renderCharts(requests, context, { workers: 0 });
    const seen = new Map<string, string>();
    for (const figure of figures) {
      for (const [, id] of figure.svg.matchAll(/\sid="([^"]+)"/g)) {
        expect(seen.get(id!), `${id} in ${figure.id}`).toBeUndefined();
        seen.set(id!, figure.id);
      }
    }
  });
});

describe('cache', () => {
  it('renders nothing when every chart is cached, and returns the same figures', async () => {
    const cache = memoryCache();
    const cold = await renderCharts(requests, context, { workers: 0, cache });
    expect(cold.every((f) => !f.cached)).toBe(true);
    expect(cache.entries.size).toBe(requests.length);
    const warm = await renderCharts(requests, context, { workers: 0, cache });
    expect(warm.every((f) => f.cached)).toBe(true);
    expect(warm).toEqual(cold.map((f) => ({ ...f, cached: true })));
  });

  it('misses when the spec, title or description changes', () => {
    const built = buildChart(GOLDEN_CASES['ewg-timeline']!, { dataset: context.dataset, metrics: context.metrics!, year: 2021 });
    const task = { id: 'a', title: 'T', description: 'D', spec: built.spec };
    const key = cacheKey(task);
    expect(cacheKey({ ...task })).toBe(key);
    expect(cacheKey({ ...task, title: 'T2' })).not.toBe(key);
    expect(cacheKey({ ...task, description: 'D2' })).not.toBe(key);
    expect(cacheKey({ ...task, spec: { ...built.spec, width: 601 } })).not.toBe(key);
  });

  it('keeps entries in a directory across runs', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'vdr-charts-test-'));
    dirs.push(cacheDir);
    const some = requests.slice(0, 3);
    await renderCharts(some, context, { workers: 0, cacheDir });
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.json'))).toHaveLength(3);
    const again = await renderCharts(some, context, { workers: 0, cacheDir });
    expect(again.every((f) => f.cached)).toBe(true);
  });
});

describe('requests', () => {
  it('are checked against the data, each problem at its place', () => {
    const at = { file: 'content/2021/pillar-1.md', place: { line: 12, column: 3 } };
    const bad: ChartRequest[] = [
      { id: 'a', kind: 'baseline-current', title: 'A', description: 'A.', indicator: 'seizure', at },
      { id: 'a', kind: 'time-series', title: 'B', description: 'B.', indicator: 'seizures', entities: ['AFX'], at },
      { id: 'c', kind: 'partner-map', title: 'C', description: 'C.', colorBy: 'status', indicator: 'alerts', at },
      { id: 'd', kind: 'partner-map', title: 'D', description: ' ', colorBy: 'status', at },
      { id: 'e', kind: 'coverage-grid', title: 'E', description: 'E.', pillar: 'V' as never, year: 1999, at },
      { id: 'f', kind: 'ewg-timeline', title: '', description: 'F.', at },
    ];
    const messages = checkChartRequests(bad, context);
    expect(messages.map((m) => [m.ruleId, m.value ?? null])).toEqual([
      ['chart/unknown-indicator', 'seizure'],
      ['chart/duplicate-id', 'a'],
      ['chart/unknown-entity', 'AFX'],
      ['chart/map-organization-indicator', 'alerts'],
      ['chart/no-description', null],
      ['chart/missing-indicator', null],
      ['chart/unknown-pillar', 'V'],
      ['chart/year-window', '1999'],
      ['chart/no-title', null],
    ]);
    expect(messages[0]).toMatchObject({ file: 'content/2021/pillar-1.md', place: { line: 12, column: 3 }, severity: 'error' });
    expect(messages[0]!.reason).toContain('did you mean seizures?');
  });

  it('with errors are refused by renderCharts', async () => {
    const bad: ChartRequest = { id: 'x', kind: 'baseline-current', title: 'X', description: 'X.', indicator: 'nope' };
    await expect(renderCharts([bad], context, { workers: 0 })).rejects.toBeInstanceOf(ChartRequestError);
  });
});
