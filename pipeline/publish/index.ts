/**
 * The publish stage, in order:
 * 1. refuse at once, before building: a malformed version, an unknown edition, a version already
 *    published, a date that cannot be written, a published version whose manifest is damaged
 *    (the index could not list it);
 * 2. build: take the lock on output/<edition>/build/ and, holding it, make the final build;
 *    refuse any error or warning in it; then, when asked, the final partner briefs, refused alike;
 * 3. gather: the bytes that build produced (never the directory read again), the briefs' bytes,
 *    the data package (with the metrics and SDMX-CSV), the workbook, the content sources, the
 *    manifest;
 * 4. write: output/<edition>/<version>/ in one atomic step, under a lock on the output directory;
 * 5. index: output/editions.json and output/index.html, regenerated from every manifest;
 *    then the build lock is released.
 */
import { join, relative, sep } from 'node:path';
import type { Message } from '../diagnostics/message.js';
import type { Project } from '../project/index.js';
import type { OutputFiles } from '../io/atomic.js';
import { dataPackageFiles, editionSourceFiles } from './data-package.js';
import { reportWorkbook, WORKBOOK_FILE } from './workbook.js';
import type { Metrics } from '../metrics/types.js';
import { writeEditionsIndex, type PublishedScan } from './editions-index.js';
import { editionInputs, inputFingerprint } from './fingerprint.js';
import { byCode } from '../io/order.js';
import { nodeFiles, type FileAccess } from '../io/files.js';
import { BRIEFS_DIR, makeManifest, manifestText, MANIFEST, type Manifest, type ManifestLanguage } from './manifest.js';
import { editionIn, editionLanguages, reportFile } from '../edition/languages.js';
import type { LoadedEdition } from '../edition/load.js';
import { stringsFor } from '../i18n/index.js';
import type { Language } from '../model.js';
import { isVersion, sourceDate, vdrVersion, type SourceDate } from './version.js';
import { damagedVersions, type VersionCheck } from './verify.js';

/** The files a final build directory must hold before it can be published. */
export const REQUIRED_BUILD_FILES: readonly string[] = ['report.html', 'report.pdf', 'metrics.json', 'metrics.csv'];

/** Paths in a version directory that publish writes itself; a build's files there are not copied. */
const OWN_PATHS = [MANIFEST, WORKBOOK_FILE, 'data-package/', 'source/', `${BRIEFS_DIR}/`];

/** What the final build made, as publish seals it (build.ts's BuildOutcome is one). */
export interface SealableBuild {
  /** Every validation and content message of the build: any error or warning refuses. */
  messages: readonly Message[];
  /** Why the build could not run at all (no Chromium, a bad date), with its exit code. */
  refusal?: { reason: string; exit: 2 | 3 };
  /**
   * The files of output/<edition>/build/ as this build wrote them, or, for a build that found
   * nothing changed, as read back and matched against the sha256 recorded when they were
   * written; absent when the build stopped.
   */
  written?: OutputFiles;
}

/** What the final briefs made, as publish seals them (briefs/build.ts's outcome with `write: false` is one). */
export interface SealableBriefs {
  /** The data's messages as the briefs saw them: any error or warning refuses. */
  messages: readonly Message[];
  /** Why the briefs could not be made at all (no Chromium, a bad date), with its exit code. */
  refusal?: { reason: string; exit: 2 | 3 };
  /** The briefs' files by name (AFG.html, AFG.pdf...), published under briefs/; absent when they stopped. */
  made?: OutputFiles;
}

