/**
 * Who owns a lock or a scratch folder: a process, named so that it cannot be mistaken for another
 * that later reuses its number. The stamp is the process id and, on Linux, the time the process
 * started (from /proc), so a lock left by a killed vdr is known to be stale even when an unrelated
 * live process now has its id.
 */
import { readFileSync } from 'node:fs';

/** This process's stamp, such as "4242 2696304". */
export function ownStamp(): string {
  return stampOf(process.pid) ?? String(process.pid);
}

/** The stamp of a running process, or undefined when there is none with this id. */
export function stampOf(pid: number): string | undefined {
  const started = startTime(pid);
  if (started !== undefined) return `${pid} ${started}`;
  return isAlive(pid) ? String(pid) : undefined;
}

/**
 * Whether the process a stamp names still runs: the same id, and (where the stamp has it) the
 * same start time. An empty or unreadable stamp names no process.
 */
export function stampAlive(stamp: string): boolean {
  const [pidText, started] = stamp.trim().split(/\s+/);
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (!isAlive(pid)) return false;
  if (started === undefined) return true;
  const now = startTime(pid);
  return now === undefined || now === started;
}

/** The process id a stamp names, for messages ("another build (process 4242)"). */
export function stampPid(stamp: string): string {
  return stamp.trim().split(/\s+/)[0] ?? '';
}

/** The start time of a process in clock ticks since boot (field 22 of /proc/PID/stat), on Linux. */
function startTime(pid: number): string | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) is in parentheses and may hold spaces; the fields after it are plain.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[19];
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
