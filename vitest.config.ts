import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    // One worker process runs many files and keeps their modules loaded (graphql, Prisma's client, the
    // test helpers): about 2 s less per file than a fresh process each. Test files share no state through
    // modules: each starts its own servers on port 0 with its own data directory.
    isolate: false,
    // Two cores: run two files at a time; each starts its own server on port 0 with its own data dir.
    maxWorkers: 2,
    // Bounds against a hang, not speed checks: on a loaded machine a server start alone can take 30 s.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
