import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '../../pipeline/diagnostics/message.js';
import { openProject, type ProjectPaths } from '../../pipeline/project/index.js';
import { nodeFiles } from '../../pipeline/io/files.js';
import { editionInputs, inputFingerprint, publishEdition, verifyManifest, writeEditionsIndex, type PublishOptions, type PublishResult } from '../../pipeline/publish/index.js';
import { copyProject, finalBuild, madeFrom, removeProject, root, snapshot } from './helpers.js';

const schema = (name: string): object => JSON.parse(readFileSync(join(root, 'schemas', `${name}.schema.json`), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validManifest = ajv.compile(schema('manifest'));
const validIndex = ajv.compile(schema('editions-index'));
const packageVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

const error: Message = { file: 'data/observations/pillar-1.csv', place: { line: 3, column: 4 }, severity: 'error', ruleId: 'cell/integer', reason: 'year must be a whole number', fix: 'write 2015' };
const warning: Message = { file: 'content/2021/pillar-1.md', place: { line: 7, column: 1 }, severity: 'warning', ruleId: 'content/heading-level', reason: 'a heading skips a level', fix: 'use ##' };

function refusal(result: PublishResult): Extract<PublishResult, { ok: false }> {
  if (result.ok) throw new Error('expected a refusal, but it published');
  return result;
}

/** publishEdition on the project opened for the edition the options name (the newest when none). */
function publishIn(project: ProjectPaths, { edition, ...options }: PublishOptions & { edition?: number }): Promise<PublishResult> {
  return publishEdition(openProject(project, edition === undefined ? {} : { edition }), options);
}

function published(result: PublishResult): Extract<PublishResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected a publication, but: ${result.reason}`);
  return result;
}

describe('vdr publish', () => {
  let project: ProjectPaths;
  let buildDir: string;
  const options = (extra: Partial<PublishOptions & { edition: number }> = {}): PublishOptions & { edition: number } => ({ edition: 2021, version: '1.0.0', build: madeFrom(buildDir), ...extra });

  beforeAll(async () => {
    project = copyProject();
    buildDir = await finalBuild(project, 2021);
  });
  afterAll(() => removeProject(project));

  describe('refusals', () => {
    it.each(['1.0', 'v1.0.0', '01.0.0', '1.0.0-rc.1', '1.0.0.0', '../1.0.0', ''])('refuses the malformed version "%s" with exit 2 and writes nothing', async (version) => {
      const result = refusal(await publishIn(project, options({ version })));
      expect(result).toMatchObject({ code: 'bad-version', exit: 2 });
      expect(result.reason).toBe(`the version must be three whole numbers separated by points, such as 1.0.0 or 2.1.3, not "${version}"`);
      expect(snapshot(project.outputDir).has('editions.json')).toBe(false);
    });

    it('refuses a build with a validation error, with exit 1, and lists it', async () => {
      const result = refusal(await publishIn(project, options({ build: madeFrom(buildDir, [warning, error]) })));
      expect(result).toMatchObject({ code: 'errors', exit: 1, messages: [error] });
      expect(result.reason).toBe(
        'the build has 1 error, and a published edition must have none; fix them (vdr validate lists the data errors, vdr build the content errors) and publish again',
      );
      expect(existsSync(join(project.outputDir, '2021', '1.0.0'))).toBe(false);
    });

    it('refuses a build with a content warning, with exit 1', async () => {
      const result = refusal(await publishIn(project, options({ build: madeFrom(buildDir, [warning, warning]) })));
      expect(result).toMatchObject({ code: 'warnings', exit: 1, messages: [warning, warning] });
      expect(result.reason).toBe('the build has 2 warnings, and a published edition must have none; fix them (vdr build lists them) and publish again');
      expect(existsSync(join(project.outputDir, '2021', '1.0.0'))).toBe(false);
    });

    it('refuses a build without the report files, naming them', async () => {
      const result = refusal(await publishIn(project, options({ requiredFiles: ['report.html', 'report.pdf', 'report.epub', 'metrics.json', 'charts.json'] })));
      expect(result).toMatchObject({ code: 'incomplete-build', exit: 2 });
      expect(result.reason).toBe('the build made no report.epub, charts.json, so there is nothing complete to publish; run vdr build --final --edition 2021 to see why');
      const nothing = refusal(await publishIn(project, options({ build: async () => ({ messages: [] }) })));
      // The 2021 sample is in six languages: every language's report is required.
      expect(nothing.reason).toBe(
        'the build made no report.html, report.pdf, metrics.json, metrics.csv, report.ar.html, report.ar.pdf, report.zh.html, report.zh.pdf, report.fr.html, report.fr.pdf, report.ru.html, report.ru.pdf, report.es.html, report.es.pdf, so there is nothing complete to publish; run vdr build --final --edition 2021 to see why',
      );
    });

    it('passes on a build that could not run, with its exit code', async () => {
      const result = refusal(await publishIn(project, options({ build: async () => ({ messages: [], refusal: { reason: 'no Chromium was found', exit: 3 } }) })));
      expect(result).toMatchObject({ code: 'build-refused', exit: 3, reason: 'no Chromium was found' });
    });

    it('passes on a build that throws (a fault in vdr, not bad input) and lets go of the lock', async () => {
      const fault = new Error('a bug in the chart stage');
      await expect(publishIn(project, options({ build: async () => { throw fault; } }))).rejects.toBe(fault);
      expect(existsSync(`${buildDir}.lock`)).toBe(false);
      expect(existsSync(join(project.outputDir, '2021', '1.0.0'))).toBe(false);
    });

    it('refuses, without building, while a build holds the build directory, and creates nothing', async () => {
      const before = snapshot(project.outputDir);
      writeFileSync(`${buildDir}.lock`, String(process.pid));
      let built = false;
      try {
        const build = async () => {
          built = true;
          return { messages: [] };
        };
        expect(refusal(await publishIn(project, options({ build })))).toMatchObject({
          code: 'locked',
          exit: 3,
          reason: `another build or publication (process ${process.pid}) is using output/2021/build; wait for it to finish and publish again`,
        });
      } finally {
        rmSync(`${buildDir}.lock`, { force: true });
      }
      expect(built).toBe(false);
      expect(snapshot(project.outputDir)).toEqual(before);
    });

    it('refuses a version directory that exists without a manifest, and leaves it alone', async () => {
      const stray = join(project.outputDir, '2021', '9.9.9');
      mkdirSync(stray, { recursive: true });
      writeFileSync(join(stray, 'notes.txt'), 'mine');
      try {
        expect(refusal(await publishIn(project, options({ version: '9.9.9' })))).toMatchObject({
          code: 'version-exists',
          exit: 2,
          reason: 'output/2021/9.9.9 already exists but is not a published edition (it has no manifest.json); move it away, or publish another version',
        });
        expect(readFileSync(join(stray, 'notes.txt'), 'utf8')).toBe('mine');
      } finally {
        rmSync(stray, { recursive: true, force: true });
      }
    });

    it('refuses an edition the project does not have, and a build of another edition', async () => {
      expect(refusal(await publishIn(project, options({ edition: 2019 })))).toMatchObject({
        code: 'no-edition',
        exit: 2,
        reason: 'there is no 2019 edition; the editions are 2014, 2021',
      });
      expect(refusal(await publishIn(project, options({ edition: 2014 })))).toMatchObject({
        code: 'build-mismatch',
        exit: 2,
        reason: 'the build is of the 2021 edition, not the 2014 edition',
      });
    });

    it('refuses a malformed SOURCE_DATE_EPOCH (exit 3)', async () => {
      expect(refusal(await publishIn(project, options({ env: { SOURCE_DATE_EPOCH: 'yesterday' } })))).toMatchObject({
        code: 'bad-source-date',
        exit: 3,
        reason: 'SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not "yesterday"',
      });
    });

    it('refuses while another publication holds the lock (exit 3), and takes over a stale lock', async () => {
      const lock = join(project.outputDir, '.publish.lock');
      writeFileSync(lock, String(process.pid));
      try {
        const result = refusal(await publishIn(project, options({ version: '0.0.1' })));
        expect(result).toMatchObject({ code: 'locked', exit: 3 });
        expect(result.reason).toBe(`another publication (process ${process.pid}) is writing to output; wait for it to finish and publish again`);
        expect(existsSync(join(project.outputDir, '2021', '0.0.1'))).toBe(false);
      } finally {
        rmSync(lock, { force: true });
      }
      // A lock left by a process that has ended does not block.
      const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
      writeFileSync(lock, ended.stdout);
      const dir = join(project.outputDir, '2021', '0.0.1');
      try {
        published(await publishIn(project, options({ version: '0.0.1' })));
        expect(existsSync(lock)).toBe(false);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('of two publications at once, one is refused', async () => {
      const results = await Promise.all([publishIn(project, options({ version: '0.0.2' })), publishIn(project, options({ version: '0.0.3' }))]);
      try {
        expect(results.map((r) => r.ok)).toEqual([true, false]);
        expect(refusal(results[1]!).code).toBe('locked');
        expect(existsSync(join(project.outputDir, '2021', '0.0.3'))).toBe(false);
      } finally {
        for (const v of ['0.0.2', '0.0.3']) rmSync(join(project.outputDir, '2021', v), { recursive: true, force: true });
      }
    });

    it('leaves earlier output intact when writing fails', async () => {
      published(await publishIn(project, options({ version: '0.1.0' })));
      const before = snapshot(project.outputDir);
      const failing = { ...nodeFiles, writeDirectory: () => { throw new Error('ENOSPC: no space left on device'); } };
      const result = refusal(await publishIn(project, options({ version: '0.2.0', fs: failing })));
      expect(result).toMatchObject({ code: 'write-failed', exit: 3 });
      expect(result.reason).toBe('could not write output/2021/0.2.0 (ENOSPC: no space left on device); nothing was published, and earlier output is as it was');
      expect(snapshot(project.outputDir)).toEqual(before);
      rmSync(join(project.outputDir, '2021', '0.1.0'), { recursive: true, force: true });
    });
  });

  describe('a publication', () => {
    let result: Extract<PublishResult, { ok: true }>;
    let dir: string;
    beforeAll(async () => {
      result = published(await publishIn(project, options()));
      dir = result.dir;
    });

    it('writes output/<edition>/<version>/ with the report, the metrics, the data package, the sources and the manifest', () => {
      expect(dir).toBe(join(project.outputDir, '2021', '1.0.0'));
      const files = [...snapshot(dir).keys()].sort();
      expect(files).toEqual(result.files);
      for (const file of [
        'manifest.json',
        'report.html',
        'report.pdf',
        'metrics.json',
        'metrics.csv',
        'report-data.xlsx',
        'data-package/datapackage.json',
        'data-package/README.md',
        'data-package/metrics/metrics.csv',
        'data-package/sdmx/observations.sdmx.csv',
        'data-package/sdmx/metrics.sdmx.csv',
      ]) {
        expect(files).toContain(file);
      }
      expect(files).toContain('data-package/data/datasets.yaml');
      expect(files).toContain('data-package/data/observations/pillar-1.csv');
      expect(files).toContain('data-package/schemas/observations.schema.json');
      expect(files).toContain('source/content/2021/edition.yaml');
      expect(files).toContain('source/content/2021/pillar-1.md');
      expect(files.some((f) => f.startsWith('source/content/2014/'))).toBe(false);
      expect(readFileSync(join(dir, 'metrics.json'))).toEqual(readFileSync(join(buildDir, 'metrics.json')));
      expect(readFileSync(join(dir, 'data-package/metrics/metrics.csv'))).toEqual(readFileSync(join(buildDir, 'metrics.csv')));
      expect(readFileSync(join(dir, 'data-package/data/observations/pillar-3.csv'))).toEqual(readFileSync(join(project.root, 'data/observations/pillar-3.csv')));
    });

    it('lists every file in manifest.json with its sha256 and size, and the inputs and the vdr version', () => {
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as typeof result.manifest;
      expect(validManifest(manifest), JSON.stringify(validManifest.errors)).toBe(true);
      expect(manifest).toEqual(result.manifest);
      expect(manifest.files.map((f) => f.path)).toEqual(result.files.filter((f) => f !== 'manifest.json'));
      expect(manifest).toMatchObject({
        vdr_version: packageVersion,
        edition: 2021,
        version: '1.0.0',
        title: 'Implementing the Vienna Declaration: Global report 2021, progress against the baseline',
        date: '2026-01-01',
        source_date_epoch: 1767225600,
        inputs_fingerprint: inputFingerprint(project.root, editionInputs(project, { year: 2021, dir: 'content/2021' })),
      });
      const pdf = manifest.files.find((f) => f.path === 'report.pdf')!;
      expect(pdf.bytes).toBe(readFileSync(join(dir, 'report.pdf')).length);
      expect(verifyManifest(dir)).toEqual([]);
    });

    it('lists the edition\'s six languages, each by its own name, with its title and reports', () => {
      const { languages } = result.manifest;
      expect(languages?.map((l) => `${l.language} ${l.name} ${l.html} ${l.pdf}`)).toEqual([
        'en English report.html report.pdf',
        'ar العربية report.ar.html report.ar.pdf',
        'zh 中文 report.zh.html report.zh.pdf',
        'fr Français report.fr.html report.fr.pdf',
        'ru Русский report.ru.html report.ru.pdf',
        'es Español report.es.html report.es.pdf',
      ]);
      expect(languages?.[2]?.title).toBe('执行《维也纳宣言》：2021年全球报告：对照基线的进展');
      for (const language of languages ?? []) expect(result.files).toContain(language.pdf);
    });

    it('describes the data package: every data file with its schema, hash and size; observations illustrative', () => {
      const descriptor = JSON.parse(readFileSync(join(dir, 'data-package/datapackage.json'), 'utf8')) as {
        name: string;
        version: string;
        sources: unknown[];
        resources: { name: string; path: string; jsonschema?: string; hash: string; bytes: number; kind?: string; format: string; mediatype: string }[];
      };
      expect(descriptor).toMatchObject({ name: 'vienna-declaration-report-2021-data', version: '1.0.0' });
      expect(descriptor.sources).toHaveLength(3);
      expect(descriptor.resources.map((r) => r.name)).toEqual([
        'datasets',
        'countries',
        'organizations',
        'pillars',
        'ewg-meetings',
        'glossary',
        'country-names',
        'indicators',
        'observations-pillar-1',
        'observations-pillar-2',
        'observations-pillar-3',
        'observations-pillar-4',
        'entities',
        'indicator-table',
        'metrics',
        'observations-sdmx',
        'metrics-sdmx',
      ]);
      for (const r of descriptor.resources) {
        const bytes = readFileSync(join(dir, 'data-package', r.path));
        expect(r.bytes, r.path).toBe(bytes.length);
        expect(r.hash, r.path).toBe(`sha256:${result.manifest.files.find((f) => f.path === `data-package/${r.path}`)!.sha256}`);
        // The lookup tables the package makes have a Table Schema only.
        if (r.jsonschema !== undefined) expect(existsSync(join(dir, 'data-package', r.jsonschema)), r.jsonschema).toBe(true);
        expect(r.kind, r.path).toBe(r.name.startsWith('observations-pillar-') ? 'illustrative' : undefined);
      }
      expect(descriptor.resources.find((r) => r.name === 'countries')).toMatchObject({ format: 'csv', mediatype: 'text/csv', jsonschema: 'schemas/countries.schema.json' });
      expect(descriptor.resources.find((r) => r.name === 'pillars')).toMatchObject({ format: 'yaml', mediatype: 'application/yaml' });
      const readme = readFileSync(join(dir, 'data-package/README.md'), 'utf8');
      expect(readme).toContain('**The observation figures are illustrative.**');
      expect(readme).toContain('npx vdr validate --project data-package');
    });

    it('has a data package that vdr validate accepts as a project', () => {
      const validation = openProject(join(dir, 'data-package')).validation();
      expect(validation.messages).toEqual([]);
    });

    it('refuses to publish the same version again and leaves it byte for byte untouched', async () => {
      writeFileSync(join(buildDir, 'report.html'), '<!DOCTYPE html><p>A different report.</p>\n');
      const before = snapshot(project.outputDir);
      try {
        const again = refusal(await publishIn(project, options()));
        expect(again).toMatchObject({ code: 'version-exists', exit: 2 });
        expect(again.reason).toBe(
          'version 1.0.0 of the 2021 edition is already published in output/2021/1.0.0, and a published version never changes; publish it as a new version, such as 1.0.1',
        );
        expect(snapshot(project.outputDir)).toEqual(before);
      } finally {
        writeFileSync(join(buildDir, 'report.html'), '<!DOCTYPE html><html lang="en"><title>2021</title><p>Stub report 2021.</p></html>\n');
      }
    });

    it('updates editions.json and index.html, valid and listing every published version', async () => {
      published(await publishIn(project, options({ version: '1.1.0' })));
      // The 2014 edition declares M49 codes for its SDMX-CSV.
      appendFileSync(join(project.root, 'content', '2014', 'edition.yaml'), 'sdmx:\n  ref_area: m49\n');
      const build2014 = await finalBuild(project, 2014);
      published(await publishIn(project, { edition: 2014, version: '1.0.0', build: madeFrom(build2014) }));
      const areas = (file: string): string[] => readFileSync(join(project.outputDir, file), 'utf8').split('\n').slice(1, -1).map((line) => line.split(',')[1]!);
      expect(areas('2014/1.0.0/data-package/sdmx/observations.sdmx.csv')).toContain('004');
      expect(areas('2014/1.0.0/data-package/sdmx/observations.sdmx.csv')).not.toContain('AFG');
      expect(areas('2021/1.1.0/data-package/sdmx/observations.sdmx.csv')).toContain('AFG');
      const index = JSON.parse(readFileSync(join(project.outputDir, 'editions.json'), 'utf8')) as {
        editions: { edition: number; latest: string; title: string; versions: { version: string; path: string; date: string; files: { path: string }[]; manifest: { path: string } }[] }[];
      };
      expect(validIndex(index), JSON.stringify(validIndex.errors)).toBe(true);
      expect(index.editions.map((e) => [e.edition, e.latest, e.versions.map((v) => v.version)])).toEqual([
        [2021, '1.1.0', ['1.1.0', '1.0.0']],
        [2014, '1.0.0', ['1.0.0']],
      ]);
      expect(index.editions[1]!.title).toBe('Implementing the Vienna Declaration: Global report 2014, baseline edition');
      const v = index.editions[0]!.versions[1]!;
      expect(v).toMatchObject({ path: '2021/1.0.0', date: '2026-01-01', manifest: { path: '2021/1.0.0/manifest.json' } });
      expect(v.files.map((f) => f.path)).toContain('2021/1.0.0/report.pdf');

      const html = readFileSync(join(project.outputDir, 'index.html'), 'utf8');
      expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
      expect(html).not.toMatch(/<script|https?:\/\/|src=/);
      for (const link of [
        '2021/1.1.0/report.html',
        '2021/1.0.0/report.pdf',
        '2014/1.0.0/manifest.json',
        '2014/1.0.0/data-package/datapackage.json',
        '2014/1.0.0/report-data.xlsx',
        '2014/1.0.0/data-package/sdmx/observations.sdmx.csv',
        '2014/1.0.0/data-package/sdmx/metrics.sdmx.csv',
      ]) {
        expect(html).toContain(`href="${link}"`);
      }
      expect(html.indexOf('id="edition-2021"')).toBeLessThan(html.indexOf('id="edition-2014"'));
    });

    it('regenerates the same index bytes from the same directories', () => {
      const before = snapshot(project.outputDir);
      rmSync(join(project.outputDir, 'editions.json'));
      writeFileSync(join(project.outputDir, 'index.html'), 'damaged');
      writeEditionsIndex(project.outputDir);
      expect(snapshot(project.outputDir)).toEqual(before);
    });
  });

  describe('verifyManifest', () => {
    let dir: string;
    beforeAll(async () => {
      dir = published(await publishIn(project, options({ version: '3.0.0' }))).dir;
    });

    it('finds a tampered file, a missing file and a file the manifest does not list', () => {
      expect(verifyManifest(dir)).toEqual([]);
      const csv = join(dir, 'metrics.csv');
      const original = readFileSync(csv);
      const tampered = Buffer.from(original);
      tampered[tampered.length - 2] = tampered[tampered.length - 2] === 0x31 ? 0x32 : 0x31;
      writeFileSync(csv, tampered);
      rmSync(join(dir, 'data-package/README.md'));
      writeFileSync(join(dir, '.extra'), 'x');
      const problems = verifyManifest(dir);
      expect(problems.map((p) => [p.file, p.ruleId])).toEqual([
        ['data-package/README.md', 'manifest/missing'],
        ['metrics.csv', 'manifest/hash'],
        ['.extra', 'manifest/extra'],
      ]);
      expect(problems[1]!.reason).toMatch(/^the file has changed since it was published: its sha256 is [0-9a-f]{64}, but manifest.json says [0-9a-f]{64}$/);
      writeFileSync(csv, Buffer.concat([original, Buffer.from('\n')]));
      expect(verifyManifest(dir).find((p) => p.file === 'metrics.csv')).toMatchObject({
        ruleId: 'manifest/size',
        reason: `the file has changed since it was published: it has ${original.length + 1} bytes, but manifest.json says ${original.length}`,
      });
    });

    it('distrusts a manifest that lists a path outside the edition directory, and never reads it', () => {
      const manifestFile = join(dir, 'manifest.json');
      const original = readFileSync(manifestFile, 'utf8');
      try {
        const manifest = JSON.parse(original) as { files: { path: string; sha256: string; bytes: number }[] };
        const n = manifest.files.length;
        manifest.files.push({ path: '../../../package.json', sha256: '0'.repeat(64), bytes: 1 }, { path: '/etc/passwd', sha256: '0'.repeat(64), bytes: 1 });
        writeFileSync(manifestFile, JSON.stringify(manifest));
        // The schema refuses such paths, so the manifest is not used at all.
        expect(verifyManifest(dir)).toEqual([
          {
            file: 'manifest.json',
            severity: 'error',
            ruleId: 'manifest/unreadable',
            reason: `manifest.json does not match the schema of a manifest (schemas/manifest.schema.json): the field files/${n}/path is not a path inside the version directory, such as report.html, found "../../../package.json"; the field files/${n + 1}/path is not a path inside the version directory, such as report.html, found "/etc/passwd"`,
            fix: 'restore manifest.json from your archive or backup of this published version; without it nothing in this version can be checked, so if you have no copy, move the directory out of output/ and publish the edition again under a new version number',
          },
        ]);
        // A path the schema allows but that is not a plain relative path (a Windows drive) is refused on its own.
        manifest.files.splice(n, 2, { path: 'C:/Windows/win.ini', sha256: '0'.repeat(64), bytes: 1 });
        writeFileSync(manifestFile, JSON.stringify(manifest));
        const outside = verifyManifest(dir).filter((p) => p.ruleId === 'manifest/outside');
        expect(outside.map((p) => [p.file, p.value])).toEqual([['manifest.json', 'C:/Windows/win.ini']]);
      } finally {
        writeFileSync(manifestFile, original);
      }
    });

    it('says so when there is no manifest', () => {
      rmSync(join(dir, 'manifest.json'));
      expect(verifyManifest(dir)).toMatchObject([{ file: 'manifest.json', ruleId: 'manifest/unreadable', reason: 'there is no manifest.json' }]);
    });
  });
});

describe('reproducibility', () => {
  it('publishing in two fresh copies of the project gives the same bytes', async () => {
    const copies = [copyProject('vdr-repro-a-'), copyProject('vdr-repro-b-')];
    try {
      const snapshots = [];
      for (const [i, copy] of copies.entries()) {
        // Different modification times must not matter.
        utimesSync(join(copy.root, 'data/indicators.yaml'), 1_000_000 + i, 1_000_000 + i);
        const buildDir = await finalBuild(copy, 2021);
        published(await publishIn(copy, { version: '1.0.0', build: madeFrom(buildDir) }));
        const all = snapshot(copy.outputDir);
        for (const key of [...all.keys()]) if (key.startsWith('2021/build/')) all.delete(key);
        snapshots.push(all);
      }
      expect(snapshots[0]!.size).toBeGreaterThan(30);
      expect(snapshots[1]).toEqual(snapshots[0]);
    } finally {
      copies.forEach(removeProject);
    }
  });

  it('dates a publication from the inputs when SOURCE_DATE_EPOCH is not set', async () => {
    const copy = copyProject('vdr-date-');
    try {
      const inputs = editionInputs(copy, { year: 2021, dir: 'content/2021' });
      for (const path of inputs) utimesSync(join(copy.root, path), 1_600_000_000, 1_600_000_000);
      utimesSync(join(copy.root, 'content/2021/pillar-2.md'), 1_700_000_000, 1_700_000_000);
      const buildDir = await finalBuild(copy, 2021);
      const result = published(await publishIn(copy, { version: '1.0.0', build: madeFrom(buildDir), env: {} }));
      expect(result.manifest).toMatchObject({ date: '2023-11-14', source_date_epoch: 1_700_000_000 });
    } finally {
      removeProject(copy);
    }
  });
});
