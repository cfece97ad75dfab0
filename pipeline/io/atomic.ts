/**
 * Writing without ever leaving half a result: one file or a whole directory written beside its
 * place and renamed into it, and a lock file so two processes never write the same place.
 */
import { chmodSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { threadId } from 'node:worker_threads';
import { byCode } from './order.js';
import { ownStamp, stampAlive, stampPid } from './owner.js';

/** What a stage writes: project-output-relative paths and their contents. */
export type OutputFiles = Map<string, string | Uint8Array>;

/**
 * Writes one file whole: to a hidden name beside it (of this process and thread), then renamed
 * over it, so that no reader, in this process or another, ever sees half of it. Makes its folder.
 */
export function writeFileAtomically(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const staging = join(dirname(path), `.${basename(path)}.new-${process.pid}-${threadId}`);
  try {
    writeFileSync(staging, content);
    renameSync(staging, path);
  } catch (error) {
    rmSync(staging, { force: true });
    throw error;
  }
}

/**
 * Writes `files` into `target` as one step: everything goes to a fresh sibling directory first,
 * which then replaces `target` by two renames (the old one aside, the new one in). A failure before
 * the swap leaves `target` as it was. A kill between the two renames leaves the old one aside,
 * complete; the next write of `target` (or `recoverDirectory`, which every lock on `target` runs)
 * puts it back first, and removes what killed writers left.
 */
export function writeDirectoryAtomically(target: string, files: OutputFiles): void {
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  recoverDirectory(target);
  const staging = mkdtempSync(join(parent, `${stagingPrefix(target)}`));
  chmodSync(staging, 0o755);
  try {
    for (const [path, content] of [...files].sort(([a], [b]) => byCode(a, b))) {
      const file = join(staging, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  const old = existsSync(target) ? `${staging}${OLD}` : undefined;
  if (old) renameSync(target, old);
  renameSync(staging, target);
  if (old) rmSync(old, { recursive: true, force: true });
}

const OLD = '.old';

/** The name every staging directory of `target` starts with: `.build.new-`. */
function stagingPrefix(target: string): string {
  return `.${basename(target)}.new-`;
}

/**
 * Undoes what a writer of `target` killed mid-way left: when `target` is missing but its old copy
 * was set aside, the old copy goes back; every staging directory and set-aside copy is removed.
 * Only safe when no other process is writing `target` (under its lock).
 *
 * @returns
 *   Whether an old copy was put back.
 */
export function recoverDirectory(target: string): boolean {
  const parent = dirname(target);
  const prefix = stagingPrefix(target);
  let names: string[];
  try {
    names = readdirSync(parent).filter((name) => name.startsWith(prefix)).sort(byCode);
  } catch {
    return false;
  }
  let restored = false;
  const aside = names.find((name) => name.endsWith(OLD));
  if (aside && !existsSync(target)) {
    renameSync(join(parent, aside), target);
    restored = true;
  }
  for (const name of names) if (!(restored && name === aside)) rmSync(join(parent, name), { recursive: true, force: true });
  return restored;
}

/**
 * Holds a lock file beside `target` while `work` runs, so two builds never write the same place;
 * then runs recoverDirectory(target), since no one else writes it now. The lock file is made
 * whole in one step (written aside, then linked into place), so it is never seen empty; it names
 * its owner by process id and start time (owner.ts). A lock whose owner is gone, one that is empty
 * or unreadable (left by a crash, or not vdr's), or one naming a live process that is not its
 * owner (the id reused) is stale and taken over.
 *
 * @returns
 *   What `work` returns, or the id of the process holding the lock.
 */
export async function withLock<T>(target: string, work: () => Promise<T>): Promise<{ locked: false; value: T } | { locked: true; holder: string }> {
  mkdirSync(dirname(target), { recursive: true });
  const lock = `${target}.lock`;
  const stamp = ownStamp();
  for (let attempt = 0; ; attempt++) {
    if (placeLock(lock, stamp)) break;
    let holder: string;
    try {
      holder = readFileSync(lock, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue; // released meanwhile
      throw error;
    }
    if (stampAlive(holder) || attempt >= 3) return { locked: true, holder: stampPid(holder) };
    takeOverStale(lock, holder);
  }
  try {
    recoverDirectory(target);
    return { locked: false, value: await work() };
  } finally {
    rmSync(lock, { force: true });
  }
}

/** Makes the lock file with its content in one step; false when it exists. */
function placeLock(lock: string, stamp: string): boolean {
  const aside = `${lock}.${process.pid}-${threadId}`;
  writeFileSync(aside, `${stamp}\n`);
  try {
    linkSync(aside, lock);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
    // A file system without hard links: create exclusively, then write (briefly empty).
    try {
      writeFileSync(lock, `${stamp}\n`, { flag: 'wx' });
      return true;
    } catch (fallback) {
      if ((fallback as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw fallback;
    }
  } finally {
    rmSync(aside, { force: true });
  }
}

/**
 * Removes a stale lock, unless another process replaced it meanwhile: the lock is moved aside
 * (one process wins that rename), and put back when what was moved is not the stale lock read.
 */
function takeOverStale(lock: string, staleContent: string): void {
  const aside = `${lock}.stale-${process.pid}-${threadId}`;
  try {
    renameSync(lock, aside);
  } catch {
    return; // someone else took it over (or it was released); try again
  }
  let moved = '';
  try {
    moved = readFileSync(aside, 'utf8');
  } catch {
    // unreadable: stale as well
  }
  if (moved !== staleContent) {
    try {
      linkSync(aside, lock);
    } catch {
      // a new lock is in place already; the one moved was fresh, and its owner will find it gone
    }
  }
  rmSync(aside, { force: true });
}
