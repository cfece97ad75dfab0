/**
 * The whole build, stage by stage, in order:
 * 1. validate: read and check every data file (validate/);
 * 2. edition: pick the edition and the one it is compared with (edition/);
 * 3. metrics: baseline versus progress for that edition (metrics/);
 * 4. write: everything into output/<edition>/build/ in one atomic step (publish/atomic.ts).
 */
import { join } from 'node:path';
import type { Message } from './diagnostics/message.js';
import { loadEditions, pickEdition, previousEdition, type LoadedEdition } from './edition/load.js';
import { computeMetrics, metricsToCsv, type Metrics } from './metrics/index.js';
import type { Dataset } from './model.js';
import type { Project } from './project.js';
import { writeDirectoryAtomically, withLock, type OutputFiles } from './publish/atomic.js';
import { SchemaRegistry } from './schema/registry.js';
import { validateProject } from './validate/index.js';

export interface BuildOptions {
  /** The edition year (default: the newest). */
  edition?: number;
  /** A final build: no watermark, build stamp or change report; any content warning fails it (optional; default: a draft). */
  final?: boolean;
}

/** Everything the stages produced, whether or not it was written. */
export interface BuildOutcome {
  messages: Message[];
  /** Why the build could not run at all (no such edition, locked output), for exit code 2 or 3. */
  refusal?: { reason: string; exit: 2 | 3 };
  edition?: LoadedEdition;
  dataset?: Dataset;
  metrics?: Metrics;
  /** Where the build was written, absolute. */
  outputDir?: string;
  files?: string[];
  /** Seconds per stage, in order. */
  timings: [string, number][];
}

/** Loads, validates and computes: everything before writing, shared by build, explain and publish. */
export function prepare(project: Project, options: BuildOptions, registry = SchemaRegistry.load(project.schemasDir)): BuildOutcome {
  const timings: [string, number][] = [];
  const timed = <T>(stage: string, work: () => T): T => {
    const start = process.hrtime.bigint();
    const value = work();
    timings.push([stage, Number(process.hrtime.bigint() - start) / 1e9]);
    return value;
  };
  const validation = timed('validate', () => validateProject(project, registry));
  const messages = [...validation.messages];
  const editions = timed('editions', () => loadEditions(project, registry, messages));
  const picked = pickEdition(editions, options.edition);
  if (typeof picked === 'string') {
    return { messages, timings, refusal: { reason: picked, exit: 2 } };
  }
  const outcome: BuildOutcome = { messages, timings, edition: picked };
  if (!validation.dataset || messages.some((m) => m.severity === 'error')) return outcome;
  const previous = previousEdition(editions, picked);
  outcome.dataset = validation.dataset;
  outcome.metrics = timed('metrics', () =>
    computeMetrics(validation.dataset!, previous === undefined ? { year: picked.year } : { year: picked.year, previous }),
  );
  return outcome;
}

/**
 * Runs the build and writes output/<edition>/build/. Errors stop it before anything is written,
 * so earlier output stays as it was.
 */
export async function build(project: Project, options: BuildOptions): Promise<BuildOutcome> {
  const outcome = prepare(project, options);
  const { edition, metrics } = outcome;
  if (!edition || !metrics) return outcome;
  const files: OutputFiles = new Map();
  files.set('metrics.json', `${JSON.stringify(metrics, null, 2)}\n`);
  files.set('metrics.csv', metricsToCsv(metrics));
  const target = join(project.outputDir, String(edition.year), 'build');
  const start = process.hrtime.bigint();
  const written = await withLock(target, async () => writeDirectoryAtomically(target, files));
  if (written.locked) {
    return { ...outcome, refusal: { reason: `another build (process ${written.holder}) is writing ${target}; wait for it to finish`, exit: 3 } };
  }
  outcome.timings.push(['write', Number(process.hrtime.bigint() - start) / 1e9]);
  return { ...outcome, outputDir: target, files: [...files.keys()].sort() };
}
