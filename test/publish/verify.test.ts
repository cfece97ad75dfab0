/**
 * Published versions are verified (issue 16): `vdr verify` checks each against its manifest.json,
 * and publish warns of a changed file in an earlier version and refuses to drop one whose
 * manifest it cannot read from the index. Every check leaves the published bytes as they were.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../../pipeline/cli.js';
import { sha256 } from '../../pipeline/io/hash.js';
import { openProject, type ProjectPaths } from '../../pipeline/project/index.js';
import { publishEdition, verifyPublished, type PublishResult, type VerifyResult } from '../../pipeline/publish/index.js';
import { copyProject, countedBuild, finalBuild, madeFrom, removeProject, snapshot } from './helpers.js';

const RESTORE_FILE =
  'restore the file from your archive or backup of this published version; if you have no copy, publish the edition again under a new version number (vdr publish --version X.Y.Z) and treat this version as withdrawn';
const RESTORE_MANIFEST =
  'restore manifest.json from your archive or backup of this published version; without it nothing in this version can be checked, so if you have no copy, move the directory out of output/ and publish the edition again under a new version number';

function checks(result: VerifyResult) {
  if (!result.ok) throw new Error(`expected checks, but: ${result.reason}`);
  return result.checks;
}

function capture(): Io & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

describe('published versions are verified', () => {
  let project: ProjectPaths;
  let buildDir: string;
  let v100: string;
  const run = async (...argv: string[]): Promise<{ exit: number; out: string; err: string }> => {
    const io = capture();
    const exit = await main([...argv, '--project', project.root], io);
    return { exit, out: io.out, err: io.err };
  };
  /** Changes a file of a published version for the length of `work`, then puts its bytes back. */
  const damaging = async (file: string, change: (bytes: Buffer) => string | Buffer | null, work: () => Promise<void> | void): Promise<void> => {
    const path = join(project.outputDir, file);
    const original = readFileSync(path);
    const changed = change(original);
    if (changed === null) rmSync(path);
    else writeFileSync(path, changed);
    try {
      await work();
    } finally {
      writeFileSync(path, original);
    }
  };

  beforeAll(async () => {
    project = copyProject('vdr-verify-');
    buildDir = await finalBuild(project, 2021);
    for (const version of ['1.0.0', '1.1.0']) {
      const result = await publishEdition(openProject(project), { version, build: madeFrom(buildDir) });
      if (!result.ok) throw new Error(result.reason);
    }
    v100 = join(project.outputDir, '2021', '1.0.0');
  });
  afterAll(() => removeProject(project));

  describe('vdr verify', () => {
    it('finds every published version as published', async () => {
      const found = checks(verifyPublished(project, 2021));
      expect(found.map((c) => [c.dir, c.messages])).toEqual([
        ['output/2021/1.0.0', []],
        ['output/2021/1.1.0', []],
      ]);
      expect(found[0]!.files).toBeGreaterThan(30);
      const r = await run('verify');
      expect(r.exit).toBe(0);
      expect(r.out).toBe(
        `output/2021/1.0.0: as published, all ${found[0]!.files} files match manifest.json.\noutput/2021/1.1.0: as published, all ${found[1]!.files} files match manifest.json.\nChecked 2 published versions of the 2021 edition: each is as published.\n`,
      );
      expect(r.err).toBe('');
    });

    it('names an edited metrics.json with the sha256 expected and found, and what to do; changes nothing', async () => {
      const file = join(v100, 'metrics.json');
      const listed = sha256(readFileSync(file));
      await damaging('2021/1.0.0/metrics.json', (bytes) => bytes.toString('utf8').replace('"baseline"', '"BASELINE"'), async () => {
        const found = sha256(readFileSync(file));
        const before = snapshot(project.outputDir);
        const expected = {
          file: 'output/2021/1.0.0/metrics.json',
          severity: 'error',
          ruleId: 'manifest/hash',
          reason: `the file has changed since it was published: its sha256 is ${found}, but manifest.json says ${listed}`,
          fix: RESTORE_FILE,
        };
        expect(checks(verifyPublished(project, 2021, '1.0.0'))).toEqual([{ edition: 2021, version: '1.0.0', dir: 'output/2021/1.0.0', files: expect.any(Number), messages: [expected] }]);

        const r = await run('verify');
        expect(r.exit).toBe(1);
        expect(r.out).toContain(`output/2021/1.0.0: 1 problem\n  output/2021/1.0.0/metrics.json: error: ${expected.reason}. Fix: ${RESTORE_FILE}. [manifest/hash]\n`);
        expect(r.out).toMatch(/\noutput\/2021\/1\.1\.0: as published, all \d+ files match manifest\.json\.\n/);
        expect(r.out).toMatch(/\nChecked 2 published versions of the 2021 edition: 1\.0\.0 differs from its manifest\.json; see the fix given with each problem\.\n$/);

        const json = await run('verify', '1.0.0', '--json');
        expect(json.exit).toBe(1);
        expect(JSON.parse(json.out)).toEqual({ ok: false, edition: 2021, versions: [{ version: '1.0.0', dir: 'output/2021/1.0.0', files: expect.any(Number), ok: false, messages: [expected] }] });
        expect(snapshot(project.outputDir)).toEqual(before);
      });
    });

    it('names a missing file and a file the manifest does not list', async () => {
      await damaging('2021/1.1.0/report.pdf', () => null, async () => {
        writeFileSync(join(project.outputDir, '2021/1.1.0/notes.txt'), 'added later');
        try {
          const [check] = checks(verifyPublished(project, 2021, '1.1.0'));
          expect(check!.messages.map((m) => [m.file, m.ruleId, m.reason, m.fix])).toEqual([
            ['output/2021/1.1.0/report.pdf', 'manifest/missing', 'the file is listed in manifest.json but missing', RESTORE_FILE],
            [
              'output/2021/1.1.0/notes.txt',
              'manifest/extra',
              'the file is not listed in manifest.json, so it was not published with this version',
              'move it out of the version directory: a published version holds only what its manifest.json lists',
            ],
          ]);
        } finally {
          rmSync(join(project.outputDir, '2021/1.1.0/notes.txt'));
        }
      });
    });

    it('names a manifest that is not JSON, one its schema refuses, and one of another version', async () => {
      await damaging('2021/1.0.0/manifest.json', (bytes) => bytes.subarray(0, 100), () => {
        const [check] = checks(verifyPublished(project, 2021, '1.0.0'));
        expect(check!.files).toBe(0);
        expect(check!.messages).toMatchObject([{ file: 'output/2021/1.0.0/manifest.json', ruleId: 'manifest/unreadable', fix: RESTORE_MANIFEST }]);
        expect(check!.messages[0]!.reason).toMatch(/^manifest\.json is not valid JSON \(.+\)$/);
      });
      // What SOURCE_DATE_EPOCH=999999999999 used to publish.
      await damaging('2021/1.0.0/manifest.json', (bytes) => bytes.toString('utf8').replace('"date": "2026-01-01"', '"date": "+033658-09-27"'), () => {
        expect(checks(verifyPublished(project, 2021, '1.0.0'))[0]!.messages).toEqual([
          {
            file: 'output/2021/1.0.0/manifest.json',
            severity: 'error',
            ruleId: 'manifest/unreadable',
            reason: 'manifest.json does not match the schema of a manifest (schemas/manifest.schema.json): the field date is not a date such as 2026-01-01, found "+033658-09-27"',
            fix: RESTORE_MANIFEST,
          },
        ]);
      });
      const copy = join(project.outputDir, '2021', '1.0.5');
      cpSync(v100, copy, { recursive: true });
      try {
        expect(checks(verifyPublished(project, 2021, '1.0.5'))[0]!.messages).toEqual([
          {
            file: 'output/2021/1.0.5/manifest.json',
            severity: 'error',
            ruleId: 'manifest/other-version',
            reason: 'manifest.json is of the 2021 edition, version 1.0.0, but it is in the directory of the 2021 edition, version 1.0.5',
            fix: RESTORE_MANIFEST,
          },
        ]);
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
    });

    it('refuses a version that is not published, a malformed one, and an edition never published (exit 2)', async () => {
      expect(verifyPublished(project, 2021, '2.0.0')).toEqual({
        ok: false,
        exit: 2,
        reason: 'version 2.0.0 of the 2021 edition is not published (there is no output/2021/2.0.0/); its published versions are 1.0.0, 1.1.0',
      });
      expect(await run('verify', '--edition', '2014')).toEqual({
        exit: 2,
        out: '',
        err: 'vdr verify: the 2014 edition has no published version: there is no output/2014/X.Y.Z/ directory.\n',
      });
      expect(await run('verify', '1.0')).toEqual({
        exit: 2,
        out: '',
        err: 'vdr verify: give at most one version, as three whole numbers separated by points, such as vdr verify 1.0.0; not "1.0".\n',
      });
      expect((await run('verfy')).err).toMatch(/^vdr: there is no command "verfy"; write vdr verify if that is what was meant\.\n/);
      expect((await run('verify', '--help')).out).toMatch(/^Usage: vdr verify \[VERSION\] \[--edition YEAR\]/);
    });
  });

  describe('vdr publish over damaged versions', () => {
    it('warns of a changed file in an earlier version, publishes, and keeps that version in the index', async () => {
      await damaging('2021/1.0.0/metrics.csv', (bytes) => Buffer.concat([bytes, Buffer.from('tampered\n')]), async () => {
        const damaged = snapshot(v100);
        const result = await publishEdition(openProject(project), { version: '1.2.0', build: madeFrom(buildDir) });
        try {
          if (!result.ok) throw new Error(result.reason);
          expect(result.warnings).toEqual([
            {
              file: 'output/2021/1.0.0/metrics.csv',
              severity: 'warning',
              ruleId: 'manifest/size',
              reason: expect.stringMatching(/^the file has changed since it was published: it has \d+ bytes, but manifest\.json says \d+$/),
              fix: RESTORE_FILE,
            },
          ]);
          const index = JSON.parse(readFileSync(join(project.outputDir, 'editions.json'), 'utf8')) as { editions: { versions: { version: string }[] }[] };
          expect(index.editions[0]!.versions.map((v) => v.version)).toEqual(['1.2.0', '1.1.0', '1.0.0']);
          expect(snapshot(v100)).toEqual(damaged);
        } finally {
          rmSync(join(project.outputDir, '2021', '1.2.0'), { recursive: true, force: true });
        }
      });
    });

    it('refuses, before building, when an earlier version has a manifest it cannot read, rather than drop it from the index', async () => {
      await damaging('2021/1.0.0/manifest.json', () => '{"edition": 2021', async () => {
        const before = snapshot(project.outputDir);
        const counter = countedBuild(buildDir);
        const result: PublishResult = await publishEdition(openProject(project), { version: '1.3.0', build: counter.build });
        if (result.ok) throw new Error('expected a refusal');
        expect(result).toMatchObject({
          code: 'damaged-version',
          exit: 1,
          reason:
            'version 1.0.0 of the 2021 edition (output/2021/1.0.0) is damaged: its manifest.json cannot be read, so the index of published editions could not list it; restore manifest.json from your archive (vdr verify lists every problem), or move the directory out of output/, and publish again; nothing was published',
        });
        expect(result.messages.map((m) => [m.file, m.ruleId])).toEqual([['output/2021/1.0.0/manifest.json', 'manifest/unreadable']]);
        expect(counter.calls()).toBe(0);
        expect(snapshot(project.outputDir)).toEqual(before);
      });
    });

    it('refuses a republish at once, from the command line, without building (exit 2)', async () => {
      rmSync(buildDir, { recursive: true, force: true });
      const before = snapshot(project.outputDir);
      const started = process.hrtime.bigint();
      const r = await run('publish', '--version', '1.0.0');
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      expect(r).toEqual({
        exit: 2,
        out: '',
        err: 'vdr publish: version 1.0.0 of the 2021 edition is already published in output/2021/1.0.0, and a published version never changes; publish it as a new version, such as 1.0.1.\n',
      });
      // No build ran: it would have written output/2021/build/ and taken 20 s.
      expect(snapshot(project.outputDir)).toEqual(before);
      expect(seconds).toBeLessThan(5);
    });
  });
});
