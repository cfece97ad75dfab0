/** How observation files are shared with a worker thread. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { workerShare, type ObservationFile } from '../../pipeline/validate/parallel.js';

describe('workerShare', () => {
  const root = mkdtempSync(join(tmpdir(), 'vdr-share-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const files = [40, 30, 20, 10].map((kb, i): ObservationFile => {
    const file = `data/observations/p${i}.csv`;
    mkdirSync(join(root, 'data', 'observations'), { recursive: true });
    writeFileSync(join(root, file), Buffer.alloc(kb * 1024, 0x61));
    return { file, pillar: 'I', kind: 'illustrative', namedAt: { file: 'data/datasets.yaml', place: { line: 1, column: 1 } } };
  });

  it('keeps small data sets and single files on one thread', () => {
    expect(workerShare(root, files, 101 * 1024)).toEqual([]);
    expect(workerShare(root, files.slice(0, 1), 0)).toEqual([]);
  });

  it('gives the worker about half, largest files first, counting its start against it', () => {
    // 40 here; 30 there (10 + 30); 20 here (60); 10 there (50).
    expect(workerShare(root, files, 0)).toEqual([1, 3]);
  });
});
