/**
 * Longest test files first, by the durations of an earlier full run kept in test/durations.json, so
 * that three workers finish together instead of one running a 40 s kill -9 file alone at the end.
 * Vitest's own order needs its cache of earlier runs, which a fresh clone (CI) never has; it then
 * orders by file size, which says little about how long a file waits on servers it starts.
 * Files not in the list (new ones) run first, as vitest runs unknown files first.
 * Refresh the list after a full run: `npx tsx tools/test-durations.ts`.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const durations: Record<string, number> = JSON.parse(readFileSync(new URL('./durations.json', import.meta.url), 'utf8'));

export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const seconds = (file: TestSpecification) => durations[relative(this.ctx.config.root, file.moduleId)] ?? Infinity;
    return [...files].sort((a, b) => seconds(b) - seconds(a));
  }
}
