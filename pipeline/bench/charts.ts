/**
 * A benchmark of the charts stage for `vdr bench` (SPEC section 11): a set of charts of every
 * kind from the real data, a sixth of them maps, timed five ways in one run:
 * 1. single thread, no cache (the reference: the same charts one after another);
 * 2. first start: worker threads, empty cache, and neither the code cache of vega and vega-lite
 *    (libraries.ts) nor the map frames (geometry.ts) on disk, as the first build after
 *    installing finds them; this run writes them;
 * 3. cold: worker threads, empty cache (code cache and map frames as any later build finds them);
 * 4. cached: the same again with the cache from run 3 (nothing is rendered);
 * 5. prestarted: workers started and warmed up beforehand (as a build does while it validates
 *    the data), empty cache.
 * Geometry and label caches are cleared before runs 1, 2, 3 and 5 so that each pays for its maps.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearMapFrames, MAP_CACHE_DIR } from '../charts/geometry.js';
import { renderCharts } from '../charts/index.js';
import { CODE_CACHE_DIR } from '../charts/libraries.js';
import type { ChartContext, ChartRequest } from '../charts/request.js';
import { prestartChartWorkers, sharedPool, stopChartWorkers } from '../charts/pool.js';

export interface BenchResult {
  charts: number;
  maps: number;
  workers: number;
  /** Wall times in milliseconds: one thread; workers started by the run; the cache of that run. */
  singleThread: number;
  /** Workers started by the run, with neither the libraries' code cache nor the map frames on disk yet. */
  firstStart: number;
  cold: number;
  cached: number;
  /** Workers prestarted and warmed (as `vdr build` does during validation), empty cache. */
  prestarted: number;
}

/**
 * `count` chart requests cycling through every kind, with indicators, pillars and map views
 * taken in turn from the data: every sixth is a map.
 *
 * @param context
 *   The data (only its dataset is read).
 * @param count
 *   How many requests (optional; default: 60).
 */
export function benchRequests(context: Pick<ChartContext, 'dataset'>, count = 60): ChartRequest[] {
  const { dataset } = context;
  const countryIndicators = dataset.indicators.filter((i) => i.reported_by === 'country').map((i) => i.id);
  const pillars = dataset.reference.pillars.map((p) => p.id);
  const focuses = ['all', 'RP SEE', 'RP ANC'] as const;
  const requests: ChartRequest[] = [];
  for (let k = 0; requests.length < count; k++) {
    const round = Math.floor(k / 6);
    const indicator = countryIndicators[round % countryIndicators.length]!;
    const pillar = pillars[round % pillars.length]!;
    const base = { id: `bench-${k}`, title: `Bench chart ${k}`, description: `Benchmark chart ${k}.` };
    switch (k % 6) {
      case 0:
        requests.push({ ...base, kind: 'baseline-current', indicator });
        break;
      case 1:
        requests.push({ ...base, kind: 'time-series', indicator });
        break;
      case 2:
        requests.push(
          round % 2 === 0
            ? { ...base, kind: 'partner-map', colorBy: 'status', indicator, focus: focuses[(round >> 1) % focuses.length]! }
            : { ...base, kind: 'partner-map', focus: focuses[(round >> 1) % focuses.length]! },
        );
        break;
      case 3:
        requests.push(round % 2 === 0 ? { ...base, kind: 'status-by-pillar' } : { ...base, kind: 'status-by-pillar', pillar });
        break;
      case 4:
        requests.push(round % 2 === 0 ? { ...base, kind: 'coverage-grid', pillar } : { ...base, kind: 'coverage-grid' });
        break;
      case 5:
        requests.push(
          round % 2 === 0
            ? { ...base, kind: 'ewg-timeline' }
            : {
                ...base,
                kind: 'custom',
                spec: {
                  data: { name: 'aggregates' },
                  transform: [{ filter: `datum.indicator === '${indicator}' && datum.group_type !== 'all'` }],
                  mark: 'bar',
                  encoding: {
                    y: { field: 'group', type: 'nominal', title: null },
                    x: { field: 'current', type: 'quantitative' },
                  },
                },
              },
        );
        break;
    }
  }
  return requests;
}

/**
 * Times the charts stage: single thread, cold on workers, cached.
 *
 * @param context
 *   The data, edition and (for fair timing) precomputed metrics.
 * @param options
 *   How many charts (default: 60) and workers (default: 2, or the cores there are) (optional).
 */
export async function benchCharts(context: ChartContext, options: { count?: number; workers?: number } = {}): Promise<BenchResult> {
  const requests = benchRequests(context, options.count ?? 60);
  const workers = options.workers ?? Math.min(2, availableParallelism());
  const cacheDir = mkdtempSync(join(tmpdir(), 'vdr-charts-bench-'));
  const time = async (run: () => Promise<unknown>): Promise<number> => {
    const start = performance.now();
    await run();
    return Math.round(performance.now() - start);
  };
  try {
    clearMapFrames();
    const singleThread = await time(() => renderCharts(requests, context, { workers: 0 }));
    clearMapFrames();
    for (const dir of [CODE_CACHE_DIR, MAP_CACHE_DIR]) rmSync(dir, { recursive: true, force: true });
    const firstStart = await time(() => renderCharts(requests, context, { workers }));
    clearMapFrames();
    const cold = await time(() => renderCharts(requests, context, { workers, cacheDir }));
    const cached = await time(() => renderCharts(requests, context, { workers, cacheDir }));
    clearMapFrames();
    prestartChartWorkers(workers);
    await sharedPool()?.ready;
    const prestarted = await time(() => renderCharts(requests, context, { workers }));
    return { charts: requests.length, maps: requests.filter((r) => r.kind === 'partner-map').length, workers, singleThread, firstStart, cold, cached, prestarted };
  } finally {
    await stopChartWorkers();
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
