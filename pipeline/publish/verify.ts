/**
 * `vdr verify`: every published version, output/<edition>/<version>/, checked against its
 * manifest.json (manifest.ts, verifyManifest), with each problem placed at its file in the
 * project. Publish and diff use the same check before they trust a published version.
 */
import { join, relative, sep } from 'node:path';
import { formatMessage } from '../diagnostics/format.js';
import { sortMessages, type Message } from '../diagnostics/message.js';
import { nodeFiles, type FileAccess } from '../io/files.js';
import type { ProjectPaths } from '../project/paths.js';
import { readManifest, verifyManifest } from './manifest.js';
import { compareVersions, isVersion } from './version.js';

/** One published version and what its check found. */
export interface VersionCheck {
  edition: number;
  version: string;
  /** The version directory, project-relative, such as output/2021/1.0.0. */
  dir: string;
  /** How many files its manifest.json lists (0 when it cannot be read). */
  files: number;
  /** Every problem, its file project-relative; empty when the version is as published. */
  messages: Message[];
}

/** The versions checked, or why they could not be (exit 2 usage: nothing to check; 3 environment: unreadable). */
export type VerifyResult = { ok: true; checks: VersionCheck[] } | { ok: false; reason: string; exit: 2 | 3 };

/** The project-relative form of the output directory, with forward slashes. */
function shownOutput(project: ProjectPaths): string {
  return relative(project.root, project.outputDir).split(sep).join('/');
}

/**
 * Checks one version directory against its manifest.
 *
 * @param project
 *   The project (its root and output directory).
 * @param edition
 *   The edition year.
 * @param version
 *   The version, X.Y.Z.
 * @param fs
 *   (optional) The file system (default: the real one).
 */
export function checkVersion(project: ProjectPaths, edition: number, version: string, fs: FileAccess = nodeFiles): VersionCheck {
  const dir = `${shownOutput(project)}/${edition}/${version}`;
  const absolute = join(project.outputDir, String(edition), version);
  const messages = verifyManifest(absolute, fs, { edition, version }).map((m) => ({ ...m, file: `${dir}/${m.file}` }));
  const manifest = readManifest(absolute, fs);
  return { edition, version, dir, files: typeof manifest === 'string' ? 0 : manifest.files.length, messages };
}

/**
 * The version directories of an edition (output/<edition>/X.Y.Z/), oldest first, whether or not
 * their manifest can be read: a damaged version is still a version.
 */
export function versionDirectories(project: ProjectPaths, edition: number, fs: FileAccess = nodeFiles): string[] {
  return fs.listDirectories(join(project.outputDir, String(edition))).filter(isVersion).sort(compareVersions);
}

/** Every edition with a version directory under output/, oldest first. */
export function publishedEditions(project: ProjectPaths, fs: FileAccess = nodeFiles): number[] {
  return fs
    .listDirectories(project.outputDir)
    .filter((name) => /^\d{4}$/.test(name))
    .map(Number)
    .filter((year) => versionDirectories(project, year, fs).length > 0)
    .sort((a, b) => a - b);
}

/**
 * `vdr verify`: checks the published versions of an edition, or one of them.
 *
 * @param project
 *   The project.
 * @param edition
 *   The edition year.
 * @param version
 *   (optional) The one version to check (default: every published version of the edition).
 * @param fs
 *   (optional) The file system (default: the real one).
 */
export function verifyPublished(project: ProjectPaths, edition: number, version?: string, fs: FileAccess = nodeFiles): VerifyResult {
  const versions = versionDirectories(project, edition, fs);
  const where = `${shownOutput(project)}/${edition}`;
  if (versions.length === 0) {
    return { ok: false, reason: `the ${edition} edition has no published version: there is no ${where}/X.Y.Z/ directory`, exit: 2 };
  }
  if (version !== undefined && !versions.includes(version)) {
    return { ok: false, reason: `version ${version} of the ${edition} edition is not published (there is no ${where}/${version}/); its published versions are ${versions.join(', ')}`, exit: 2 };
  }
  try {
    return { ok: true, checks: (version === undefined ? versions : [version]).map((v) => checkVersion(project, edition, v, fs)) };
  } catch (error) {
    return { ok: false, reason: `could not read the published versions in ${where} (${(error as Error).message}); nothing was changed`, exit: 3 };
  }
}

/**
 * Every published version of every edition that fails its check, for publish, which warns of a
 * damaged file and refuses to rewrite the index over a version whose manifest it cannot read.
 */
export function damagedVersions(project: ProjectPaths, fs: FileAccess = nodeFiles): VersionCheck[] {
  return publishedEditions(project, fs)
    .flatMap((edition) => versionDirectories(project, edition, fs).map((version) => checkVersion(project, edition, version, fs)))
    .filter((check) => check.messages.length > 0);
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * `vdr verify`'s report for a terminal: a line per version as published, each problem of a
 * version that is not on its own line, then one sentence for all.
 */
export function formatChecks(checks: readonly VersionCheck[], edition: number): string {
  const lines: string[] = [];
  for (const check of checks) {
    if (check.messages.length === 0) lines.push(`${check.dir}: as published, all ${check.files} files match manifest.json.`);
    else lines.push(`${check.dir}: ${plural(check.messages.length, 'problem')}`, ...sortMessages(check.messages).map((m) => `  ${formatMessage(m)}`));
  }
  const failed = checks.filter((check) => check.messages.length > 0);
  const of = `${plural(checks.length, 'published version')} of the ${edition} edition`;
  const one = failed.length === 1;
  lines.push(
    failed.length === 0
      ? `Checked ${of}: each is as published.`
      : `Checked ${of}: ${failed.map((c) => c.version).join(', ')} ${one ? 'differs' : 'differ'} from ${one ? 'its' : 'their'} manifest.json; see the fix given with each problem.`,
  );
  return `${lines.join('\n')}\n`;
}

/** `vdr verify --json`: whether all are as published, and each version with its problems. */
export function checksJson(checks: readonly VersionCheck[], edition: number): object {
  const versions = checks.map((check) => ({ version: check.version, dir: check.dir, files: check.files, ok: check.messages.length === 0, messages: sortMessages(check.messages) }));
  return { ok: versions.every((v) => v.ok), edition, versions };
}
