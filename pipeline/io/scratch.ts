/**
 * Scratch folders for work that must not touch the project (Chromium's profile, a page to print,
 * an import checked before it is written), each marked with its owner (owner.ts). A folder whose
 * owner is gone (vdr was killed) is removed by the next vdr that makes one, after stopping any
 * process still running from it (a Chromium that outlived a killed print): a kill leaves nothing
 * behind for longer than until the next run.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ownStamp, stampAlive } from './owner.js';

/** The file in a scratch folder that names its owner. */
const OWNER = '.vdr-owner';

/**
 * Makes a scratch folder `<tmp>/vdr-<kind>-XXXXXX` owned by this process, after sweeping away
 * those of processes that are gone.
 *
 * @param kind
 *   What it is for, in its name: chromium, print, import.
 * @returns
 *   The folder, absolute; remove it with `rmSync(dir, { recursive: true, force: true })`.
 */
export function makeScratch(kind: string): string {
  sweepScratch();
  const dir = mkdtempSync(join(tmpdir(), `vdr-${kind}-`));
  writeFileSync(join(dir, OWNER), ownStamp());
  return dir;
}

/**
 * Removes every scratch folder whose owner no longer runs, first stopping the processes started
 * from it (found by the folder's path in their command line, on Linux).
 *
 * @param dir
 *   (optional) Where scratch folders are made (default: the system's temporary folder).
 * @returns
 *   The folders removed.
 */
export function sweepScratch(dir: string = tmpdir()): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.startsWith('vdr-'));
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const folder = join(dir, name);
    let owner: string;
    try {
      owner = readFileSync(join(folder, OWNER), 'utf8');
    } catch {
      continue; // not a scratch folder of this kind (or not one vdr marked): left alone
    }
    if (stampAlive(owner)) continue;
    stopProcessesUsing(folder);
    rmSync(folder, { recursive: true, force: true });
    removed.push(folder);
  }
  return removed;
}

/** Stops (SIGKILL) every process whose command line names a path inside `folder`. */
function stopProcessesUsing(folder: string): void {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return;
  }
  const needle = `${folder}/`;
  for (const pid of pids) {
    let command: string;
    try {
      command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (!command.includes(needle)) continue;
    try {
      process.kill(Number(pid), 'SIGKILL');
    } catch {
      // already gone
    }
  }
}
