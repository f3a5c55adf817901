/**
 * `npm run bench`: runs every bench/*.ts except this file, one after another (benchmarks must not
 * compete for the machine), each with tsx. Exits non-zero if any benchmark failed.
 *
 *   npx tsx bench/run.ts [name …]     (names filter: `npx tsx bench/run.ts foundation`)
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

const here = import.meta.dirname;
const tsx = join(here, '..', 'node_modules', '.bin', 'tsx');
const only = process.argv.slice(2);

const files = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== basename(import.meta.filename))
  .filter((f) => only.length === 0 || only.includes(f.replace(/\.ts$/, '')))
  .sort();

const failed: string[] = [];
for (const file of files) {
  console.log(`\n=== bench/${file} ===`);
  const { status, signal } = spawnSync(tsx, [join(here, file)], { stdio: 'inherit' });
  if (status !== 0) failed.push(`${file} (${signal ?? `exit ${status}`})`);
}
console.log(`\n${files.length - failed.length} of ${files.length} benchmarks finished${failed.length ? `; failed: ${failed.join(', ')}` : ''}`);
process.exitCode = failed.length ? 1 : 0;
