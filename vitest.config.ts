import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          environment: 'node',
          // Sized for a loaded two-core machine: the real-page suites read 130 pages.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // One worker runs the files in turn; sharing its module cache spares every file the
          // import of the browser drivers and harness (about 2 s a file here). No e2e file mocks
          // modules or stubs globals, and each file launches and closes its own browser.
          isolate: false,
        },
      },
    ],
  },
});
