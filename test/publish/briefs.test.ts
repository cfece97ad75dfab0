/**
 * Partner briefs beyond `vdr briefs` (issue 21, points 1 and 3), through the command line on a
 * copy of the project's 2014 edition (one language, the fastest to build): `vdr build --briefs`
 * writes the report and then the briefs; `vdr publish` seals every partner's final brief, HTML and
 * PDF, into the version under briefs/, the same bytes `vdr briefs --final` makes, each listed in
 * manifest.json with its sha256 and linked from output/index.html, and `vdr verify` passes; a
 * refusal or a problem of the briefs refuses the publication.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../../pipeline/cli.js';
import { sha256 } from '../../pipeline/io/hash.js';
import type { Message } from '../../pipeline/diagnostics/message.js';
import { publishEdition, type Manifest } from '../../pipeline/publish/index.js';
import { openProject, type ProjectPaths } from '../../pipeline/project/index.js';
import { copyProject, finalBuild, madeFrom, removeProject } from './helpers.js';

const run = async (project: ProjectPaths, ...args: string[]): Promise<{ code: number; out: string; err: string }> => {
  const io: Io & { out: string; err: string } = { out: '', err: '', stdout: (t) => void (io.out += t), stderr: (t) => void (io.err += t) };
  const code = await main([...args, '--project', project.root, '--edition', '2014'], io);
  return { code, out: io.out, err: io.err };
};

/** The partners of the sample: every country and organization of data/reference/, by code. */
const partners = (project: ProjectPaths): string[] => {
  const codes = (file: string): string[] =>
    readFileSync(join(project.root, 'data', 'reference', file), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0]!);
  return [...codes('countries.csv'), ...codes('organizations.csv')].sort();
};

