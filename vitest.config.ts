import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A fixed clock and time zone keep every output byte-stable.
    env: { TZ: 'UTC', SOURCE_DATE_EPOCH: '1767225600' },
    // Many tests start Chromium or build whole reports; one file at a time keeps the two cores
    // free for each, so timings and page layout never depend on what else is running.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
