import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // real-client tests (LibreOffice, pandoc) take seconds each
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
