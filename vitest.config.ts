import { configDefaults, defineConfig } from 'vitest/config';

// Tests that mock modules or watch which modules get loaded need a fresh module graph per file.
const ISOLATED = ['test/cli/internal-error.test.ts', 'test/unit/build-lazy-docx.test.ts', 'test/unit/forms-lazy.test.ts'];

export default defineConfig({
  test: {
    // real-client tests (LibreOffice, pandoc) take seconds each
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // both cores of a 2-core CI machine
    maxWorkers: 2,
    projects: [
      // the rest share one module graph per worker: importing the pipeline once instead of once per file halves the run
      {
        extends: true,
        test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...ISOLATED], isolate: false },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED, isolate: true } },
    ],
  },
});
