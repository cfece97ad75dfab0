/**
 * Renders charts in parallel on worker threads, each of which loads vega once. Tasks are
 * submitted one by one (so rendering starts while later charts are still being built) and go to
 * whichever worker is free; each submission's promise gets its own result, so the output never
 * depends on which worker finished first.
 * The worker runs from compiled JavaScript (dist/charts/worker.js) in production; from the
 * TypeScript source (under vitest or tsx), from a transpiled copy (workers/source.ts).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerBeside } from '../io/worker-source.js';
import type { RenderResult, RenderTask } from './task.js';
import type { WorkerOptions, WorkerReply, WorkerRequest } from './worker.js';

/** The default number of workers: both cores of the reference machine, never more than there are. */
export function defaultWorkers(): number {
  return Math.min(2, availableParallelism());
}

export interface RenderPool {
  /** Settles when every worker has loaded vega (and warmed up, if asked). */
  ready: Promise<void>;
  /** Renders a task on the next free worker. */
  submit(task: RenderTask): Promise<RenderResult>;
  /** Stops the workers once every submitted task is done. */
  close(): Promise<void>;
}

interface Pending {
  seq: number;
  task: RenderTask;
  resolve: (result: RenderResult) => void;
  reject: (error: Error) => void;
}

/**
 * Starts `size` worker threads; they load vega while the caller goes on. A worker holds the
 * process open only while it has work.
 *
 * @param size
 *   Number of workers (at least 1).
 * @param options
 *   Whether the workers warm up first (optional; default: false).
 */
export function startPool(size: number, options: { warm?: boolean } = {}): RenderPool {
  const queue: Pending[] = [];
  const busy = new Map<Worker, Pending>();
  const idle: Worker[] = [];
  const all: Worker[] = [];
  let seq = 0;
  let failure: Error | undefined;

  const dispatch = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.shift()!;
      const job = queue.shift()!;
      busy.set(worker, job);
      worker.ref();
      worker.postMessage({ seq: job.seq, task: job.task } satisfies WorkerRequest);
    }
  };
  let rejectFailed: (error: Error) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (rejectFailed = reject));
  failed.catch(() => undefined); // nobody need wait for `ready`
  const fail = (error: Error): void => {
    failure ??= error;
    rejectFailed(failure);
    for (const job of [...queue, ...busy.values()]) job.reject(error);
    queue.length = 0;
    busy.clear();
  };

  let started = 0;
  let markReady: () => void = () => undefined;
  const allReady = new Promise<void>((resolve) => (markReady = resolve));
  // The workers start now, not after the caller's current job: a caller that builds every spec
  // in one loop would otherwise leave them idle until it is done.
  try {
    const file = workerBeside(import.meta.url, 'worker');
    for (let i = 0; i < Math.max(1, size); i++) {
      const worker = new Worker(file, { workerData: { warm: options.warm === true } satisfies WorkerOptions });
      worker.unref();
      all.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if ('ready' in reply) {
          if (++started === all.length) markReady();
          return;
        }
        const job = busy.get(worker);
        busy.delete(worker);
        idle.push(worker);
        worker.unref();
        if (job) {
          if ('error' in reply) job.reject(new Error(`chart ${job.task.id} could not be rendered: ${reply.error}`));
          else job.resolve(reply.result);
        }
        dispatch();
      });
      worker.on('error', (error) => fail(error));
      worker.on('exit', (code) => {
        if (busy.has(worker)) fail(new Error(`a chart worker stopped early (exit code ${code})`));
      });
      idle.push(worker);
    }
  } catch (error) {
    fail(error instanceof Error ? error : new Error(String(error)));
  }
  return {
    ready: Promise.race([allReady, failed]),
    submit(task) {
      if (failure) return Promise.reject(failure);
      return new Promise<RenderResult>((resolve, reject) => {
        queue.push({ seq: seq++, task, resolve, reject });
        dispatch();
      });
    },
    async close() {
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}

let shared: RenderPool | undefined;

/**
 * Starts the render workers now, warming up, so that they are ready when the charts stage runs:
 * call it at the start of a build, before validation and metrics. `renderCharts` then uses them
 * (and leaves them running); idle workers do not keep the process alive. Calling it again does
 * nothing.
 *
 * @param size
 *   Number of workers (optional; default: min(2, available cores)); 0 starts none.
 */
export function prestartChartWorkers(size: number = defaultWorkers()): void {
  if (!shared && size > 0) shared = startPool(size, { warm: true });
}

/** The workers `prestartChartWorkers` started, if any. */
export function sharedPool(): RenderPool | undefined {
  return shared;
}

/** Stops the prestarted workers (for tests, and a clean exit). */
export async function stopChartWorkers(): Promise<void> {
  const pool = shared;
  shared = undefined;
  await pool?.close();
}
