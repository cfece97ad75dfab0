/**
 * The file system as the stages see it: a small seam (FileAccess), so tests can run in a
 * temporary directory and put a failing writer or a held lock in place of the real ones; and the
 * one walker of directory trees.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { byCode } from './order.js';
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
   * `hidden` is true. Empty when `dir` does not exist.
   */
  listFiles(dir: string, options?: { hidden?: boolean }): string[];
  /** The names of the directories directly in `dir` (not hidden), sorted; empty when none. */
  listDirectories(dir: string): string[];
  /** Writes a whole directory in one step (see atomic.ts); `target` is replaced. */
  writeDirectory(target: string, files: OutputFiles): void;
  /** Writes one file by writing a sibling and renaming it into place. */
  writeFile(path: string, content: string | Uint8Array): void;
  /** Runs `work` holding the lock `<target>.lock` (see atomic.ts). */
  lock<T>(target: string, work: () => Promise<T>): Promise<{ locked: false; value: T } | { locked: true; holder: string }>;
}


/** What a walk of a directory tree found, relative to where it started, with forward slashes, sorted by code unit. */
export interface Tree {
  files: string[];
  directories: string[];
}

/**
 * Walks the tree under `dir` without following symbolic links (a link is neither a file nor a
 * directory here, so nothing outside the tree is reached). Empty when `dir` does not exist.
 *
 * @param dir
 *   The directory, absolute.
 * @param skip
 *   (optional) Names not to list or enter (default: names starting with a dot).
 */
export function walkTree(dir: string, skip: (name: string) => boolean = (name) => name.startsWith('.')): Tree {
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
export function listFiles(dir: string, options: { hidden?: boolean } = {}): string[] {
  return walkTree(dir, options.hidden === true ? () => false : undefined).files;
}

/** The real file system. */
export const nodeFiles: FileAccess = {
  readFile: (path) => readFileSync(path),
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
