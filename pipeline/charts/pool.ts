/**
 * Renders charts in parallel on worker threads, each of which loads vega once. Tasks are
 * submitted one by one (so rendering starts while later charts are still being built) and go to
 * whichever worker is free; each submission's promise gets its own result, so the output never
 * depends on which worker finished first.
 * The worker runs from compiled JavaScript (dist/charts/worker.js) in production; from the
 * TypeScript source (under vitest or tsx), from a transpiled copy (workers/source.ts).
 * A chart cannot take the process down: each worker is a child process with a heap limit
 * (--max-old-space-size) and each chart has a time limit; a worker that dies is replaced
 * (startPool). Worker threads were tried first: their resourceLimits stop most runaway charts, but
 * an allocation larger than the headroom V8 leaves at the limit aborts the whole process (exit
 * 134, measured with a sequence of 5e8 rows at 256 MB and of 1e7 at 96 MB), which is what issue 16
 * reported of `vdr preview`.
 */

/** A render worker: a child process running worker.ts. */
type Worker = ChildProcess;
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { workerBeside } from '../io/worker-source.js';
import { CHART_LIMITS } from './limits.js';
import { ChartRenderError, type RenderFailure, type RenderResult, type RenderTask } from './task.js';
import type { WorkerOptions, WorkerReply, WorkerRequest } from './worker.js';

/**
 * The default number of workers: one core is left to the build's own thread and to Chromium, which
 * starts with the build (at most two workers; always one). On the two-core reference machine that
 * is one worker: two drew 60 charts no faster than one, each chart taking about twice as long
 * while the other worker drew (README, "Performance"), and in a whole build the second worker
 * took the core Chromium was starting on (the 2021 sample: 9.2 s with two, 8.6 s with one).
 */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(2, availableParallelism() - 1));
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

export interface PoolOptions {
  /** Whether the workers warm up first (optional; default: false). */
  warm?: boolean;
  /** Each worker's heap, in MB (optional; default: CHART_LIMITS.memoryMb). */
  memoryMb?: number;
  /** Time one chart may take, in seconds, counted from when its worker is ready (optional; default: CHART_LIMITS.seconds). */
  seconds?: number;
}

/**
 * Starts `size` worker threads; they load vega while the caller goes on. A worker holds the
 * process open only while it has work. Each worker's heap is capped (`resourceLimits`), and each
 * chart has a time limit: a worker that runs out of either, or stops for any reason while
 * drawing, fails that chart with a ChartRenderError and is replaced, and the pool goes on with
 * the other charts.
 *
 * @param size
 *   Number of workers (at least 1).
 * @param options
 *   Warm-up, memory and time limits (optional).
 */
