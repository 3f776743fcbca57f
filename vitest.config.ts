import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['test/build/**/*.test.ts', 'test/e2e/**/*.test.ts', 'test/quality/**/*.test.ts'],
          // Astro builds share the project's caches: one file at a time. They and the browser
          // tests need room on a 2-core machine.
          fileParallelism: false,
          // The quality gates build each variant of their site once per run, into a shared folder.
          globalSetup: ['test/support/quality/global-setup.ts'],
          // Concurrent browser tests (accessibility) open two pages at a time.
          maxConcurrency: 2,
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
