/**
 * The bad-input corpus (issue 2, SPEC 12): one folder per fault under test/fixtures/validate/,
 * each laid over the small valid project in _base/ and checked against the exact report that
 * `vdr validate` prints for it (expected.txt).
 *
 * A case folder holds:
 * - data/...     files that replace or add to the base's files at the same relative paths;
 * - remove.txt   (optional) base files to delete, one project-relative path a line;
 * - case.yaml    `description:` (the fault) and `exit:` (the exit code vdr validate gives);
 * - expected.txt the exact output of vdr validate.
 *
 * `UPDATE=1 npx vitest run test/validate/corpus.test.ts` rewrites expected.txt from the current
 * output (refused when CI=true); read every rewritten file before committing it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { EXIT, main, type Io } from '../../pipeline/cli.js';
import { formatReport } from '../../pipeline/diagnostics/format.js';
import { resolveProject } from '../../pipeline/project/index.js';
import { SchemaRegistry } from '../../pipeline/schema/registry.js';
import { validateProject, type ValidateOptions } from '../../pipeline/validate/index.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(repo, 'test', 'fixtures', 'validate');
const schemasDir = join(repo, 'schemas');
const registry = SchemaRegistry.load(schemasDir);

const update = process.env['UPDATE'] === '1';
if (update && process.env['CI'] === 'true') {
  throw new Error('UPDATE=1 rewrites the expected reports; it is refused in CI (CI=true).');
}

interface CaseFile {
  description: string;
  exit: 0 | 1;
}

/** Case folders: every folder but _base, sorted. */
const cases = readdirSync(fixtures, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_') && !entry.name.startsWith('.'))
  .map((entry) => entry.name)
  .sort();

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/**
 * Builds a case's project in a fresh temporary directory: the base, the case's files over it,
 * its removals applied. With `withSchemas`, copies schemas/ in too, as the CLI needs.
 */
function materialise(name: string | undefined, withSchemas = false): string {
  const root = mkdtempSync(join(tmpdir(), `vdr-validate-${name ?? 'base'}-`));
  temps.push(root);
  cpSync(join(fixtures, '_base'), root, { recursive: true });
  if (name !== undefined) {
    const dir = join(fixtures, name);
    if (existsSync(join(dir, 'data'))) cpSync(join(dir, 'data'), join(root, 'data'), { recursive: true });
    const removals = join(dir, 'remove.txt');
    if (existsSync(removals)) {
      for (const line of readFileSync(removals, 'utf8').split('\n')) {
        const path = line.trim();
        if (path === '' || path.startsWith('#')) continue;
        const target = join(root, path);
        if (!existsSync(target)) throw new Error(`${name}/remove.txt names ${path}, which the base does not have`);
        rmSync(target, { recursive: true });
      }
    }
  }
  if (withSchemas) cpSync(schemasDir, join(root, 'schemas'), { recursive: true });
  return root;
}

/**
 * What `vdr validate` prints for a project, and its error count; with `workerBytes: 0`, with its
 * observation files shared with a worker thread, as a large data set's are.
 */
function validate(root: string, options: ValidateOptions = {}): { report: string; errors: number; messages: number; threads: number } {
  const result = validateProject({ ...resolveProject(root), schemasDir }, registry, options);
  const errors = result.messages.filter((m) => m.severity === 'error').length;
  return { report: `${formatReport(result.messages, result.files.length)}\n`, errors, messages: result.messages.length, threads: result.threads };
}

function readCase(name: string): CaseFile {
  const value = parseYaml(readFileSync(join(fixtures, name, 'case.yaml'), 'utf8')) as Partial<CaseFile> | null;
  if (!value || typeof value.description !== 'string' || (value.exit !== 0 && value.exit !== 1)) {
    throw new Error(`${name}/case.yaml needs description: (the fault) and exit: 0 or 1`);
  }
  return { description: value.description, exit: value.exit };
}

/** An Io that keeps what the CLI writes. */
function capture(): Io & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
  };
  return io;
}

describe('the base project of the corpus', () => {
  it('validates with no problems', () => {
    const { report, messages } = validate(materialise(undefined));
    expect(report).toBe('No problems found in 11 files.\n');
    expect(messages).toBe(0);
  });
});

