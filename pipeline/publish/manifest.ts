/**
 * manifest.json of a published edition: every file with its sha256 and size, the fingerprint of
 * the inputs and the version of vdr that wrote it (schemas/manifest.schema.json describes it).
 * verifyManifest checks a directory against its manifest, file by file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { message, type Message } from '../diagnostics/message.js';
import type { OutputFiles } from '../io/atomic.js';
import { sha256 } from '../io/hash.js';
import { byCode } from '../io/order.js';
import { nodeFiles, type FileAccess } from '../io/files.js';
import type { Language } from '../model.js';
import { publishMessages } from './messages.js';

/** The manifest's own name in the edition directory; it does not list itself. */
export const MANIFEST = 'manifest.json';

/** Where a published version keeps the partner briefs: briefs/CODE.html and briefs/CODE.pdf. */
export const BRIEFS_DIR = 'briefs';

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
  /** An edition in several languages: each, the source language first, with its title and report files. */
  languages?: ManifestLanguage[];
}

/** One language of a published edition. */
export interface ManifestLanguage {
  language: Language;
  /** Its name written in itself. */
  name: string;
  title: string;
  html: string;
  pdf: string;
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
    ...(about.languages ? { languages: about.languages } : {}),
  };
}

/** The manifest as written: two-space JSON and a final newline. */
export function manifestText(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** vdr's own schemas/manifest.schema.json (the same path from pipeline/ and from dist/), compiled once. */
let manifestSchema: ValidateFunction | undefined;
function validManifest(value: unknown): value is Manifest {
  manifestSchema ??= new Ajv2020({ allErrors: true, strict: true, verbose: true }).compile(
    JSON.parse(readFileSync(new URL('../../schemas/manifest.schema.json', import.meta.url), 'utf8')) as object,
  );
  return manifestSchema(value);
}

/** What each patterned field of a manifest looks like, in plain words. */
const FORMS: Record<string, string> = {
  version: 'a version such as 1.0.0',
  date: 'a date such as 2026-01-01',
  inputs_fingerprint: '"sha256:" and 64 hexadecimal digits',
  sha256: '64 hexadecimal digits',
  path: 'a path inside the version directory, such as report.html',
};

/** One schema error in plain words, naming the field as a path such as files/3/sha256 and the value found. */
function schemaProblem(error: ErrorObject): string {
  const name = error.instancePath.slice(1);
  const field = name === '' ? 'the manifest' : `the field ${name}`;
  const found = `, found ${JSON.stringify(error.data)}`;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `${field} lacks ${String(params['missingProperty'])}`;
    case 'additionalProperties':
      return `${field} has ${String(params['additionalProperty'])}, which a manifest does not have`;
    case 'type':
      return `${field} is not ${params['type'] === 'integer' ? 'a whole number' : `a ${String(params['type'])}`}${found}`;
    case 'pattern':
      return `${field} is not ${FORMS[name.split('/').pop() ?? ''] ?? 'in the form a manifest uses'}${found}`;
    case 'minimum':
    case 'maximum':
      return `${field} must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${String(params['limit'])}${found}`;
    default:
      return `${field} ${error.message ?? 'is not allowed'}${found}`;
  }
}

/**
 * Reads manifest.json of an edition directory and checks it against schemas/manifest.schema.json.
 *
 * @param dir
 *   The edition directory, absolute.
 * @param fs
 *   (optional) The file system (default: the real one).
 * @returns
 *   The manifest, or why it cannot be used, in plain words (without the directory, which the
 *   caller names).
 */
export function readManifest(dir: string, fs: FileAccess = nodeFiles): Manifest | string {
  const path = join(dir, MANIFEST);
  if (!fs.exists(path)) return `there is no ${MANIFEST}`;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(fs.readFile(path)).toString('utf8'));
  } catch (error) {
    return `${MANIFEST} is not valid JSON (${(error as Error).message})`;
  }
  if (!validManifest(value)) {
    const problems = (manifestSchema?.errors ?? []).map(schemaProblem);
    const shown = problems.slice(0, 3).join('; ');
    const more = problems.length > 3 ? `; and ${problems.length - 3} more` : '';
    return `${MANIFEST} does not match the schema of a manifest (schemas/manifest.schema.json): ${shown}${more}`;
  }
  return value;
}

/** A manifest path that stays inside the edition directory. */
function isInside(path: string): boolean {
  return path !== '' && !path.startsWith('/') && !/^[A-Za-z]:/.test(path) && !path.split(/[/\\]/).some((part) => part === '..' || part === '');
}

/**
 * Checks an edition directory against its manifest.json: the manifest well-formed (its schema),
 * naming the edition and version expected, every listed file present with its size and sha256,
 * and no file that the manifest does not list.
 *
 * @param dir
 *   The edition directory, such as output/2021/1.0.0.
 * @param fs
 *   (optional) The file system (default: the real one).
 * @param expected
 *   (optional) The edition and version the directory is of (output/<edition>/<version>/); the
 *   manifest must name them.
 * @returns
 *   One message per problem (file: the path inside `dir`); empty when the directory matches.
 */
export function verifyManifest(dir: string, fs: FileAccess = nodeFiles, expected?: { edition: number; version: string }): Message[] {
  const manifest = readManifest(dir, fs);
  if (typeof manifest === 'string') {
    return [message({ file: MANIFEST }, publishMessages.manifestUnreadable(manifest))];
  }
  const problems: Message[] = [];
  if (expected && (manifest.edition !== expected.edition || manifest.version !== expected.version)) {
    problems.push(message({ file: MANIFEST }, publishMessages.manifestOtherVersion(manifest, expected)));
  }
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
