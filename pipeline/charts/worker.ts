/**
 * A render worker, a child process of its own (pool.ts says why): loads vega once, warms up when asked (warmup.ts), then renders the tasks the
 * pool sends, one at a time, and posts each SVG (or why it could not be drawn, never a stack)
 * back with the task's number. The pool limits its memory and time (pool.ts).
 * Tasks sent during the warm-up wait in the port until the listener is attached.
 */
import { renderChart } from './render.js';
import { ChartRenderError, type RenderFailure, type RenderResult, type RenderTask } from './task.js';
import { warmupTasks } from './warmup.js';

export interface WorkerRequest {
  seq: number;
  task: RenderTask;
}

export type WorkerReply = { seq: number; result: RenderResult } | { seq: number; failure: RenderFailure } | { ready: true };

/** What the pool passes at start, as JSON in the first argument. */
export interface WorkerOptions {
  warm: boolean;
}

if (!process.send) throw new Error('worker.ts must run as a child process with an IPC channel');
const send = (reply: WorkerReply): void => {
  process.send!(reply);
};
const options = JSON.parse(process.argv[2] ?? '{}') as Partial<WorkerOptions>;
if (options.warm) {
  for (const task of warmupTasks()) await renderChart(task);
}
process.on('message', (message: WorkerRequest) => {
  renderChart(message.task).then(
    (result) => send({ seq: message.seq, result }),
    (error: unknown) => {
      const failure: RenderFailure = error instanceof ChartRenderError ? error.failure : { kind: 'error', detail: error instanceof Error ? error.message : String(error) };
      send({ seq: message.seq, failure });
    },
  );
});
// The parent going away ends this process too.
process.on('disconnect', () => process.exit(0));
send({ ready: true });
