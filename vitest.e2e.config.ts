import { defineConfig } from 'vitest/config';

// Real browsers: one file at a time (two cores), generous timeouts.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
