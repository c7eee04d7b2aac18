import { defineConfig } from 'vitest/config';

// Real browsers: one file at a time (two cores), generous timeouts.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // expect.poll waits up to 10 s by default (Vitest's 1 s is short on a loaded CI machine: a page
    // rescanning after a settings change was seen to need longer).
    expect: { poll: { timeout: 10_000 } },
    // Each run writes its temporary files (browser profiles too) in a folder of its own, and fails if it leaves any.
    globalSetup: ['test/setup/tmp-guard.ts'],
  },
});
