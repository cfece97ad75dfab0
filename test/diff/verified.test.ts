/**
 * diff refuses a published side that no longer matches its manifest.json (issue 16): an edited
 * 1.0.0/metrics.json used to feed the comparison without a word. The published bytes are left
 * as they were.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../../pipeline/cli.js';
import { diffSpecs, whatChanged } from '../../pipeline/diff/index.js';
import { sha256 } from '../../pipeline/io/hash.js';
import { openProject, type ProjectPaths } from '../../pipeline/project/index.js';
import { prepare } from '../../pipeline/project/prepare.js';
import { publishEdition } from '../../pipeline/publish/index.js';
import { copyProject, finalBuild, madeFrom, removeProject, snapshot } from '../publish/helpers.js';

describe('diff of a published version that no longer matches its manifest', () => {
  let project: ProjectPaths;
  let metricsFile: string;
  let original: Buffer;
  let reason: string;
  beforeAll(async () => {
    project = copyProject('vdr-diff-verified-');
    const buildDir = await finalBuild(project, 2021);
    for (const version of ['1.0.0', '1.1.0']) {
      const result = await publishEdition(openProject(project), { version, build: madeFrom(buildDir) });
      if (!result.ok) throw new Error(result.reason);
    }
    metricsFile = join(project.outputDir, '2021', '1.0.0', 'metrics.json');
    original = readFileSync(metricsFile);
    // An edited figure, as a hand in the published folder would leave it.
    const text = original.toString('utf8');
    const at = text.search(/"current": \d/) + '"current": '.length;
    writeFileSync(metricsFile, `${text.slice(0, at)}${text[at] === '9' ? '8' : '9'}${text.slice(at + 1)}`);
    const found = sha256(readFileSync(metricsFile));
    reason = `the file has changed since it was published: its sha256 is ${found}, but manifest.json says ${sha256(original)}`;
  });
  afterAll(() => removeProject(project));

  it('refuses it (exit 1), naming the file and both hashes', () => {
    const before = snapshot(project.outputDir);
    expect(diffSpecs(openProject(project), '2021@1.0.0', '2021')).toEqual({
      ok: false,
      exit: 1,
      reason: `2021@1.0.0 does not match its manifest.json, so it is not what was published and is not compared: output/2021/1.0.0/metrics.json: ${reason}; vdr verify lists every problem and what to do`,
    });
    expect(diffSpecs(openProject(project), 'output/2021/1.0.0', '2021', { cwd: project.root })).toEqual({
      ok: false,
      exit: 1,
      reason: `output/2021/1.0.0 does not match its manifest.json, so it is not what was published and is not compared: output/2021/1.0.0/metrics.json: ${reason}; vdr verify lists every problem and what to do`,
    });
    // The intact version is still compared.
    const intact = diffSpecs(openProject(project), '2021@1.1.0', '2021');
    expect(intact.ok && intact.diff.summary.figures).toEqual({ changed: 0, added: 0, removed: 0 });
    expect(snapshot(project.outputDir)).toEqual(before);
  });

  it('says so on the command line', async () => {
    const err: string[] = [];
    const io: Io = { stdout: () => undefined, stderr: (t) => void err.push(t) };
    expect(await main(['diff', '--from', '2021@1.0.0', '--project', project.root], io)).toBe(1);
    expect(err.join('')).toBe(`vdr diff: 2021@1.0.0 does not match its manifest.json, so it is not what was published and is not compared: output/2021/1.0.0/metrics.json: ${reason}; vdr verify lists every problem and what to do.\n`);
  });

  it('does not fall back to an older version when the newest has a manifest it cannot read', () => {
    const manifest = join(project.outputDir, '2021', '1.1.0', 'manifest.json');
    const kept = readFileSync(manifest);
    writeFileSync(manifest, '{');
    writeFileSync(metricsFile, original);
    try {
      const opened = openProject(project);
      const outcome = prepare(opened, 2021);
      const changed = whatChanged(opened, outcome.edition!, outcome.metrics!);
      expect(changed.against).toBe('nothing');
      expect(changed.diff).toBeNull();
      expect(changed.note).toMatch(
        /^Compared with the last published version of the 2021 edition, 1\.1\.0 \(its manifest\.json cannot be read\)\. It could not be read: 2021@1\.1\.0 does not match its manifest\.json, so it is not what was published and is not compared: output\/2021\/1\.1\.0\/manifest\.json: manifest\.json is not valid JSON \(.+\); vdr verify lists every problem and what to do\.$/,
      );
      const refused = diffSpecs(opened, undefined, '2021');
      expect(refused).toMatchObject({ ok: false, exit: 1 });
    } finally {
      writeFileSync(manifest, kept);
    }
  });
});
