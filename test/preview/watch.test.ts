import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchDirectories, type Watcher } from '../../pipeline/preview/watch.js';

/** Batches as they come, and a promise of the next one. */
function batches() {
  const seen: string[][] = [];
  let waiting: ((paths: string[]) => void) | undefined;
  return {
    seen,
    onChange(paths: string[]) {
      seen.push(paths);
      waiting?.(paths);
      waiting = undefined;
    },
    next(timeoutMs = 5000): Promise<string[]> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no batch came')), timeoutMs);
        waiting = (paths) => {
          clearTimeout(timer);
          resolve(paths);
        };
      });
    },
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watchDirectories', () => {
  let root: string;
  let watcher: Watcher | undefined;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'vdr-watch-'));
    mkdirSync(join(root, 'content', '2021'), { recursive: true });
    mkdirSync(join(root, 'data'));
    writeFileSync(join(root, 'content', '2021', 'a.md'), 'one');
  });
  afterEach(() => {
    watcher?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('reports a save as one batch, with project-relative paths', async () => {
    const b = batches();
    watcher = watchDirectories(root, ['content', 'data', 'schemas'], b.onChange);
    const next = b.next();
    writeFileSync(join(root, 'content', '2021', 'a.md'), 'two');
    writeFileSync(join(root, 'content', '2021', 'a.md'), 'three');
    writeFileSync(join(root, 'data', 'x.csv'), 'x');
    expect(await next).toEqual(['content/2021/a.md', 'data/x.csv']);
    await pause(100);
    expect(b.seen).toHaveLength(1);
  });

  it('watches directories made after it started, with what was written in them', async () => {
    const b = batches();
    watcher = watchDirectories(root, ['content', 'data', 'schemas'], b.onChange);
    let next = b.next();
    mkdirSync(join(root, 'content', '2022'));
    writeFileSync(join(root, 'content', '2022', 'edition.yaml'), 'year: 2022');
    expect(await next).toEqual(expect.arrayContaining(['content/2022', 'content/2022/edition.yaml']));
    next = b.next();
    writeFileSync(join(root, 'content', '2022', 'intro.md'), 'x');
    expect(await next).toEqual(['content/2022/intro.md']);
    // schemas/ did not exist when the watch began.
    next = b.next();
    mkdirSync(join(root, 'schemas'));
    writeFileSync(join(root, 'schemas', 'a.schema.json'), '{}');
    expect(await next).toEqual(expect.arrayContaining(['schemas/a.schema.json']));
  });

  it('reports nothing after it is closed', async () => {
    const b = batches();
    watcher = watchDirectories(root, ['content'], b.onChange);
    writeFileSync(join(root, 'content', '2021', 'a.md'), 'two');
    watcher.close();
    await pause(150);
    expect(b.seen).toEqual([]);
  });
});
