import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    // Two cores: run two files at a time; each starts its own server on port 0 with its own data dir.
    maxWorkers: 2,
    // Bounds against a hang, not speed checks: on a loaded machine a server start alone can take 30 s.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
