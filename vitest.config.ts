import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    // Each run writes its temporary files in a folder of its own, and fails if it leaves any.
    globalSetup: ['test/setup/tmp-guard.ts'],
  },
});
