/**
 * `vdr briefs`: one brief per partner of an edition, in stages:
 * 1. prepare: the data and metrics, as the report's build has them (validation and metrics once);
 * 2. briefs: each partner's data (model.ts), in the language asked for;
 * 3. charts: every brief's small charts per pillar in one request to the charts stage (one
 *    worker pool, the report's cache);
 * 4. with --verify, each partner's figures against the last published edition (verify.ts) and
 *    its packet workbook (packet-workbook.ts);
 * 5. HTML (html.ts), and the PDFs printed in one browser, three at a time;
 * 6. write output/<edition>/briefs/ in one atomic step, under its lock: nothing half-written, and
 *    a failed run leaves the earlier briefs as they were.
 */
import { join } from 'node:path';
import pLimit from 'p-limit';
import { draftStamp, printOptions, readInputs } from '../build.js';
import { directoryCache, editionChartLanguage, partnerPillarRequests, prestartChartWorkers, renderCharts, stopChartWorkers } from '../charts/index.js';
import type { Message } from '../diagnostics/message.js';
import { suggest } from '../diagnostics/suggest.js';
import { editionIn, editionLanguages } from '../edition/languages.js';
import { datasetInLanguage } from '../edition/reference-language.js';
import { editionStrings } from '../i18n/index.js';
import { withLock, writeDirectoryAtomically, type OutputFiles } from '../io/atomic.js';
import type { IndicatorPillar, Language } from '../model.js';
import { BrowserUnavailable } from '../print/browser.js';
import { launchAhead, printPdf } from '../print/pdf.js';
import type { Project } from '../project/index.js';
import { prepare } from '../project/prepare.js';
import { sourceDate, vdrVersion } from '../publish/version.js';
import { briefHtml, briefTitle } from './html.js';
import { partnerBrief, partnerIds } from './model.js';
import { packetFile, packetWorkbook } from './packet-workbook.js';
import { publishedMetrics, verificationList, type Verification } from './verify.js';

/**
 * How many briefs print at once in the one browser, each in a tab of its own that prints brief
 * after brief (81 briefs, cold: 34.1 and 35.1 s three at a time, 35.5 s twice two at a time).
 */
const PRINTS_AT_ONCE = 3;

export interface BriefsOptions {
  /** Final briefs: no draft mark or stamp; any warning in the data stops them (optional; default: drafts). */
  final?: boolean;
  /** Print the PDFs (optional; default: true). */
  pdf?: boolean;
  /** The language of the briefs (optional; default: the edition's source language). */
  language?: Language;
  /** Only these partners, by ISO3 code or acronym (optional; default: every partner). */
  partners?: readonly string[];
  /**
   * Verification packets (optional; default: none): each brief lists the partner's figures that are
   * new or changed since the last published edition, and a workbook per partner
   * (verify-<edition>-CODE.xlsx) lists every figure, to confirm or correct.
   */
  verify?: boolean;
  /** Environment for SOURCE_DATE_EPOCH (optional; default: process.env). */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * Write output/<edition>/briefs/ (optional; default: true). `vdr publish` passes false: it seals
   * the files returned in `made` into the published version, and leaves the briefs directory alone.
   */
  write?: boolean;
}

export interface BriefsOutcome {
  messages: Message[];
  /** Why the briefs could not be made at all, for exit code 2 or 3. */
  refusal?: { reason: string; exit: 2 | 3 };
  /** Where they were written, absolute. */
  outputDir?: string;
  /** The files written, relative to it, sorted. */
  files?: string[];
  /** With `write: false`, the files made (CODE.html, CODE.pdf...), by name, none written. */
  made?: OutputFiles;
  year?: number;
}

/**
 * Makes the briefs of the project's edition (the one it was opened for, else the newest).
 *
 * @param project
 *   The opened project.
 * @param options
 *   Final or draft, PDFs or not, the language and the partners.
 */
export async function buildBriefs(project: Project, options: BriefsOptions = {}): Promise<BriefsOutcome> {
  // The chart workers warm up while the data is read and checked, as for the report.
  prestartChartWorkers();
  try {
    return await makeBriefs(project, options);
  } finally {
    await stopChartWorkers();
  }
}

