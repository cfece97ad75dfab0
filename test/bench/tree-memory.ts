import { spawn, type ChildProcess } from 'node:child_process';

/**
 * The sampler runs as a separate process, so it keeps sampling while this one is busy: it adds up
 * the memory of the watched process and all its descendants (Chromium's processes included),
 * from /proc. Each process counts its proportional set size (PSS: its own pages, and its share of
 * the pages it shares), so the pages Chromium's processes share are counted once, not once per
 * process as a sum of resident sizes would; that sum is kept too. Reading a process's PSS
 * (smaps_rollup) walks its page tables and holds up its memory allocation meanwhile, so PSS is
 * read every 250 ms, resident sizes (stat) every 50 ms.
 * On each line it is sent, it prints the peaks since the previous line, and the peaks overall.
 */
const SAMPLER = `
const fs = require('fs');
const root = Number(process.argv[1]);
const MiB = 1024 * 1024;
let stage = { pss: 0, rss: 0 };
let overall = { pss: 0, rss: 0 };
let ticks = 0;
function sample(withPss) {
  const children = new Map();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync('/proc/' + name + '/stat', 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(parent)) children.set(parent, []);
      children.get(parent).push(Number(name));
    } catch {}
  }
  let pss = 0;
  let rss = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop();
    try {
      const stat = fs.readFileSync('/proc/' + pid + '/stat', 'utf8');
      rss += Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[21]) * 4096;
      if (withPss) pss += Number(/^Pss:\\s+(\\d+) kB/m.exec(fs.readFileSync('/proc/' + pid + '/smaps_rollup', 'utf8'))[1]) * 1024;
    } catch {}
    for (const child of children.get(pid) || []) if (child !== process.pid) stack.push(child);
  }
  stage = { pss: Math.max(stage.pss, pss), rss: Math.max(stage.rss, rss) };
  overall = { pss: Math.max(overall.pss, pss), rss: Math.max(overall.rss, rss) };
}
const timer = setInterval(() => sample(++ticks % 5 === 0), 50);
const mib = (p) => ({ pss: Math.round(p.pss / MiB), rss: Math.round(p.rss / MiB) });
process.stdin.on('data', () => {
  sample(true);
  process.stdout.write(JSON.stringify({ stage: mib(stage), overall: mib(overall) }) + '\\n');
  stage = { pss: 0, rss: 0 };
});
process.stdin.on('end', () => {
  clearInterval(timer);
  process.exit(0);
});
`;

/** Peak memory in MiB: proportional (the figure reported), and the sum of resident sizes. */
export interface Peak {
  pss: number;
  rss: number;
}

export interface TreeMemory {
  /** The peaks since the previous call (or the start), and overall. */
  lap(): Promise<{ stage: Peak; overall: Peak }>;
  /** Stops sampling; resolves to the peaks overall. */
  stop(): Promise<Peak>;
}

/** Starts sampling the memory of this process and its descendants. */
export function sampleTreeMemory(): TreeMemory {
  const child: ChildProcess = spawn(process.execPath, ['-e', SAMPLER, String(process.pid)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const waiting: ((line: string) => void)[] = [];
  let buffer = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    for (let end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n')) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 1);
      waiting.shift()?.(line);
    }
  });
  const lap = (): Promise<{ stage: Peak; overall: Peak }> =>
    new Promise((resolve) => {
      waiting.push((line) => resolve(JSON.parse(line) as { stage: Peak; overall: Peak }));
      child.stdin?.write('lap\n');
    });
  return {
    lap,
    async stop() {
      const { overall } = await lap();
      child.stdin?.end();
      return overall;
    },
  };
}
