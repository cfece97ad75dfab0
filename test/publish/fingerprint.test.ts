import { readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectPaths } from '../../pipeline/project/index.js';
import { editionInputs, inputFingerprint } from '../../pipeline/publish/fingerprint.js';
import { nodeFiles } from '../../pipeline/io/files.js';
import { compareVersions, isVersion, LAST_EPOCH, sourceDate } from '../../pipeline/publish/version.js';
import { copyProject, removeProject, root } from './helpers.js';

describe('inputFingerprint', () => {
  let project: ProjectPaths;
  beforeAll(() => {
    project = copyProject('vdr-fingerprint-');
  });
  afterAll(() => removeProject(project));

  it('lists the inputs of an edition: data, schemas, its own content and the shared content files', () => {
    const inputs = editionInputs(project, { year: 2021, dir: 'content/2021' });
    expect(inputs).toContain('data/datasets.yaml');
    expect(inputs).toContain('data/observations/pillar-4.csv');
    expect(inputs).toContain('schemas/observations.schema.json');
    expect(inputs).toContain('content/2021/edition.yaml');
    expect(inputs).toContain('content/2021/pillar-1.md');
    expect(inputs).toContain('content/references.yaml');
    expect(inputs.filter((p) => p.startsWith('content/2014/'))).toEqual([]);
    expect([...inputs].sort()).toEqual(inputs);
  });

  it('depends on paths and bytes only: not on order, modification times or repeats', () => {
    const inputs = editionInputs(project, { year: 2021, dir: 'content/2021' });
    const first = inputFingerprint(project.root, inputs);
    expect(first).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(inputFingerprint(project.root, [...inputs].reverse())).toBe(first);
    expect(inputFingerprint(project.root, [...inputs, inputs[0]!])).toBe(first);
    utimesSync(join(project.root, 'data/indicators.yaml'), 12345, 12345);
    expect(inputFingerprint(project.root, inputs)).toBe(first);
  });

  it('changes when a byte changes or a file moves', () => {
    writeFileSync(join(project.root, 'a.txt'), 'ab');
    writeFileSync(join(project.root, 'b.txt'), '');
    const base = inputFingerprint(project.root, ['a.txt', 'b.txt']);
    writeFileSync(join(project.root, 'a.txt'), 'a');
    writeFileSync(join(project.root, 'b.txt'), 'b');
    expect(inputFingerprint(project.root, ['a.txt', 'b.txt'])).not.toBe(base);
    writeFileSync(join(project.root, 'a.txt'), 'ab');
    writeFileSync(join(project.root, 'b.txt'), '');
    expect(inputFingerprint(project.root, ['a.txt', 'b.txt'])).toBe(base);
    renameSync(join(project.root, 'b.txt'), join(project.root, 'c.txt'));
    expect(inputFingerprint(project.root, ['a.txt', 'c.txt'])).not.toBe(base);
  });

  it('is a fixed function of paths and bytes, the same on every machine', () => {
    // sha256 of the path, a newline, the length, a newline, the bytes and a newline, per file.
    writeFileSync(join(project.root, 'x.txt'), 'x');
    expect(inputFingerprint(project.root, ['x.txt'])).toBe('sha256:790305970ab43c1e0af238ec737d063016e613f930fdee1280bb3a00b4b0b8a7');
  });
});

describe('versions and dates', () => {
  it('takes MAJOR.MINOR.PATCH only, and orders by number', () => {
    expect(['1.0.0', '0.0.1', '10.20.30'].every(isVersion)).toBe(true);
    expect(['1.0', 'v1.0.0', '01.0.0', '1.0.0-rc.1', ' 1.0.0', '1.0.0\n'].some(isVersion)).toBe(false);
    expect(['1.10.0', '1.9.0', '2.0.0', '1.9.1'].sort(compareVersions)).toEqual(['1.9.0', '1.9.1', '1.10.0', '2.0.0']);
  });

  it('dates from SOURCE_DATE_EPOCH in UTC, whatever the time zone', () => {
    expect(sourceDate({ SOURCE_DATE_EPOCH: '1767225599' }, '/', [])).toEqual({ epoch: 1767225599, date: '2025-12-31', from: 'SOURCE_DATE_EPOCH' });
    expect(sourceDate({ SOURCE_DATE_EPOCH: '-1' }, '/', [])).toBe('SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not "-1"');
  });

  it('refuses a date after 9999, which manifest.json cannot hold, from SOURCE_DATE_EPOCH or from the inputs', () => {
    expect(sourceDate({ SOURCE_DATE_EPOCH: String(LAST_EPOCH) }, '/', [])).toEqual({ epoch: LAST_EPOCH, date: '9999-12-31', from: 'SOURCE_DATE_EPOCH' });
    expect(sourceDate({ SOURCE_DATE_EPOCH: '0' }, '/', [])).toEqual({ epoch: 0, date: '1970-01-01', from: 'SOURCE_DATE_EPOCH' });
    expect(sourceDate({ SOURCE_DATE_EPOCH: '999999999999' }, '/', [])).toBe(
      'SOURCE_DATE_EPOCH is 999999999999, a moment in the year 33658; a publication is dated from 1970 to 9999, so give at most 253402300799 (9999-12-31), or leave SOURCE_DATE_EPOCH unset to date it from the inputs',
    );
    expect(sourceDate({ SOURCE_DATE_EPOCH: String(LAST_EPOCH + 1) }, '/', [])).toMatch(/^SOURCE_DATE_EPOCH is 253402300800, a moment in the year 10000;/);
    const future = { ...nodeFiles, modifiedSeconds: () => 300_000_000_000 };
    expect(sourceDate({}, '/', ['data/x.csv'], future)).toBe(
      'the newest input file is dated in the year 11476; a publication is dated from 1970 to 9999, so set SOURCE_DATE_EPOCH (such as the time of the last commit: git log -1 --format=%ct)',
    );
    // The schema of manifest.json allows exactly this range.
    const schema = JSON.parse(readFileSync(join(root, 'schemas/manifest.schema.json'), 'utf8')) as { properties: { source_date_epoch: { minimum: number; maximum: number } } };
    expect(schema.properties.source_date_epoch).toMatchObject({ minimum: 0, maximum: LAST_EPOCH });
  });
});
