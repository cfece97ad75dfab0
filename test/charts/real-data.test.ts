/**
 * The sample edition as it ships: every kind renders from the real data, labelled, without a
 * vega warning, and byte-identical across two builds; the benchmark set and its timing runs.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchCharts, benchRequests } from '../../pipeline/bench/charts.js';
import { renderCharts, type ChartRequest } from '../../pipeline/charts/index.js';
import { CODE_CACHE_DIR } from '../../pipeline/charts/libraries.js';
import { realContext } from './fixture.js';
import { parseXml } from './svg.js';

describe('the sample edition', () => {
  const context = realContext();
  const indicators = context.dataset.indicators.filter((i) => i.reported_by === 'country').map((i) => i.id);
  const requests: ChartRequest[] = [
    { id: 'r1', kind: 'baseline-current', title: 'Heroin seized, 2014 and 2021', description: 'Per country.', indicator: indicators[0]! },
    { id: 'r2', kind: 'time-series', title: 'Heroin seized by year', description: 'Priority countries.', indicator: indicators[0]! },
    { id: 'r3', kind: 'status-by-pillar', title: 'Status by pillar', description: 'All figures.' },
    { id: 'r4', kind: 'partner-map', title: 'Partner countries', description: 'By programme.' },
    { id: 'r5', kind: 'partner-map', title: 'Status map', description: 'RP ANC.', colorBy: 'status', indicator: indicators[0]!, focus: 'RP ANC' },
    { id: 'r6', kind: 'coverage-grid', title: 'Data coverage', description: 'All indicators.' },
    { id: 'r7', kind: 'ewg-timeline', title: 'Expert Working Groups', description: 'By pillar.' },
  ];

  it('renders every kind, labelled, twice the same', async () => {
    const first = await renderCharts(requests, context, { workers: 0 });
    const second = await renderCharts(requests, context, { workers: 0 });
    for (const [i, figure] of first.entries()) {
      const svg = parseXml(figure.svg);
      expect(svg.attributes['role']).toBe('img');
      expect(svg.children[0]!.text).toBe(requests[i]!.title);
      expect(figure.svg).toBe(second[i]!.svg);
    }
  });

  it('renders the benchmark set (60 charts, 10 maps) on workers', async () => {
    const bench = benchRequests(context, 60);
    expect(bench.filter((r) => r.kind === 'partner-map')).toHaveLength(10);
    const figures = await renderCharts(bench, context, { workers: 2 });
    expect(figures).toHaveLength(60);
    expect(new Set(figures.map((f) => f.kind)).size).toBe(7);
  });

  it('times a small benchmark set every way the benchmark does, and leaves a code cache behind', async () => {
    const result = await benchCharts(context, { count: 12, workers: 2 });
    expect(result).toMatchObject({ charts: 12, maps: 2, workers: 2 });
    for (const key of ['singleThread', 'firstStart', 'cold', 'cached', 'prestarted'] as const) expect(result[key], key).toBeGreaterThan(0);
    expect(result.cached).toBeLessThan(result.cold);
    expect(readdirSync(CODE_CACHE_DIR).filter((f) => f.endsWith('.bin')).length).toBeGreaterThanOrEqual(2);
  });
});
