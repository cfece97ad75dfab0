/**
 * The publish stage, in order:
 * 1. refuse: a malformed version, any error or warning in the build, an unknown edition, an
 *    incomplete build directory, a version already published;
 * 2. gather: the build's files, the data package, the content sources, the manifest;
 * 3. write: output/<edition>/<version>/ in one atomic step, under a lock on the output directory;
 * 4. index: output/editions.json and output/index.html, regenerated from every manifest.
 */
import { join, relative, sep } from 'node:path';
import type { Message } from '../diagnostics/message.js';
import type { Project } from '../project/index.js';
import type { OutputFiles } from '../io/atomic.js';
import { dataPackageFiles, editionSourceFiles } from './data-package.js';
import { writeEditionsIndex, type PublishedScan } from './editions-index.js';
import { editionInputs, inputFingerprint } from './fingerprint.js';
import { byCode } from '../io/order.js';
import { nodeFiles, type FileAccess } from '../io/files.js';
import { makeManifest, manifestText, MANIFEST, type Manifest } from './manifest.js';
import { isVersion, sourceDate, vdrVersion } from './version.js';

/** The files a final build directory must hold before it can be published. */
export const REQUIRED_BUILD_FILES: readonly string[] = ['report.html', 'report.pdf', 'metrics.json', 'metrics.csv'];

/** Paths in a version directory that publish writes itself; a build's files there are not copied. */
const OWN_PATHS = [MANIFEST, 'data-package/', 'source/'];

/** What to publish, and from which build. */
export interface PublishOptions {
  /** MAJOR.MINOR.PATCH, such as 1.0.0. */
  version: string;
  /** An already-built final build directory, absolute (such as output/2021/build). */
  buildDir: string;
  /** Every validation and content message of that build: any error or warning refuses. */
  messages: readonly Message[];
  /** (optional) Files the build directory must hold (default: REQUIRED_BUILD_FILES). */
  requiredFiles?: readonly string[];
  /** (optional) The environment, for SOURCE_DATE_EPOCH (default: process.env). */
  env?: Readonly<Record<string, string | undefined>>;
  /** (optional) The vdr version recorded (default: from package.json). */
  vdrVersion?: string;
  /** (optional) The file system (default: the real one). */
  fs?: FileAccess;
}

/** Why publish refused; each has its own exit code (SPEC 10). */
export type PublishRefusalCode =
  | 'bad-version'
  | 'errors'
  | 'warnings'
  | 'no-edition'
  | 'incomplete-build'
  | 'build-mismatch'
  | 'version-exists'
  | 'bad-source-date'
  | 'locked'
  | 'read-failed'
  | 'write-failed'
  | 'index-failed';

/** A publication, or a refusal with its reason and exit code. */
export type PublishResult =
  | {
      ok: true;
      edition: number;
      version: string;
      /** The version directory, absolute. */
      dir: string;
      /** Every file written there, relative to it, sorted (manifest.json included). */
      files: string[];
      manifest: Manifest;
      /** The index files rewritten, absolute. */
      index: string[];
      /** Version directories the index left out, and why. */
      skipped: string[];
    }
  | { ok: false; code: PublishRefusalCode; exit: 1 | 2 | 3; reason: string; messages: Message[] };

/** The exit code of each refusal: 1 data or content, 2 usage, 3 environment. */
const EXIT_OF: Record<PublishRefusalCode, 1 | 2 | 3> = {
  'bad-version': 2,
  errors: 1,
  warnings: 1,
  'no-edition': 2,
  'incomplete-build': 2,
  'build-mismatch': 2,
  // Nothing in the data or content is wrong: the version asked for is taken, so it is a usage error.
  'version-exists': 2,
  'bad-source-date': 3,
  locked: 3,
  'read-failed': 3,
  'write-failed': 3,
  'index-failed': 3,
};

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Publishes an edition: writes output/<edition>/<version>/ with the build's files (the HTML, the
 * PDF, metrics.json and metrics.csv, and anything else the build wrote), the data package, the
 * content sources and manifest.json, then updates output/editions.json and output/index.html.
 * A published version is never overwritten. Bad input never throws: every refusal is returned
 * with its reason in plain words and its exit code.
 *
 * @param project
 *   The opened project; its edition (the one it was opened for, else the newest) is published.
 * @param options
 *   The version, the final build directory and its messages (see PublishOptions).
 */
