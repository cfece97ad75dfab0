/**
 * Version numbers of published editions, the version of vdr itself, and the date a publication
 * carries: from SOURCE_DATE_EPOCH when set (reproducible-builds.org), else from the inputs,
 * never from the clock.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeFiles, type FileAccess } from '../io/files.js';

/** A published version: MAJOR.MINOR.PATCH, numbers without leading zeros. */
export const VERSION_PATTERN = /^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})$/;

/** Whether `text` is a version such as 1.0.0. */
export function isVersion(text: string): boolean {
  return VERSION_PATTERN.test(text);
}

/** Orders versions by their numbers (1.10.0 after 1.9.0); both must match VERSION_PATTERN. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The version of vdr, from its package.json (the same path from pipeline/ and from dist/). */
export function vdrVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/**
 * The last moment a publication can carry: 9999-12-31T23:59:59Z. A later one has a date of more
 * than four digits (+033658-09-27), which manifest.json's date may not hold; its schema's
 * source_date_epoch has this maximum.
 */
export const LAST_EPOCH = 253_402_300_799;

/** When a publication is dated, and how that was decided. */
export interface SourceDate {
  /** Seconds since 1970-01-01 UTC. */
  epoch: number;
  /** The UTC day, YYYY-MM-DD. */
  date: string;
  from: 'SOURCE_DATE_EPOCH' | 'inputs';
}

/**
 * The date of a publication: SOURCE_DATE_EPOCH when set; otherwise the newest modification time
 * of the input files (whole seconds). Publications are reproducible byte for byte when
 * SOURCE_DATE_EPOCH is set; the manifest records the epoch used, so a rebuild can set it.
 *
 * @param env
 *   The environment (pass process.env).
 * @param root
 *   The project directory, absolute.
 * @param inputs
 *   Project-relative input files, for the fallback.
 * @param fs
 *   (optional) The file system (default: the real one).
 * @returns
 *   The date, or why SOURCE_DATE_EPOCH cannot be used.
 */
export function sourceDate(env: Readonly<Record<string, string | undefined>>, root: string, inputs: readonly string[], fs: FileAccess = nodeFiles): SourceDate | string {
  const text = env['SOURCE_DATE_EPOCH'];
  if (text !== undefined && text !== '') {
    if (!/^\d{1,12}$/.test(text)) return `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not "${text}"`;
    const epoch = Number(text);
    if (epoch > LAST_EPOCH) return `SOURCE_DATE_EPOCH is ${text}, a moment in the year ${new Date(epoch * 1000).getUTCFullYear()}; a publication is dated from 1970 to 9999, so give at most ${LAST_EPOCH} (9999-12-31), or leave SOURCE_DATE_EPOCH unset to date it from the inputs`;
    return dated(epoch, 'SOURCE_DATE_EPOCH');
  }
  let newest = 0;
  for (const path of inputs) newest = Math.max(newest, fs.modifiedSeconds(join(root, path)));
  // A file dated after 9999 (a wrong clock) is refused in the same words as the variable.
  if (newest > LAST_EPOCH) return `the newest input file is dated in the year ${new Date(newest * 1000).getUTCFullYear()}; a publication is dated from 1970 to 9999, so set SOURCE_DATE_EPOCH (such as the time of the last commit: git log -1 --format=%ct)`;
  return dated(newest, 'inputs');
}

function dated(epoch: number, from: SourceDate['from']): SourceDate {
  return { epoch, date: new Date(epoch * 1000).toISOString().slice(0, 10), from };
}
