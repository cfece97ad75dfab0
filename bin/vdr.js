#!/usr/bin/env -S node --v8-pool-size=1
// The vdr command. The TypeScript sources under pipeline/ are compiled to dist/ by `npm install`
// (the package's prepare script).
// --v8-pool-size=1: V8 runs its background work (compiling, marking the heap) on one helper
// thread instead of four. On the two-core machines the report is built on, four helpers compete
// with the chart workers: the 60-chart benchmark took 1.9 s cold with four, 1.5 s with one, and
// 0.7 s less CPU time (README, "Performance").
import { main } from '../dist/cli.js';

// A reader that stops early (vdr diff | head) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
