import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { relative } from 'node:path';
import { build, prepare } from './build.js';
import { formatReport } from './diagnostics/format.js';
import { sortMessages, type Message } from './diagnostics/message.js';
import { suggest } from './diagnostics/suggest.js';
import { explainMetric } from './metrics/index.js';
import { projectProblem, resolveProject, type Project } from './project.js';
import { validateProject } from './validate/index.js';

/** Exit codes of every verb (SPEC 10). */
export const EXIT = { ok: 0, dataErrors: 1, usage: 2, environment: 3 } as const;

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
  run: (values: Record<string, string | boolean | undefined>, positionals: string[], io: Io) => Promise<number> | number;
}

const common = {
  project: { type: 'string', default: '.' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const withEdition = { ...common, edition: { type: 'string' } } as const;

/** The project named by --project, or the exit code when it is not one. */
function openProject(values: Record<string, unknown>, io: Io): Project | number {
  const project = resolveProject(String(values['project']));
  const problem = projectProblem(project);
  if (!problem) return project;
  io.stderr(`vdr: ${problem}.\nRun vdr from the project directory, or give it with --project DIR.\n`);
  return EXIT.environment;
}

/** The --edition year, undefined when not given, or a usage error's text. */
function editionOption(values: Record<string, unknown>): number | undefined | string {
  const text = values['edition'];
  if (text === undefined) return undefined;
  return /^\d{4}$/.test(String(text)) ? Number(text) : `--edition takes a four-digit year, such as 2021, not "${String(text)}"`;
}

/** Prints messages as the report (or JSON) and returns how many are errors. */
function printMessages(messages: Message[], files: number, json: boolean, io: Io, extra: Record<string, unknown> = {}): number {
  const errors = messages.filter((m) => m.severity === 'error').length;
  if (json) {
    const report = { ok: errors === 0, errors, warnings: messages.length - errors, ...extra, messages: sortMessages(messages) };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else if (messages.length > 0) {
    io.stdout(`${formatReport(messages, files)}\n`);
  }
  return errors;
}

/** Whether to show progress: on a terminal, never in CI. */
function showProgress(): boolean {
  return process.stderr.isTTY === true && process.env['CI'] !== 'true';
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

const verbs: Record<string, Verb> = {
  validate: {
    summary: 'check every data file against its schema and the rules beyond it',
    usage: `Usage: vdr validate [--project DIR] [--json]

Checks every file under data/ (named in data/datasets.yaml) against its schema in schemas/,
and the rules beyond the schemas: known countries, organizations, pillars and indicators; no
repeated rows; years inside the window; values inside each indicator's bounds; matching units;
no orphan or empty files. Prints every problem as FILE:LINE:COLUMN with what is wrong, the value
found and what would fix it.

Options:
  --project DIR  the project directory (default: the current directory)
  --json         print the result as JSON
  -h, --help     show this help

Exit codes: 0 no errors, 1 data errors, 2 usage, 3 environment.`,
    options: common,
    run: (values, _positionals, io) => {
      const project = openProject(values, io);
      if (typeof project === 'number') return project;
      const result = validateProject(project);
      const errors = result.messages.filter((m) => m.severity === 'error').length;
      if (values['json']) {
        const report = {
          ok: errors === 0,
          errors,
          warnings: result.messages.length - errors,
          files: result.files,
          messages: sortMessages(result.messages),
        };
        io.stdout(`${JSON.stringify(report, null, 2)}\n`);
      } else {
        io.stdout(`${formatReport(result.messages, result.files.length)}\n`);
      }
      return errors === 0 ? EXIT.ok : EXIT.dataErrors;
    },
  },
  build: {
    summary: 'validate, compute the metrics and write the edition to output/<edition>/build/',
    usage: `Usage: vdr build [--edition YEAR] [--project DIR] [--json]

Validates the data, computes the metrics of the edition (default: the newest under content/) and
writes output/<edition>/build/ with metrics.json and metrics.csv. Any data error stops the build
before anything is written, so earlier output stays as it was.

Options:
  --edition YEAR  the edition to build (default: the newest)
  --project DIR   the project directory (default: the current directory)
  --json          print the result as JSON
  -h, --help      show this help

Exit codes: 0 built, 1 data or content errors, 2 usage, 3 environment.`,
    options: withEdition,
    run: async (values, _positionals, io) => {
      const project = openProject(values, io);
      if (typeof project === 'number') return project;
      const edition = editionOption(values);
      if (typeof edition === 'string') {
        io.stderr(`vdr build: ${edition}.\n`);
        return EXIT.usage;
      }
      const outcome = await build(project, edition === undefined ? {} : { edition });
      if (outcome.refusal) {
        io.stderr(`vdr build: ${outcome.refusal.reason}.\n`);
        return outcome.refusal.exit;
      }
      const output = outcome.outputDir ? relative(project.root, outcome.outputDir) : undefined;
      const errors = printMessages(outcome.messages, 0, values['json'] === true, io, {
        edition: outcome.edition?.year ?? null,
        output: output ?? null,
        files: outcome.files ?? [],
        timings: Object.fromEntries(outcome.timings),
      });
      if (showProgress()) {
        for (const [stage, seconds] of outcome.timings) io.stderr(`  ${stage.padEnd(10)} ${seconds.toFixed(3)} s\n`);
      }
      if (errors > 0) {
        if (!values['json']) io.stdout('The build stopped: fix the errors above and run vdr build again. Nothing was written.\n');
        return EXIT.dataErrors;
      }
      if (!values['json']) io.stdout(`Built the ${outcome.edition?.year} edition in ${output}: ${(outcome.files ?? []).join(', ')}.\n`);
      return EXIT.ok;
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
  --project DIR   the project directory (default: the current directory)
  -h, --help      show this help`,
    options: withEdition,
    run: (values, positionals, io) => {
      const [indicator, entity, ...extra] = positionals;
      if (indicator === undefined || entity === undefined || extra.length > 0) {
        io.stderr(`vdr explain: give an indicator and an entity, such as: vdr explain heroin-seizures AFG\n`);
        return EXIT.usage;
      }
      const project = openProject(values, io);
      if (typeof project === 'number') return project;
      const edition = editionOption(values);
      if (typeof edition === 'string') {
        io.stderr(`vdr explain: ${edition}.\n`);
        return EXIT.usage;
      }
      const outcome = prepare(project, edition === undefined ? {} : { edition });
      if (outcome.refusal) {
        io.stderr(`vdr explain: ${outcome.refusal.reason}.\n`);
        return outcome.refusal.exit;
      }
      if (!outcome.metrics || !outcome.dataset) {
        printMessages(outcome.messages, 0, false, io);
        io.stderr('vdr explain: the data has errors; fix them first (vdr validate lists them).\n');
        return EXIT.dataErrors;
      }
      const text = explainMetric(outcome.metrics, outcome.dataset, indicator, entity);
      if (text !== undefined) {
        io.stdout(text);
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
};

function mainHelp(): string {
  const width = Math.max(...Object.keys(verbs).map((v) => v.length));
  const list = Object.entries(verbs)
    .map(([name, verb]) => `  ${name.padEnd(width)}  ${verb.summary}`)
    .join('\n');
  return `vdr ${version()}: builds the annual report on implementing the Vienna Declaration.

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
    io.stdout(`${version()}\n`);
    return EXIT.ok;
  }
  const verb = verbs[name];
  if (!verb) {
    io.stderr(`vdr: there is no command "${name}".\n\n${mainHelp()}`);
    return EXIT.usage;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: verb.options, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr(`vdr ${name}: ${(error as Error).message}\n\n${verb.usage}\n`);
    return EXIT.usage;
  }
  if (parsed.values['help']) {
    io.stdout(`${verb.usage}\n`);
    return EXIT.ok;
  }
  return verb.run(parsed.values as Record<string, string | boolean | undefined>, parsed.positionals, io);
}
