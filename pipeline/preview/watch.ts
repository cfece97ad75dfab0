/**
 * Watches a project's input directories and reports the files changed, in batches. Each
 * directory is watched on its own (Node 20's recursive fs.watch on Linux is young; watching
 * each directory is plain inotify everywhere), new directories as they appear. Events are
 * collected until none has come for `debounceMs`, so an editor's save (truncate and write, or
 * write a copy and rename it: each a burst of a few milliseconds at most) is one batch. Symbolic links are not followed: nothing outside the project is watched.
 */
import { watch, statSync, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { walkTree } from '../io/files.js';
import { isEditorScratch } from './scope.js';

export interface Watcher {
  /** Stops watching; no batch is reported after it. */
  close(): void;
}

export interface WatchOptions {
  /** Quiet time before a batch is reported, in ms (optional; default: 20). */
  debounceMs?: number;
  /** Longest a batch waits while events keep coming, in ms (optional; default: 300). */
  maxWaitMs?: number;
}

/** The subdirectories of a project-relative directory, recursively, but not editors' scratch ones; links are not followed. */
const subdirectories = (root: string, relative: string): string[] => walkTree(join(root, relative), isEditorScratch).directories.map((dir) => `${relative}/${dir}`);

/** The files under a project-relative directory, recursively, hidden ones too; links are not followed. */
const filesUnder = (root: string, relative: string): string[] => walkTree(join(root, relative), () => false).files.map((file) => `${relative}/${file}`);

const isDirectory = (path: string): boolean => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;

/**
 * Starts watching.
 *
 * @param root
 *   The project root, absolute.
 * @param dirs
 *   The directories to watch, relative to `root`, such as ['content', 'data', 'schemas']; one
 *   that does not exist yet is watched from when it is made.
 * @param onChange
 *   Called with each batch: the project-relative paths changed (files or directories), sorted.
 * @param options
 *   The debounce (optional).
 */
export function watchDirectories(root: string, dirs: readonly string[], onChange: (paths: string[]) => void, options: WatchOptions = {}): Watcher {
  const debounceMs = options.debounceMs ?? 20;
  const maxWaitMs = options.maxWaitMs ?? 300;
  const watchers = new Map<string, FSWatcher>();
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let firstAt = 0;
  let closed = false;

  const flush = (): void => {
    timer = undefined;
    const paths = [...pending].sort();
    pending = new Set();
    if (!closed && paths.length > 0) onChange(paths);
  };
  const note = (path: string): void => {
    if (closed) return;
    if (pending.size === 0) firstAt = Date.now();
    pending.add(path);
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, Math.max(0, Math.min(debounceMs, firstAt + maxWaitMs - Date.now())));
  };
  const stop = (relative: string): void => {
    for (const [dir, watcher] of watchers) {
      if (dir === relative || dir.startsWith(`${relative}/`)) {
        watcher.close();
        watchers.delete(dir);
      }
    }
  };
  const add = (relative: string): void => {
    if (closed || watchers.has(relative)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(join(root, relative), (event, name) => {
        if (name === null) return note(relative);
        const path = `${relative}/${name}`;
        if (event === 'rename') {
          if (isDirectory(join(root, path))) {
            // A new directory: watch it, and count what was written in it before the watch began.
            for (const dir of [path, ...subdirectories(root, path)]) add(dir);
            for (const file of filesUnder(root, path)) note(file);
          } else if (watchers.has(path)) {
            stop(path);
          }
        }
        note(path);
      });
    } catch {
      return;
    }
    watcher.on('error', () => stop(relative));
    watchers.set(relative, watcher);
  };

  // The watched directories, and the root for those not made yet.
  const missing = new Set(dirs.filter((dir) => !isDirectory(join(root, dir))));
  for (const dir of dirs) for (const each of [dir, ...subdirectories(root, dir)]) add(each);
  let rootWatcher: FSWatcher | undefined;
  if (missing.size > 0) {
    rootWatcher = watch(root, (_event, name) => {
      if (name === null || !missing.has(name) || !isDirectory(join(root, name))) return;
      missing.delete(name);
      for (const each of [name, ...subdirectories(root, name)]) add(each);
      for (const file of filesUnder(root, name)) note(file);
      note(name);
    });
    rootWatcher.on('error', () => rootWatcher?.close());
  }

  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      rootWatcher?.close();
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
