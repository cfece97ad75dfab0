/**
 * The file system as publish and diff see it: a small seam, so tests can run in a temporary
 * directory and put a failing writer or a held lock in place of the real ones.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { byCode } from '../metrics/order.js';
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


function listFiles(dir: string, options: { hidden?: boolean } = {}): string[] {
  const out: string[] = [];
  const walk = (at: string, prefix: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      if (entry.name.startsWith('.') && options.hidden !== true) continue;
      const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      if (entry.isDirectory()) walk(join(at, entry.name), relative);
      else if (entry.isFile()) out.push(relative);
    }
  };
  if (existsSync(dir) && statSync(dir).isDirectory()) walk(dir, '');
  return out.sort(byCode);
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
