/**
 * Faults of the machine rather than of the input: a lock left by a crash or naming a stranger, a
 * writer killed between its two renames, scratch folders and browsers left by a killed print, a
 * place vdr cannot write. Each ends in a plain message or is undone by the next run.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT, main, stoppedBy } from '../../pipeline/cli.js';
import { recoverDirectory, withLock, writeDirectoryAtomically } from '../../pipeline/io/atomic.js';
import { ownStamp } from '../../pipeline/io/owner.js';
import { FileProblem } from '../../pipeline/io/read.js';
import { sweepScratch } from '../../pipeline/io/scratch.js';
import { copyProject, removeProject } from '../publish/helpers.js';

const root = mkdtempSync(join(tmpdir(), 'vdr-faults-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const capture = () => {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
};

describe('the lock', () => {
  const target = join(root, 'locked', 'build');
  const lock = `${target}.lock`;
  const run = () => withLock(target, async () => readFileSync(lock, 'utf8'));

  it('names its owner by process id and start time, written whole', async () => {
    expect(await run()).toEqual({ locked: false, value: `${ownStamp()}\n` });
    expect(ownStamp()).toMatch(/^\d+ \d+$/);
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over a lock that is empty, unreadable as a stamp, or names a process that is not its owner', async () => {
    const [pid, started] = ownStamp().split(' ');
    for (const stale of ['', 'garbage', `${pid} ${Number(started) + 1}`, '999999999']) {
      writeFileSync(lock, stale);
      expect(await run(), JSON.stringify(stale)).toMatchObject({ locked: false });
      expect(existsSync(lock)).toBe(false);
    }
  });

  it('refuses while its owner runs', async () => {
    writeFileSync(lock, `${ownStamp()}\n`);
    expect(await run()).toEqual({ locked: true, holder: String(process.pid) });
    rmSync(lock);
  });
});

describe('a writer killed between its two renames', () => {
  it('leaves the old copy aside, and the next lock or write puts it back and removes the rest', async () => {
    const target = join(root, 'killed', 'build');
    writeDirectoryAtomically(target, new Map([['report.html', 'old']]));
    // What a kill after the first rename leaves: the old copy aside, a complete new one staged.
    renameSync(target, join(root, 'killed', '.build.new-AAAAAA.old'));
    mkdirSync(join(root, 'killed', '.build.new-BBBBBB'));
    writeFileSync(join(root, 'killed', '.build.new-BBBBBB', 'report.html'), 'new');
    mkdirSync(join(root, 'killed', '.build.new-CCCCCC'));
    expect(await withLock(target, async () => readFileSync(join(target, 'report.html'), 'utf8'))).toEqual({ locked: false, value: 'old' });
    expect(readdirSync(join(root, 'killed'))).toEqual(['build']);
    // A kill before the first rename: the staging folder goes, the build stays.
    mkdirSync(join(root, 'killed', '.build.new-DDDDDD'));
    expect(recoverDirectory(target)).toBe(false);
    writeDirectoryAtomically(target, new Map([['report.html', 'newer']]));
    expect(readdirSync(join(root, 'killed'))).toEqual(['build']);
    expect(readFileSync(join(target, 'report.html'), 'utf8')).toBe('newer');
  });
});

describe('scratch folders', () => {
  it('removes those of a process that is gone, stopping what still runs from them, and keeps live ones', async () => {
    const tmp = join(root, 'tmp');
    const dead = join(tmp, 'vdr-chromium-dead');
    const live = join(tmp, 'vdr-print-live');
    const foreign = join(tmp, 'vdr-something-else');
    for (const dir of [dead, live, foreign]) mkdirSync(join(dir, 'profile'), { recursive: true });
    writeFileSync(join(dead, '.vdr-owner'), '999999999 1');
    writeFileSync(join(live, '.vdr-owner'), ownStamp());
    // A browser that outlived its killed vdr: a process whose command line names the folder.
    const stray = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)', `${dead}/profile`], { stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => stray.on('exit', (_code, signal) => resolve(signal)));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sweepScratch(tmp)).toEqual([dead]);
    expect(await exited).toBe('SIGKILL');
    expect(readdirSync(tmp).sort()).toEqual(['vdr-print-live', 'vdr-something-else']);
  });
});

describe('a command that cannot write or read', () => {
  it('says a full disk, a read-only folder or an unreadable file in words, exit 3; anything else is a fault in vdr, exit 4', () => {
    const fault = (code: string, syscall: string, path: string) => Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, syscall, path });
    const said = (error: unknown, env: NodeJS.ProcessEnv = {}) => {
      const io = capture();
      return { exit: stoppedBy('build', error, io, env), err: io.err };
    };
    expect(said(fault('ENOSPC', 'write', '/srv/report/output/2021/.build.new-x/report.pdf'))).toEqual({
      exit: EXIT.environment,
      err: 'vdr build: could not write /srv/report/output/2021/.build.new-x/report.pdf: the disk is full. Nothing was changed: what vdr wrote before is as it was. Free some space on the disk, then run the command again.\n',
    });
    expect(said(fault('EROFS', 'mkdir', '/srv/report/output/2021')).err).toContain('the file system is read-only. Nothing was changed');
    expect(said(new FileProblem('/srv/report/output/2021/1.0.0/metrics.json', { kind: 'directory' }))).toEqual({
      exit: EXIT.environment,
      err: 'vdr build: could not read /srv/report/output/2021/1.0.0/metrics.json: it is a folder, not a file. Nothing was written.\n',
    });
    const bug = said(new TypeError("Cannot read properties of undefined (reading 'x')"));
    expect(bug.exit).toBe(EXIT.internal);
    expect(bug.err).toBe(
      "vdr build: stopped on an unexpected error, a fault in vdr rather than in your files: Cannot read properties of undefined (reading 'x'). Please report it with the command you ran (run it again with VDR_DEBUG=1 to see where in vdr it happened).\n",
    );
    expect(bug.err).not.toMatch(/^\s+at /m);
    expect(said(new TypeError('x'), { VDR_DEBUG: '1' }).err).toMatch(/^\s+at /m);
  });

  it('a build whose output folder cannot be made stops with exit 3 in plain words, and writes nothing', async () => {
    const project = copyProject('vdr-unwritable-');
    try {
      writeFileSync(project.outputDir, 'not a folder');
      const io = capture();
      expect(await main(['build', '--project', project.root, '--html-only'], io)).toBe(EXIT.environment);
      expect(io.err, io.err).toMatch(/^vdr build: could not (write|use) .*output.*: .*Nothing was changed: what vdr wrote before is as it was\. Check the folder, then run the command again\.\n$/);
      expect(io.err).not.toMatch(/^\s+at /m);
      expect(readFileSync(project.outputDir, 'utf8')).toBe('not a folder');
    } finally {
      removeProject(project);
    }
  });
});
