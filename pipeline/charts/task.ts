/** What the charts stage hands a renderer (render.ts, in this thread or a worker's) and gets back. */
import type { Language } from '../model.js';

/** What one chart needs to be rendered: everything that affects its bytes. */
export interface RenderTask {
  id: string;
  title: string;
  description: string;
  spec: Record<string, unknown>;
  /** Also read the figures drawn, as a table (optional; default: false). */
  sceneTable?: boolean;
  /**
   * The language drawn in and its digits (optional; default: English, 0-9). The spec already
   * carries what they change in vega (words, fonts, format locale); they are here so that the
   * cache keys each language apart and the renderer finishes a right-to-left SVG as such.
   */
  language?: Language;
  digits?: 'latn' | 'arab';
  /** rtl: the SVG is finished for a right-to-left page (accessible.ts) (optional; default: ltr). */
  dir?: 'ltr' | 'rtl';
}

export interface RenderResult {
  svg: string;
  /** Warnings from vega-lite and vega (such as a field that is never filled), in order. */
  warnings: string[];
  /** The figures drawn, when the task asked for them. */
  table?: { columns: string[]; rows: (string | number | null)[][] };
}

/** Why a chart could not be drawn, in a form that crosses from a worker thread. */
export type RenderFailure =
  /** vega-lite or vega refused the spec or failed while running it. */
  | { kind: 'error'; detail: string }
  /** More marks than CHART_LIMITS.marks. */
  | { kind: 'marks'; count: number }
  /** Drawn larger than CHART_LIMITS.drawn, or of no size at all ("NaN"). */
  | { kind: 'size'; size: string }
  /** The SVG refers to something outside the report. */
  | { kind: 'remote'; what: string }
  /** The worker ran out of its memory (CHART_LIMITS.memoryMb) or time (the pool's limit, in seconds). */
  | { kind: 'memory'; limitMb: number }
  | { kind: 'time'; seconds: number }
  /** The worker stopped for another reason. */
  | { kind: 'stopped'; detail: string };

/** A chart that could not be drawn: the renderer's and the pool's one kind of failure. */
export class ChartRenderError extends Error {
  constructor(readonly failure: RenderFailure) {
    super(`chart could not be drawn: ${JSON.stringify(failure)}`);
    this.name = 'ChartRenderError';
  }
}
