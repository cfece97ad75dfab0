/**
 * The command line (SPEC 10). Each verb parses its options, opens the project once
 * (project/index.ts, with the --edition asked for) and hands it to its stage: validate to
 * check.ts, build to build.ts, explain to project/prepare.ts and metrics/, publish to publish/
 * (which runs build.ts and briefs/build.ts under its lock), verify to publish/verify.ts, diff to
 * diff/, preview to preview/. Exit codes: 0 ok, 1 data or content errors, 2 usage, 3 environment (a file that
 * cannot be read or written included), 4 a fault in vdr; nothing throws out of `main`, and
 * problems go to stderr, results to stdout. A verb's stage is imported when the verb runs, not
 * at start: `vdr build` does not load the workbook reader, the preview's server or the differ.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { basename, relative, resolve, sep } from 'node:path';
import { build } from './build.js';
import { cellAddress, formatMessage, formatReport } from './diagnostics/format.js';
import { countProblems, sortMessages, type Located, type Message } from './diagnostics/message.js';
import { suggest } from './diagnostics/suggest.js';
import { describeProblem, errorWords, FileProblem } from './io/read.js';
import { explainedRecords, explainMetric } from './metrics/index.js';
import type { BriefsOutcome } from './briefs/build.js';
import type { PreviewServer } from './preview/index.js';
import { checksJson, formatChecks, isVersion, publishEdition, vdrVersion, verifyPublished } from './publish/index.js';
import { findProjectAbove, openProject as open, projectProblem, resolveProject, type OpenOptions, type Project } from './project/index.js';
import { prepare } from './project/prepare.js';
import { checkProject } from './check.js';
import { UN_LANGUAGES } from './edition/languages.js';
import type { Language } from './model.js';

/** Exit codes of every verb (SPEC 10). */
export const EXIT = { ok: 0, dataErrors: 1, usage: 2, environment: 3, internal: 4 } as const;

/** Where a verb writes; tests pass their own. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const defaultIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

interface Verb {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Whether the command takes arguments besides its options (it then checks them itself). */
  takesArguments?: true;
  run: (values: Record<string, string | boolean | undefined>, positionals: string[], io: Io) => Promise<number> | number;
}