/** What to publish, and how to build it. */
export interface PublishOptions {
  /** MAJOR.MINOR.PATCH, such as 1.0.0. */
  version: string;
  /**
   * Makes the final build of the edition. Publish calls it holding the lock on
   * output/<edition>/build/, so it must write without taking that lock
   * (build(project, { final: true, lockHeld: true })), and seals only what it returns.
   */
  build: () => Promise<SealableBuild>;
  /**
   * (optional) Makes the edition's final partner briefs without writing them
   * (buildBriefs(project, { final: true, write: false })). Publish calls it after the build,
   * holding the same lock, refuses as it refuses the build, and publishes the files under briefs/
   * (default: a version without briefs).
   */
  briefs?: () => Promise<SealableBriefs>;
  /** (optional) Files the build must have made (default: REQUIRED_BUILD_FILES). */
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
  | 'damaged-version'
  | 'build-refused'
  | 'briefs-refused'
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
      /** Files of earlier published versions that no longer match their manifest (warnings). */
      warnings: Message[];
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
  // The published output is damaged, as vdr verify reports it (exit 1 there too).
  'damaged-version': 1,
  // Replaced by the build's own exit code (2 or 3).
  'build-refused': 3,
  // Replaced by the briefs' own exit code (2 or 3).
  'briefs-refused': 3,
  'bad-source-date': 3,
  locked: 3,
  'read-failed': 3,
  'write-failed': 3,
  'index-failed': 3,
};

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Publishes an edition: builds it and writes output/<edition>/<version>/ with the bytes that
 * build made (the HTML, the PDF, metrics.json and metrics.csv, and anything else it wrote), the
 * partner briefs when options.briefs makes them (briefs/CODE.html and CODE.pdf), the data
 * package, the content sources and manifest.json, then updates output/editions.json and
 * output/index.html. The lock on output/<edition>/build/ is held from the build to the index, so
 * no other build can come between. A published version is never overwritten. Bad input never
 * throws: every refusal is returned with its reason in plain words and its exit code (a build
 * that throws, a fault in vdr, is passed on).
 *
 * @param project
 *   The opened project; its edition (the one it was opened for, else the newest) is published.
 * @param options
 *   The version and how to build (see PublishOptions).
 */
