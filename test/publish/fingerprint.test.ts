import { renameSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectPaths } from '../../pipeline/project/index.js';
import { editionInputs, inputFingerprint } from '../../pipeline/publish/fingerprint.js';
import { compareVersions, isVersion, sourceDate } from '../../pipeline/publish/version.js';
import { copyProject, removeProject } from './helpers.js';

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
});