const common = {
  project: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const withEdition = { ...common, edition: { type: 'string' } } as const;

/** The --edition year, undefined when not given, or a usage error's text. */
function editionOption(values: Record<string, unknown>): number | undefined | string {
  const text = values['edition'];
  if (text === undefined) return undefined;
  return /^\d{4}$/.test(String(text)) ? Number(text) : `--edition takes a four-digit year, such as 2021, not "${String(text)}"`;
}

/**
 * The project named by --project, opened once for the command with the --edition it asks for;
 * or the exit code when there is no project (3) or --edition is not a year (2).
 */
function openProject(verb: string, values: Record<string, unknown>, io: Io, options: Omit<OpenOptions, 'edition'> = {}): Project | number {
  // Without --project, the project is the working folder or the nearest one above it.
  const given = values['project'];
  const paths = resolveProject(typeof given === 'string' ? given : findProjectAbove(process.cwd()));
  const problem = projectProblem(paths);
  if (problem) {
    io.stderr(`vdr: ${problem}.\nRun vdr from the project directory, or give it with --project DIR.\n`);
    return EXIT.environment;
  }
  const edition = editionOption(values);
  if (typeof edition === 'string') {
    io.stderr(`vdr ${verb}: ${edition}.\n`);
    return EXIT.usage;
  }
  return open(paths, { ...options, ...(edition === undefined ? {} : { edition }) });
}

/** Prints messages as the report (or JSON) and returns how many are errors. */
function printMessages(messages: Message[], files: number, json: boolean, io: Io, extra: Record<string, unknown> = {}): number {
  const { errors, warnings } = countProblems(messages);
  if (json) {
    const report = { ok: errors === 0, errors, warnings, ...extra, messages: sortMessages(messages) };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else if (messages.length > 0) {
    io.stderr(`${formatReport(messages, files)}\n`);
  }
  return errors;
}

/** What a run of the briefs came to, for the JSON result: where they went, or why they were not made. */
interface BriefsReport {
  ok: boolean;
  output: string | null;
  files: string[];
  reason?: string;
  /** Messages about the data that the report's build did not list (vdr build --briefs). */
  messages?: Message[];
}

/**
 * Says what a run of the briefs came to, for vdr briefs and vdr build --briefs (the caller prints
 * the data's messages): a refusal on stderr, why none were made, or where they went; with --json
 * only the refusal, the rest being in the returned report.
 *
 * @returns
 *   The exit code (the refusal's own, 1 when the data stopped them, 0 when made) and the report.
 */
function reportBriefs(verb: 'briefs' | 'build', outcome: BriefsOutcome, project: Project, io: Io, json: boolean): { exit: number; report: BriefsReport } {
  const output = outcome.outputDir ? relative(project.root, outcome.outputDir) : null;
  const files = outcome.files ?? [];
  if (outcome.refusal) {
    const reason = verb === 'build' ? `the partner briefs could not be made: ${outcome.refusal.reason}` : outcome.refusal.reason;
    io.stderr(`vdr ${verb}: ${reason}.\n`);
    return { exit: outcome.refusal.exit, report: { ok: false, output, files, reason } };
  }
  if (!outcome.outputDir) {
    const why = countProblems(outcome.messages).errors > 0 ? 'fix the errors above' : 'final briefs take no warning: fix the warnings above';
    const again = verb === 'build' ? 'vdr build --briefs' : 'vdr briefs';
    const reason = `The briefs were not made: ${why} and run ${again} again. ${verb === 'build' ? 'No brief was written' : 'Nothing was written'}.`;
    if (!json) io.stderr(`${reason}\n`);
    return { exit: EXIT.dataErrors, report: { ok: false, output, files, reason } };
  }
  const count = files.filter((f) => f.endsWith('.html')).length;
  if (!json) io.stdout(`Made ${count} brief${count === 1 ? '' : 's'} of the ${outcome.year} edition in ${output}.\n`);
  return { exit: EXIT.ok, report: { ok: true, output, files } };
}

/** Whether to show progress: on a terminal, never in CI. */
function showProgress(): boolean {
  return process.stderr.isTTY === true && process.env['CI'] !== 'true';
}

/** Says every usage problem of `vdr import` found (undefined: none) in one line; the usage exit code when there is one. */
function usageProblems(io: Io, found: (string | undefined)[]): number | undefined {
  const problems = found.filter((u): u is string => u !== undefined);
  if (problems.length === 0) return undefined;
  io.stderr(`vdr import: ${problems.join('; ')}.\n`);
  return EXIT.usage;
}

/** The options of `vdr import` that write the data or say how to read figures: none is for --packet. */
const IMPORT_ONLY = ['into', 'sheet', 'shape', 'decimal', 'kind', 'source', 'replace', 'dry-run'] as const;

/**
 * `vdr import --packet FILE`: a returned verification packet read against the edition
 * (import/packet.ts), its list on stdout and its problems on stderr; writes nothing.
 */
async function importPacket(values: Record<string, string | boolean | undefined>, positionals: string[], io: Io): Promise<number> {
  const file = String(values['packet']);
  const usage = usageProblems(io, [
    positionals.length > 0 ? `--packet takes the one file to read, found also ${positionals.map((p) => `"${p}"`).join(', ')}` : undefined,
    values['indicator'] === undefined ? undefined : '--indicator is not wanted with --packet: each row of a packet names its indicator',
    ...IMPORT_ONLY.filter((name) => values[name] !== undefined && values[name] !== false).map((name) => `--${name} is not for --packet, which writes nothing`),
  ]);
  if (usage !== undefined) return usage;
  const project = openProject('import', values, io);
  if (typeof project === 'number') return project;
  const { readPacket } = await import('./import/packet.js');
  const { formatReturnedPacket } = await import('./import/verification.js');
  const reading = await readPacket(project, resolve(file), file);
  if ('refusal' in reading) {
    io.stderr(`vdr import: ${reading.refusal.reason}.\n`);
    return reading.refusal.exit;
  }
  const { packet } = reading;
  const nothing = 'Nothing was written: each correction is for a data manager to check and apply to the data (with vdr import of a corrected file, for example).';
  if (values['json']) {
    const { errors, warnings } = countProblems(packet.messages);
    // A figure's cell as the messages name it (book.xlsx[Figures]!O12), in place of its place object.
    const withCell = <T extends { at: Located }>({ at, ...rest }: T) => ({ ...rest, cell: `${at.file}!${cellAddress(at.place)}` });
    const report = {
      ok: packet.ok,
      exit: reading.exit,
      written: false,
      file: packet.file,
      edition: reading.edition,
      partner: packet.partner === null ? null : { code: packet.partner, name: reading.partnerName },
      checked: reading.checked,
      note: reading.note,
      rows: packet.rows,
      confirmed: packet.confirmed,
      corrections: packet.corrections.map(withCell),
      unconfirmed: packet.unconfirmed.map(withCell),
      errors,
      warnings,
      messages: sortMessages(packet.messages),
    };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return reading.exit;
  }
  if (packet.messages.length > 0) io.stderr(`${formatReport(packet.messages, 1)}\n`);
  if (reading.note) io.stderr(`${reading.note}\n`);
  if (reading.exit === EXIT.environment) {
    io.stderr(`vdr import: could not read the packet ${file} (above); give the path of the workbook the partner returned. Nothing was written.\n`);
    return reading.exit;
  }
  io.stdout(formatReturnedPacket(packet, reading.partnerName ? { partnerName: reading.partnerName } : {}));
  const problems = reading.exit === EXIT.ok ? '' : ' The packet has problems (above): a row whose key cells were changed is not in the list; ask the partner to correct them, or check those figures with the partner.';
  io.stdout(`${nothing}${problems}\n`);
  return reading.exit;
}

const verbs: Record<string, Verb> = {
  init: {
    summary: 'start a project of your own: the real reference data, the schemas, one edition, no observations',
    usage: `Usage: vdr init DIR [--year YEAR] [--json]

Makes a new vdr project in DIR (which must not exist or be empty): the schemas, the real reference
data (partner countries, organizations, pillars, Expert Working Group meetings, glossary), an
empty indicator catalogue and no observations (the comments in data/ show how to add them), one
edition for YEAR whose chapter builds as it is and explains each directive, a README and a
.gitignore. vdr validate and vdr build work on it at once.

Options:
  --year YEAR  the first edition's year (default: this year, or SOURCE_DATE_EPOCH's)
  --json       print the result as JSON
  -h, --help   show this help

Exit codes: 0 made, 2 usage (DIR is not empty), 3 environment (DIR cannot be written).`,
    options: { json: common.json, help: common.help, year: { type: 'string' } },
    takesArguments: true,
    run: async (values, positionals, io) => {
      const [dir, ...extra] = positionals;
      if (dir === undefined || extra.length > 0) {
        io.stderr('vdr init: give the directory of the new project, such as: vdr init my-report\n');
        return EXIT.usage;
      }
      const epoch = process.env['SOURCE_DATE_EPOCH'];
      const fallback = new Date(epoch && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : Date.now()).getUTCFullYear();
      const yearText = values['year'] === undefined ? String(fallback) : String(values['year']);
      if (!/^\d{4}$/.test(yearText) || Number(yearText) < 2000 || Number(yearText) > 2100) {
        io.stderr(`vdr init: --year takes a four-digit year from 2000 to 2100, such as 2025, not "${yearText}".\n`);
        return EXIT.usage;
      }
      const { initProject } = await import('./init/index.js');
      const result = initProject(dir, { year: Number(yearText) });
      if (!result.ok) {
        io.stderr(`vdr init: ${result.reason}.\n`);
        return result.exit;
      }
      if (values['json']) io.stdout(`${JSON.stringify({ ok: true, dir: result.dir, files: result.files }, null, 2)}\n`);
      else io.stdout(`Made a new vdr project in ${dir} (${result.files.length} files). Next: cd ${dir}, then npx vdr validate and npx vdr build; README.md says how to bring your own data.\n`);
      return EXIT.ok;
    },
  },
  import: {
    summary: 'import figures as partners send them (CSV or Excel, long, wide or SDMX-CSV) into the observations',
    usage: `Usage: vdr import FILE --indicator ID [options]
       vdr import --packet FILE [--edition YEAR] [--project DIR] [--json]

Reads the figures of one indicator from FILE and writes them into the project's observations: a
CSV file (UTF-8 with or without BOM, UTF-16 or Windows-1252; cells separated by commas,
semicolons or tabs), an Excel workbook (.xlsx, every sheet, or those named with --sheet), or an
SDMX-CSV file (REF_AREA, TIME_PERIOD, OBS_VALUE, OBS_STATUS). Long tables (a column each for the
partner, the year and the value) and wide ones (a column per year) are told from the header.
Partners are found by ISO alpha-3 or alpha-2 code, M49 number, or any name they have had, without
regard to case or accents; organizations by acronym or name. Missing figures may be written
.., -, n/a or x; thousands may be separated; a footnote mark after a number is kept in the note.
A figure the project has is kept when it is the same and listed when it differs (written over it
only with --replace). The new file is named in data/datasets.yaml with its --kind, the reporting
window is widened when the figures need it, and the project is validated as it would be: on any
problem, every one is listed at its place in FILE (file:line:column, or file[Sheet]!C12) and
nothing is written.

With --packet, FILE is a verification packet a partner returned (verify-2021-AFG.xlsx, made by
vdr briefs --verify): its rows are read against the figures of the edition (--edition, default
the newest), and vdr prints the partner, how many figures were confirmed, each correction
(indicator, sex, figure, year, the value sent, the value corrected to, the partner's comment) and
each figure left unconfirmed; a row added, edited, copied, or not the partner's or the edition's
is a problem at its cell (file[Figures]!O12). It writes nothing: a correction is for a data
manager to check and apply (with vdr import of a corrected file, for example).

Options:
  --indicator ID   the indicator the figures are of (required, but not with --packet)
  --packet FILE    read FILE as a returned verification packet, and write nothing
  --edition YEAR   with --packet: the edition the packet is of (default: the newest)
  --into FILE      the observations file (default: data/observations/<indicator>.csv)
  --sheet NAME     a workbook's sheet to read (may be given more than once; default: every sheet)
  --shape SHAPE    long or wide (default: told from the header)
  --decimal MARK   point or comma, the decimal mark of the numbers (default: the one they show)
  --kind KIND      what the figures are, for a new file: reported (default), compiled, estimated, illustrative
  --source TEXT    where they come from (each row's source; required with --kind compiled)
  --replace        write changed figures over the project's
  --dry-run        check and report, but write nothing
  --project DIR    the project directory (default: the current folder, or the nearest one above it that is a project)
  --json           print the result as JSON
  -h, --help       show this help

Exit codes: 0 imported (with --packet: read, with corrections or not), 1 problems in FILE or the
result (nothing written), 2 usage, 3 FILE cannot be read (with --packet).`,
    options: {
      ...common,
      indicator: { type: 'string' },
      packet: { type: 'string' },
      edition: { type: 'string' },
      into: { type: 'string' },
      sheet: { type: 'string', multiple: true },
      shape: { type: 'string' },
      decimal: { type: 'string' },
      kind: { type: 'string' },
      source: { type: 'string' },
      replace: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
    },
    takesArguments: true,
    run: async (values, positionals, io) => {
      if (values['packet'] !== undefined) return importPacket(values, positionals, io);
      const [file, ...extra] = positionals;
      const choice = <T extends string>(name: string, allowed: readonly T[]): T | undefined | string => {
        const value = values[name];
        if (value === undefined) return undefined;
        return (allowed as readonly string[]).includes(String(value)) ? (String(value) as T) : `--${name} takes ${allowed.join(' or ')}, not "${String(value)}"`;
      };
      const shape = choice('shape', ['long', 'wide'] as const);
      const decimal = choice('decimal', ['point', 'comma'] as const);
      const kind = choice('kind', ['reported', 'compiled', 'estimated', 'illustrative'] as const);
      const usage = usageProblems(io, [
        file === undefined || extra.length > 0 ? 'give one file to import, such as: vdr import homicide.xlsx --indicator homicide-rate' : undefined,
        typeof values['indicator'] === 'string'
          ? undefined
          : `give the indicator the figures are of with --indicator ID${/^verify-\d{4}-.+\.xlsx$/i.test(basename(String(file ?? ''))) ? ` (a returned verification packet is read with vdr import --packet ${String(file)})` : ''}`,
        values['edition'] === undefined ? undefined : '--edition is for --packet only: an import writes the data, which every edition shares',
        ...[shape, decimal, kind].filter((c): c is string => typeof c === 'string' && c.startsWith('--')),
      ]);
      if (usage !== undefined) return usage;
      const project = openProject('import', values, io);
      if (typeof project === 'number') return project;
      const sheets = values['sheet'] as unknown as string[] | undefined;
      const { importFile } = await import('./import/index.js');
      const result = await importFile(project, resolve(String(file)), String(file), {
        indicator: String(values['indicator']),
        ...(typeof values['into'] === 'string' ? { into: values['into'] } : {}),
        ...(sheets ? { sheets } : {}),
        ...(shape ? { shape: shape as 'long' | 'wide' } : {}),
        ...(decimal ? { decimal: decimal as 'point' | 'comma' } : {}),
        ...(kind ? { kind: kind as 'reported' } : {}),
        ...(typeof values['source'] === 'string' ? { source: values['source'] } : {}),
        replace: values['replace'] === true,
        dryRun: values['dry-run'] === true,
      });
      if (values['json']) {
        const { messages, ...rest } = result;
        io.stdout(`${JSON.stringify({ ...rest, messages: sortMessages(messages) }, null, 2)}\n`);
        return result.exit;
      }
      if (result.messages.length > 0) io.stderr(`${formatReport(result.messages, 1)}\n`);
      if (!result.ok) {
        io.stderr(`Nothing was imported: ${result.exit === 2 ? 'see the problem above' : 'fix the problems above and import again'}.\n`);
        return result.exit;
      }
      const changes = result.changed.map((c) => `  ${c.entity} ${c.year}${c.sex === 'total' ? '' : ` (${c.sex})`}: ${c.old} -> ${c.new}\n`).join('');
      const window = result.window?.widened ? ` The reporting window is now ${result.window.first}-${result.window.last}.` : '';
      const how = [result.shape ? `a ${result.shape === 'sdmx' ? 'SDMX-CSV' : result.shape} table` : undefined, result.encoding].filter(Boolean).join(', ');
      const verb = result.written ? 'Imported' : 'Would import (dry run, nothing written)';
      io.stdout(`${verb} into ${result.file}${how ? ` from ${how}` : ''}: ${result.added} added, ${result.changed.length} changed, ${result.unchanged} unchanged.${window}\n${changes}`);
      return EXIT.ok;
    },
  },
  validate: {
    summary: 'check every data file against its schema and the rules beyond it',
    usage: `Usage: vdr validate [--project DIR] [--json]

Checks every file under data/ (named in data/datasets.yaml) against its schema in schemas/,
and the rules beyond the schemas: known countries, organizations, pillars and indicators; no
repeated rows; years inside the window; values inside each indicator's bounds; matching units;
no orphan or empty files. Then checks each edition (content/<year>/edition.yaml) and its
chapters: directives, indicators, entities, charts, cross-references, raw HTML. Prints every
problem as FILE:LINE:COLUMN with what is wrong, the value found and what would fix it.

Options:
  --project DIR  the project directory (default: the current folder, or the nearest one above it that is a project)
  --json         print the result as JSON
  -h, --help     show this help

Exit codes: 0 no errors, 1 data errors, 2 usage, 3 environment.`,
    options: common,
    run: (values, _positionals, io) => {
      const project = openProject('validate', values, io);
      if (typeof project === 'number') return project;
      const result = checkProject(project);
      const { errors, warnings } = countProblems(result.messages);
      if (values['json']) {
        const report = {
          ok: errors === 0,
          errors,
          warnings,
          files: result.files,
          messages: sortMessages(result.messages),
        };
        io.stdout(`${JSON.stringify(report, null, 2)}\n`);
      } else {
        io.stderr(`${formatReport(result.messages, result.files.length)}\n`);
        if (!result.contentChecked) io.stderr('The chapters were not checked: they draw on the data, so fix the data first.\n');
      }
      return errors === 0 ? EXIT.ok : EXIT.dataErrors;
    },
  },
  translations: {
    summary: "show where each translation of the edition stands; record one as up to date",
    usage: `Usage: vdr translations [--edition YEAR] [--accept FILE] [--project DIR] [--json]

Lists, for each language of the edition other than its source language (translations: in
content/<year>/edition.yaml) and each chapter, whether its translation
(content/<year>/<language>/<chapter>.md) is current, stale (its source changed since it was
translated, or it does not record what it translates), missing (promised but not written), or
given in the source language (not promised). vdr validate reports each stale block at its line.

With --accept FILE, records in that translation's front matter (translates:) the source text it
now translates: run it once the translation matches its source again.

Options:
  --edition YEAR  the edition (default: the newest)
  --accept FILE   record FILE (a translation, such as content/2021/fr/introduction.md) as up to date
  --project DIR   the project directory (default: the current folder, or the nearest one above it that is a project)
  --json          print the table as JSON
  -h, --help      show this help

Exit codes: 0 every promised translation current, 1 one is stale or missing, 2 usage, 3 environment.`,
    options: { ...withEdition, accept: { type: 'string' } },
    run: async (values, _positionals, io) => {
      const project = openProject('translations', values, io);
      if (typeof project === 'number') return project;
      const edition = project.edition();
      if (typeof edition === 'string') {
        io.stderr(`vdr translations: ${edition}.\n`);
        return EXIT.usage;
      }
      const { acceptTranslation, formatTranslationTable, translationTable } = await import('./translations.js');
      const accept = values['accept'];
      if (typeof accept === 'string') {
        const file = relative(project.root, resolve(accept)).split(sep).join('/');
        const problem = acceptTranslation(project.root, edition, file);
        if (problem) {
          io.stderr(`vdr translations: ${problem}.\n`);
          return EXIT.usage;
        }
        io.stdout(`Recorded ${file} as translating the present text of ${edition.dir}/${file.split('/').pop()}.\n`);
        return EXIT.ok;
      }
      const cells = translationTable(project.root, edition);
      if (values['json']) io.stdout(`${JSON.stringify({ edition: edition.year, source: edition.language, translations: cells }, null, 2)}\n`);
      else io.stdout(`${formatTranslationTable(edition, cells)}\n`);
      return cells.some((cell) => cell.status === 'stale' || cell.status === 'missing') ? EXIT.dataErrors : EXIT.ok;
    },
  },
  build: {
    summary: 'build the edition: HTML and PDF reports and metrics in output/<edition>/build/',
    usage: `Usage: vdr build [--edition YEAR] [--language LANG] [--final] [--html-only] [--briefs] [--project DIR] [--json]

Validates the data, computes the metrics of the edition (default: the newest under content/),
compiles the chapters, draws the charts, and writes output/<edition>/build/: report.html (one
self-contained file), report.pdf (printed with Chromium), metrics.json and metrics.csv; an
edition in several languages (translations: in its edition.yaml) also report.LANG.html and
report.LANG.pdf for each of its other languages. A draft
(the default) carries a watermark, a build stamp, a banner listing content problems and a "What
changed" section; a final build has none of these and refuses any problem. Any data error stops
the build before anything is written, so earlier output stays as it was. With --briefs, a build
without a problem is followed by the partner briefs, as vdr briefs makes them with the same
--final, --language and --html-only, in output/<edition>/briefs/.

Options:
  --edition YEAR  the edition to build (default: the newest)
  --language LANG build only this language of the edition (ar, zh, en, fr, ru or es; default: all)
  --final         a final build: no watermark or build stamp; any content warning fails it
  --html-only     write the HTML report but not the PDF (no Chromium needed)
  --briefs        then make the partner briefs (vdr briefs), when the build has no problem
  --project DIR   the project directory (default: the current folder, or the nearest one above it that is a project)
  --json          print the result as JSON
  -h, --help      show this help

Exit codes: 0 built, 1 data or content errors, 2 usage, 3 environment.`,
    options: {
      ...withEdition,
      language: { type: 'string' },
      final: { type: 'boolean', default: false },
      'html-only': { type: 'boolean', default: false },
      briefs: { type: 'boolean', default: false },
    },
    run: async (values, _positionals, io) => {
      const language = values['language'];
      if (language !== undefined && !(UN_LANGUAGES as readonly unknown[]).includes(language)) {
        io.stderr(`vdr build: --language takes one of ${UN_LANGUAGES.join(', ')}, not "${String(language)}".\n`);
        return EXIT.usage;
      }
      const progress = showProgress() ? (stage: string, seconds: number) => io.stderr(`  ${stage.padEnd(10)} ${seconds.toFixed(2)} s\n`) : undefined;
      const project = openProject('build', values, io, progress ? { onStage: progress } : {});
      if (typeof project === 'number') return project;
      const choice = { final: values['final'] === true, pdf: values['html-only'] !== true, ...(language ? { language: language as Language } : {}) };
      const outcome = await build(project, choice);
      if (outcome.refusal) {
        io.stderr(`vdr build: ${outcome.refusal.reason}.\n`);
        return outcome.refusal.exit;
      }
      const json = values['json'] === true;
      const output = outcome.outputDir ? relative(project.root, outcome.outputDir) : undefined;
      const fields = { edition: outcome.edition?.year ?? null, output: output ?? null, files: outcome.files ?? [], timings: Object.fromEntries(outcome.timings) };
      // With --json the result is printed last, with the briefs' in it.
      const errors = json ? countProblems(outcome.messages).errors : printMessages(outcome.messages, 0, false, io);
      let exit: number = EXIT.ok;
      if (!outcome.outputDir) {
        const why = errors > 0 ? 'fix the errors above' : 'a final build takes no warning: fix the warnings above';
        if (!json) io.stderr(`The build stopped: ${why} and run vdr build again. Nothing was written.\n`);
        exit = EXIT.dataErrors;
      } else if (errors > 0) {
        // A draft is still written, with its problems listed in its banner, for reviewers to see.
        if (!json) io.stdout(`Built a draft of the ${outcome.edition?.year} edition in ${output}, with the problems above shown in its banner.\n`);
        exit = EXIT.dataErrors;
      } else if (!json) io.stdout(`Built the ${outcome.edition?.year} edition in ${output}: ${(outcome.files ?? []).join(', ')}.\n`);
      // The briefs follow a build without a problem, with its edition, language, finality and PDF choice.
      let briefs: { exit: number; report: BriefsReport } | undefined;
      if (exit === EXIT.ok && values['briefs'] === true) {
        const { buildBriefs } = await import('./briefs/build.js');
        const made = await buildBriefs(project, choice);
        // The data's messages were listed with the build's: only those it did not list are new.
        const listed = new Set(outcome.messages.map(formatMessage));
        const fresh = made.messages.filter((m) => !listed.has(formatMessage(m)));
        if (!json && fresh.length > 0) printMessages(fresh, 0, false, io);
        briefs = reportBriefs('build', made, project, io, json);
        if (fresh.length > 0) briefs.report.messages = sortMessages(fresh);
      }
      if (json) printMessages(outcome.messages, 0, true, io, { ...fields, ...(briefs ? { briefs: briefs.report, ...(briefs.report.ok ? {} : { ok: false }) } : {}) });
      return briefs && briefs.exit !== EXIT.ok ? briefs.exit : exit;
    },
  },
  briefs: {
    summary: 'one brief per partner country and organization: HTML and PDF in output/<edition>/briefs/',
    usage: `Usage: vdr briefs [--edition YEAR] [--language LANG] [--partner CODE ...] [--verify] [--final] [--html-only] [--project DIR] [--json]

Makes a brief of every partner country and partner organization of the edition (or of those named
with --partner): its name, programme, region and partner since; every indicator it reports with
baseline, each year, current figure, change, status and flags, each figure with the data line it
came from; a small chart per pillar; how it compares with its region and programme; the Expert
Working Group meetings held there; and what is missing. Writes output/<edition>/briefs/CODE.html
(self-contained) and CODE.pdf (A4, tagged), all at once: a failed run leaves the earlier briefs as
they were. Drafts (the default) carry the draft mark and the build stamp; --final refuses any
problem in the data. With --verify, each brief also lists the partner's figures that are new or
changed since the last published edition (with the figure published then), and
verify-<edition>-CODE.xlsx beside it lists every figure of the partner with a column to confirm or
correct each; vdr import --packet reads a returned one.

Options:
  --edition YEAR   the edition (default: the newest)
  --language LANG  the briefs' language (ar, zh, en, fr, ru or es; default: the edition's source language)
  --partner CODE   only this partner, by ISO3 code or acronym (may be given more than once)
  --verify         add the figures to confirm, and a verification workbook per partner
  --final          final briefs: no draft mark; any problem in the data stops them
  --html-only      write the HTML briefs but not the PDFs (no Chromium needed)
  --project DIR    the project directory (default: the current folder, or the nearest one above it that is a project)
  --json           print the result as JSON
  -h, --help       show this help

Exit codes: 0 made, 1 data errors, 2 usage, 3 environment.`,
    options: { ...withEdition, language: { type: 'string' }, partner: { type: 'string', multiple: true }, verify: { type: 'boolean', default: false }, final: { type: 'boolean', default: false }, 'html-only': { type: 'boolean', default: false } },
    run: async (values, _positionals, io) => {
      const language = values['language'];
      if (language !== undefined && !(UN_LANGUAGES as readonly unknown[]).includes(language)) {
        io.stderr(`vdr briefs: --language takes one of ${UN_LANGUAGES.join(', ')}, not "${String(language)}".\n`);
        return EXIT.usage;
      }
      const project = openProject('briefs', values, io);
      if (typeof project === 'number') return project;
      const { buildBriefs } = await import('./briefs/build.js');
      const partners = values['partner'] as string[] | undefined;
      const outcome = await buildBriefs(project, {
        final: values['final'] === true,
        pdf: values['html-only'] !== true,
        verify: values['verify'] === true,
        ...(language ? { language: language as Language } : {}),
        ...(partners ? { partners } : {}),
      });
      const json = values['json'] === true;
      if (outcome.refusal) return reportBriefs('briefs', outcome, project, io, json).exit;
      printMessages(outcome.messages, 0, json, io, { edition: outcome.year ?? null, output: outcome.outputDir ? relative(project.root, outcome.outputDir) : null, files: outcome.files ?? [] });
      return reportBriefs('briefs', outcome, project, io, json).exit;
    },
  },
  explain: {
    summary: 'show how one figure was computed, with the data lines it came from',
    usage: `Usage: vdr explain INDICATOR ENTITY [--edition YEAR] [--project DIR]

Prints how the metrics of one indicator for one entity were computed: the baseline and current
values with the file and line each came from, the change, the status and the rule applied.
ENTITY is a country code (AFG), an organization acronym (CARICC), or a group: all, a region
(Asia, Europe) or a priority programme ("RP ANC").

Example: vdr explain heroin-seizures AFG --edition 2021

Options:
  --edition YEAR  the edition (default: the newest)
  --project DIR   the project directory (default: the current folder, or the nearest one above it that is a project)
  --json          print the metrics.json records explained, with the file and line of each figure, and the explanation
  -h, --help      show this help`,
    options: withEdition,
    takesArguments: true,
    run: (values, positionals, io) => {
      const [indicator, entity, ...extra] = positionals;
      if (indicator === undefined || entity === undefined || extra.length > 0) {
        io.stderr(`vdr explain: give an indicator and an entity, such as: vdr explain heroin-seizures AFG\n`);
        return EXIT.usage;
      }
      const project = openProject('explain', values, io);
      if (typeof project === 'number') return project;
      const outcome = prepare(project);
      if (outcome.refusal) {
        io.stderr(`vdr explain: ${outcome.refusal.reason}.\n`);
        return outcome.refusal.exit;
      }
      const json = values['json'] === true;
      if (!outcome.metrics || !outcome.dataset) {
        printMessages(outcome.messages, 0, json, io);
        io.stderr('vdr explain: the data has errors; fix them first (vdr validate lists them).\n');
        return EXIT.dataErrors;
      }
      const text = explainMetric(outcome.metrics, outcome.dataset, indicator, entity);
      if (text !== undefined) {
        const found = explainedRecords(outcome.metrics, indicator, entity);
        // --json: the records of metrics.json, with their sources (file and line of each figure), and the explanation.
        io.stdout(json && found ? `${JSON.stringify({ ok: true, edition: outcome.metrics.edition.year, indicator, entity, ...found, explanation: text }, null, 2)}\n` : text);
        return EXIT.ok;
      }
      const ids = outcome.dataset.indicators.map((i) => i.id);
      if (!ids.includes(indicator)) {
        const guess = suggest(indicator, ids);
        io.stderr(`vdr explain: there is no indicator "${indicator}"${guess ? `; did you mean ${guess}?` : '.'} The indicators are listed in data/indicators.yaml.\n`);
      } else {
        const entities = [...new Set(outcome.metrics.entities.filter((m) => m.indicator === indicator).map((m) => m.entity))];
        const guess = suggest(entity, entities);
        io.stderr(`vdr explain: ${indicator} has no figure for "${entity}"${guess ? `; did you mean ${guess}?` : '.'} Use a country code such as AFG, an organization acronym, or a group: all, a region, RP ANC, RP SEE.\n`);
      }
      return EXIT.usage;
    },
  },
  publish: {
    summary: 'publish an edition as a version: output/<edition>/<version>/ with its manifest',
    usage: `Usage: vdr publish --version X.Y.Z [--edition YEAR] [--project DIR] [--json]

Builds the edition as a final build, then publishes it as version X.Y.Z in
output/<edition>/<version>/: the HTML and PDF reports, metrics.json, metrics.csv, the partner
briefs (briefs/CODE.html and CODE.pdf, final, in the edition's source language), the data
package, the chapter sources, and manifest.json (every file with its size and sha256, the
fingerprint of the inputs, the vdr version). Then rewrites output/index.html and
output/editions.json. It holds the lock on output/<edition>/build/ from the build to the end,
and publishes the bytes that build made, never files changed in that folder since. Refuses,
writing nothing, on any error or warning; and at once, before building, when the version is
already published or an earlier version's manifest.json cannot be read (vdr verify says which).
Warns when files of earlier versions no longer match their manifest. The same inputs and
SOURCE_DATE_EPOCH give the same bytes.

Options:
  --version X.Y.Z  the version to publish, such as 1.0.0 (required)
  --edition YEAR   the edition (default: the newest)
  --project DIR    the project directory (default: the current folder, or the nearest one above it that is a project)
  --json           print the result as JSON
  -h, --help       show this help

Exit codes: 0 published, 1 data or content errors or warnings, or a damaged earlier version, 2
usage (a malformed or already published version), 3 environment (no Chromium, another build or
publication running, a SOURCE_DATE_EPOCH after 9999).`,
    options: { ...withEdition, version: { type: 'string' } },
    run: async (values, _positionals, io) => {
      const version = values['version'];
      if (typeof version !== 'string' || !isVersion(version)) {
        const given = typeof version === 'string' ? `, not "${version}"` : '';
        io.stderr(`vdr publish: give the version as three whole numbers separated by points, such as --version 1.0.0${given}.\n`);
        return EXIT.usage;
      }
      const project = openProject('publish', values, io);
      if (typeof project === 'number') return project;
      const json = values['json'] === true;
      // Publish holds the build directory's lock from this build until the version is written.
      // The final briefs in the edition's source language, sealed into the version, not written to output/<edition>/briefs/.
      const briefs = async (): Promise<BriefsOutcome> => (await import('./briefs/build.js')).buildBriefs(project, { final: true, write: false });
      const result = await publishEdition(project, { version, build: () => build(project, { final: true, lockHeld: true }), briefs });
      if (!result.ok) {
        if (result.messages.length > 0) printMessages(result.messages, 0, json, io, { published: false, reason: result.reason });
        else if (json) io.stdout(`${JSON.stringify({ ok: false, published: false, reason: result.reason }, null, 2)}\n`);
        io.stderr(`vdr publish: ${result.reason}.\n`);
        return result.exit;
      }
      // Earlier versions with a changed, missing or extra file: published anyway, and said.
      if (result.warnings.length > 0 && !json) io.stderr(`${sortMessages(result.warnings).map(formatMessage).join('\n')}\nvdr publish: published, but earlier versions no longer match their manifest.json (above); vdr verify checks them.\n`);
      const output = relative(project.root, result.dir);
      if (json) {
        const report = { ok: true, edition: result.edition, version: result.version, output, files: result.files, inputs_fingerprint: result.manifest.inputs_fingerprint, date: result.manifest.date, warnings: sortMessages(result.warnings) };
        io.stdout(`${JSON.stringify(report, null, 2)}\n`);
      } else {
        io.stdout(`Published version ${result.version} of the ${result.edition} edition in ${output}: ${result.files.length} files, each with its sha256 in manifest.json. The index of published editions is ${relative(project.root, result.index[1] ?? '')}.\n`);
      }
      return EXIT.ok;
    },
  },
  verify: {
    summary: 'check published versions against their manifest.json: every file there, unchanged, nothing added',
    usage: `Usage: vdr verify [VERSION] [--edition YEAR] [--project DIR] [--json]

Checks every published version of the edition (output/<edition>/X.Y.Z/), or only VERSION,
against its manifest.json: the manifest well-formed (schemas/manifest.schema.json) and naming
that edition and version, every file it lists there with its size and sha256, and no file it
does not list. Prints each problem at its file, with the sha256 expected and found, and what to
do: restore the file from your archive of the published version, or publish the edition again
under a new version. Changes nothing.

Options:
  --edition YEAR  the edition (default: the newest)
  --project DIR   the project directory (default: the current folder, or the nearest one above it that is a project)
  --json          print the result as JSON
  -h, --help      show this help

Exit codes: 0 every version as published, 1 a version differs from its manifest, 2 usage (a
malformed version, or one not published), 3 environment (a file cannot be read).`,
    options: withEdition,
    takesArguments: true,
    run: (values, positionals, io) => {
      const [version, ...extra] = positionals;
      if (extra.length > 0 || (version !== undefined && !isVersion(version))) {
        const found = extra.length > 0 ? `found ${positionals.length} arguments` : `not "${version}"`;
        io.stderr(`vdr verify: give at most one version, as three whole numbers separated by points, such as vdr verify 1.0.0; ${found}.\n`);
        return EXIT.usage;
      }
      const project = openProject('verify', values, io);
      if (typeof project === 'number') return project;
      const picked = project.chosen ?? project.edition();
      if (typeof picked === 'string') {
        io.stderr(`vdr verify: ${picked}.\n`);
        return EXIT.usage;
      }
      const year = typeof picked === 'number' ? picked : picked.year;
      const result = verifyPublished(project, year, version);
      if (!result.ok) {
        io.stderr(`vdr verify: ${result.reason}.\n`);
        return result.exit;
      }
      const failed = result.checks.filter((check) => check.messages.length > 0);
      io.stdout(values['json'] ? `${JSON.stringify(checksJson(result.checks, year), null, 2)}\n` : formatChecks(result.checks, year));
      return failed.length === 0 ? EXIT.ok : EXIT.dataErrors;
    },
  },
  preview: {
    summary: 'serve the edition on 127.0.0.1, rebuilt and updated in the page as its files change',
    usage: `Usage: vdr preview [--edition YEAR] [--port N] [--project DIR]

Builds the edition's HTML report as a draft (never the PDF) and serves it at
http://127.0.0.1:4173/, on this machine only. Then watches content/, data/ and schemas/: a
chapter edit compiles the chapters again and the open page shows it within a moment, keeping
its scroll position; a data or schema change validates and computes the metrics again first.
Content problems are listed in the draft's banner; while the data has errors, the page lists
every one as FILE:LINE:COLUMN with what is wrong and the fix, and links the last report that
was built. Prints the address; Ctrl-C stops it.

Options:
  --edition YEAR  the edition to preview (default: the newest)
  --port N        the port on 127.0.0.1 (default: 4173; 0 takes any free port)
  --project DIR   the project directory (default: the current folder, or the nearest one above it that is a project)
  -h, --help      show this help

Exit codes: 0 stopped with Ctrl-C, 2 usage, 3 environment (the port is in use).`,
    options: { project: common.project, help: common.help, edition: { type: 'string' }, port: { type: 'string' } },
    run: async (values, _positionals, io) => {
      const project = openProject('preview', values, io);
      if (typeof project === 'number') return project;
      const { DEFAULT_PORT, PreviewUnavailable, startPreview } = await import('./preview/index.js');
      const portText = values['port'] === undefined ? String(DEFAULT_PORT) : String(values['port']);
      if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) {
        io.stderr(`vdr preview: --port takes a whole number from 0 to 65535, such as 4173, not "${portText}".\n`);
        return EXIT.usage;
      }
      let preview: PreviewServer;
      try {
        preview = await startPreview(project, { port: Number(portText), log: (line) => io.stderr(`${line}\n`) });
      } catch (error) {
        if (error instanceof PreviewUnavailable) {
          io.stderr(`vdr preview: ${error.message}.\n`);
          return EXIT.environment;
        }
        throw error;
      }
      io.stdout(`${preview.url}\n`);
      // Runs until Ctrl-C (or a TERM signal), then stops the watchers, the server and the workers.
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await preview.close();
      return EXIT.ok;
    },
  },
  diff: {
    summary: 'show what changed between two editions or versions: figures and text',
    usage: `Usage: vdr diff [--from SIDE] [--to SIDE] [--project DIR] [--json]

Shows every figure that differs (baseline, current, change, relative change, status, coverage:
old -> new) and, chapter by chapter, the paragraphs added, removed and changed with their line
numbers. A SIDE is an edition as the project has it now (2021), a published version (2021@1.0.0,
2021@latest) or a build or published directory (output/2021/build). --to defaults to the newest
edition; --from to its last published version, or the previous edition when it has none.

Options:
  --from SIDE    the side compared from
  --to SIDE      the side compared to
  --project DIR  the project directory (default: the current folder, or the nearest one above it that is a project)
  --json         print the comparison as JSON
  -h, --help     show this help

Exit codes: 0 compared (whether or not anything changed), 1 data errors, 2 usage.`,
    options: { ...common, from: { type: 'string' }, to: { type: 'string' } },
    run: async (values, _positionals, io) => {
      const project = openProject('diff', values, io);
      if (typeof project === 'number') return project;
      const from = typeof values['from'] === 'string' ? values['from'] : undefined;
      const to = typeof values['to'] === 'string' ? values['to'] : undefined;
      const { diffSpecs, formatDiff } = await import('./diff/index.js');
      const outcome = diffSpecs(project, from, to);
      if (!outcome.ok) {
        io.stderr(`vdr diff: ${outcome.reason}.\n`);
        return outcome.exit;
      }
      io.stdout(values['json'] === true ? `${JSON.stringify(outcome.diff, null, 2)}\n` : formatDiff(outcome.diff));
      return EXIT.ok;
    },
  },
};

/** What is wrong with the options, in the words of the other messages: an unknown one with the nearest the command has. */
function optionProblem(error: Error & { code?: string }, verb: Verb): string {
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const written = /'(-[^']*)'/.exec(error.message)?.[1] ?? '';
    const name = written.replace(/^-+/, '').split('=')[0] ?? '';
    const meant = suggest(name, Object.keys(verb.options));
    return `there is no option "${written}"${meant ? `; write --${meant} if that is what was meant` : ''}`;
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = /'(-[^']*)'/.exec(error.message)?.[1];
    return option ? `the option ${option.split(' ')[0]} needs a value after it` : error.message;
  }
  return error.message;
}

