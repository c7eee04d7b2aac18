import { defineConfig } from 'vitest/config';

// Real browsers: one file at a time (two cores), generous timeouts.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // Each run writes its temporary files (browser profiles too) in a folder of its own, and fails if it leaves any.
    globalSetup: ['test/setup/tmp-guard.ts'],
  },
});