describe('bad-input corpus', () => {
  it('has at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  for (const name of cases) {
    const spec = readCase(name);
    it(`${name}: ${spec.description}`, () => {
      const { report, errors } = validate(materialise(name));
      const expectedFile = join(fixtures, name, 'expected.txt');
      if (update) writeFileSync(expectedFile, report);
      expect(report).toBe(readFileSync(expectedFile, 'utf8'));
      expect(errors > 0 ? 1 : 0).toBe(spec.exit);
    });
  }
});

describe('the corpus checked on two threads', () => {
  it('gives every case the same report as one thread', () => {
    let shared = 0;
    for (const name of cases) {
      const root = materialise(name);
      const two = validate(root, { workerBytes: 0 });
      expect(two.report, name).toBe(validate(root).report);
      if (two.threads === 2) shared++;
    }
    // Every case with two or more observation files listed (all but those that break the manifest).
    expect(shared).toBeGreaterThan(cases.length * 0.8);
  });

  it('gives the base project the same rows, with the same keys in the same order', () => {
    const project = { ...resolveProject(materialise(undefined)), schemasDir };
    const one = validateProject(project, registry).dataset!.observations;
    const parallel = validateProject(project, registry, { workerBytes: 0 });
    expect(parallel.threads).toBe(2);
    const two = parallel.dataset!.observations;
    expect(new Set(one.map((o) => o.file)).size).toBeGreaterThan(1);
    expect(two).toStrictEqual(one);
    expect(two.map((o) => Object.keys(o).join())).toEqual(one.map((o) => Object.keys(o).join()));
  });
});

describe('vdr validate on the command line', () => {
  const badCase = 'many-faults-one-file';

  it('prints the report and exits 1 for bad data, and the same messages with --json', async () => {
    const root = materialise(badCase, true);
    const text = capture();
    expect(await main(['validate', '--project', root], text)).toBe(EXIT.dataErrors);
    // Messages go to stderr; stdout is for results, and validate has none but the messages.
    expect(text.err).toBe(readFileSync(join(fixtures, badCase, 'expected.txt'), 'utf8'));
    expect(text.out).toBe('');

    const json = capture();
    expect(await main(['validate', '--project', root, '--json'], json)).toBe(EXIT.dataErrors);
    const parsed = JSON.parse(json.out) as { ok: boolean; errors: number; messages: unknown[] };
    expect(parsed.ok).toBe(false);
    expect(parsed.messages).toHaveLength(validate(root).messages);
    expect(parsed.errors).toBe(parsed.messages.length);
  });

  it('exits 0 for the base project', async () => {
    const io = capture();
    expect(await main(['validate', '--project', materialise(undefined, true)], io)).toBe(EXIT.ok);
    expect(io.err).toBe('No problems found in 11 files.\n');
  });

  it('exits 2 for an unknown option, naming it', async () => {
    const io = capture();
    expect(await main(['validate', '--projekt', '.'], io)).toBe(EXIT.usage);
    expect(io.err).toContain('vdr validate: there is no option "--projekt"; write --project if that is what was meant.');
    expect(io.err).toContain('Usage: vdr validate');
    expect(io.out).toBe('');
  });

  it('exits 3 when the --project directory does not exist', async () => {
    const io = capture();
    const missing = join(tmpdir(), 'vdr-no-such-project-dir');
    expect(await main(['validate', '--project', missing], io)).toBe(EXIT.environment);
    expect(io.err).toBe(`vdr: the directory ${missing} does not exist.\nRun vdr from the project directory, or give it with --project DIR.\n`);
  });

  it('runs as a process: exit 1, no stack trace, JSON that parses', () => {
    const root = materialise('invalid-utf8', true);
    // The sources run through tsx, so the test never sees a stale dist/.
    const script = 'import { main } from "./pipeline/cli.ts"; process.exitCode = await main(process.argv.slice(1));';
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, ...args], {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
    const human = run('validate', '--project', root);
    expect(human.status).toBe(EXIT.dataErrors);
    expect(human.stderr).toBe(readFileSync(join(fixtures, 'invalid-utf8', 'expected.txt'), 'utf8'));
    expect(`${human.stdout}${human.stderr}`).not.toMatch(/^\s+at /m);
    expect(human.stdout).toBe('');

    const machine = run('validate', '--project', root, '--json');
    expect(machine.status).toBe(EXIT.dataErrors);
    const parsed = JSON.parse(machine.stdout) as { messages: unknown[] };
    expect(parsed.messages).toHaveLength(validate(root).messages);
  });
});
