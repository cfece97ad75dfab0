/**
 * The observation worker (parallel.ts): compiles the schemas, raises the flag, checks the files
 * of the one job it is sent, and posts them back with their rows packed in columns.
 */
import { workerData } from 'node:worker_threads';
import { SchemaRegistry } from '../schema/registry.js';
import { packRows } from './columns.js';
import { checkObservationFile, REPLIED, STARTED, type WorkerJob, type WorkerReply, type WorkerStart } from './parallel.js';

const { flag, port, schemasDir } = workerData as WorkerStart;
const raise = (state: number): void => {
  Atomics.store(flag, 0, state);
  Atomics.notify(flag, 0);
};

let compiled: ReturnType<SchemaRegistry['get']> | undefined;
let failure: unknown;
try {
  compiled = SchemaRegistry.load(schemasDir).get('observations');
} catch (error) {
  failure = error;
}
raise(STARTED);

port.once('message', (job: WorkerJob) => {
  let reply: WorkerReply;
  const transfer: ArrayBuffer[] = [];
  try {
    if (!compiled) throw failure;
    const schema = compiled;
    const results = job.files.map((entry) => {
      const { messages, rows } = checkObservationFile(job.root, entry, schema, job.context);
      const packed = packRows(rows);
      transfer.push(...packed.transfer);
      return { messages, packed: packed.packed };
    });
    reply = { results };
  } catch (error) {
    reply = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply, transfer);
  raise(REPLIED);
  port.close();
});
