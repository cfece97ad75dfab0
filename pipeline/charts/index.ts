/**
 * The charts stage (SPEC section 5): from chart requests and the data to accessible,
 * deterministic SVG figures, at build time, in Node, with no browser and no canvas.
 * 1. check the requests against the data (build.ts);
 * 2. build each chart's Vega-Lite spec, with its data inline, and its table (kinds/*.ts);
 * 3. look each up in the cache by a hash of spec, text and versions (cache.ts);
 * 4. render the rest, in parallel on worker threads (pool.ts, worker.ts), each as soon as it is
 *    built, or in this thread (render.ts): vega-lite compile, a headless vega View, toSVG;
 * 5. make each SVG accessible: role="img", <title>, <desc> (accessible.ts);
 * 6. return the figures in the order of the requests.
 */
import { formatMessage } from '../diagnostics/format.js';
import type { Message } from '../diagnostics/message.js';
import { buildChart, checkChartRequests } from './build.js';
import { cacheKey, directoryCache, type CachedChart, type ChartCache } from './cache.js';
import { defaultWorkers, sharedPool, startPool, type RenderPool } from './pool.js';
import { renderChart } from './render.js';
import type { RenderResult, RenderTask } from './task.js';
import type { ChartContext, ChartRequest, Figure } from './request.js';

export type * from './request.js';
export { CHART_KINDS } from './request.js';
export { checkChartRequests } from './build.js';
export { validateCustomSpec, type CustomSpecResult, type CustomSpecOptions } from './custom-spec.js';
export { DATASET_NAMES } from './datasets.js';
export { CHART_LIMITS } from './limits.js';
export { CHARTS_VERSION, directoryCache, memoryCache, type ChartCache } from './cache.js';
export { prestartChartWorkers, stopChartWorkers } from './pool.js';

export interface RenderOptions {
  /** Directory of the render cache, such as output/.cache/charts (optional; default: no cache). */
  cacheDir?: string;
  /** A cache object instead of a directory (optional; tests pass `memoryCache()`). */
  cache?: ChartCache;
  /** Worker threads; 0 renders in this thread (optional; default: min(2, available cores)). */
  workers?: number;
}

/** Thrown when requests have errors: the content stage should have reported them first. */
export class ChartRequestError extends Error {
  constructor(readonly messages: Message[]) {
    super(`chart requests have errors:\n${messages.map(formatMessage).join('\n')}`);
    this.name = 'ChartRequestError';
  }
}

/**
 * Renders the figures of an edition.
 *
 * @param requests
 *   The charts, each with a unique id, a title and a description.
 * @param context
 *   The validated data, the edition, and its metrics.
 * @param options
 *   Cache and workers (optional).
 * @returns
 *   One figure per request, in the requests' order; byte-identical for the same inputs.
 * @throws ChartRequestError
 *   When a request names something the data does not have (see `checkChartRequests`).
 */
export async function renderCharts(requests: readonly ChartRequest[], context: ChartContext, options: RenderOptions = {}): Promise<Figure[]> {
  // 1. Check.
  const problems = checkChartRequests(requests, context);
  if (problems.length > 0) throw new ChartRequestError(problems);

  const { dataset, metrics, edition } = context;
  const input = { dataset, metrics, year: edition.year };
  const cache = options.cache ?? (options.cacheDir === undefined ? undefined : directoryCache(options.cacheDir));
  const renderer = createRenderer(options.workers ?? defaultWorkers());
  try {
    // 2-5. Build each chart, look it up, and hand it to the renderer at once if missing, so
    // rendering runs while later charts are built.
    const charts = requests.map((request) => {
      const built = buildChart(request, input);
      const task: RenderTask = {
        id: request.id,
        title: request.title,
        description: built.describe ? `${request.description.trim()} ${built.describe}` : request.description.trim(),
        spec: built.spec,
        ...(built.sceneTable ? { sceneTable: true } : {}),
      };
      const key = cache ? cacheKey(task) : undefined;
      const hit = key === undefined ? undefined : cache?.get(key);
      const result: Promise<CachedChart> = hit
        ? Promise.resolve(hit)
        : renderer.render(task).then((rendered) => {
            const stored: CachedChart = rendered.table ? { svg: rendered.svg, table: rendered.table } : { svg: rendered.svg };
            if (key !== undefined) cache?.set(key, stored);
            return stored;
          });
      return { request, built, task, cached: hit !== undefined, result };
    });
    const results = await Promise.all(charts.map((c) => c.result));

    // 6. Figures, in request order.
    return charts.map(({ request, built, task, cached }, i): Figure => {
      const result = results[i]!;
      return {
        id: request.id,
        kind: request.kind,
        title: request.title,
        description: task.description,
        source: request.source ?? built.source,
        svg: result.svg,
        table: result.table ? { caption: built.table.caption, ...result.table } : built.table,
        spec: built.spec,
        cached,
      };
    });
  } finally {
    await renderer.close();
  }
}

/**
 * Renders tasks on the prestarted workers, or on a pool started on first use, or one after
 * another in this thread.
 */
function createRenderer(workers: number): { render(task: RenderTask): Promise<RenderResult>; close(): Promise<void> } {
  const prestarted = sharedPool();
  if (workers > 0 && prestarted) return { render: (task) => prestarted.submit(task), close: async () => undefined };
  if (workers > 0) {
    let pool: RenderPool | undefined;
    return {
      render: (task) => (pool ??= startPool(workers)).submit(task),
      close: async () => pool?.close(),
    };
  }
  let queue: Promise<unknown> = Promise.resolve();
  return {
    render: (task) => {
      const next = queue.then(() => renderChart(task));
      queue = next.catch(() => undefined);
      return next;
    },
    close: async () => undefined,
  };
}
