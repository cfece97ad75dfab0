import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { main, type Io } from '../pipeline/cli.js';

const root = resolve(import.meta.dirname, '..');

function capture(): Io & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

/** A copy of the project's data, schemas and content in a temporary directory. */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vdr-build-'));
  for (const part of ['data', 'schemas', 'content']) cpSync(join(root, part), join(dir, part), { recursive: true });
  return dir;
}

describe('the command line as a newcomer types it', () => {
  const run = async (...argv: string[]): Promise<{ exit: number; out: string; err: string }> => {
    const io = capture();
    const exit = await main(argv, io);
    return { exit, out: io.out, err: io.err };
  };

  it('suggests the command meant by a typo, and lists the commands', async () => {
    const r = await run('biuld');
    expect(r.exit).toBe(2);
    expect(r.err).toContain('vdr: there is no command "biuld"; write vdr build if that is what was meant.');
    expect(r.err).toContain('Commands:');
    expect((await run('frobnicate')).err).toMatch(/^vdr: there is no command "frobnicate"\.\n/);
  });

  it('refuses an argument a command does not take, rather than ignoring it', async () => {
    const r = await run('build', '2014');
    expect(r.exit).toBe(2);
    expect(r.err).toContain('vdr build: takes no argument besides its options, found "2014"; to choose an edition, write --edition 2014.');
    expect((await run('publish', 'now', '--version', '1.0.0')).err).toContain('found "now".');
    expect(r.out).toBe('');
  });

  it('prints JSON with --json even when it stops at a usage or environment problem', async () => {
    const usage = await run('build', '--json', '--finall');
    expect(usage.exit).toBe(2);
    expect(JSON.parse(usage.out)).toEqual({ ok: false, exit: 2, error: 'vdr build: there is no option "--finall"; write --final if that is what was meant.' });
    const missing = await run('validate', '--json', '--project', join(tmpdir(), 'vdr-no-such-project'));
    expect(missing.exit).toBe(3);
    expect(JSON.parse(missing.out)).toMatchObject({ ok: false, exit: 3, error: expect.stringContaining('does not exist') });
    // A command that prints its own JSON result prints only that.
    const valid = await run('validate', '--json', '--project', root);
    expect(JSON.parse(valid.out)).toMatchObject({ ok: true });
  });

  it('names an unknown option with the nearest one, and an option missing its value, in plain words', async () => {
    expect((await run('build', '--finall')).err).toContain('vdr build: there is no option "--finall"; write --final if that is what was meant.');
    expect((await run('build', '--edition')).err).toContain('vdr build: the option --edition needs a value after it.');
    expect((await run('validate', '--zzz')).err).toMatch(/^vdr validate: there is no option "--zzz"\.\n/);
  });
});

