/**
 * One Vega-Lite specification to one SVG string, in Node, with no browser and no canvas:
 * 1. compile the Vega-Lite spec to Vega (vega-lite `compile`);
 * 2. parse it and run it in a headless View (renderer 'none', a loader that refuses every URL and
 *    file, so a spec can only draw on the data inline in it);
 * 3. serialise the scene to SVG (`toSVG`), with text measured in the report's font;
 * 4. make it accessible and safe to inline (accessible.ts);
 * 5. hold it to the limits only drawing shows (limits.ts): marks drawn, the drawn size, and no
 *    reference outside the report made by an expression or a field's values.
 * Every failure is a ChartRenderError (task.ts), which the charts stage makes a located message.
 * Everything is deterministic: vega's counters for clip and gradient ids are reset first, and no
 * clock or random number is read.
 */
import type * as Vega from 'vega';
import type { compile, TopLevelSpec } from 'vega-lite';
import { finishSvg } from './accessible.js';
import { vegaTextWidth } from './font-metrics.js';
import { saveCodeCache, vega, vegaLite } from './libraries.js';
import { CHART_LIMITS, remoteReference } from './limits.js';
import { ChartRenderError, type RenderResult, type RenderTask } from './task.js';
import { warmupTasks } from './warmup.js';

/** Vega's text measurer, which its typings do not declare. */
interface VegaTextMetrics {
  width: (item: object, text: unknown) => number;
}
let measuring = false;

/** vega, measuring text with the report font's metrics (font-metrics.ts) instead of its own estimate. */
function drawingVega(): typeof Vega {
  const loaded = vega();
  if (!measuring) {
    (loaded as unknown as { textMetrics: VegaTextMetrics }).textMetrics.width = vegaTextWidth;
    measuring = true;
  }
  return loaded;
}

/**
 * Charts drawn in this thread before the libraries' code cache is written (libraries.ts): as
 * many as a worker warms up with, one of each shape, so that the cache holds what every kind runs.
 */
const CODE_CACHE_AFTER = warmupTasks().length;
let drawn = 0;

/** A node of vega's scenegraph: a mark with items, or an item, possibly a group with marks. */
interface SceneNode {
  marktype?: string;
  role?: string;
  items?: SceneNode[];
  datum?: Record<string, unknown>;
}

/** The field vega-lite names a count aggregate. */
const COUNT = '__count';

/** vega-lite's aggregate operations, whose output fields are named op_field. */
const AGGREGATE_OPS = ['count', 'valid', 'values', 'missing', 'distinct', 'sum', 'product', 'mean', 'average', 'variance', 'variancep', 'stdev', 'stdevp', 'stderr', 'median', 'q1', 'q3', 'ci0', 'ci1', 'min', 'max', 'argmin', 'argmax'];

/**
 * The data of every drawn mark (not axes, legends or titles), as a table: the fields the spec
 * mentions (as "field", in an expression as datum.field, or as an aggregate's output), in the
 * order first met, one row per distinct datum, in drawing order.
 */
export function tableFromScene(root: SceneNode, spec: Record<string, unknown>): { columns: string[]; rows: (string | number | null)[][] } {
  const { datasets: _data, config: _config, ...rest } = spec;
  const text = JSON.stringify(rest);
  const known = new Map<string, boolean>();
  const mentioned = (key: string): boolean => {
    let yes = known.get(key);
    if (yes === undefined) known.set(key, (yes = mentionedIn(key)));
    return yes;
  };
  const mentionedIn = (key: string): boolean => {
    if (key === COUNT && text.includes('"count"')) return true;
    if (text.includes(JSON.stringify(key)) || text.includes(`datum.${key}`) || text.includes(`datum['${key}']`)) return true;
    const op = key.split('_')[0] ?? '';
    return AGGREGATE_OPS.includes(op) && key.length > op.length + 1 && text.includes(JSON.stringify(key.slice(op.length + 1)));
  };
  const datums: Record<string, unknown>[] = [];
  const visit = (node: SceneNode, inMark: boolean): void => {
    const isMark = node.marktype !== undefined;
    const userMark = isMark && node.role === 'mark' && node.marktype !== 'group';
    if (!isMark && inMark && node.datum) datums.push(node.datum);
    for (const child of node.items ?? []) visit(child, isMark ? userMark : false);
  };
  visit(root, false);
  const columns: string[] = [];
  for (const d of datums) {
    for (const [k, v] of Object.entries(d)) {
      if (!columns.includes(k) && (k === COUNT || !k.startsWith('_')) && (v === null || ['string', 'number', 'boolean'].includes(typeof v)) && mentioned(k)) columns.push(k);
    }
  }
  const seen = new Set<string>();
  const rows: (string | number | null)[][] = [];
  for (const d of datums) {
    const row = columns.map((c) => {
      const v = d[c];
      // Sums carry binary noise (81141.00000000001); twelve significant digits drop it.
      if (typeof v === 'number') return Number.isFinite(v) ? Number(v.toPrecision(12)) : null;
      return typeof v === 'string' ? v : typeof v === 'boolean' ? String(v) : null;
    });
    const key = JSON.stringify(row);
    if (!seen.has(key)) {
      seen.add(key);
      rows.push(row);
    }
  }
  return { columns: columns.map((c) => (c === COUNT ? 'count' : c)), rows };
}

/** A loader that refuses to fetch anything: charts draw only on inline data. */
function closedLoader(): Vega.Loader {
  const loader = vega().loader();
  const refuse = (uri: string): Promise<never> => Promise.reject(new Error(`charts may not load ${uri}; only the project's data can be used`));
  loader.load = refuse;
  loader.sanitize = refuse;
  loader.file = refuse;
  loader.http = refuse;
  return loader;
}

