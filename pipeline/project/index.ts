/**
 * The opened project: made once per command (cli.ts) and passed to every stage, which takes it
 * or the part it needs; no stage opens the project itself. It holds the paths, the edition the
 * command asked for, and what is read from the project, each made on first use and then kept:
 * 1. schemas: every schema under schemas/, compiled (schema/);
 * 2. editions: every content/<year>/edition.yaml, checked (edition/);
 * 3. validation: the data, read and checked against the schemas and the rules beyond them (validate/);
 * 4. metrics: each edition's baseline versus progress, over the validated data (metrics/).
 * Each is timed, as a stage of the command, when it is made.
 */
import type { Message } from '../diagnostics/message.js';
import { loadEditions, pickEdition, previousEdition, type LoadedEdition } from '../edition/load.js';
import { datasetOfYear } from '../edition/names.js';
import { StageTimes, type StageObserver } from '../io/timing.js';
import { computeMetrics, type Metrics } from '../metrics/index.js';
import type { Dataset } from '../model.js';
import { SchemaRegistry } from '../schema/registry.js';
import { validateProject, type ValidationResult } from '../validate/index.js';
import { resolveProject, type ProjectPaths } from './paths.js';

/** The editions of a project, oldest first, and the problems found reading them. */
export interface Editions {
  editions: LoadedEdition[];
  messages: Message[];
}

/** An edition's validated data and its metrics. */
export interface EditionData {
  dataset: Dataset;
  metrics: Metrics;
}

/** A project opened for one command. */
export interface Project extends ProjectPaths {
  /** The edition the command asked for (--edition), or undefined for the newest. */
  readonly chosen: number | undefined;
  /** The stages timed so far: each part below when it was made, and whatever the command adds. */
  readonly times: StageTimes;
  /** Every schema under schemas/, compiled. */
  schemas(): SchemaRegistry;
  /** Every edition under content/, oldest first, and the problems found reading them. */
  editions(): Editions;
  /** An edition: `year` (default: the one chosen, else the newest), or why there is none. */
  edition(year?: number): LoadedEdition | string;
  /** The data, validated. */
  validation(): ValidationResult;
  /** An edition's data (its partners named as in its year) and metrics; undefined when the data has errors. */
  data(edition: LoadedEdition): EditionData | undefined;
  /**
   * The same project opened again after its files changed: what `changed` may have touched is
   * read again; the schemas are kept when only the data or content changed.
   */
  reopen(changed: 'data' | 'schemas'): Project;
}

/** How to open a project. */
export interface OpenOptions {
  /** The edition asked for (optional; default: the newest). */
  edition?: number;
  /** Told of each stage as it ends (optional), such as the progress lines of `vdr build` on a terminal. */
  onStage?: StageObserver;
  /** Schemas already compiled from the project's schemas/ (optional; default: compiled on first use). */
  schemas?: SchemaRegistry;
}

/** A value made on first use, then kept. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * Opens a project: nothing is read until a stage asks for it.
 *
 * @param at
 *   The project's directory, or its paths (see resolveProject).
 * @param options
 *   The edition asked for, an observer of the stages, schemas already compiled (all optional).
 */
export function openProject(at: string | ProjectPaths, options: OpenOptions = {}): Project {
  const paths = typeof at === 'string' ? resolveProject(at) : pathsOf(at);
  const times = new StageTimes(options.onStage);
  const schemas = options.schemas ? () => options.schemas! : once(() => times.time('schemas', () => SchemaRegistry.load(paths.schemasDir)));
  const editions = once((): Editions => {
    const messages: Message[] = [];
    const registry = schemas();
    const list = times.time('editions', () => loadEditions(paths, registry, messages));
    return { editions: list, messages };
  });
  const validation = once(() => {
    const registry = schemas();
    return times.time('validate', () => validateProject(paths, registry));
  });
  const metrics = new Map<number, Metrics>();
  const project: Project = {
    ...paths,
    chosen: options.edition,
    times,
    schemas,
    editions,
    edition: (year = options.edition) => pickEdition(editions().editions, year),
    validation,
    data(edition) {
      const { dataset } = validation();
      if (!dataset) return undefined;
      let kept = metrics.get(edition.year);
      if (!kept) {
        const previous = previousEdition(editions().editions, edition);
        kept = times.time('metrics', () => computeMetrics(dataset, previous === undefined ? { year: edition.year } : { year: edition.year, previous }));
        metrics.set(edition.year, kept);
      }
      return { dataset: datasetOfYear(dataset, edition.year), metrics: kept };
    },
    reopen: (changed) =>
      openProject(paths, {
        ...(options.edition === undefined ? {} : { edition: options.edition }),
        ...(options.onStage ? { onStage: options.onStage } : {}),
        ...(changed === 'data' ? { schemas: schemas() } : {}),
      }),
  };
  return project;
}

/** Only the paths of a project, opened or not. */
function pathsOf(project: ProjectPaths): ProjectPaths {
  const { root, dataDir, schemasDir, contentDir, outputDir, datasetsFile } = project;
  return { root, dataDir, schemasDir, contentDir, outputDir, datasetsFile };
}

export { findProjectAbove, resolveProject, projectProblem, type ProjectPaths } from './paths.js';
