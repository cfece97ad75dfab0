/**
 * The file system as the stages see it: a small seam (FileAccess), so tests can run in a
 * temporary directory and put a failing writer or a held lock in place of the real ones; and the
 * one walker of directory trees.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { byCode } from './order.js';
import { FileProblem, readRegular, resolvesInside } from './read.js';

/** The largest file publish and diff read (a built report with its fonts and charts is far smaller). */
const OUTPUT_FILE_LIMIT = 512 * 1024 * 1024;
import { withLock, writeDirectoryAtomically, writeFileAtomically, type OutputFiles } from './atomic.js';

/** What publish and diff do to the file system; every path is absolute. */
export interface FileAccess {
  readFile(path: string): Uint8Array;
  exists(path: string): boolean;
  isDirectory(path: string): boolean;
  /** The modification time in whole seconds since 1970. */
  modifiedSeconds(path: string): number;
  /**
   * The regular files under `dir`, recursively, relative to it with forward slashes, sorted by
   * code unit (never by locale). Entries whose name starts with a dot are skipped unless
   * `hidden` is true; a link is listed when it leads to a regular file inside `within` (default:
   * `dir`). Empty when `dir` does not exist.
   */
  listFiles(dir: string, options?: ListOptions): string[];
  /** The names of the directories directly in `dir` (not hidden), sorted; empty when none. */
  listDirectories(dir: string): string[];
  /** Writes a whole directory in one step (see atomic.ts); `target` is replaced. */
  writeDirectory(target: string, files: OutputFiles): void;
  /** Writes one file by writing a sibling and renaming it into place. */
  writeFile(path: string, content: string | Uint8Array): void;
  /** Runs `work` holding the lock `<target>.lock` (see atomic.ts). */
  lock<T>(target: string, work: () => Promise<T>): Promise<{ locked: false; value: T } | { locked: true; holder: string }>;
}


/** Which files a listing shows. */
export interface ListOptions {
  /** List names starting with a dot too (default: false). */
  hidden?: boolean;
  /** Where a link must lead for its file to be listed, absolute (default: the directory listed). */
  within?: string;
}

/** What a walk of a directory tree found, relative to where it started, with forward slashes, sorted by code unit. */
export interface Tree {
  files: string[];
  directories: string[];
}

/**
 * Walks the tree under `dir` without entering linked directories (so a link cannot make a loop or
 * lead the walk out of the tree). A link to a regular file is listed as a file when it resolves
 * inside `within` (the project's reading policy, read.ts); any other link is left out. Empty when
 * `dir` does not exist.
 *
 * @param dir
 *   The directory, absolute.
 * @param skip
 *   (optional) Names not to list or enter (default: names starting with a dot).
 * @param within
 *   (optional) Where a listed link must lead (default: `dir`).
 */
export function walkTree(dir: string, skip: (name: string) => boolean = (name) => name.startsWith('.'), within: string = dir): Tree {
  const tree: Tree = { files: [], directories: [] };
  const walk = (at: string, prefix: string): void => {
    let entries;
    try {
      entries = readdirSync(at, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (skip(entry.name)) continue;
      const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      if (entry.isDirectory()) {
        tree.directories.push(relative);
        walk(join(at, entry.name), relative);
      } else if (entry.isFile()) tree.files.push(relative);
      else if (entry.isSymbolicLink() && linksToFileInside(join(at, entry.name), within)) tree.files.push(relative);
    }
  };
  if (existsSync(dir) && statSync(dir).isDirectory()) walk(dir, '');
  tree.files.sort(byCode);
  tree.directories.sort(byCode);
  return tree;
}

/**
 * The regular files under `dir`, recursively, relative to it with forward slashes, sorted by code
 * unit. Names starting with a dot are skipped unless `hidden` is true. Empty when `dir` does not exist.
 */
export function listFiles(dir: string, options: ListOptions = {}): string[] {
  return walkTree(dir, options.hidden === true ? () => false : undefined, options.within).files;
}

function linksToFileInside(path: string, within: string): boolean {
  return resolvesInside(within, path) && statSync(path, { throwIfNoEntry: false })?.isFile() === true;
}

/** The real file system. */
export const nodeFiles: FileAccess = {
  readFile: (path) => {
    const read = readRegular(path, OUTPUT_FILE_LIMIT);
    if (!read.ok) throw new FileProblem(path, read.problem);
    return read.bytes;
  },
  exists: (path) => existsSync(path),
  isDirectory: (path) => existsSync(path) && statSync(path).isDirectory(),
  modifiedSeconds: (path) => Math.floor(statSync(path).mtimeMs / 1000),
  listFiles,
  listDirectories: (dir) =>
    existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true })
          .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
          .map((e) => e.name)
          .sort(byCode)
      : [],
  writeDirectory: writeDirectoryAtomically,
  writeFile: writeFileAtomically,
  lock: withLock,
};
