/**
 * The whole build, stage by stage, in order:
 * 1. key: the edition's inputs, options and code as one hash; an unchanged build returns at once,
 *    when its files still have the sha256 recorded when they were written;
 * 2. prepare: the data validated, the edition picked and its metrics computed, from the opened
 *    project (project/prepare.ts); the chart workers warm up meanwhile;
 * 3. report: content, charts, a draft's "What changed", HTML (report.ts);
 * 4. pdf: print that HTML with Chromium to a tagged A4 PDF (print/);
 * 5. write: everything into output/<edition>/build/ in one atomic step (io/atomic.ts).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import { ChartRequestError, ChartsAhead, directoryCache, prestartChartWorkers, renderCharts, stopChartWorkers } from './charts/index.js';
import type { Message } from './diagnostics/message.js';
import type { LoadedEdition } from './edition/load.js';
import { stampText, type BuildStamp } from './html/front.js';
import { editionStrings } from './i18n/index.js';
import { listFiles } from './io/files.js';
import { withLock, writeDirectoryAtomically, writeFileAtomically, type OutputFiles } from './io/atomic.js';
import { sha256 } from './io/hash.js';
import { secondsSince } from './io/timing.js';
import type { Metrics } from './metrics/index.js';
import { metricsToCsv } from './metrics/index.js';
import type { Dataset, Language } from './model.js';
import { editionIn, editionLanguages, reportFile } from './edition/languages.js';
import { datasetInLanguage } from './edition/reference-language.js';
import { mergeMessages } from './diagnostics/message.js';
import { BrowserUnavailable, findChromium } from './print/browser.js';
import pLimit from 'p-limit';
import { launchAhead, printPdf, refusedRequests, type Launcher, type PrintOptions, type PrintResult } from './print/pdf.js';
import type { Project } from './project/index.js';
import { prepare } from './project/prepare.js';
import { editionInputs, inputFingerprint, isVersion, sourceDate, vdrVersion } from './publish/index.js';
import { makeReport } from './report.js';

export interface BuildOptions {
  /** A final build: no watermark, build stamp or change report; any content warning fails it (optional; default: a draft). */
  final?: boolean;
  /** Skip the PDF (optional; default: print it). */
  pdf?: boolean;
  /** Build this one of the edition's languages only (optional; default: every language, each in its own files). */
  language?: Language;
  /** Environment for SOURCE_DATE_EPOCH (optional; default: process.env). */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * The caller already holds the lock on output/<edition>/build/ (publish holds it from the build
   * to the seal), so the build writes without taking it (optional; default: it takes the lock to write).
   */
  lockHeld?: boolean;
}

/** Everything the stages produced, whether or not it was written. */
export interface BuildOutcome {
  messages: Message[];
  /** Why the build could not run at all (no such edition, locked output), for exit code 2 or 3. */
  refusal?: { reason: string; exit: 2 | 3 };
  edition?: LoadedEdition;
  dataset?: Dataset;
  metrics?: Metrics;
  /** Where the build was written, absolute. */
  outputDir?: string;
  files?: string[];
  /**
   * The bytes of those files: as written by this build, or, when nothing changed, as read back and
   * matched against the sha256 recorded when they were written. Publish seals these, never the
   * directory read again.
   */
  written?: OutputFiles;
  /** Seconds per stage, in order. */
  timings: [string, number][];
}

/** The commit being built, when the project is a git checkout with git installed. */
function currentCommit(root: string): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs the build of the project's edition (the one it was opened for, else the newest) and writes
 * output/<edition>/build/: metrics.json, metrics.csv, report.html and report.pdf. Data errors,
 * and in a final build any content problem, stop it before anything is written, so earlier output
 * stays as it was. Each stage's time goes to the project's stage times.
 */
export async function build(project: Project, options: BuildOptions): Promise<BuildOutcome> {
  const start = process.hrtime.bigint();
  const keyed = buildKey(project, options);
  const key = keyed?.key;
  const cached = key && readCachedBuild(project, key);
  if (cached) {
    project.times.record('unchanged', secondsSince(start));
    return { ...cached, timings: [...project.times.timings] };
  }
  // The chart workers warm up while the data is read and checked.
  prestartChartWorkers();
  try {
    const outcome = await buildStages(project, options, keyed?.inputs);
    if (key && outcome.outputDir && !outcome.refusal) writeCachedBuild(project, key, outcome);
    return { ...outcome, timings: [...project.times.timings] };
  } finally {
    await stopChartWorkers();
  }
}

