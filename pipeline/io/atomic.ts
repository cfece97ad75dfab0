/**
 * Writing without ever leaving half a result: one file or a whole directory written beside its
 * place and renamed into it, and a lock file so two processes never write the same place.
 */
import { chmodSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync, existsSync, openSync, closeSync, readFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { threadId } from 'node:worker_threads';
import { byCode } from './order.js';

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
 * which then replaces `target` by renames. A failure before the swap leaves `target` as it was.
 */
export function writeDirectoryAtomically(target: string, files: OutputFiles): void {
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const staging = mkdtempSync(join(parent, `.${basename(target)}.new-`));
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
  const old = existsSync(target) ? `${staging}.old` : undefined;
  if (old) renameSync(target, old);
  renameSync(staging, target);
  if (old) rmSync(old, { recursive: true, force: true });
}

/**
 * Holds a lock file beside `target` while `work` runs, so two builds never write the same place.
 * Returns undefined when another process holds it (with its pid), else what `work` returns.
 */
export async function withLock<T>(target: string, work: () => Promise<T>): Promise<{ locked: false; value: T } | { locked: true; holder: string }> {
  mkdirSync(dirname(target), { recursive: true });
  const lock = `${target}.lock`;
  let fd: number;
  try {
    fd = openSync(lock, 'wx');
  } catch {
    const holder = readFileSync(lock, 'utf8').trim();
    const pid = Number(holder);
    if (Number.isInteger(pid) && pid > 0 && !isAlive(pid)) {
      rmSync(lock, { force: true });
      return withLock(target, work);
    }
    return { locked: true, holder };
  }
  try {
    writeFileSync(fd, String(process.pid));
    closeSync(fd);
    return { locked: false, value: await work() };
  } finally {
    rmSync(lock, { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