async function makeBriefs(project: Project, options: BriefsOptions): Promise<BriefsOutcome> {
  const prepared = prepare(project);
  const { messages, edition, dataset, metrics } = prepared;
  if (prepared.refusal) return { messages, refusal: prepared.refusal };
  if (!edition || !dataset || !metrics || messages.some((m) => m.severity === 'error')) return { messages };
  if (options.final && messages.some((m) => m.severity === 'warning')) return { messages };
  const language = options.language ?? edition.language;
  if (!editionLanguages(edition).includes(language)) {
    return { messages, refusal: { reason: `the ${edition.year} edition has no ${language} version; its languages are ${editionLanguages(edition).join(', ')}`, exit: 2 } };
  }
  const inputs = readInputs(project, edition);
  const date = sourceDate(options.env ?? process.env, project.root, inputs.files);
  if (typeof date === 'string') return { messages, refusal: { reason: date, exit: 3 } };

  const built = editionIn(edition, language);
  const data = datasetInLanguage(dataset, language);
  const strings = editionStrings(built);
  const everyone = partnerIds(data);
  const codes = new Set(everyone.map((p) => p.code));
  const unknown = (options.partners ?? []).filter((code) => !codes.has(code));
  if (unknown.length > 0) {
    const hints = unknown.map((code) => {
      const near = suggest(code, codes);
      return near ? `${code} (did you mean ${near}?)` : code;
    });
    return { messages, refusal: { reason: `no partner country or organization has the code ${hints.join(', ')}; give ISO3 codes (AFG) or acronyms (CARICC) of data/reference/`, exit: 2 } };
  }
  const partners = options.partners ? everyone.filter((p) => options.partners!.includes(p.code)) : everyone;
  const briefs = partners.map((partner) => partnerBrief(data, metrics, partner));

  // Chromium starts while the charts are drawn and the pages made, as the report's build starts it.
  const printer = options.pdf !== false ? launchAhead() : undefined;
  const files: OutputFiles = new Map();
  try {
    // Every brief's charts in one request: one pool, the report's cache.
    const input = { dataset: data, metrics, year: edition.year, language: editionChartLanguage(built) };
    const requests = partners.map((p) => partnerPillarRequests(p.code, input));
    const figures = await renderCharts(requests.flat(), { dataset: data, metrics, edition: built }, { cache: directoryCache(join(project.outputDir, '.cache', 'charts')) });
    let next = 0;
    const chartsOf = requests.map((list) => new Map<IndicatorPillar, string>(list.map((request) => [request.pillar, figures[next++]!.svg])));

    const stamp = options.final ? undefined : draftStamp(edition.year, inputs, date.epoch);
    const report = { title: built.title, year: edition.year };
    // The figures to confirm: against the last published edition, read once for every partner.
    const earlier = options.verify ? publishedMetrics(project, metrics) : undefined;
    const packetEdition = { year: edition.year, title: edition.title, version: null, date: date.date };
    const pages: { code: string; html: string; title: string }[] = [];
    for (const [i, brief] of briefs.entries()) {
      let verification: { list: Verification; packet: string } | undefined;
      if (earlier) {
        const code = brief.partner.code;
        verification = { list: verificationList(code, metrics, earlier), packet: packetFile(code, edition.year) };
        files.set(verification.packet, await packetWorkbook({ verification: verification.list, dataset, edition: packetEdition, epoch: date.epoch }));
      }
      const html = await briefHtml(brief, { strings, report, draft: !options.final, ...(stamp ? { stamp } : {}), charts: chartsOf[i]!, ...(verification ? { verification } : {}) });
      pages.push({ code: brief.partner.code, html, title: briefTitle(brief, { strings, report }) });
      files.set(`${brief.partner.code}.html`, html);
    }

    if (printer) {
      const printing = pLimit(PRINTS_AT_ONCE);
      const about = { version: vdrVersion(), epoch: date.epoch, stamp, launch: printer.launch };
      try {
        const printed = await Promise.all(
          pages.map((page) => printing(() => printPdf(page.html, printOptions(built, { title: page.title, subject: page.title, keywords: [page.code], continuous: true }, about)))),
        );
        printed.forEach((result, i) => files.set(`${pages[i]!.code}.pdf`, result.pdf));
      } catch (error) {
        if (error instanceof BrowserUnavailable) return { messages, refusal: { reason: error.message, exit: 3 } };
        throw error;
      }
    }
  } finally {
    await printer?.close();
  }

  if (options.write === false) return { messages, made: files, files: [...files.keys()].sort(), year: edition.year };
  const target = join(project.outputDir, String(edition.year), 'briefs');
  const written = await withLock(target, async () => writeDirectoryAtomically(target, files));
  if (written.locked) return { messages, refusal: { reason: `another run (process ${written.holder}) is writing ${target}; wait for it to finish`, exit: 3 } };
  return { messages, outputDir: target, files: [...files.keys()].sort(), year: edition.year };
}
