/**
 * manifest.json of a published edition: every file with its sha256 and size, the fingerprint of
 * the inputs and the version of vdr that wrote it (schemas/manifest.schema.json describes it).
 * verifyManifest checks a directory against its manifest, file by file.
 */
import { join } from 'node:path';
import { message, type Message } from '../diagnostics/message.js';
import type { OutputFiles } from '../io/atomic.js';
import { sha256 } from '../io/hash.js';
import { byCode } from '../io/order.js';
import { nodeFiles, type FileAccess } from '../io/files.js';
import { publishMessages } from './messages.js';

/** The manifest's own name in the edition directory; it does not list itself. */
export const MANIFEST = 'manifest.json';

/** One file of a published edition. */
export interface ManifestFile {
  /** Relative to the edition directory, with forward slashes. */
  path: string;
  /** Hex sha256 of the file's bytes. */
  sha256: string;
  bytes: number;
}

/** manifest.json (schemas/manifest.schema.json). */
export interface Manifest {
  vdr_version: string;
  edition: number;
  version: string;
  /** The edition's title, for the index of published editions. */
  title: string;
  /** The publication date, YYYY-MM-DD (UTC), from `source_date_epoch`. */
  date: string;
  /** The SOURCE_DATE_EPOCH the edition was made with: set it to rebuild the same bytes. */
  source_date_epoch: number;
  /** `sha256:` and the hex fingerprint of the inputs (see fingerprint.ts). */
  inputs_fingerprint: string;
  /** Every file but manifest.json, sorted by path. */
  files: ManifestFile[];
}

/**
 * The manifest of the files about to be written.
 *
 * @param files
 *   Every file of the edition directory but the manifest.
 * @param about
 *   Everything but the file list.
 */
export function makeManifest(files: OutputFiles, about: Omit<Manifest, 'files'>): Manifest {
  const list = [...files]
    .filter(([path]) => path !== MANIFEST)
    .map(([path, content]) => {
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      return { path, sha256: sha256(bytes), bytes: bytes.length };
    })
    .sort((a, b) => byCode(a.path, b.path));
  return {
    vdr_version: about.vdr_version,
    edition: about.edition,
    version: about.version,
    title: about.title,
    date: about.date,
    source_date_epoch: about.source_date_epoch,
    inputs_fingerprint: about.inputs_fingerprint,
    files: list,
  };
}

/** The manifest as written: two-space JSON and a final newline. */
export function manifestText(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Reads manifest.json of an edition directory; a string says why it cannot be used. */
export function readManifest(dir: string, fs: FileAccess = nodeFiles): Manifest | string {
  const path = join(dir, MANIFEST);
  if (!fs.exists(path)) return `there is no ${MANIFEST} in ${dir}`;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(fs.readFile(path)).toString('utf8'));
  } catch (error) {
    return `${MANIFEST} in ${dir} is not valid JSON (${(error as Error).message})`;
  }
  const m = value as Partial<Manifest> | null;
  if (
    m === null ||
    typeof m !== 'object' ||
    typeof m.edition !== 'number' ||
    typeof m.version !== 'string' ||
    typeof m.title !== 'string' ||
    typeof m.date !== 'string' ||
    typeof m.inputs_fingerprint !== 'string' ||
    typeof m.vdr_version !== 'string' ||
    !Array.isArray(m.files) ||
    !m.files.every((f) => typeof f?.path === 'string' && typeof f.sha256 === 'string' && typeof f.bytes === 'number')
  ) {
    return `${MANIFEST} in ${dir} lacks edition, version, title, date, inputs_fingerprint, vdr_version or a files list of path, sha256 and bytes`;
  }
  return m as Manifest;
}

/** A manifest path that stays inside the edition directory. */
function isInside(path: string): boolean {
  return path !== '' && !path.startsWith('/') && !/^[A-Za-z]:/.test(path) && !path.split(/[/\\]/).some((part) => part === '..' || part === '');
}

/**
 * Checks an edition directory against its manifest.json: every listed file present with its size
 * and sha256, and no file that the manifest does not list.
 *
 * @param dir
 *   The edition directory, such as output/2021/1.0.0.
 * @param fs
 *   (optional) The file system (default: the real one).
 * @returns
 *   One message per problem (file: the path inside `dir`); empty when the directory matches.
 */
export function verifyManifest(dir: string, fs: FileAccess = nodeFiles): Message[] {
  const manifest = readManifest(dir, fs);
  if (typeof manifest === 'string') {
    return [message({ file: MANIFEST }, publishMessages.manifestUnreadable(manifest))];
  }
  const problems: Message[] = [];
  const listed = new Set<string>();
  for (const entry of manifest.files) {
    if (!isInside(entry.path)) {
      problems.push(message({ file: MANIFEST }, publishMessages.manifestOutside(), { value: entry.path }));
      continue;
    }
    listed.add(entry.path);
    const path = join(dir, entry.path);
    if (!fs.exists(path)) {
      problems.push(message({ file: entry.path }, publishMessages.fileMissing()));
      continue;
    }
    const bytes = fs.readFile(path);
    if (bytes.length !== entry.bytes) {
      problems.push(message({ file: entry.path }, publishMessages.fileSize(bytes.length, entry.bytes)));
      continue;
    }
    const hash = sha256(bytes);
    if (hash !== entry.sha256) {
      problems.push(message({ file: entry.path }, publishMessages.fileHash(hash, entry.sha256)));
    }
  }
  for (const path of fs.listFiles(dir, { hidden: true })) {
    if (path === MANIFEST || listed.has(path)) continue;
    problems.push(message({ file: path }, publishMessages.fileNotListed()));
  }
  return problems;
}
