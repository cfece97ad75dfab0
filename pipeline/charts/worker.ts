/**
 * A render worker: loads vega once, warms up when asked (warmup.ts), then renders the tasks the
 * pool sends, one at a time, and posts each SVG (or why it could not be drawn, never a stack)
 * back with the task's number. The pool limits its memory and time (pool.ts).
 * Tasks sent during the warm-up wait in the port until the listener is attached.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { renderChart } from './render.js';
import { ChartRenderError, type RenderFailure, type RenderResult, type RenderTask } from './task.js';
import { warmupTasks } from './warmup.js';

export interface WorkerRequest {
  seq: number;
  task: RenderTask;
}

export type WorkerReply = { seq: number; result: RenderResult } | { seq: number; failure: RenderFailure } | { ready: true };

/** What the pool passes at start. */
export interface WorkerOptions {
  warm: boolean;
}

if (!parentPort) throw new Error('worker.ts must run in a worker thread');
const port = parentPort;
if ((workerData as WorkerOptions | undefined)?.warm) {
  for (const task of warmupTasks()) await renderChart(task);
}
port.on('message', (message: WorkerRequest) => {
  renderChart(message.task).then(
    (result) => port.postMessage({ seq: message.seq, result } satisfies WorkerReply),
    (error: unknown) => {
      const failure: RenderFailure = error instanceof ChartRenderError ? error.failure : { kind: 'error', detail: error instanceof Error ? error.message : String(error) };
      port.postMessage({ seq: message.seq, failure } satisfies WorkerReply);
    },
  );
});
port.postMessage({ ready: true } satisfies WorkerReply);
