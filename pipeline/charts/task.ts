/** What the charts stage hands a renderer (render.ts, in this thread or a worker's) and gets back. */

/** What one chart needs to be rendered: everything that affects its bytes. */
export interface RenderTask {
  id: string;
  title: string;
  description: string;
  spec: Record<string, unknown>;
  /** Also read the figures drawn, as a table (optional; default: false). */
  sceneTable?: boolean;
}

export interface RenderResult {
  svg: string;
  /** Warnings from vega-lite and vega (such as a field that is never filled), in order. */
  warnings: string[];
  /** The figures drawn, when the task asked for them. */
  table?: { columns: string[]; rows: (string | number | null)[][] };
}
