/** The one walker of directory trees, and the atomic writes every stage uses. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDirectoryAtomically, writeFileAtomically } from '../../pipeline/io/atomic.js';
import { listFiles, walkTree } from '../../pipeline/io/files.js';

const root = mkdtempSync(join(tmpdir(), 'vdr-io-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('walkTree and listFiles', () => {
  const tree = join(root, 'tree');
  mkdirSync(join(tree, 'b', 'c'), { recursive: true });
  mkdirSync(join(tree, '.hidden'), { recursive: true });
  for (const file of ['Z.csv', 'a.csv', 'b/x.md', 'b/c/y.md', '.hidden/h', '.dot']) writeFileSync(join(tree, file), file);
  const outside = join(root, 'outside');
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret'), 'secret');
  symlinkSync(outside, join(tree, 'linked-dir'));
  symlinkSync(join(outside, 'secret'), join(tree, 'linked-file'));

  it('lists files and directories in code-unit order, without hidden names, never through a link', () => {
    expect(walkTree(tree)).toEqual({ files: ['Z.csv', 'a.csv', 'b/c/y.md', 'b/x.md'], directories: ['b', 'b/c'] });
    expect(listFiles(tree)).toEqual(['Z.csv', 'a.csv', 'b/c/y.md', 'b/x.md']);
    expect(listFiles(tree, { hidden: true })).toEqual(['.dot', '.hidden/h', 'Z.csv', 'a.csv', 'b/c/y.md', 'b/x.md']);
    expect(walkTree(tree, (name) => name === 'b').files).toEqual(['.dot', '.hidden/h', 'Z.csv', 'a.csv']);
  });

  it('gives nothing for a directory that does not exist', () => {
    expect(walkTree(join(root, 'none'))).toEqual({ files: [], directories: [] });
  });
});

describe('atomic writes', () => {
  it('writes a file whole, making its folder, and leaves no staging file', () => {
    const file = join(root, 'atomic', 'deep', 'f.txt');
    writeFileAtomically(file, 'one');
    writeFileAtomically(file, 'two');
    expect(readFileSync(file, 'utf8')).toBe('two');
    expect(readdirSync(join(root, 'atomic', 'deep'))).toEqual(['f.txt']);
  });

  it('replaces a directory in one step', () => {
    const target = join(root, 'out', 'build');
    writeDirectoryAtomically(target, new Map([['old.txt', 'old']]));
    writeDirectoryAtomically(target, new Map<string, string | Uint8Array>([['a/new.txt', 'new'], ['b.bin', new Uint8Array([1, 2])]]));
    expect(listFiles(target)).toEqual(['a/new.txt', 'b.bin']);
    expect(readdirSync(join(root, 'out'))).toEqual(['build']);
  });
});