/**
 * The code that builds, as a hash of its files' names, sizes and times: a rebuilt or updated vdr
 * never reuses an earlier build's result, even under the same version number.
 */
function codeFingerprint(): string {
  const dir = dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256');
  for (const path of listFiles(dir).filter((name) => /\.(js|ts)$/.test(name))) {
    const stat = statSync(join(dir, path));
    hash.update(`${path} ${stat.size} ${stat.mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

/** Where the key and result of the last build of an edition are kept. */
function cacheFile(project: Project, edition: number): string {
  return join(project.outputDir, '.cache', `build-${edition}.json`);
}

/** The edition's input files, their fingerprint and the commit: read once, for the key and the stamp. */
export interface EditionInputs {
  files: string[];
  fingerprint: string;
  commit: string | undefined;
}

export function readInputs(project: Project, edition: Pick<LoadedEdition, 'year' | 'dir'>): EditionInputs {
  const files = editionInputs(project, edition);
  return { files, fingerprint: inputFingerprint(project.root, files), commit: currentCommit(project.root) };
}

/** A draft's build stamp: the edition, the commit, the inputs' fingerprint (shortened) and the time of SOURCE_DATE_EPOCH. */
export function draftStamp(year: number, inputs: EditionInputs, epoch: number): BuildStamp {
  const { commit } = inputs;
  return { edition: year, ...(commit ? { commit } : {}), dataFingerprint: inputs.fingerprint.slice(0, 'sha256:'.length + 16), buildTime: new Date(epoch * 1000).toISOString().replace('.000Z', 'Z') };
}

/**
 * What a build's output depends on, as one hash: every input file of the edition, the options,
 * the vdr version, SOURCE_DATE_EPOCH, the commit (a draft's stamp shows it) and the published
 * versions (a draft's "What changed" compares with them); with the inputs read for it. Undefined
 * when the edition cannot be told without the full build (which then reports why).
 */
function buildKey(project: Project, options: BuildOptions): { key: string; inputs: EditionInputs } | undefined {
  const edition = project.edition();
  if (typeof edition === 'string' || project.editions().messages.length > 0) return undefined;
  const env = options.env ?? process.env;
  const inputs = readInputs(project, edition);
  const published = existsSync(project.outputDir)
    ? readdirSync(project.outputDir, { withFileTypes: true })
        .filter((e) => e.isDirectory() && /^\d{4}$/.test(e.name))
        .flatMap((e) => readdirSync(join(project.outputDir, e.name)).filter(isVersion).map((v) => `${e.name}/${v}`))
        .sort()
    : [];
  const about = JSON.stringify({
    edition: edition.year,
    final: options.final === true,
    pdf: options.pdf !== false,
    language: options.language ?? null,
    vdr: vdrVersion(),
    code: codeFingerprint(),
    epoch: env['SOURCE_DATE_EPOCH'] ?? null,
    commit: inputs.commit ?? null,
    published,
  });
  return { key: `${inputs.fingerprint} ${about}`, inputs };
}

interface CachedBuild {
  key: string;
  outcome: Omit<BuildOutcome, 'dataset' | 'metrics' | 'timings' | 'written'>;
  /** The sha256 of every file written, by path: a file changed since (by hand, or by another build) is never taken as this build's. */
  sha256: Record<string, string>;
}

/** The last build's outcome, when its key matches and its files all still have the bytes it wrote. */
function readCachedBuild(project: Project, key: string): BuildOutcome | undefined {
  try {
    const edition = JSON.parse(key.slice(key.indexOf(' ') + 1)) as { edition: number };
    const cached = JSON.parse(readFileSync(cacheFile(project, edition.edition), 'utf8')) as CachedBuild;
    if (cached.key !== key || !cached.outcome.outputDir || typeof cached.sha256 !== 'object') return undefined;
    // Kept relative to the project, so a moved or copied project reads the same cache.
    const dir = join(project.root, cached.outcome.outputDir);
    const written: OutputFiles = new Map();
    for (const file of cached.outcome.files ?? []) {
      const path = join(dir, file);
      if (!existsSync(path)) return undefined;
      const bytes = readFileSync(path);
      if (sha256(bytes) !== cached.sha256[file]) return undefined;
      written.set(file, bytes);
    }
    return { ...cached.outcome, outputDir: dir, written, timings: [] };
  } catch {
    return undefined;
  }
}

function writeCachedBuild(project: Project, key: string, outcome: BuildOutcome): void {
  if (!outcome.edition || !outcome.written) return;
  const { dataset: _dataset, metrics: _metrics, timings: _timings, written, ...rest } = outcome;
  const kept = { ...rest, ...(rest.outputDir ? { outputDir: relative(project.root, rest.outputDir) } : {}) };
  const hashes = Object.fromEntries([...written].map(([path, content]) => [path, sha256(content)]));
  const file = cacheFile(project, outcome.edition.year);
  writeFileAtomically(file, JSON.stringify({ key, outcome: kept, sha256: hashes } satisfies CachedBuild));
}

async function buildStages(project: Project, options: BuildOptions, known?: EditionInputs): Promise<BuildOutcome> {
  // Without a browser there is no PDF: say so before any work is done.
  if (options.pdf !== false) {
    try {
      findChromium();
    } catch (error) {
      if (error instanceof BrowserUnavailable) return { messages: [], timings: [], refusal: { reason: error.message, exit: 3 } };
      throw error;
    }
  }
  // Chromium starts on the other core while the data is checked and the report made.
  const printer = options.pdf !== false ? launchAhead() : undefined;
  try {
    return await makeBuild(project, options, known, printer?.launch);
  } finally {
    await printer?.close();
  }
}

/** How many languages' PDFs print at once in the build's one browser (each in a page of its own). */
const PRINTS_AT_ONCE = 2;

/** What a print is of: its title and subject, the keywords beyond the report's own, and how its pages run. */
export interface PrintedDocument {
  title: string;
  subject: string;
  keywords?: string[];
  /** (optional) The paged layout's continuous mode (a brief), beyond the words, digits, stamp and watermark set here. */
  continuous?: boolean;
}

/**
 * How a document of an edition in one language is printed: its metadata, the page words and
 * digits of that language, a draft's stamp and watermark, the run's browser. The report's print
 * and the briefs' use it alike.
 *
 * @param built
 *   The edition in the document's language (editionIn).
 * @param document
 *   The title, subject, extra keywords and layout of what is printed.
 * @param about
 *   The vdr version, SOURCE_DATE_EPOCH, a draft's stamp and the browser's launcher.
 */
export function printOptions(
  built: LoadedEdition,
  document: PrintedDocument,
  about: { version: string; epoch: number; stamp: BuildStamp | undefined; launch: Launcher | undefined },
): PrintOptions {
  const strings = editionStrings(built);
  const { version, stamp, launch } = about;
  return {
    metadata: {
      title: document.title,
      author: `${strings.coverOrganization}, ${strings.coverInitiative}`,
      subject: document.subject,
      keywords: ['Vienna Declaration', 'Paris Pact Initiative', 'UNODC', String(built.year), ...(document.keywords ?? [])],
      language: strings.lang,
      producer: `vdr ${version}`,
      creator: `vdr ${version}`,
      date: new Date(about.epoch * 1000),
    },
    layout: {
      ...(document.continuous ? { continuous: true } : {}),
      pageNumber: strings.pageNumber,
      pageReference: strings.pageReference,
      ...(built.translations?.[built.language]?.digits === 'arab' ? { digits: 'arab' as const } : {}),
      ...(stamp ? { stamp: stampText(strings, stamp), watermark: strings.draftMark } : {}),
    },
    ...(launch ? { launch } : {}),
  };
}

/** A report's title and subject, in its language: "title: subtitle" and the subtitle (or the title alone). */
function reportDocument(built: LoadedEdition): PrintedDocument {
  const strings = editionStrings(built);
  return { title: built.subtitle ? strings.captioned(built.title, built.subtitle) : built.title, subject: built.subtitle ?? built.title };
}

/** One language's report, made: its HTML, and its messages (the data's and its content's). */
interface LanguageReport {
  language: Language;
  edition: LoadedEdition;
  html: string | undefined;
  messages: Message[];
}

/** The stages from prepare to write; `launch` gives the prints their browser. */
async function makeBuild(project: Project, options: BuildOptions, known: EditionInputs | undefined, launch: Launcher | undefined): Promise<BuildOutcome> {
  const outcome: BuildOutcome = { ...prepare(project), timings: [] };
  const { edition, metrics, dataset } = outcome;
  if (!edition || !metrics || !dataset) return outcome;
  const languages = editionLanguages(edition);
  if (options.language !== undefined && !languages.includes(options.language)) {
    return { ...outcome, refusal: { reason: `the ${edition.year} edition has no ${options.language} version; its languages are ${languages.join(', ')} (translations: in ${edition.file})`, exit: 2 } };
  }
  const mode = options.final ? 'final' : 'draft';
  const inputs = known ?? readInputs(project, edition);
  const date = sourceDate(options.env ?? process.env, project.root, inputs.files);
  if (typeof date === 'string') return { ...outcome, refusal: { reason: date, exit: 3 } };
  const version = vdrVersion();
  const stamp: BuildStamp | undefined = mode === 'draft' ? draftStamp(edition.year, inputs, date.epoch) : undefined;

  // Only a draft compares with the published versions: a final build does not load the differ.
  const diff = mode === 'draft' ? await import('./diff/index.js') : undefined;
  // What changed is the same in every language: compared once, from the source chapters.
  let changed: ReturnType<NonNullable<typeof diff>['whatChanged']> | undefined;
  const cache = directoryCache(join(project.outputDir, '.cache', 'charts'));
  // Every language's report, the charts of all from one worker pool; each language's PDF prints
  // while the next languages' reports are made, all in one browser, two prints at a time: a
  // print waits on Chromium (one core) and on pdf-lib (the other) in turn, so two keep both busy.
  const reports: LanguageReport[] = [];
  const printing = pLimit(PRINTS_AT_ONCE);
  const prints: Promise<PrintResult>[] = [];
  const print = (report: LanguageReport): Promise<PrintResult> =>
    printing(() => project.times.timeAsync('pdf', () => printPdf(report.html!, printOptions(report.edition, reportDocument(report.edition), { version, epoch: date.epoch, stamp, launch }))));
  for (const language of options.language ? [options.language] : languages) {
    const built = editionIn(edition, language);
    const data = datasetInLanguage(dataset, language);
    // The workers draw each chart as soon as the content stage has checked it.
    const ahead = new ChartsAhead({ dataset: data, metrics, edition: built }, cache);
    try {
      const report = await makeReport(
        { root: project.root, edition: built, dataset: data, metrics, mode, messages: outcome.messages, ...(stamp ? { stamp } : {}) },
        {
          times: project.times,
          chartFound: (request) => ahead.add(request),
          draw: (requests, context) => renderCharts(requests, context, { cache, ahead }),
          changes: (_built, builtMetrics) => {
            if (!diff) throw new Error('a final build has no "What changed"');
            return (changed ??= diff.whatChanged(project, edition, builtMetrics));
          },
        },
      );
      const made = { language, edition: built, html: report.html, messages: report.messages };
      reports.push(made);
      if (options.pdf !== false && made.html !== undefined) prints.push(print(made));
    } catch (error) {
      // A chart that fails only while drawing (a limit the spec could not show): its messages, at its block; nothing is written.
      await Promise.allSettled(prints);
      if (!(error instanceof ChartRequestError)) throw error;
      outcome.messages = mergeMessages([outcome.messages, ...reports.map((r) => r.messages), error.messages]);
      return outcome;
    }
  }
  // The workers' memory is given back while the last prints run.
  await stopChartWorkers();
  const printed = await Promise.allSettled(prints);
  outcome.messages = mergeMessages(reports.map((r) => r.messages));
  if (reports.some((r) => r.html === undefined)) return outcome;

  const files: OutputFiles = new Map();
  files.set('metrics.json', `${JSON.stringify(metrics, null, 2)}\n`);
  files.set('metrics.csv', metricsToCsv(metrics));
  for (const report of reports) files.set(reportFile(edition, report.language, 'html'), report.html!);
  for (const [i, result] of printed.entries()) {
    if (result.status === 'rejected') {
      if (result.reason instanceof BrowserUnavailable) return { ...outcome, refusal: { reason: result.reason.message, exit: 3 } };
      throw result.reason;
    }
    files.set(reportFile(edition, reports[i]!.language, 'pdf'), result.value.pdf);
    // The report asked for something outside itself, which the print refused.
    outcome.messages.push(...refusedRequests(result.value.refused, edition.file, mode));
    if (mode === 'final' && result.value.refused.length > 0) return outcome;
  }

  const target = join(project.outputDir, String(edition.year), 'build');
  const write = async (): Promise<void> => writeDirectoryAtomically(target, files);
  const written = await project.times.timeAsync('write', () => (options.lockHeld ? write().then((value) => ({ locked: false as const, value })) : withLock(target, write)));
  if (written.locked) {
    return { ...outcome, refusal: { reason: `another build (process ${written.holder}) is writing ${target}; wait for it to finish`, exit: 3 } };
  }
  return { ...outcome, outputDir: target, files: [...files.keys()].sort(), written: files };
}