describe('vdr build', () => {
  let dir: string;
  beforeAll(() => {
    dir = copyProject();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes metrics.json valid against its schema, and metrics.csv, for the newest edition', async () => {
    const io = capture();
    expect(await main(['build', '--project', dir], io)).toBe(0);
    expect(io.out).toContain('Built the 2021 edition in output/2021/build');
    const metrics = JSON.parse(readFileSync(join(dir, 'output/2021/build/metrics.json'), 'utf8')) as unknown;
    const schema = JSON.parse(readFileSync(join(root, 'schemas/metrics.schema.json'), 'utf8')) as object;
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    expect(validate(metrics), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const csv = readFileSync(join(dir, 'output/2021/build/metrics.csv'), 'utf8');
    expect(csv.split('\n')[0]).toMatch(/^indicator,level,entity,.*baseline_year,baseline,.*current_year,current,.*change,relative_change,.*status/);
    expect(csv).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('builds an older edition with --edition, and refuses a year that has none', async () => {
    expect(await main(['build', '--project', dir, '--edition', '2014'], capture())).toBe(0);
    expect(statSync(join(dir, 'output/2014/build/metrics.json')).isFile()).toBe(true);
    const io = capture();
    expect(await main(['build', '--project', dir, '--edition', '2019'], io)).toBe(2);
    expect(io.err).toContain('there is no 2019 edition; the editions are 2014, 2021');
    expect(await main(['build', '--project', dir, '--edition', 'next'], capture())).toBe(2);
  });

  it('gives the same bytes twice', async () => {
    const first = readFileSync(join(dir, 'output/2021/build/metrics.json'));
    await main(['build', '--project', dir], capture());
    expect(readFileSync(join(dir, 'output/2021/build/metrics.json')).equals(first)).toBe(true);
  });

  it('stops on a data error with exit 1 and leaves the earlier output untouched', async () => {
    const before = readFileSync(join(dir, 'output/2021/build/metrics.json'));
    const file = join(dir, 'data/observations/pillar-1.csv');
    const original = readFileSync(file);
    appendFileSync(file, 'heroin-seizures,AFG,2015.0,12,,,,,,,\n');
    try {
      const io = capture();
      expect(await main(['build', '--project', dir], io)).toBe(1);
      expect(io.err).toMatch(/data\/observations\/pillar-1\.csv:\d+:\d+: error: year must be a whole number/);
      expect(io.err).toContain('Nothing was written');
      expect(io.out).toBe('');
      expect(readFileSync(join(dir, 'output/2021/build/metrics.json')).equals(before)).toBe(true);
    } finally {
      writeFileSync(file, original);
    }
  });
});

describe('vdr explain', () => {
  it('shows the baseline and current figures with the lines they came from', async () => {
    const io = capture();
    expect(await main(['explain', 'heroin-seizures', 'AFG', '--project', root], io)).toBe(0);
    expect(io.out).toMatch(/Baseline 2014: [\d.]+ kg .*\(data\/observations\/pillar-1\.csv:\d+\)/);
    expect(io.out).toMatch(/Current 2021: [\d.]+ kg .*\(data\/observations\/pillar-1\.csv:\d+\)/);
    // The line it names holds that very figure.
    const found = /Baseline 2014: ([\d.]+) kg.*pillar-1\.csv:(\d+)\)/.exec(io.out);
    const [value, line] = [found?.[1], Number(found?.[2])];
    const row = readFileSync(join(root, 'data/observations/pillar-1.csv'), 'utf8').split('\n')[line - 1] ?? '';
    expect(row.startsWith(`heroin-seizures,AFG,2014,${value},`)).toBe(true);
  });

  it('prints JSON with --json: the metrics.json record, its sources, and the explanation', async () => {
    const io = capture();
    expect(await main(['explain', 'heroin-seizures', 'afg', '--project', root, '--json'], io)).toBe(0);
    const parsed = JSON.parse(io.out) as { ok: boolean; edition: number; level: string; records: { entity: string; sources: { baseline: { file: string; line: number } } }[]; explanation: string };
    expect(parsed).toMatchObject({ ok: true, edition: 2021, indicator: 'heroin-seizures', level: 'entity' });
    expect(parsed.records.map((r) => r.entity)).toEqual(['AFG']);
    expect(parsed.records[0]!.sources.baseline).toMatchObject({ file: 'data/observations/pillar-1.csv', line: expect.any(Number) });
    expect(parsed.explanation).toMatch(/^Baseline 2014: /m);
    const group = capture();
    expect(await main(['explain', 'heroin-seizures', 'all', '--project', root, '--json'], group)).toBe(0);
    expect(JSON.parse(group.out)).toMatchObject({ level: 'aggregate', records: [{ group: 'all' }] });
  });

  it('suggests the indicator meant, with exit 2', async () => {
    const io = capture();
    expect(await main(['explain', 'heroin-seizure', 'AFG', '--project', root], io)).toBe(2);
    expect(io.err).toContain('did you mean heroin-seizures?');
    expect(await main(['explain', 'heroin-seizures', '--project', root], capture())).toBe(2);
  });
});

describe('content problems', () => {
  let dir: string;
  beforeAll(() => {
    dir = copyProject();
    const chapter = join(dir, 'content/2021/conclusions.md');
    writeFileSync(chapter, `${readFileSync(chapter, 'utf8')}\nHeroin seized: :metric{indicator=heroin-seizure entity=all field=current}.\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('vdr validate checks the chapters and locates the fault', async () => {
    const io = capture();
    expect(await main(['validate', '--project', dir], io)).toBe(1);
    const lines = readFileSync(join(dir, 'content/2021/conclusions.md'), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('heroin-seizure ')) + 1;
    expect(io.err).toMatch(new RegExp(`content/2021/conclusions\\.md:${line}:\\d+: error: .*heroin-seizure`));
    expect(io.err).toContain('heroin-seizures');
  });

  it('a draft build shows the problem in its banner; a final build refuses it and writes nothing', async () => {
    const draft = capture();
    expect(await main(['build', '--project', dir, '--html-only'], draft)).toBe(1);
    expect(draft.out).toContain('with the problems above shown in its banner');
    const html = readFileSync(join(dir, 'output/2021/build/report.html'), 'utf8');
    expect(html).toMatch(/class="draft-banner"/);
    expect(html).toContain('conclusions.md');
    const before = readFileSync(join(dir, 'output/2021/build/report.html'));
    const final = capture();
    expect(await main(['build', '--project', dir, '--final', '--html-only'], final)).toBe(1);
    expect(final.err).toContain('Nothing was written');
    expect(readFileSync(join(dir, 'output/2021/build/report.html')).equals(before)).toBe(true);
  });
});

describe('the project, found from a subfolder', () => {
  it('is the nearest folder above with schemas/ and data/, or the folder itself when there is none', async () => {
    const { findProjectAbove } = await import('../pipeline/project/index.js');
    expect(findProjectAbove(join(root, 'content', '2021'))).toBe(root);
    expect(findProjectAbove(root)).toBe(root);
    const outside = mkdtempSync(join(tmpdir(), 'vdr-nowhere-'));
    try {
      expect(findProjectAbove(outside)).toBe(outside);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