export async function publishEdition(project: Project, options: PublishOptions): Promise<PublishResult> {
  const fs = options.fs ?? nodeFiles;
  const refuse = (code: PublishRefusalCode, reason: string, messages: Message[] = [], exit = EXIT_OF[code]): PublishResult => ({ ok: false, code, exit, reason, messages });
  const { version } = options;

  // 1. Refuse at once: nothing here needs the build.
  if (!isVersion(version)) {
    return refuse('bad-version', `the version must be three whole numbers separated by points, such as 1.0.0 or 2.1.3, not "${version}"`);
  }
  const picked = project.edition();
  if (typeof picked === 'string') return refuse('no-edition', picked, project.editions().messages);
  const edition = picked;
  const target = join(project.outputDir, String(edition.year), version);
  const buildDir = join(project.outputDir, String(edition.year), 'build');
  const shown = (path: string): string => relative(project.root, path).split(sep).join('/') || '.';
  const exists = (): PublishResult =>
    fs.exists(join(target, MANIFEST))
      ? refuse('version-exists', `version ${version} of the ${edition.year} edition is already published in ${shown(target)}, and a published version never changes; publish it as a new version, such as ${nextPatch(version)}`)
      : refuse('version-exists', `${shown(target)} already exists but is not a published edition (it has no ${MANIFEST}); move it away, or publish another version`);
  if (fs.exists(target)) return exists();
  const inputs = editionInputs(project, edition, fs);
  const date = sourceDate(options.env ?? process.env, project.root, inputs, fs);
  if (typeof date === 'string') return refuse('bad-source-date', date);
  const damaged = (): PublishResult | Message[] => {
    let checks;
    try {
      checks = damagedVersions(project, fs);
    } catch (error) {
      return refuse('read-failed', `could not read the published versions in ${shown(project.outputDir)} (${(error as Error).message}); nothing was published`);
    }
    const unlisted = checks.filter((check) => check.messages.some((m) => m.file === `${check.dir}/${MANIFEST}`));
    if (unlisted.length > 0) return refuse('damaged-version', damagedReason(unlisted), unlisted.flatMap((check) => check.messages));
    return checks.flatMap((check) => check.messages.map((m) => ({ ...m, severity: 'warning' as const })));
  };
  const early = damaged();
  if (!Array.isArray(early)) return early;

  // 2. Build, holding the lock on the build directory until the version and the index are written.
  let held;
  let building = false;
  try {
    held = await fs.lock(buildDir, async (): Promise<PublishResult> => {
      building = true;
      const built = await options.build();
      building = false;
      if (built.refusal) return refuse('build-refused', built.refusal.reason, [], built.refusal.exit);
      const unfit = problems(built.messages, 'the build has', { errors: 'vdr validate lists the data errors, vdr build the content errors', warnings: 'vdr build lists them' });
      if (unfit) return unfit;
      let briefs: OutputFiles | undefined;
      if (options.briefs) {
        building = true;
        const made = await options.briefs();
        building = false;
        if (made.refusal) return refuse('briefs-refused', `the partner briefs could not be made: ${made.refusal.reason}`, [], made.refusal.exit);
        const stopped = problems(made.messages, 'the partner briefs have', { errors: 'vdr briefs --final lists them', warnings: 'vdr briefs --final lists them' });
        if (stopped) return stopped;
        if (!made.made) return refuse('incomplete-build', 'the partner briefs were not made, so there is nothing complete to publish; run vdr briefs --final to see why');
        briefs = made.made;
      }
      return seal(built.written ?? new Map(), briefs ?? new Map(), date);
    });
  } catch (error) {
    // A build that throws is a fault in vdr, not bad input: passed on as it is, the lock let go.
    if (building) throw error;
    return refuse('write-failed', `could not lock ${shown(buildDir)} (${(error as Error).message}); nothing was published`);
  }
  if (held.locked) {
    return refuse('locked', `another build or publication (process ${held.holder}) is using ${shown(buildDir)}; wait for it to finish and publish again`);
  }
  return held.value;

  /** The refusal for any error or warning in what the build or the briefs made; undefined when there is none. */
  function problems(messages: readonly Message[], whatHas: string, fix: { errors: string; warnings: string }): PublishResult | undefined {
    const errors = messages.filter((m) => m.severity === 'error');
    if (errors.length > 0) {
      return refuse('errors', `${whatHas} ${plural(errors.length, 'error')}, and a published edition must have none; fix them (${fix.errors}) and publish again`, errors);
    }
    const warnings = messages.filter((m) => m.severity === 'warning');
    if (warnings.length > 0) {
      return refuse('warnings', `${whatHas} ${plural(warnings.length, 'warning')}, and a published edition must have none; fix them (${fix.warnings}) and publish again`, warnings);
    }
    return undefined;
  }

  /** 3 to 5: the build's and the briefs' bytes, the data package, the sources and the manifest, written and indexed. */
  async function seal(built: OutputFiles, briefs: OutputFiles, date: SourceDate): Promise<PublishResult> {
    const files: OutputFiles = new Map();
    for (const [path, content] of built) {
      if (!OWN_PATHS.some((own) => (own.endsWith('/') ? path.startsWith(own) : path === own))) files.set(path, content);
    }
    for (const [name, content] of briefs) files.set(`${BRIEFS_DIR}/${name}`, content);
    const languages = editionLanguages(edition);
    const reports = languages.map((language) => ({ language, html: reportFile(edition, language, 'html'), pdf: reportFile(edition, language, 'pdf') }));
    const required = options.requiredFiles ?? [...new Set([...REQUIRED_BUILD_FILES, ...reports.flatMap((r) => [r.html, r.pdf])])];
    const missing = required.filter((file) => !files.has(file));
    if (missing.length > 0) return refuse('incomplete-build', `the build made no ${missing.join(', ')}, so there is nothing complete to publish; run vdr build --final${project.chosen === undefined ? '' : ` --edition ${edition.year}`} to see why`);
    const metrics = builtMetrics(files.get('metrics.json'));
    if (metrics === undefined) return refuse('incomplete-build', 'the build\'s metrics.json cannot be read, so there is nothing complete to publish; run vdr build --final to make it again');
    if (metrics.edition.year !== edition.year) {
      return refuse('build-mismatch', `the build is of the ${metrics.edition.year} edition, not the ${edition.year} edition`);
    }
    const title = edition.subtitle === undefined ? edition.title : `${edition.title}: ${edition.subtitle}`;
    let manifest: Manifest;
    try {
      // The data as written (the build refused any error in it), for the data package's SDMX-CSV and the workbook.
      const { dataset } = project.validation();
      if (!dataset) throw new Error('the data did not load');
      const metricsCsv = files.get('metrics.csv')!;
      for (const [path, content] of dataPackageFiles(project, edition, version, fs, { metricsCsv, dataset, metrics, sdmx: { refArea: edition.sdmx?.ref_area ?? 'iso3' } })) files.set(path, content);
      files.set(WORKBOOK_FILE, await reportWorkbook({ edition: { year: edition.year, title, version, date: date.date }, epoch: date.epoch, dataset, metrics }));
      for (const [path, content] of editionSourceFiles(project, edition, fs)) files.set(path, content);
      manifest = makeManifest(files, {
        vdr_version: options.vdrVersion ?? vdrVersion(),
        edition: edition.year,
        version,
        title,
        date: date.date,
        source_date_epoch: date.epoch,
        inputs_fingerprint: inputFingerprint(project.root, inputs, fs),
        ...(languages.length > 1 ? { languages: reports.map((r) => languageEntry(edition, r)) } : {}),
      });
    } catch (error) {
      return refuse('read-failed', `could not read the inputs of the ${edition.year} edition (${(error as Error).message}); nothing was published`);
    }
    files.set(MANIFEST, manifestText(manifest));

    // One lock for the whole output directory: two publications also share the index.
    let locked;
    try {
      locked = await fs.lock(join(project.outputDir, '.publish'), async (): Promise<PublishResult | { scan: PublishedScan; warnings: Message[] }> => {
        if (fs.exists(target)) return exists();
        // Checked again under the lock: a version damaged meanwhile must not vanish from the index.
        const warnings = damaged();
        if (!Array.isArray(warnings)) return warnings;
        try {
          fs.writeDirectory(target, files);
        } catch (error) {
          return refuse('write-failed', `could not write ${shown(target)} (${(error as Error).message}); nothing was published, and earlier output is as it was`);
        }
        try {
          return { scan: writeEditionsIndex(project.outputDir, fs), warnings };
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
      skipped: value.scan.skipped,
      warnings: value.warnings,
    };
  }
}

/** A language of the edition as the manifest lists it: its name in itself, its title, its reports. */
function languageEntry(edition: LoadedEdition, report: { language: Language; html: string; pdf: string }): ManifestLanguage {
  const built = editionIn(edition, report.language);
  return {
    language: report.language,
    name: stringsFor(report.language).languageName,
    title: built.subtitle === undefined ? built.title : stringsFor(report.language).captioned(built.title, built.subtitle),
    html: report.html,
    pdf: report.pdf,
  };
}

/** Why publish refuses over versions whose manifest cannot be read: which ones, and what to do. */
function damagedReason(checks: readonly VersionCheck[]): string {
  const which = checks.map((check) => `version ${check.version} of the ${check.edition} edition (${check.dir})`).join(', ');
  const one = checks.length === 1;
  return `${which} ${one ? 'is' : 'are'} damaged: ${one ? 'its' : 'their'} ${MANIFEST} cannot be read, so the index of published editions could not list ${one ? 'it' : 'them'}; restore ${MANIFEST} from your archive (vdr verify lists every problem), or move the directory out of output/, and publish again; nothing was published`;
}

/** A build's metrics.json, when it reads as metrics of an edition. */
function builtMetrics(metricsJson: string | Uint8Array | undefined): Metrics | undefined {
  if (metricsJson === undefined) return undefined;
  try {
    const text = typeof metricsJson === 'string' ? metricsJson : Buffer.from(metricsJson).toString('utf8');
    const metrics = JSON.parse(text) as Partial<Metrics>;
    return typeof metrics.edition?.year === 'number' && Array.isArray(metrics.entities) && Array.isArray(metrics.aggregates) ? (metrics as Metrics) : undefined;
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
export { isVersion, compareVersions, sourceDate, vdrVersion, LAST_EPOCH } from './version.js';
export { verifyPublished, checkVersion, damagedVersions, publishedEditions, versionDirectories, formatChecks, checksJson, type VersionCheck, type VerifyResult } from './verify.js';
