#!/usr/bin/env -S node --v8-pool-size=1
// The vdr command. The TypeScript sources under pipeline/ are compiled to dist/ by `npm install`
// (the package's prepare script).
// --v8-pool-size=1: V8 runs its background work (compiling, marking the heap) on one helper
// thread instead of four. On the two-core machines the report is built on, four helpers compete
// with the chart workers: the 60-chart benchmark took 1.9 s cold with four, 1.5 s with one, and
// 0.7 s less CPU time (README, "Performance").
import { main, stoppedBy } from '../dist/cli.js';

// A reader that stops early (vdr diff | head) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// A fault no command caught (a rejected promise nobody awaited, an error thrown in a callback) is
// said in the same plain words as any other, never as a bare stack trace.
const stop = (error) => {
  process.exitCode = stoppedBy(process.argv[2] ?? '', error, { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });
  process.exit();
};
process.on('uncaughtException', stop);
process.on('unhandledRejection', stop);

process.exitCode = await main(process.argv.slice(2));