export function startPool(size: number, options: PoolOptions = {}): RenderPool {
  const memoryMb = options.memoryMb ?? CHART_LIMITS.memoryMb;
  const seconds = options.seconds ?? CHART_LIMITS.seconds;
  const queue: Pending[] = [];
  const busy = new Map<Worker, { job: Pending; timer?: NodeJS.Timeout }>();
  const stderr = new Map<Worker, string>();
  const idle: Worker[] = [];
  const live = new Set<Worker>();
  const ready = new Set<Worker>();
  let seq = 0;
  let failure: Error | undefined;
  let closed = false;

  let rejectFailed: (error: Error) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (rejectFailed = reject));
  failed.catch(() => undefined); // nobody need wait for `ready`
  /** A worker that cannot start at all: every chart fails with its error, as no other would start. */
  const fail = (error: Error): void => {
    failure ??= error;
    rejectFailed(failure);
    for (const job of [...queue, ...[...busy.values()].map((b) => b.job)]) job.reject(error);
    queue.length = 0;
    for (const { timer } of busy.values()) clearTimeout(timer);
    busy.clear();
  };

  /** Starts a chart's clock once its worker is ready (a warming worker holds the task meanwhile). */
  const startClock = (worker: Worker): void => {
    const entry = busy.get(worker);
    if (!entry || entry.timer || !ready.has(worker)) return;
    entry.timer = setTimeout(() => retire(worker, { kind: 'time', seconds }), seconds * 1000);
  };

  const dispatch = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.shift()!;
      const job = queue.shift()!;
      busy.set(worker, { job });
      hold(worker, true);
      worker.send({ seq: job.seq, task: job.task } satisfies WorkerRequest);
      startClock(worker);
    }
  };

  /**
   * Takes a worker out of the pool: its chart (if any) fails with `why`, the thread is stopped,
   * and another takes its place. A worker that stops before it was ever ready and without a
   * chart cannot start at all: the pool fails.
   */
  const retire = (worker: Worker, why: RenderFailure, error?: Error): void => {
    if (!live.delete(worker)) return;
    const entry = busy.get(worker);
    busy.delete(worker);
    if (entry?.timer) clearTimeout(entry.timer);
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
    worker.kill('SIGKILL');
    if (closed) {
      entry?.job.reject(new ChartRenderError({ kind: 'stopped', detail: 'the charts stage was stopped' }));
      return;
    }
    if (!entry && !ready.has(worker)) {
      fail(error ?? new Error(`a chart worker stopped before it was ready (${why.kind === 'stopped' ? why.detail : why.kind})`));
      return;
    }
    entry?.job.reject(new ChartRenderError(why));
    if (failure) return;
    try {
      idle.push(spawn());
    } catch (startError) {
      fail(startError instanceof Error ? startError : new Error(String(startError)));
    }
    dispatch();
  };

  let markReady: () => void = () => undefined;
  const allReady = new Promise<void>((resolve) => (markReady = resolve));
  let file: string | undefined;
  const spawn = (): Worker => {
    file ??= fileURLToPath(workerBeside(import.meta.url, 'worker'));
    const worker = fork(file, [JSON.stringify({ warm: options.warm === true } satisfies WorkerOptions)], {
      execArgv: [`--max-old-space-size=${memoryMb}`, '--v8-pool-size=1'],
      serialization: 'advanced',
      // V8's abort prints a native stack: kept (its first lines) to tell memory from other deaths, never shown.
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    stderr.set(worker, '');
    worker.stderr?.on('data', (chunk: Buffer) => {
      const text = stderr.get(worker) ?? '';
      if (text.length < 4096) stderr.set(worker, text + chunk.toString('utf8'));
    });
    (worker.stderr as { unref?: () => void } | null)?.unref?.();
    hold(worker, false);
    live.add(worker);
    worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) {
        ready.add(worker);
        if (ready.size === Math.max(1, size)) markReady();
        startClock(worker);
        return;
      }
      const entry = busy.get(worker);
      busy.delete(worker);
      if (entry?.timer) clearTimeout(entry.timer);
      if (!live.has(worker)) return; // retired meanwhile (timed out): its chart has failed already
      idle.push(worker);
      hold(worker, false);
      if (entry) {
        if ('failure' in reply) entry.job.reject(new ChartRenderError(reply.failure));
        else entry.job.resolve(reply.result);
      }
      dispatch();
    });
    worker.on('error', (error: Error) => retire(worker, { kind: 'stopped', detail: error.message.split('\n')[0]! }, error));
    // 'close', not 'exit': by then all it wrote to stderr has been read.
    worker.on('close', (code, signal) => {
      const said = stderr.get(worker) ?? '';
      stderr.delete(worker);
      if (/heap out of memory|Reached heap limit/.test(said)) retire(worker, { kind: 'memory', limitMb: memoryMb });
      else retire(worker, { kind: 'stopped', detail: signal ? `signal ${signal}` : `exit code ${code}` }, said ? new Error(said.split('\n').find((l) => l.trim()) ?? said) : undefined);
    });
    return worker;
  };

  // The workers start now, not after the caller's current job: a caller that builds every spec
  // in one loop would otherwise leave them idle until it is done.
  try {
    for (let i = 0; i < Math.max(1, size); i++) idle.push(spawn());
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
      closed = true;
      for (const job of queue) job.reject(new ChartRenderError({ kind: 'stopped', detail: 'the charts stage was stopped' }));
      queue.length = 0;
      await Promise.all(
        [...live].map(
          (w) =>
            new Promise<void>((resolve) => {
              if (w.exitCode !== null || w.signalCode !== null) resolve();
              else {
                w.once('close', () => resolve());
                hold(w, true); // until it is gone
                w.kill('SIGKILL');
              }
            }),
        ),
      );
    },
  };
}

/** Whether a worker keeps this process running: only while it has a chart to draw. */
function hold(worker: Worker, yes: boolean): void {
  const channel = worker.channel as { ref(): void; unref(): void } | null | undefined;
  if (yes) {
    worker.ref();
    channel?.ref();
  } else {
    worker.unref();
    channel?.unref();
  }
}

let shared: RenderPool | undefined;

/**
 * Starts the render workers now, warming up, so that they are ready when the charts stage runs:
 * call it at the start of a build, before validation and metrics. `renderCharts` then uses them
 * (and leaves them running); idle workers do not keep the process alive. Calling it again does
 * nothing.
 *
 * @param size
 *   Number of workers (optional; default: defaultWorkers()); 0 starts none.
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
