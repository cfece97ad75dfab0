/**
 * A render worker: loads vega once, warms up when asked (warmup.ts), then renders the tasks the
 * pool sends, one at a time, and posts each SVG (or the error) back with the task's number.
 * Tasks sent during the warm-up wait in the port until the listener is attached.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { renderChart } from './render.js';
import type { RenderResult, RenderTask } from './task.js';
import { warmupTasks } from './warmup.js';

export interface WorkerRequest {
  seq: number;
  task: RenderTask;
}

export type WorkerReply = { seq: number; result: RenderResult } | { seq: number; error: string } | { ready: true };

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
    (error: unknown) => port.postMessage({ seq: message.seq, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerReply),
  );
});
port.postMessage({ ready: true } satisfies WorkerReply);
