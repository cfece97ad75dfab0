/**
 * Where a vdr project's parts are: the ground the opened project (index.ts) stands on. Stages
 * that read files of their own (validate/, edition/, publish/) take these paths; nothing here
 * reads the project.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Where a vdr project's parts are, absolute. */
export interface ProjectPaths {
  root: string;
  dataDir: string;
  schemasDir: string;
  contentDir: string;
  outputDir: string;
  /** The dataset manifest, relative to the project root. */
  datasetsFile: string;
}

/** The paths of the project at `root` (default: the working directory). */
export function resolveProject(root: string = process.cwd()): ProjectPaths {
  const absolute = resolve(root);
  return {
    root: absolute,
    dataDir: join(absolute, 'data'),
    schemasDir: join(absolute, 'schemas'),
    contentDir: join(absolute, 'content'),
    outputDir: join(absolute, 'output'),
    datasetsFile: 'data/datasets.yaml',
  };
}

/**
 * The project a command run in `start` (or one of its subfolders) works on: the nearest folder,
 * from `start` up, with both schemas/ and data/; `start` itself when none has them (the command
 * then says it is not a project).
 *
 * @param start
 *   An absolute folder, usually the working folder.
 */
export function findProjectAbove(start: string): string {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'schemas')) && existsSync(join(dir, 'data'))) return dir;
    if (dirname(dir) === dir) return resolve(start);
  }
}

/** Why the directory is not a vdr project, or undefined when it is one. */
export function projectProblem(project: ProjectPaths): string | undefined {
  if (!existsSync(project.root)) return `the directory ${project.root} does not exist`;
  if (!existsSync(project.schemasDir)) return `${project.root} has no schemas/ directory, so it is not a vdr project`;
  if (!existsSync(project.dataDir)) return `${project.root} has no data/ directory, so it is not a vdr project`;
  return undefined;
}
