#!/usr/bin/env node
// The vdr command. The TypeScript sources under pipeline/ are compiled to dist/ by `npm install`
// (the package's prepare script).
import { main } from '../dist/cli.js';

// A reader that stops early (vdr diff | head) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
