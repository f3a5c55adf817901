import { defineConfig } from 'vitest/config';
import LongestFirstSequencer from './test/sequencer.ts';

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
    // Three files at a time on two cores: a test file mostly waits on its child processes (the
    // server, the CLI, fake agents, Chromium), so a third keeps the cores busy while the others wait.
    // Each file starts its own servers on port 0 with their own data directories.
    maxWorkers: 3,
    // Bounds against a hang, not speed checks: on a loaded machine a server start alone can take 30 s.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Longest files first (test/durations.json), so the workers finish together on a fresh clone too.
    sequence: { sequencer: LongestFirstSequencer },
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