describe('briefs in vdr build --briefs and in published editions', () => {
  let project: ProjectPaths;
  const previous = process.env['SOURCE_DATE_EPOCH'];

  beforeAll(() => {
    process.env['SOURCE_DATE_EPOCH'] = '1767225600';
    project = copyProject('vdr-publish-briefs-');
  });

  afterAll(() => {
    if (previous === undefined) delete process.env['SOURCE_DATE_EPOCH'];
    else process.env['SOURCE_DATE_EPOCH'] = previous;
    removeProject(project);
  });

  it('vdr build --briefs writes the report in output/2014/build and then the briefs in output/2014/briefs', async () => {
    const made = await run(project, 'build', '--briefs', '--html-only');
    expect(made.code, made.err).toBe(0);
    expect(readdirSync(join(project.outputDir, '2014', 'build'))).toContain('report.html');
    const briefs = readdirSync(join(project.outputDir, '2014', 'briefs')).sort();
    expect(briefs).toEqual(partners(project).map((code) => `${code}.html`).sort());
    expect(made.out).toMatch(/^Built the 2014 edition in output\/2014\/build: .*\nMade \d+ briefs of the 2014 edition in output\/2014\/briefs\.\n$/);
    // A draft build makes draft briefs.
    expect(readFileSync(join(project.outputDir, '2014', 'briefs', 'AFG.html'), 'utf8')).toMatch(/<body class="brief draft"/);
  }, 300_000);

  it('vdr build --briefs --json gives the briefs in the build’s one result', async () => {
    const made = await run(project, 'build', '--briefs', '--html-only', '--json');
    expect(made.code, made.err).toBe(0);
    const result = JSON.parse(made.out) as { ok: boolean; output: string; briefs: { ok: boolean; output: string; files: string[] } };
    expect(result).toMatchObject({ ok: true, output: 'output/2014/build', briefs: { ok: true, output: 'output/2014/briefs' } });
    expect(result.briefs.files).toContain('AFG.html');
  }, 300_000);

  it('refuses to publish when the briefs are refused or have a problem, writing nothing', async () => {
    const buildDir = await finalBuild(project, 2014);
    const opened = openProject(project, { edition: 2014 });
    const warning: Message = { file: 'data/observations/pillar-1.csv', place: { line: 3, column: 4 }, severity: 'warning', ruleId: 'observation/jump', reason: 'a jump', fix: 'check it' };
    const refused = await publishEdition(opened, { version: '1.0.0', build: madeFrom(buildDir), briefs: async () => ({ messages: [], refusal: { reason: 'Chromium could not be started', exit: 3 } }) });
    expect(refused).toMatchObject({ ok: false, code: 'briefs-refused', exit: 3, reason: 'the partner briefs could not be made: Chromium could not be started' });
    const warned = await publishEdition(opened, { version: '1.0.0', build: madeFrom(buildDir), briefs: async () => ({ messages: [warning] }) });
    expect(warned).toMatchObject({
      ok: false,
      code: 'warnings',
      exit: 1,
      reason: 'the partner briefs have 1 warning, and a published edition must have none; fix them (vdr briefs --final lists them) and publish again',
      messages: [warning],
    });
    expect(existsSync(join(project.outputDir, '2014', '1.0.0'))).toBe(false);
  }, 120_000);

  describe('vdr publish', () => {
    let version: string;
    let manifest: Manifest;

    beforeAll(async () => {
      const published = await run(project, 'publish', '--version', '1.0.0');
      expect(published.code, published.err).toBe(0);
      version = join(project.outputDir, '2014', '1.0.0');
      manifest = JSON.parse(readFileSync(join(version, 'manifest.json'), 'utf8')) as Manifest;
    }, 600_000);

    it('puts every partner’s final brief, HTML and PDF, in the version, each in manifest.json with its size and sha256', () => {
      const codes = partners(project);
      const expected = codes.flatMap((code) => [`${code}.html`, `${code}.pdf`]).sort();
      expect(readdirSync(join(version, 'briefs')).sort()).toEqual(expected);
      const listed = manifest.files.filter((f) => f.path.startsWith('briefs/'));
      expect(listed.map((f) => f.path.slice('briefs/'.length)).sort()).toEqual(expected);
      for (const file of listed) {
        const bytes = readFileSync(join(version, file.path));
        expect({ path: file.path, sha256: sha256(bytes), bytes: bytes.length }).toEqual(file);
      }
      const html = readFileSync(join(version, 'briefs', 'AFG.html'), 'utf8');
      expect(html).not.toMatch(/<body class="brief draft"|<section class="draft-banner"/);
      expect(readFileSync(join(version, 'briefs', 'AFG.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    });

    it('publishes the briefs vdr briefs --final makes from the same inputs', async () => {
      const made = await run(project, 'briefs', '--final', '--partner', 'AFG', '--partner', 'CARICC');
      expect(made.code, made.err).toBe(0);
      const mine = (file: string): string => join(project.outputDir, '2014', 'briefs', file);
      for (const code of ['AFG', 'CARICC']) {
        for (const file of [`${code}.html`, `${code}.pdf`]) expect(sha256(readFileSync(mine(file))), file).toBe(sha256(readFileSync(join(version, 'briefs', file))));
      }
    }, 300_000);

    it('links each brief from output/index.html, and lists them in output/editions.json', () => {
      const index = readFileSync(join(project.outputDir, 'index.html'), 'utf8');
      expect(index).toContain(`<summary>Partner briefs (${partners(project).length})</summary>`);
      expect(index).toContain('<a href="2014/1.0.0/briefs/AFG.html">AFG (HTML)</a> <a href="2014/1.0.0/briefs/AFG.pdf">AFG (PDF)</a>');
      const editions = readFileSync(join(project.outputDir, 'editions.json'), 'utf8');
      expect(editions).toContain('"path": "2014/1.0.0/briefs/CARICC.pdf"');
    });

    it('passes vdr verify, which fails once a brief is changed', async () => {
      const verified = await run(project, 'verify', '1.0.0');
      expect(verified.code, verified.out + verified.err).toBe(0);
      const brief = join(version, 'briefs', 'AFG.html');
      const bytes = readFileSync(brief);
      try {
        writeFileSync(brief, Buffer.concat([bytes, Buffer.from('<!-- edited -->\n')]));
        const damaged = await run(project, 'verify', '1.0.0');
        expect(damaged.code).toBe(1);
        expect(damaged.out).toContain('briefs/AFG.html');
      } finally {
        writeFileSync(brief, bytes);
      }
    });
  });
});
