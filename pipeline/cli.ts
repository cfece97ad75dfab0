import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatReport } from './diagnostics/format.js';
import { sortMessages } from './diagnostics/message.js';
import { projectProblem, resolveProject } from './project.js';
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
      const project = resolveProject(String(values['project']));
      const problem = projectProblem(project);
      if (problem) {
        io.stderr(`vdr: ${problem}.\nRun vdr from the project directory, or give it with --project DIR.\n`);
        return EXIT.environment;
      }
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
