import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A fixed clock and time zone keep every output byte-stable.
    env: { TZ: 'UTC', SOURCE_DATE_EPOCH: '1767225600' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
