/**
 * The reading policy (pipeline/io/read.ts) every reader of project files goes through, and what
 * validate and build say when a file breaks it: links out of the project, folders, pipes,
 * devices and oversized files are located messages, never a hang, a crash or a leaked secret.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../pipeline/check.js';
import { projectChapters } from '../../pipeline/diff/side.js';
import { listFiles } from '../../pipeline/io/files.js';
import { describeProblem, readInside, readRegular } from '../../pipeline/io/read.js';
import { openProject } from '../../pipeline/project/index.js';
import { copyProject, removeProject, root as repoRoot } from '../publish/helpers.js';

const root = mkdtempSync(join(tmpdir(), 'vdr-read-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const project = join(root, 'project');
const outside = join(root, 'outside');
mkdirSync(join(project, 'data', 'sub'), { recursive: true });
mkdirSync(outside);
writeFileSync(join(outside, 'secret.csv'), 'root:x:0:0:secret\n');
writeFileSync(join(project, 'data', 'real.csv'), 'a,b\n1,2\n');
symlinkSync(join(outside, 'secret.csv'), join(project, 'data', 'out.csv'));
symlinkSync('../real.csv', join(project, 'data', 'sub', 'in.csv'));
symlinkSync(outside, join(project, 'data', 'out-dir'));
execFileSync('mkfifo', [join(project, 'data', 'pipe.csv')]);
symlinkSync('/dev/zero', join(project, 'data', 'zero.csv'));
mkdirSync(join(project, 'data', 'folder.csv'));

describe('readInside', () => {
  it('reads a file, and a link inside the project to a file inside it', () => {
    expect(readInside(project, 'data/real.csv')).toEqual({ ok: true, bytes: Buffer.from('a,b\n1,2\n') });
    expect(readInside(project, 'data/sub/in.csv')).toEqual({ ok: true, bytes: Buffer.from('a,b\n1,2\n') });
  });

  it('refuses a link out of the project before reading a byte, also through a linked folder', () => {
    expect(readInside(project, 'data/out.csv')).toEqual({ ok: false, problem: { kind: 'outside' } });
    expect(readInside(project, 'data/out-dir/secret.csv')).toEqual({ ok: false, problem: { kind: 'outside' } });
    expect(readInside(project, '../outside/secret.csv')).toEqual({ ok: false, problem: { kind: 'outside' } });
  });

  it('says a pipe, a device and a folder are not files, at once, without waiting for a writer', () => {
    expect(readInside(project, 'data/pipe.csv')).toEqual({ ok: false, problem: { kind: 'special', what: 'a named pipe (FIFO)' } });
    // /dev/zero lies outside the project: refused as such before it is opened.
    expect(readInside(project, 'data/zero.csv')).toEqual({ ok: false, problem: { kind: 'outside' } });
    expect(readRegular('/dev/zero')).toEqual({ ok: false, problem: { kind: 'special', what: 'a device' } });
    expect(readInside(project, 'data/folder.csv')).toEqual({ ok: false, problem: { kind: 'directory' } });
    expect(readInside(project, 'data/none.csv')).toEqual({ ok: false, problem: { kind: 'missing' } });
  });

  it('refuses a file beyond its limit, saying both sizes', () => {
    const result = readInside(project, 'data/real.csv', 4);
    expect(result).toEqual({ ok: false, problem: { kind: 'too-large', size: 8, limit: 4 } });
    expect(describeProblem({ kind: 'too-large', size: 210 * 1024 * 1024, limit: 32 * 1024 * 1024 })).toBe('it is 210 MB, larger than the 32 MB vdr reads');
  });

  it('lists a link to a file only when it leads inside the folder it is asked to stay in', () => {
    expect(listFiles(join(project, 'data'))).toEqual(['real.csv', 'sub/in.csv']);
    expect(listFiles(join(project, 'data', 'sub'))).toEqual([]);
    expect(listFiles(join(project, 'data', 'sub'), { within: project })).toEqual(['in.csv']);
  });
});

describe('validate on hostile files', () => {
  const copy = copyProject('vdr-hostile-');
  afterAll(() => removeProject(copy));
  const secret = join(root, 'passwd');
  writeFileSync(secret, 'root:x:0:0:root:/root:/bin/bash\n');

  const check = () => checkProject(openProject(copy)).messages.filter((m) => m.ruleId.startsWith('file/'));

  it('names a data file linked out of the project and shows none of its content', () => {
    const file = join(copy.root, 'data/observations/pillar-1.csv');
    rmSync(file);
    symlinkSync(secret, file);
    const messages = checkProject(openProject(copy)).messages;
    expect(JSON.stringify(messages)).not.toContain('root:x');
    expect(check()).toEqual([
      expect.objectContaining({ file: 'data/observations/pillar-1.csv', severity: 'error', ruleId: 'file/outside' }),
    ]);
    rmSync(file);
    copyFileSync(join(repoRoot, 'data/observations/pillar-1.csv'), file);
  });

  it('leaves a chapter linked out of the project out of the draft\'s comparison too ("What changed")', () => {
    const chapter = join(copy.root, 'content/2021/conclusions.md');
    const secretChapter = join(root, 'secret.md');
    writeFileSync(secretChapter, 'SECRET-TOKEN-123\n');
    rmSync(chapter);
    symlinkSync(secretChapter, chapter);
    const chapters = projectChapters(copy, { dir: 'content/2021', chapters: ['introduction.md', 'conclusions.md'] });
    expect(chapters.map((c) => c.file)).toEqual(['content/2021/introduction.md']);
    expect(JSON.stringify(chapters)).not.toContain('SECRET-TOKEN');
    rmSync(chapter);
    copyFileSync(join(repoRoot, 'content/2021/conclusions.md'), chapter);
  });

  it('names a chapter that is a pipe, a folder or a link to a device, and does not wait', () => {
    const chapter = join(copy.root, 'content/2021/conclusions.md');
    const results: string[] = [];
    const loop = join(copy.root, 'content/2021/loop.md');
    const makers = [
      () => execFileSync('mkfifo', [chapter]),
      () => mkdirSync(chapter),
      () => symlinkSync('/dev/zero', chapter),
      () => (symlinkSync('conclusions.md', loop), symlinkSync('loop.md', chapter)),
    ];
    for (const make of makers) {
      rmSync(chapter, { recursive: true, force: true });
      make();
      const found = check().find((m) => m.file === 'content/2021/conclusions.md');
      results.push(`${found?.ruleId}: ${found?.reason}`);
    }
    expect(results).toEqual([
      'file/not-a-file: this is a named pipe (FIFO), not a file',
      'file/not-a-file: this is a folder, not a file',
      expect.stringMatching(/^file\/outside: the file is a link to a place outside the project/),
      'file/unreadable: the file cannot be read (its links form a loop)',
    ]);
  });
});
