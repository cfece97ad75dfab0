/**
 * The two things a diff compares, each read into a Side: an edition as the project has it now
 * (its metrics computed, its chapters from content/<year>/), a published version
 * (output/<year>/<version>/), or any build or published directory (metrics.json and the content
 * sources under source/). A published side is checked against its manifest.json first and refused
 * when it does not match: its figures would not be the ones published.
 */
import { join, relative, resolve, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { LoadedEdition } from '../edition/load.js';
import type { Metrics } from '../metrics/types.js';
import type { Project, ProjectPaths } from '../project/index.js';
import { prepare } from '../project/prepare.js';
import { byCode } from '../io/order.js';
import { FileProblem, resolvesInside } from '../io/read.js';
import { nodeFiles, type FileAccess } from '../io/files.js';
import { MANIFEST, readManifest, verifyManifest } from '../publish/manifest.js';
import { versionDirectories } from '../publish/verify.js';
import { chapterBlocks } from './blocks.js';
import type { Side, SideChapter, SideInfo } from './types.js';

/** A side, or why it cannot be read (exit 1 for broken data, 2 for a spec that names nothing). */
export type SideResult = { ok: true; side: Side } | { ok: false; reason: string; exit: 1 | 2 };

/** How sides are read. */
export interface SideOptions {
  /** (optional) Where a relative directory is resolved from (default: the working directory). */
  cwd?: string;
  /** (optional) The file system (default: the real one). */
  fs?: FileAccess;
}

/** A chapter name that stays in its directory (as the content stage requires). */
export const CHAPTER_NAME = /^[a-z0-9][a-z0-9-]*\.md$/;

/** A chapter as a side has it: its id and title from its front matter, else from its file name. */
export function sideChapter(name: string, file: string, text: string): SideChapter {
  const meta = chapterBlocks(text);
  const fallback = name.replace(/\.md$/, '');
  return { id: meta.id ?? fallback, title: meta.title ?? fallback, file, text };
}

const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8');

/**
 * Reads chapters `names` from `dir`; `shownDir` is the project-relative path reported. A chapter
 * that is a link leading out of `within` (the project, or the published version) is left out,
 * as the content stage refuses it: its text must not reach a report's "What changed".
 */
function readChapters(dir: string, shownDir: string, names: readonly string[], fs: FileAccess, within: string): SideChapter[] {
  const chapters: SideChapter[] = [];
  for (const name of names) {
    const path = join(dir, name);
    if (!CHAPTER_NAME.test(name) || !fs.exists(path) || !resolvesInside(within, path)) continue;
    let bytes: Uint8Array;
    try {
      bytes = fs.readFile(path);
    } catch (error) {
      // Like a missing chapter, one that is not a file (a folder, a pipe) is left out here; the
      // content stage reports it at its place.
      if (error instanceof FileProblem) continue;
      throw error;
    }
    chapters.push(sideChapter(name, `${shownDir}/${name}`, text(bytes)));
  }
  return chapters;
}

/**
 * The chapters of an edition as the project has them now, in reading order.
 *
 * @param project
 *   The project.
 * @param edition
 *   The edition (its directory and chapter list).
 * @param fs
 *   (optional) The file system (default: the real one).
 */
export function projectChapters(project: ProjectPaths, edition: Pick<LoadedEdition, 'dir' | 'chapters'>, fs: FileAccess = nodeFiles): SideChapter[] {
  return readChapters(join(project.root, edition.dir), edition.dir, edition.chapters, fs, project.root);
}

/**
 * A side from metrics already computed and the project's chapters (a build compares itself so).
 *
 * @param project
 *   The project.
 * @param edition
 *   The edition built.
 * @param metrics
 *   Its metrics.
 * @param label
 *   (optional) How to name it (default: "<year> (this build)").
 * @param fs
 *   (optional) The file system (default: the real one).
 */
export function buildSide(project: ProjectPaths, edition: LoadedEdition, metrics: Metrics, label = `${edition.year} (this build)`, fs: FileAccess = nodeFiles): Side {
  return { info: { label, kind: 'project', edition: edition.year, version: null }, metrics, chapters: projectChapters(project, edition, fs), notes: [] };
}

/** An edition as the project has it now: its metrics from prepare() (the data is validated once per project). */
function projectSide(project: Project, year: number, fs: FileAccess): SideResult {
  const outcome = prepare(project, year);
  if (outcome.refusal) return { ok: false, reason: outcome.refusal.reason, exit: 2 };
  const { edition, metrics } = outcome;
  if (!edition || !metrics) {
    const errors = outcome.messages.filter((m) => m.severity === 'error').length;
    return { ok: false, reason: `the data of the ${year} edition has ${errors} error${errors === 1 ? '' : 's'}; vdr validate lists them`, exit: 1 };
  }
  return { ok: true, side: buildSide(project, edition, metrics, `${year} (current content)`, fs) };
}

/**
 * A build or published directory: its metrics.json, and its content sources under
 * source/content/<year>/ (published editions have them; without them the text is not compared).
 */
export function directorySide(dir: string, info: SideInfo, fs: FileAccess = nodeFiles): SideResult {
  if (!fs.isDirectory(dir)) return { ok: false, reason: `${info.label} is not a directory`, exit: 2 };
  const metricsPath = join(dir, 'metrics.json');
  if (!fs.exists(metricsPath)) {
    return { ok: false, reason: `${info.label} has no metrics.json; give an edition year (2021), a published version (2021@1.0.0) or a build directory`, exit: 2 };
  }
  let metrics: Metrics;
  try {
    metrics = JSON.parse(text(fs.readFile(metricsPath))) as Metrics;
  } catch (error) {
    return { ok: false, reason: `${info.label}/metrics.json is not valid JSON (${(error as Error).message})`, exit: 1 };
  }
  if (typeof metrics !== 'object' || metrics === null || !Array.isArray(metrics.entities) || !Array.isArray(metrics.aggregates)) {
    return { ok: false, reason: `${info.label}/metrics.json has no entities and aggregates: it is not vdr's metrics`, exit: 1 };
  }
  const year = info.edition ?? (typeof metrics.edition?.year === 'number' ? metrics.edition.year : null);
  const side: Side = { info: { ...info, edition: year }, metrics, chapters: null, notes: [] };
  const years = fs.listDirectories(join(dir, 'source', 'content')).filter((name) => /^\d{4}$/.test(name));
  const sourceYear = year !== null && years.includes(String(year)) ? String(year) : years.length === 1 ? years[0] : undefined;
  if (sourceYear === undefined) {
    side.notes.push(`${info.label} has no content sources (source/content/<year>/), so its text is not compared.`);
    return { ok: true, side };
  }
  const sourceDir = join(dir, 'source', 'content', sourceYear);
  let names: string[] = fs.listFiles(sourceDir).filter((name) => name.endsWith('.md'));
  const editionFile = join(sourceDir, 'edition.yaml');
  if (fs.exists(editionFile)) {
    try {
      const edition = parseYaml(text(fs.readFile(editionFile))) as { chapters?: unknown };
      if (Array.isArray(edition.chapters)) names = edition.chapters.filter((c): c is string => typeof c === 'string');
    } catch {
      names.sort(byCode);
    }
  }
  side.chapters = readChapters(sourceDir, `content/${sourceYear}`, names, fs, dir);
  return { ok: true, side };
}

/**
 * Why a published directory cannot be compared: it does not match its manifest.json (undefined
 * when it does). Refused rather than warned of: a reviewer reading "What changed" takes the old
 * figures as the published ones, and an edited metrics.json would make them wrong without a sign.
 */
function damagedSide(dir: string, label: string, shownDir: string, fs: FileAccess, expected?: { edition: number; version: string }): SideResult | undefined {
  const problems = verifyManifest(dir, fs, expected);
  const [first] = problems;
  if (first === undefined) return undefined;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length === 2 ? '' : 's'})` : '';
  return {
    ok: false,
    exit: 1,
    reason: `${label} does not match its ${MANIFEST}, so it is not what was published and is not compared: ${shownDir}/${first.file}: ${first.reason}${more}; vdr verify lists every problem and what to do`,
  };
}

/**
 * Reads one side of a diff.
 *
 * @param project
 *   The opened project.
 * @param spec
 *   An edition year as the project has it now ("2021"), a published version ("2021@1.0.0", or
 *   "2021@latest" for the newest), or a directory with a metrics.json.
 * @param options
 *   (optional) Where relative directories are resolved from, and the file system.
 * @returns
 *   The side, or why it cannot be read (exit 1 for broken data, 2 for a spec that names nothing).
 */
export function resolveSide(project: Project, spec: string, options: SideOptions = {}): SideResult {
  const fs = options.fs ?? nodeFiles;
  if (/^\d{4}$/.test(spec)) return projectSide(project, Number(spec), fs);
  const published = /^(\d{4})@(.+)$/.exec(spec);
  if (published) {
    const year = Number(published[1]);
    // Every version directory counts, a damaged one too: "latest" must not quietly fall back to an older version.
    const versions = versionDirectories(project, year, fs).reverse();
    if (versions.length === 0) return { ok: false, reason: `the ${year} edition has not been published: there is no output/${year}/<version>/ with a manifest.json`, exit: 2 };
    const wanted = published[2] === 'latest' ? versions[0]! : versions.find((v) => v === published[2]);
    if (!wanted) {
      return { ok: false, reason: `version ${published[2]} of the ${year} edition is not published; the published versions are ${versions.join(', ')}`, exit: 2 };
    }
    const dir = join(project.outputDir, String(year), wanted);
    const shownDir = relative(project.root, dir).split(sep).join('/');
    const damaged = damagedSide(dir, `${year}@${wanted}`, shownDir, fs, { edition: year, version: wanted });
    if (damaged) return damaged;
    const manifest = readManifest(dir, fs);
    const label = typeof manifest === 'string' ? `${year}@${wanted}` : `${year}@${wanted} (published ${manifest.date})`;
    return directorySide(dir, { label, kind: 'published', edition: year, version: wanted }, fs);
  }
  const dir = resolve(options.cwd ?? process.cwd(), spec);
  const shown = relative(project.root, dir).split(sep).join('/');
  const label = shown === '' ? '.' : shown.startsWith('..') ? dir : shown;
  if (fs.exists(join(dir, MANIFEST))) {
    const damaged = damagedSide(dir, label, label, fs);
    if (damaged) return damaged;
  }
  const manifest = readManifest(dir, fs);
  const about = typeof manifest === 'string' ? { edition: null, version: null } : { edition: manifest.edition, version: manifest.version };
  return directorySide(dir, { label, kind: typeof manifest === 'string' ? 'directory' : 'published', ...about }, fs);
}
