import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // every kit built once for the tests that read real outputs (tests/setup/shared-build.ts)
    globalSetup: ['tests/setup/shared-build.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Slidev builds and PDF renders are CPU-heavy; two cores here.
    maxWorkers: 2,
  },
});
