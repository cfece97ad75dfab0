/**
 * The charts stage (SPEC section 5): from chart requests and the data to accessible,
 * deterministic SVG figures, at build time, in Node, with no browser and no canvas.
 * 1. check the requests against the data (build.ts);
 * 2. build each chart's Vega-Lite spec, with its data inline, and its table (kinds/*.ts);
 * 3. look each up in the cache by a hash of spec, text and versions (cache.ts);
 * 4. render the rest, in parallel on worker threads (pool.ts, worker.ts), each as soon as it is
 *    built, or in this thread (render.ts): vega-lite compile, a headless vega View, toSVG;
 * 5. make each SVG accessible: role="img", <title>, <desc> (accessible.ts);
 * 6. return the figures in the order of the requests; a chart that could not be drawn (an error
 *    in vega, or a limit: marks, size, memory, time) is a message at its place in the Markdown,
 *    and the others are drawn all the same before the stage reports them together.
 * Every chart is drawn in the language the edition object is built in (`edition.language`, with
 * the digits of `edition.translations[language]`; language.ts): its words, fonts, number format
 * and direction are in the spec and the task, so the cache keys each language apart.
 * A build starts steps 2 to 4 earlier, for each request as the content stage finds it
 * (ChartsAhead), so that the workers draw while the chapters after it are compiled.
 */
import { formatMessage } from '../diagnostics/format.js';
import { message, type Message } from '../diagnostics/message.js';
import { buildChart, checkChartRequests } from './build.js';
import { editionChartLanguage } from './language.js';
import { cacheKey, directoryCache, type CachedChart, type ChartCache } from './cache.js';
import { defaultWorkers, sharedPool, startPool, type PoolOptions, type RenderPool } from './pool.js';
import { renderChart } from './render.js';
import { chartMessages } from './messages.js';
import { CHART_LIMITS } from './limits.js';
import { ChartRenderError, type RenderFailure, type RenderResult, type RenderTask } from './task.js';
import type { ChartContext, ChartRequest, Figure } from './request.js';

export type * from './request.js';
export { CHART_KINDS } from './request.js';
export { checkChartRequests } from './build.js';
export { validateCustomSpec, type CustomSpecResult, type CustomSpecOptions } from './custom-spec.js';
export { DATASET_NAMES } from './datasets.js';
export { partnerPillarRequests, PARTNER_PILLAR_SIZE } from './kinds/partner-pillar.js';
export { CHART_LIMITS } from './limits.js';
export { CHARTS_VERSION, directoryCache, memoryCache, type ChartCache } from './cache.js';
export { chartLanguage, editionChartLanguage, type ChartLanguage } from './language.js';
export { prestartChartWorkers, stopChartWorkers } from './pool.js';
export { ChartRenderError, type RenderFailure } from './task.js';

export interface RenderOptions {
  /** Directory of the render cache, such as output/.cache/charts (optional; default: no cache). */
  cacheDir?: string;
  /** A cache object instead of a directory (optional; tests pass `memoryCache()`). */
  cache?: ChartCache;
  /** Worker processes; 0 renders in this thread (optional; default: defaultWorkers() in pool.ts). */
  workers?: number;
  /** Time one chart may take on a worker, in seconds (optional; default: CHART_LIMITS.seconds; the prestarted workers keep theirs). */
  seconds?: number;
  /** Charts started earlier (optional): those of its requests are taken from it, not built and sent again. */
  ahead?: ChartsAhead;
}

/** A chart on its way: built, and looked up in the cache or sent to be drawn. */
interface StartedChart {
  request: ChartRequest;
  built: ReturnType<typeof buildChart>;
  task: RenderTask;
  cached: boolean;
  result: Promise<CachedChart>;
}

/** Steps 2 to 4 for one request: build it, look it up, and hand it to `render` at once if missing. */
function startChart(request: ChartRequest, input: Parameters<typeof buildChart>[1], cache: ChartCache | undefined, render: (task: RenderTask) => Promise<RenderResult>): StartedChart {
  const built = buildChart(request, input);
  const language = input.language;
  const task: RenderTask = {
    id: request.id,
    title: request.title,
    description: built.describe ? `${request.description.trim()} ${built.describe}` : request.description.trim(),
    spec: built.spec,
    ...(built.sceneTable ? { sceneTable: true } : {}),
    ...(language ? { language: language.language, digits: language.digits, dir: language.dir } : {}),
  };
  const key = cache ? cacheKey(task) : undefined;
  const hit = key === undefined ? undefined : cache?.get(key);
  const result: Promise<CachedChart> = hit
    ? Promise.resolve(hit)
    : render(task).then((rendered) => {
        const stored: CachedChart = rendered.table ? { svg: rendered.svg, table: rendered.table } : { svg: rendered.svg };
        if (key !== undefined) cache?.set(key, stored);
        return stored;
      });
  return { request, built, task, cached: hit !== undefined, result };
}