/** Collects warnings and errors instead of printing them. */
function collectingLogger(warnings: string[], errors: string[] = warnings): Vega.LoggerInterface {
  let level = vega().Warn;
  const logger = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error(...args: readonly unknown[]) {
      errors.push(args.map((a) => (a instanceof Error ? a.message : String(a))).join(' '));
      return logger;
    },
    warn(...args: readonly unknown[]) {
      warnings.push(args.map(String).join(' '));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  return logger as unknown as Vega.LoggerInterface;
}

/**
 * Renders one chart.
 *
 * @param task
 *   The Vega-Lite spec (not modified), and the id, title and description for the SVG.
 * @returns
 *   The finished SVG and any warnings.
 */
export async function renderChart(task: RenderTask): Promise<RenderResult> {
  const warnings: string[] = [];
  const errors: string[] = [];
  const logger = collectingLogger(warnings, errors);
  const failed = (error: unknown): ChartRenderError =>
    error instanceof ChartRenderError ? error : new ChartRenderError({ kind: 'error', detail: (error instanceof Error ? error.message : String(error)).split('\n')[0]! });
  // Named datasets skip vega-lite (which would copy and scan them) and go straight into the Vega
  // spec's data entry of the same name: the map's geometry is most of its spec.
  const { datasets, ...rest } = task.spec as { datasets?: Record<string, unknown[]> } & Record<string, unknown>;
  let vgSpec: ReturnType<typeof compile>['spec'];
  let view: Vega.View;
  try {
    vgSpec = vegaLite().compile(rest as unknown as TopLevelSpec, { logger: logger as never }).spec;
  } catch (error) {
    throw failed(error);
  }
  for (const entry of vgSpec.data ?? []) {
    const data = entry as { name: string; values?: unknown; source?: unknown; url?: unknown };
    const named = datasets?.[data.name];
    if (named && data.values === undefined && data.source === undefined && data.url === undefined) data.values = named;
    // vega tags every row it reads with an id; give it copies, so the caller's spec is not touched.
    if (Array.isArray(data.values)) data.values = data.values.map((row: unknown) => (row !== null && typeof row === 'object' ? { ...row } : row));
  }
  try {
    const { View, parse, Warn } = drawingVega();
    view = new View(parse(vgSpec), { renderer: 'none', loader: closedLoader(), logger, logLevel: Warn });
  } catch (error) {
    throw failed(error);
  }
  try {
    vega().resetSVGDefIds();
    // Run first: an error in the dataflow is logged, not thrown; too many marks are not drawn.
    await view.runAsync();
    if (errors.length > 0) throw new ChartRenderError({ kind: 'error', detail: errors[0]! });
    const root = (view.scenegraph() as unknown as { root: SceneNode }).root;
    const marks = countItems(root);
    if (marks > CHART_LIMITS.marks) throw new ChartRenderError({ kind: 'marks', count: marks });
    const svg = await view.toSVG();
    if (errors.length > 0) throw new ChartRenderError({ kind: 'error', detail: errors[0]! });
    const size = drawnSize(svg);
    if (size) throw new ChartRenderError({ kind: 'size', size });
    const finished = finishSvg(svg, task);
    const remote = remoteInSvg(finished);
    if (remote) throw new ChartRenderError({ kind: 'remote', what: remote });
    if (++drawn === CODE_CACHE_AFTER) saveCodeCache();
    const result: RenderResult = { svg: finished, warnings };
    if (task.sceneTable) result.table = tableFromScene(root, task.spec);
    return result;
  } catch (error) {
    throw failed(error);
  } finally {
    view.finalize();
  }
}

/** Items in a scenegraph: every mark's items, axes' and legends' included. */
export function countItems(root: SceneNode): number {
  let count = 0;
  // Iterative: a scene nests groups in groups, as deep as the spec's views.
  const stack: SceneNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const child of node.items ?? []) {
      if (node.marktype !== undefined) count++;
      stack.push(child);
    }
  }
  return count;
}

/** "width x height" when the SVG is larger than CHART_LIMITS.drawn, or not a finite size; else undefined. */
export function drawnSize(svg: string): string | undefined {
  const open = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = /\swidth="([^"]*)"/.exec(open)?.[1] ?? '';
  const height = /\sheight="([^"]*)"/.exec(open)?.[1] ?? '';
  const ok = (v: string): boolean => v !== '' && Number.isFinite(Number(v)) && Number(v) <= CHART_LIMITS.drawn;
  return ok(width) && ok(height) ? undefined : `${width || '?'} x ${height || '?'}`;
}

/** SVG attributes through which a document loads something. */
const LOADING_ATTRIBUTES = /\s(href|xlink:href|src|style|fill|stroke|clip-path|mask|filter|marker-start|marker-mid|marker-end|cursor|font-family)="([^"]*)"/g;

/** What in a drawn SVG refers outside it (a link, or url() not to one of its own ids), or undefined. */
export function remoteInSvg(svg: string): string | undefined {
  const decode = (v: string): string =>
    v.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#(x?)([0-9a-fA-F]+);/g, (_, x: string, n: string) => String.fromCodePoint(parseInt(n, x ? 16 : 10))).replace(/&amp;/g, '&');
  for (const [, name, raw] of svg.matchAll(LOADING_ATTRIBUTES)) {
    const value = decode(raw!);
    if (name === 'href' || name === 'xlink:href' || name === 'src') {
      if (!value.startsWith('#')) return `${name}="${value}"`;
      continue;
    }
    const what = remoteReference(value.replace(/url\(\s*(['"]?)#[-\w]+\1\s*\)/g, ''));
    if (what) return `${name}="${value}"`;
  }
  return undefined;
}
