/**
 * The charts stage for the preview: a figure whose request is unchanged, over the same data, is
 * the figure drawn last time (charts are pure: the same request and data give the same bytes),
 * so a chapter edit neither builds nor hashes its specs again. The rest go to renderCharts, with
 * its cache, so a chart drawn before is still not drawn again.
 */
import { ChartRequestError, checkChartRequests, renderCharts, type ChartCache, type ChartContext, type ChartRequest, type Figure } from '../charts/index.js';

export interface FigureMemo {
  /** renderCharts, remembering each figure. */
  draw(requests: readonly ChartRequest[], context: ChartContext): Promise<Figure[]>;
}

/** What decides a figure: the request without where it was written (which only places messages). */
const keyOf = (request: ChartRequest): string => JSON.stringify({ ...request, at: undefined });

export interface FigureMemoOptions {
  /** renderCharts' cache, for the figures not remembered. */
  cache: ChartCache;
  /** renderCharts' worker threads (optional; default: the prestarted ones, if any). */
  workers?: number;
}

/**
 * Starts remembering figures.
 *
 * @param options
 *   The cache, and the workers (optional).
 */
export function figureMemo(options: FigureMemoOptions): FigureMemo {
  let context: ChartContext | undefined;
  let drawn = new Map<string, Figure>();
  return {
    async draw(requests, next) {
      if (!context || context.dataset !== next.dataset || context.metrics !== next.metrics || context.edition !== next.edition) drawn = new Map();
      context = next;
      // All requests are checked together, as renderCharts would (ids must be unique among them).
      const problems = checkChartRequests(requests, next);
      if (problems.length > 0) throw new ChartRequestError(problems);
      const keys = requests.map(keyOf);
      const missing = requests.filter((_, i) => !drawn.has(keys[i]!));
      const fresh = missing.length === 0 ? [] : await renderCharts(missing, next, options);
      const kept = new Map<string, Figure>();
      let j = 0;
      const figures = requests.map((_, i) => {
        const figure = drawn.get(keys[i]!) ?? fresh[j++]!;
        kept.set(keys[i]!, figure);
        return figure;
      });
      drawn = kept;
      return figures;
    },
  };
}

/** A cache in memory in front of one on disk: unchanged charts are neither drawn nor read again. */
export function layeredCache(memory: ChartCache, disk: ChartCache): ChartCache {
  return {
    get(key) {
      const found = memory.get(key) ?? disk.get(key);
      if (found) memory.set(key, found);
      return found;
    },
    set(key, value) {
      memory.set(key, value);
      disk.set(key, value);
    },
  };
}
