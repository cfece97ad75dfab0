/**
 * Observation files checked on two threads: a large data set's files are shared between this
 * thread and one worker thread, each file read and checked whole on one of them. The worker's
 * rows come back packed in columns (columns.ts); messages and rows are then put in the order of
 * data/datasets.yaml, so the result is the same, message for message and row for row, as checking
 * the files one after another. The stage stays synchronous: this thread blocks on a shared flag
 * while waiting for the worker, which it only does once its own files are done.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { type Located, type Message, MessageList } from '../diagnostics/message.js';
import { readSource } from '../load/dataset-file.js';
import type { IndicatorPillar, Observation, ProvenanceKind } from '../model.js';
import type { CompiledSchema } from '../schema/registry.js';
import { workerBeside } from '../io/worker-source.js';
import { unpackRows, type PackedRows } from './columns.js';
import { readObservations, type ObservationContext } from './observations.js';

/** One observations file, as data/datasets.yaml names it. */
export interface ObservationFile {
  file: string;
  pillar: IndicatorPillar;
  kind: ProvenanceKind;
  /** Where the manifest names it (for "file missing"). */
  namedAt: Located;
}

export interface FileResult {
  messages: Message[];
  rows: Observation[];
}

/** Reads and checks one observations file. */
export function checkObservationFile(root: string, entry: ObservationFile, compiled: CompiledSchema, context: ObservationContext): FileResult {
  const messages: Message[] = new MessageList();
  const rows: Observation[] = [];
  const source = readSource(root, entry.file, messages, entry.namedAt);
  if (source) readObservations(source, entry.pillar, entry.kind, compiled, context, messages, rows);
  return { messages, rows };
}

/** What the worker is sent, and sends back. */
export interface WorkerJob {
  root: string;
  files: ObservationFile[];
  context: ObservationContext;
}
/** What the worker starts with. */
export interface WorkerStart {
  flag: Int32Array;
  port: MessagePort;
  /** The schemas, compiled as the worker starts. */
  schemasDir: string;
}
export type WorkerReply = { results: { messages: Message[]; packed: PackedRows }[] } | { error: string };

/** The shared flag: 0 while the worker starts, 1 once it runs, 2 when its reply has been posted. */
export const STARTED = 1;
export const REPLIED = 2;

/** Below this many bytes of observations, a worker costs more than it saves. */
export const WORKER_BYTES = 24 * 1024 * 1024;

/** How long a worker may take to start before its files are checked here instead. */
const START_TIMEOUT_MS = 30_000;

/**
 * Which files go to the worker: none when the files are small or there is only one; otherwise
 * the largest first, each to the side with less to read, the worker's side counting a tenth more
 * (it starts later and its rows must be unpacked here).
 *
 * @returns
 *   The indexes (into `files`) of the files the worker checks, in order.
 */
export function workerShare(root: string, files: readonly ObservationFile[], minimumBytes: number): number[] {
  const sizes = files.map((entry) => {
    try {
      return statSync(join(root, entry.file)).size;
    } catch {
      return 0;
    }
  });
  const total = sizes.reduce((a, b) => a + b, 0);
  const share: number[] = [];
  if (files.length < 2 || total < minimumBytes) return share;
  let here = 0;
  let there = total / 10;
  const order = sizes.map((size, i) => [size, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [size, i] of order) {
    if (there < here) {
      share.push(i);
      there += size;
    } else here += size;
  }
  return share.sort((a, b) => a - b);
}

/** A worker started ahead of its job, so that it loads while this thread reads the reference data. */
export interface ObservationWorker {
  /** Sends the job; the worker starts on it at once. */
  send(job: WorkerJob): void;
  /**
   * Blocks until the worker's reply, and returns the checked files in the order sent; undefined
   * when the worker failed (the caller then checks the files itself).
   */
  collect(): FileResult[] | undefined;
}

/**
 * Starts the worker.
 *
 * @param schemasDir
 *   The project's schemas, which the worker compiles while it waits for its job.
 */
export function startObservationWorker(schemasDir: string): ObservationWorker {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const start: WorkerStart = { flag, port: port2, schemasDir };
  const worker = new Worker(workerBeside(import.meta.url, 'worker'), { workerData: start, transferList: [port2] });
  // A worker that fails never raises the flag or replies with an error; `collect` then answers
  // undefined, and the files are checked here.
  worker.on('error', () => undefined);
  const stop = (): void => {
    port1.close();
    void worker.terminate();
  };
  return {
    send(job) {
      port1.postMessage(job);
    },
    collect() {
      try {
        if (Atomics.wait(flag, 0, 0, START_TIMEOUT_MS) === 'timed-out') return undefined;
        while (Atomics.load(flag, 0) !== REPLIED) Atomics.wait(flag, 0, STARTED);
        const reply = receiveMessageOnPort(port1)?.message as WorkerReply | undefined;
        if (!reply || 'error' in reply) return undefined;
        return reply.results.map(({ messages, packed }) => {
          const rows: Observation[] = [];
          unpackRows(packed, rows);
          return { messages, rows };
        });
      } finally {
        stop();
      }
    },
  };
}