function mainHelp(): string {
  const width = Math.max(...Object.keys(verbs).map((v) => v.length));
  const list = Object.entries(verbs)
    .map(([name, verb]) => `  ${name.padEnd(width)}  ${verb.summary}`)
    .join('\n');
  return `vdr ${vdrVersion()}: builds the annual report on implementing the Vienna Declaration.

Usage: vdr <command> [options]

Commands:
${list}

Run vdr <command> --help for a command's options.
`;
}

/** Runs the command line; returns the exit code. Bad input never throws out of here. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(mainHelp());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${vdrVersion()}\n`);
    return EXIT.ok;
  }
  if (!rest.includes('--json')) return dispatch(name, rest, io);
  // With --json a result is always JSON on stdout: a command that stops at a usage or environment
  // problem (exit 2 or 3) without printing one gets {"ok":false,"exit":N,"error":"..."} as well as
  // its words on stderr.
  let printed = false;
  let said = '';
  const tee: Io = {
    stdout: (text) => {
      printed = true;
      io.stdout(text);
    },
    stderr: (text) => {
      said += text;
      io.stderr(text);
    },
  };
  const exit = await dispatch(name, rest, tee);
  if (!printed && exit !== EXIT.ok) io.stdout(`${JSON.stringify({ ok: false, exit, error: said.split('\n\n')[0]!.trim() })}\n`);
  return exit;
}

/** Runs one command with its arguments. */
async function dispatch(name: string, rest: string[], io: Io): Promise<number> {
  const verb = verbs[name];
  if (!verb) {
    const meant = suggest(name, Object.keys(verbs));
    io.stderr(`vdr: there is no command "${name}"${meant ? `; write vdr ${meant} if that is what was meant` : ''}.\n\n${mainHelp()}`);
    return EXIT.usage;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: verb.options, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr(`vdr ${name}: ${optionProblem(error as Error & { code?: string }, verb)}.\n\n${verb.usage}\n`);
    return EXIT.usage;
  }
  if (parsed.values['help']) {
    io.stdout(`${verb.usage}\n`);
    return EXIT.ok;
  }
  if (!verb.takesArguments && parsed.positionals.length > 0) {
    const [first] = parsed.positionals;
    const edition = 'edition' in verb.options && /^\d{4}$/.test(first!) ? `; to choose an edition, write --edition ${first}` : '';
    io.stderr(`vdr ${name}: takes no argument besides its options, found "${first}"${edition}.\n\n${verb.usage}\n`);
    return EXIT.usage;
  }
  try {
    return await verb.run(parsed.values as Record<string, string | boolean | undefined>, parsed.positionals, io);
  } catch (error) {
    return stoppedBy(name, error, io);
  }
}

