import { spawn, type ChildProcess } from 'node:child_process';

/**
 * The sampler runs as a separate process, so it keeps sampling while this one is busy: every
 * 50 ms it adds up the resident memory of the watched process and all its descendants
 * (Chromium's processes included), from /proc, and prints the peak when told to stop.
 */
const SAMPLER = `
const fs = require('fs');
const root = Number(process.argv[1]);
let peak = 0;
function sample() {
  const children = new Map();
  const rss = new Map();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync('/proc/' + name + '/stat', 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      const pages = Number(fields[21]);
      rss.set(Number(name), pages * 4096);
      if (!children.has(parent)) children.set(parent, []);
      children.get(parent).push(Number(name));
    } catch {}
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop();
    total += rss.get(pid) || 0;
    for (const child of children.get(pid) || []) if (child !== process.pid) stack.push(child);
  }
  peak = Math.max(peak, total);
}
const timer = setInterval(sample, 50);
process.stdin.on('data', () => { clearInterval(timer); sample(); process.stdout.write(String(peak)); process.exit(0); });
`;

export interface TreeMemory {
  /** Stops sampling; resolves to the peak in MiB. */
  stop(): Promise<number>;
}

/** Starts sampling the memory of this process and its descendants. */
export function sampleTreeMemory(): TreeMemory {
  const child: ChildProcess = spawn(process.execPath, ['-e', SAMPLER, String(process.pid)], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return {
    stop: () =>
      new Promise((resolve) => {
        child.on('exit', () => resolve(Number(out) / 1024 / 1024));
        child.stdin?.write('stop\n');
      }),
  };
}
