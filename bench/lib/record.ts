/** Writing benchmark results into docs/BENCHMARKS.md. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const BENCHMARKS_FILE = join(import.meta.dirname, '..', '..', 'docs', 'BENCHMARKS.md');
const HEADER = '# Benchmarks\n\nMachine: 2 cores, shared and noisy; compare ratios, not lone milliseconds.\n\n';

/**
 * Puts `section` in place of the section whose heading starts with `heading` (up to the next `## `),
 * or at the end when there is none: a bench keeps one current section, and hand-kept sections
 * around it (history tables) stay as they are.
 */
export function replaceSection(heading: string, section: string, file = BENCHMARKS_FILE): void {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, HEADER);
  }
  const current = readFileSync(file, 'utf8');
  const start = current.indexOf(heading);
  const after = start === -1 ? -1 : current.indexOf('\n## ', start + 1);
  const next =
    start === -1 ? `${current.trimEnd()}\n\n${section}` : `${current.slice(0, start)}${section}${after === -1 ? '' : `\n${current.slice(after + 1)}`}`;
  writeFileSync(file, next.endsWith('\n') ? next : `${next}\n`);
}
