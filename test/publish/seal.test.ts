/**
 * Publish seals only what it built (issue 16): the lock on output/<edition>/build/ is held from
 * the build to the index, the bytes sealed are the ones the build made (never the directory read
 * again), and what can be refused is refused before anything is built.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../pipeline/build.js';
import { openProject, type ProjectPaths } from '../../pipeline/project/index.js';
import { publishEdition, verifyManifest, type PublishResult, type SealableBuild } from '../../pipeline/publish/index.js';
import { copyProject, countedBuild, finalBuild, madeFrom, removeProject, snapshot } from './helpers.js';

/** Without Chromium: the HTML and metrics are what these tests look at. */
const HTML_ONLY = ['report.html', 'metrics.json', 'metrics.csv'];

function published(result: PublishResult): Extract<PublishResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected a publication, but: ${result.reason}`);
  return result;
}

function refusal(result: PublishResult): Extract<PublishResult, { ok: false }> {
  if (result.ok) throw new Error('expected a refusal, but it published');
  return result;
}

/** The real final build as publish runs it, without the PDF. */
const realBuild = (project: ProjectPaths) => (): Promise<SealableBuild> => build(openProject(project), { final: true, pdf: false, lockHeld: true });

describe('publish seals only the bytes it built', () => {
  let project: ProjectPaths;
  let buildDir: string;
  beforeAll(() => {
    project = copyProject('vdr-seal-');
    buildDir = join(project.outputDir, '2021', 'build');
  });
  afterAll(() => removeProject(project));

  it('publishes the built report, not one edited in output/<edition>/build/ after a final build', async () => {
    const first = await build(openProject(project), { final: true, pdf: false });
    const builtHtml = readFileSync(join(buildDir, 'report.html'));
    const written = first.written?.get('report.html');
    expect(typeof written === 'string' ? Buffer.from(written, 'utf8') : written).toEqual(builtHtml);
    // vdr build --final; sed -i s/Implementing/TAMPERED/ output/2021/build/report.html
    writeFileSync(join(buildDir, 'report.html'), builtHtml.toString('utf8').replaceAll('Implementing', 'TAMPERED'));

    const result = published(await publishEdition(openProject(project), { version: '1.1.0', build: realBuild(project), requiredFiles: HTML_ONLY }));
    const sealed = readFileSync(join(result.dir, 'report.html'));
    expect(sealed.toString('utf8')).not.toContain('TAMPERED');
    expect(sealed).toEqual(builtHtml);
    expect(verifyManifest(result.dir)).toEqual([]);
    // The edited file did not match what the build recorded, so the build ran again and put its own back.
    expect(readFileSync(join(buildDir, 'report.html'))).toEqual(builtHtml);
  });

  it('holds the build lock from the build to the seal: a draft built meanwhile is refused, and the final report is published', async () => {
    let draft: Awaited<ReturnType<typeof build>> | undefined;
    const finalThenDraft = async (): Promise<SealableBuild> => {
      const final = await realBuild(project)();
      // Before the fix, publish let go of the lock here and read build/ again, finding this draft.
      draft = await build(openProject(project), { pdf: false });
      return final;
    };
    const result = published(await publishEdition(openProject(project), { version: '1.2.0', build: finalThenDraft, requiredFiles: HTML_ONLY }));
    expect(draft?.refusal).toEqual({ reason: `another build (process ${process.pid}) is writing ${buildDir}; wait for it to finish`, exit: 3 });
    const html = readFileSync(join(result.dir, 'report.html'), 'utf8');
    expect(html).not.toContain('Draft: not for distribution');
    expect(readFileSync(join(buildDir, 'report.html'), 'utf8')).not.toContain('Draft: not for distribution');
    expect(verifyManifest(result.dir)).toEqual([]);
  });
});

describe('publish refuses at once, before building', () => {
  let project: ProjectPaths;
  let buildDir: string;
  beforeAll(async () => {
    project = copyProject('vdr-seal-refuse-');
    buildDir = await finalBuild(project, 2021);
    published(await publishEdition(openProject(project), { version: '1.0.0', build: madeFrom(buildDir) }));
  });
  afterAll(() => removeProject(project));

  it('a version already published, leaving every byte as it was', async () => {
    const before = snapshot(project.outputDir);
    const counter = countedBuild(buildDir);
    const result = refusal(await publishEdition(openProject(project), { version: '1.0.0', build: counter.build }));
    expect(result).toMatchObject({
      code: 'version-exists',
      exit: 2,
      reason: 'version 1.0.0 of the 2021 edition is already published in output/2021/1.0.0, and a published version never changes; publish it as a new version, such as 1.0.1',
    });
    expect(counter.calls()).toBe(0);
    expect(snapshot(project.outputDir)).toEqual(before);
  });

  it('a SOURCE_DATE_EPOCH after 9999 (exit 3), writing nothing', async () => {
    const before = snapshot(project.outputDir);
    const counter = countedBuild(buildDir);
    const result = refusal(await publishEdition(openProject(project), { version: '2.0.0', build: counter.build, env: { SOURCE_DATE_EPOCH: '999999999999' } }));
    expect(result).toMatchObject({
      code: 'bad-source-date',
      exit: 3,
      reason:
        'SOURCE_DATE_EPOCH is 999999999999, a moment in the year 33658; a publication is dated from 1970 to 9999, so give at most 253402300799 (9999-12-31), or leave SOURCE_DATE_EPOCH unset to date it from the inputs',
    });
    expect(counter.calls()).toBe(0);
    expect(snapshot(project.outputDir)).toEqual(before);
  });
});
