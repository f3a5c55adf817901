/**
 * Writes test/durations.json (seconds per test file) from the JSON report of the last full vitest
 * run (test-results/vitest.json), for test/sequencer.ts to start the longest files first.
 *
 *   npx vitest run && npx tsx tools/test-durations.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const report = JSON.parse(readFileSync(join(ROOT, 'test-results', 'vitest.json'), 'utf8')) as {
  testResults: { name: string; startTime: number; endTime: number }[];
};
const durations = Object.fromEntries(
  report.testResults
    .map((file) => [relative(ROOT, file.name), Math.round((file.endTime - file.startTime) / 100) / 10] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1)),
);
writeFileSync(join(ROOT, 'test', 'durations.json'), `${JSON.stringify(durations, null, 2)}\n`);
console.log(`test/durations.json: ${Object.keys(durations).length} files`);