/** System error codes that mean the disk or the folder would not take what vdr wrote. */
const WRITE_FAILURES = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'ENOENT', 'ENOTDIR', 'EISDIR', 'EEXIST', 'ENOTEMPTY', 'EMFILE', 'ENFILE', 'EIO', 'EBUSY', 'ENAMETOOLONG']);

/**
 * What a command that stopped on a thrown error says: a file it could not read, or a place it
 * could not write (exit 3, in plain words, nothing half-written since every write is atomic), or a
 * fault in vdr itself (exit 4, with the stack only under VDR_DEBUG=1). Never a bare stack trace.
 */
export function stoppedBy(verb: string, error: unknown, io: Io, env: NodeJS.ProcessEnv = process.env): number {
  const shown = (path: string): string => {
    const rel = relative(process.cwd(), path);
    return rel === '' || rel.startsWith('..') ? path : rel;
  };
  const debug = env['VDR_DEBUG'] === '1' && error instanceof Error && error.stack ? `\n${error.stack}\n` : '';
  if (error instanceof FileProblem) {
    io.stderr(`vdr ${verb}: could not read ${shown(error.path)}: ${describeProblem(error.problem)}. Nothing was written.\n${debug}`);
    return EXIT.environment;
  }
  const system = error as NodeJS.ErrnoException;
  if (typeof system?.code === 'string' && WRITE_FAILURES.has(system.code) && typeof system.path === 'string') {
    const doing = system.syscall === 'read' || system.syscall === 'scandir' || system.syscall === 'stat' ? 'use' : 'write';
    io.stderr(
      `vdr ${verb}: could not ${doing} ${shown(system.path)}: ${errorWords(system.code)}. Nothing was changed: what vdr wrote before is as it was. ` +
        `${writeAdvice(system.code)}, then run the command again.\n${debug}`,
    );
    return EXIT.environment;
  }
  const what = error instanceof Error ? error.message : String(error);
  io.stderr(
    `vdr ${verb}: stopped on an unexpected error, a fault in vdr rather than in your files: ${what}. ` +
      `Please report it with the command you ran${debug ? '' : ' (run it again with VDR_DEBUG=1 to see where in vdr it happened)'}.\n${debug}`,
  );
  return EXIT.internal;
}

function writeAdvice(code: string): string {
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'Free some space on the disk';
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return 'Make the output folder writable for you (or give another project folder)';
  if (code === 'EMFILE' || code === 'ENFILE') return 'Close some programs';
  return 'Check the folder';
}
