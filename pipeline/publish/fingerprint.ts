/**
 * The fingerprint of a build's inputs: one sha256 over every input file's project-relative path
 * and bytes. It depends on nothing else (not the modification times, the locale, the time zone or
 * the directory the project sits in), so the same inputs give the same fingerprint anywhere.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { ProjectPaths } from '../project/paths.js';
import { byCode } from '../io/order.js';
import { FileProblem } from '../io/read.js';
import { nodeFiles, type FileAccess } from '../io/files.js';

/**
 * The fingerprint of a set of input files.
 *
 * @param projectRoot
 *   The project directory, absolute.
 * @param files
 *   Project-relative paths with forward slashes, in any order; duplicates count once.
 * @param fs
 *   (optional) The file system (default: the real one).
 * @returns
 *   `sha256:` and 64 hex digits. Each file adds its path, its length and its bytes, so moving
 *   bytes from one file to another changes the fingerprint.
 */
export function inputFingerprint(projectRoot: string, files: readonly string[], fs: FileAccess = nodeFiles): string {
  const hash = createHash('sha256');
  for (const path of [...new Set(files)].sort(byCode)) {
    let bytes: Uint8Array;
    try {
      bytes = fs.readFile(join(projectRoot, path));
    } catch (error) {
      // A file that cannot be read (a folder, a pipe) is validation's to report, at its place;
      // the fingerprint takes the kind of problem in its stead.
      if (!(error instanceof FileProblem)) throw error;
      hash.update(`${path}\n!${error.problem.kind}\n`);
      continue;
    }
    hash.update(`${path}\n${bytes.length}\n`);
    hash.update(bytes);
    hash.update('\n');
  }
  return `sha256:${hash.digest('hex')}`;
}

/** Where an edition's content sits (a LoadedEdition has these). */
export interface EditionPlace {
  year: number;
  /** Project-relative directory of its chapters, such as content/2021. */
  dir: string;
}

/**
 * Every input of an edition's build, project-relative and sorted: everything under data/ and
 * schemas/, every file in the edition's directory (its edition.yaml, chapters and anything they
 * use), and the files shared by all editions directly in content/ (such as references.yaml).
 *
 * @param project
 *   The project.
 * @param edition
 *   The edition's year and directory.
 * @param fs
 *   (optional) The file system (default: the real one).
 */
export function editionInputs(project: ProjectPaths, edition: EditionPlace, fs: FileAccess = nodeFiles): string[] {
  const under = (dir: string): string[] => fs.listFiles(join(project.root, dir), { within: project.root }).map((path) => `${dir}/${path}`);
  const shared = fs.listFiles(project.contentDir, { within: project.root }).filter((path) => !path.includes('/')).map((path) => `content/${path}`);
  return [...under('data'), ...under('schemas'), ...under(edition.dir), ...shared].sort(byCode);
}
