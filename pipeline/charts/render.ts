/**
 * One Vega-Lite specification to one SVG string, in Node, with no browser and no canvas:
 * 1. compile the Vega-Lite spec to Vega (vega-lite `compile`);
 * 2. parse it and run it in a headless View (renderer 'none', a loader that refuses every URL and
 *    file, so a spec can only draw on the data inline in it);
 * 3. serialise the scene to SVG (`toSVG`), with text measured in the report's font;
 * 4. make it accessible and safe to inline (accessible.ts).
 * Everything is deterministic: vega's counters for clip and gradient ids are reset first, and no
 * clock or random number is read.
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { finishSvg } from './accessible.js';
import { vegaTextWidth } from './font-metrics.js';

/** Vega's text measurer, which its typings do not declare. */
interface VegaTextMetrics {
  width: (item: object, text: unknown) => number;
}
(vega as unknown as { textMetrics: VegaTextMetrics }).textMetrics.width = vegaTextWidth;

/** What one chart needs to be rendered: everything that affects its bytes. */
export interface RenderTask {
  id: string;
  title: string;
  description: string;
  spec: Record<string, unknown>;
}

export interface RenderResult {
  svg: string;
  /** Warnings from vega-lite and vega (such as a field that is never filled), in order. */
  warnings: string[];
}

/** A loader that refuses to fetch anything: charts draw only on inline data. */
function closedLoader(): vega.Loader {
  const loader = vega.loader();
  const refuse = (uri: string): Promise<never> => Promise.reject(new Error(`charts may not load ${uri}; only the project's data can be used`));
  loader.load = refuse;
  loader.sanitize = refuse;
  loader.file = refuse;
  loader.http = refuse;
  return loader;
}

/** Collects warnings instead of printing them. */
function collectingLogger(warnings: string[]): vega.LoggerInterface {
  let level = vega.Warn;
  const logger = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error(...args: readonly unknown[]) {
      warnings.push(args.map(String).join(' '));
      return logger;
    },
    warn(...args: readonly unknown[]) {
      warnings.push(args.map(String).join(' '));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  return logger as unknown as vega.LoggerInterface;
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
  const logger = collectingLogger(warnings);
  // vega-lite normalises in place in places; give it a copy so the caller's spec stays as built.
  const copy = structuredClone(task.spec) as unknown as TopLevelSpec;
  const vgSpec = compile(copy, { logger: logger as never }).spec;
  const view = new vega.View(vega.parse(vgSpec), { renderer: 'none', loader: closedLoader(), logger, logLevel: vega.Warn });
  try {
    vega.resetSVGDefIds();
    const svg = await view.toSVG();
    return { svg: finishSvg(svg, task), warnings };
  } finally {
    view.finalize();
  }
}
