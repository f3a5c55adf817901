import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // One graphql for tests that run the server in-process (test/helpers/in-process.ts): Vite would
    // give src/ graphql's ESM build (its "module" field) while the dependencies Node loads itself
    // (Pothos, Yoga) get the CommonJS one, and graphql refuses a schema from "another realm".
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
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