/**
 * Charts started before the charts stage, on the prestarted workers: the content stage hands each
 * request over as soon as it has checked it (`add`), and the workers draw it while the main thread
 * compiles the chapters that follow. `renderCharts` (with `ahead`) then takes each from here.
 * Without prestarted workers, `add` does nothing and the stage draws as usual.
 */
export class ChartsAhead {
  private readonly started = new WeakMap<ChartRequest, StartedChart>();

  /**
   * @param cache
   *   The cache renderCharts will be given (optional; default: none).
   */
  constructor(
    private readonly context: ChartContext,
    private readonly cache?: ChartCache,
  ) {}

  /** Starts a request that passed checkChartRequests; a chart that fails is reported by renderCharts. */
  add(request: ChartRequest): void {
    const pool = sharedPool();
    if (!pool || this.started.has(request)) return;
    const { dataset, metrics, edition } = this.context;
    const chart = startChart(request, { dataset, metrics, year: edition.year, language: editionChartLanguage(edition) }, this.cache, (task) => pool.submit(task));
    // Awaited by renderCharts, which reports a failure at its place; until then, not an unhandled rejection.
    chart.result.catch(() => undefined);
    this.started.set(request, chart);
  }

  /** The chart started for a request, if any; handed over once, so that nothing here outlives the stage. */
  take(request: ChartRequest): StartedChart | undefined {
    const chart = this.started.get(request);
    this.started.delete(request);
    return chart;
  }
}

/** The message for a chart that could not be drawn, at the place its request was written. */
export function renderFailureMessage(request: Pick<ChartRequest, 'id' | 'at'>, failure: RenderFailure): Message {
  const text = (() => {
    switch (failure.kind) {
      case 'error':
        return chartMessages.renderFailed(failure.detail);
      case 'marks':
        return chartMessages.tooManyMarks(failure.count, CHART_LIMITS.marks);
      case 'size':
        return chartMessages.drawnTooLarge(failure.size, CHART_LIMITS.drawn);
      case 'remote':
        return chartMessages.drawnRemote(failure.what);
      case 'memory':
        return chartMessages.renderMemory(failure.limitMb);
      case 'time':
        return chartMessages.renderTime(failure.seconds);
      case 'stopped':
        return chartMessages.renderStopped(failure.detail);
    }
  })();
  return message(request.at ?? { file: `chart ${request.id}` }, text);
}

/**
 * Thrown when requests have errors (the content stage should have reported them first), or when
 * charts could not be drawn: every message at its chart's place.
 */
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
  const input = { dataset, metrics, year: edition.year, language: editionChartLanguage(edition) };
  const cache = options.cache ?? (options.cacheDir === undefined ? undefined : directoryCache(options.cacheDir));
  const renderer = createRenderer(options.workers ?? defaultWorkers(), options.seconds === undefined ? {} : { seconds: options.seconds });
  try {
    // 2-5. Build each chart, look it up, and hand it to the renderer at once if missing, so
    // rendering runs while later charts are built; or take it from those started ahead.
    const charts = requests.map((request) => options.ahead?.take(request) ?? startChart(request, input, cache, (task) => renderer.render(task)));
    // Every chart is waited for; those that failed are reported together, each at its place.
    const settled = await Promise.allSettled(charts.map((c) => c.result));
    const failures: Message[] = [];
    settled.forEach((outcome, i) => {
      if (outcome.status === 'fulfilled') return;
      const error: unknown = outcome.reason;
      if (!(error instanceof ChartRenderError)) throw error;
      failures.push(renderFailureMessage(charts[i]!.request, error.failure));
    });
    if (failures.length > 0) throw new ChartRequestError(failures);
    const results = settled.map((outcome) => (outcome as PromiseFulfilledResult<CachedChart>).value);

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
function createRenderer(workers: number, limits: PoolOptions): { render(task: RenderTask): Promise<RenderResult>; close(): Promise<void> } {
  const prestarted = sharedPool();
  if (workers > 0 && prestarted) return { render: (task) => prestarted.submit(task), close: async () => undefined };
  if (workers > 0) {
    let pool: RenderPool | undefined;
    return {
      render: (task) => (pool ??= startPool(workers, limits)).submit(task),
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
