/**
 * The one policy for reading a project's files, used by every reader of the project's inputs
 * (data, schemas, chapters, edition.yaml, references) and by publish and diff:
 * - only a regular file is read: a directory, a named pipe (FIFO), a device or a socket is a
 *   problem, never a hang (the file is opened without blocking and checked on the open handle);
 * - the file must lie inside the project after its links are resolved: a link from inside the
 *   project to a file inside it is fine, one that leads out of it (`data/x.csv -> /etc/passwd`,
 *   which git can carry in a pull request) is refused before a byte is read;
 * - a file larger than its limit is refused, so one huge file cannot exhaust memory.
 * A problem is returned, never thrown; each reader says it in its own catalogue's words.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import { join, relative, isAbsolute, sep } from 'node:path';

/** The largest data file (CSV or workbook) vdr reads: above the benchmark's million rows (its largest file is 37 MB), below what exhausts memory. */
export const DATA_FILE_LIMIT = 128 * 1024 * 1024;
/** The largest other project file (a chapter, YAML, JSON, a schema). */
export const TEXT_FILE_LIMIT = 8 * 1024 * 1024;

/** The limit for a file by its name: data files may be larger than text files. */
export function sizeLimit(file: string): number {
  return /\.(csv|tsv|xlsx)$/i.test(file) ? DATA_FILE_LIMIT : TEXT_FILE_LIMIT;
}

/** Why a file was not read. */
export type ReadProblem =
  | { kind: 'missing' }
  /** The path, once its links are resolved, lies outside the project. */
  | { kind: 'outside' }
  | { kind: 'directory' }
  /** A named pipe, device or socket: `what` names it in plain words. */
  | { kind: 'special'; what: string }
  | { kind: 'too-large'; size: number; limit: number }
  | { kind: 'unreadable'; code: string }
  /** Read, but not in the form vdr needs (a schema that is not JSON): `detail` says how. */
  | { kind: 'malformed'; detail: string };

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; problem: ReadProblem };

/**
 * Reads `file` under `root` by the policy above.
 *
 * @param root
 *   The project directory (or, for output, the directory files must stay inside), absolute.
 * @param file
 *   The file, relative to `root`, or absolute.
 * @param limit
 *   (optional) The largest size read, in bytes (default: by the file's name, see sizeLimit).
 */
export function readInside(root: string, file: string, limit: number = sizeLimit(file)): ReadResult {
  const path = isAbsolute(file) ? file : join(root, file);
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return { ok: false, problem: code === 'ENOENT' || code === 'ENOTDIR' ? { kind: 'missing' } : { kind: 'unreadable', code } };
  }
  if (!isInside(realRoot(root), real)) return { ok: false, problem: { kind: 'outside' } };
  return readRegular(real, limit);
}

/**
 * Reads a regular file at `path` (absolute) without the containment check: for files vdr wrote
 * itself (the build directory, published versions) and for a file the user names on the command
 * line (an import). A directory, pipe or device is a problem, as is a file beyond `limit`.
 */
export function readRegular(path: string, limit: number = sizeLimit(path)): ReadResult {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, problem: { kind: 'missing' } };
    if (code === 'EISDIR') return { ok: false, problem: { kind: 'directory' } };
    return { ok: false, problem: { kind: 'unreadable', code } };
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return { ok: false, problem: { kind: 'directory' } };
    if (!stats.isFile()) return { ok: false, problem: { kind: 'special', what: specialKind(stats) } };
    if (stats.size > limit) return { ok: false, problem: { kind: 'too-large', size: stats.size, limit } };
    // Read at most limit + 1 bytes, so a file that grows while it is read is still bounded.
    const bytes = Buffer.allocUnsafe(Math.min(stats.size, limit) + 1);
    let length = 0;
    while (length < bytes.length) {
      const read = readSync(fd, bytes, length, bytes.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > limit) return { ok: false, problem: { kind: 'too-large', size: length, limit } };
    return { ok: true, bytes: bytes.subarray(0, length) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return { ok: false, problem: code === 'EISDIR' ? { kind: 'directory' } : { kind: 'unreadable', code } };
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether `path` resolves (through its links) to a regular file or directory inside `root`: what
 * a directory walk may list.
 */
export function resolvesInside(root: string, path: string): boolean {
  try {
    return isInside(realRoot(root), realpathSync(path));
  } catch {
    return false;
  }
}

/**
 * A file that publish, diff or the build's cache could not read, thrown where the reader has no
 * list of messages to add to; the command line says it in plain words (exit 3).
 */
export class FileProblem extends Error {
  constructor(
    readonly path: string,
    readonly problem: ReadProblem,
  ) {
    super(`${path}: ${describeProblem(problem)}`);
    this.name = 'FileProblem';
  }
}

/** A problem in plain words, for a reader whose catalogue has no message of its own for it. */
export function describeProblem(problem: ReadProblem): string {
  switch (problem.kind) {
    case 'missing':
      return 'it does not exist';
    case 'outside':
      return 'it is a link to a place outside the project';
    case 'directory':
      return 'it is a folder, not a file';
    case 'special':
      return `it is ${problem.what}, not a file`;
    case 'too-large':
      return `it is ${megabytes(problem.size)}, larger than the ${megabytes(problem.limit)} vdr reads`;
    case 'unreadable':
      return `it cannot be read (${errorWords(problem.code)})`;
    case 'malformed':
      return problem.detail;
  }
}

/** A system error code in words, for messages: "permission denied" rather than EACCES. */
export function errorWords(code: string): string {
  const words: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ELOOP: 'its links form a loop',
    EIO: 'an input/output error',
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    EROFS: 'the file system is read-only',
    ENAMETOOLONG: 'the name is too long',
    EMFILE: 'too many files are open',
    ENFILE: 'too many files are open',
    ENOTDIR: 'a file stands where a folder should be',
    EISDIR: 'a folder stands where a file should be',
    ENOENT: 'a folder on the way does not exist',
    EEXIST: 'something of that name is in the way',
    ENOTEMPTY: 'a folder of that name is in the way',
    EBUSY: 'it is in use',
  };
  return words[code] ?? code;
}

/**
 * A size in megabytes as people write it, rounded up to a tenth so that a file just over a limit
 * never reads as equal to it: "32 MB", "32.1 MB", "210.5 MB".
 */
export function megabytes(bytes: number): string {
  return `${(Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toLocaleString('en-US')} MB`;
}

function specialKind(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

function realRoot(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return root;
  }
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}