export async function publishEdition(project: Project, options: PublishOptions): Promise<PublishResult> {
  const fs = options.fs ?? nodeFiles;
  const refuse = (code: PublishRefusalCode, reason: string, messages: Message[] = []): PublishResult => ({ ok: false, code, exit: EXIT_OF[code], reason, messages });
  const { version } = options;

  if (!isVersion(version)) {
    return refuse('bad-version', `the version must be three whole numbers separated by points, such as 1.0.0 or 2.1.3, not "${version}"`);
  }
  const errors = options.messages.filter((m) => m.severity === 'error');
  if (errors.length > 0) {
    return refuse('errors', `the build has ${plural(errors.length, 'error')}, and a published edition must have none; fix them (vdr validate lists the data errors, vdr build the content errors) and publish again`, errors);
  }
  const warnings = options.messages.filter((m) => m.severity === 'warning');
  if (warnings.length > 0) {
    return refuse('warnings', `the build has ${plural(warnings.length, 'warning')}, and a published edition must have none; fix them (vdr build lists them) and publish again`, warnings);
  }

  const picked = project.edition();
  if (typeof picked === 'string') return refuse('no-edition', picked, project.editions().messages);
  const edition = picked;
  const target = join(project.outputDir, String(edition.year), version);
  const shown = (path: string): string => relative(project.root, path).split(sep).join('/') || '.';

  const buildAgain = `run vdr build --final${project.chosen === undefined ? '' : ` --edition ${edition.year}`} first`;
  if (!fs.isDirectory(options.buildDir)) return refuse('incomplete-build', `there is no build directory ${shown(options.buildDir)}; ${buildAgain}`);
  // The build's files are read under the build's own lock, so a build running now cannot mix.
  const files: OutputFiles = new Map();
  let read;
  try {
    read = await fs.lock(options.buildDir, async () => {
      for (const path of fs.listFiles(options.buildDir)) {
        if (OWN_PATHS.some((own) => (own.endsWith('/') ? path.startsWith(own) : path === own))) continue;
        files.set(path, fs.readFile(join(options.buildDir, path)));
      }
    });
  } catch (error) {
    return refuse('read-failed', `could not read the build in ${shown(options.buildDir)} (${(error as Error).message}); nothing was published`);
  }
  if (read.locked) {
    return refuse('locked', `another build or publication (process ${read.holder}) is using ${shown(options.buildDir)}; wait for it to finish and publish again`);
  }
  const missing = (options.requiredFiles ?? REQUIRED_BUILD_FILES).filter((file) => !files.has(file));
  if (missing.length > 0) return refuse('incomplete-build', `the build directory ${shown(options.buildDir)} has no ${missing.join(', ')}; ${buildAgain}`);
  const builtYear = builtEdition(files.get('metrics.json'));
  if (builtYear !== undefined && builtYear !== edition.year) {
    return refuse('build-mismatch', `the build in ${shown(options.buildDir)} is of the ${builtYear} edition, not the ${edition.year} edition`);
  }
  const exists = (): PublishResult =>
    fs.exists(join(target, MANIFEST))
      ? refuse('version-exists', `version ${version} of the ${edition.year} edition is already published in ${shown(target)}, and a published version never changes; publish it as a new version, such as ${nextPatch(version)}`)
      : refuse('version-exists', `${shown(target)} already exists but is not a published edition (it has no ${MANIFEST}); move it away, or publish another version`);
  if (fs.exists(target)) return exists();

  const inputs = editionInputs(project, edition, fs);
  const date = sourceDate(options.env ?? process.env, project.root, inputs, fs);
  if (typeof date === 'string') return refuse('bad-source-date', date);

  let manifest: Manifest;
  try {
    for (const [path, content] of dataPackageFiles(project, edition, version, fs)) files.set(path, content);
    for (const [path, content] of editionSourceFiles(project, edition, fs)) files.set(path, content);
    manifest = makeManifest(files, {
      vdr_version: options.vdrVersion ?? vdrVersion(),
      edition: edition.year,
      version,
      title: edition.subtitle === undefined ? edition.title : `${edition.title}: ${edition.subtitle}`,
      date: date.date,
      source_date_epoch: date.epoch,
      inputs_fingerprint: inputFingerprint(project.root, inputs, fs),
    });
  } catch (error) {
    return refuse('read-failed', `could not read the inputs of the ${edition.year} edition (${(error as Error).message}); nothing was published`);
  }
  files.set(MANIFEST, manifestText(manifest));

  // One lock for the whole output directory: two publications also share the index.
  let locked;
  try {
    locked = await fs.lock(join(project.outputDir, '.publish'), async (): Promise<PublishResult | PublishedScan> => {
      if (fs.exists(target)) return exists();
      try {
        fs.writeDirectory(target, files);
      } catch (error) {
        return refuse('write-failed', `could not write ${shown(target)} (${(error as Error).message}); nothing was published, and earlier output is as it was`);
      }
      try {
        return writeEditionsIndex(project.outputDir, fs);
      } catch (error) {
        return refuse(
          'index-failed',
          `version ${version} is published in ${shown(target)}, but the index of published editions could not be rewritten (${(error as Error).message}); publishing any other version rewrites it`,
        );
      }
    });
  } catch (error) {
    return refuse('write-failed', `could not lock ${shown(project.outputDir)} (${(error as Error).message}); nothing was published`);
  }
  if (locked.locked) {
    return refuse('locked', `another publication (process ${locked.holder}) is writing to ${shown(project.outputDir)}; wait for it to finish and publish again`);
  }
  const value = locked.value;
  if ('ok' in value) return value;
  return {
    ok: true,
    edition: edition.year,
    version,
    dir: target,
    files: [...files.keys()].sort(byCode),
    manifest,
    index: [join(project.outputDir, 'editions.json'), join(project.outputDir, 'index.html')],
    skipped: value.skipped,
  };
}

/** The edition year a build's metrics.json is of, when it says. */
function builtEdition(metricsJson: string | Uint8Array | undefined): number | undefined {
  if (metricsJson === undefined) return undefined;
  try {
    const text = typeof metricsJson === 'string' ? metricsJson : Buffer.from(metricsJson).toString('utf8');
    const metrics = JSON.parse(text) as { edition?: { year?: unknown } };
    return typeof metrics.edition?.year === 'number' ? metrics.edition.year : undefined;
  } catch {
    return undefined;
  }
}

function nextPatch(version: string): string {
  const [major, minor, patch] = version.split('.').map(Number);
  return `${major}.${minor}.${(patch ?? 0) + 1}`;
}

export { inputFingerprint, editionInputs } from './fingerprint.js';
export { verifyManifest, readManifest, type Manifest, type ManifestFile } from './manifest.js';
export { scanPublished, writeEditionsIndex, type EditionsIndex, type PublishedEdition, type PublishedVersion } from './editions-index.js';
export { editionSourceFiles } from './data-package.js';
export { isVersion, compareVersions, sourceDate, vdrVersion } from './version.js';
