import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extension in Debian's Chromium and Firefox, one file at a time. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
