/**
 * `npm start` to the listening line (issue 13), beside `node -e 0`:
 *
 * - first start: no build stamps (as on a fresh clone, or after a dependency upgrade), so every
 *   build step runs before the server starts;
 * - second start: nothing changed since, so nothing is rebuilt (median of BENCH_RUNS, default 5);
 * - `npm run serve` (the server without any build check), same number of runs: what the second
 *   start costs beyond it is the build check;
 * - node -e 0: the floor of any Node process on this machine, same number of runs.
 *
 * Each start gets a fresh data directory and port 0, and is stopped with SIGTERM once it listens.
 * Prints a table and puts it in docs/BENCHMARKS.md in place of its previous section.
 *
 *   npx tsx bench/start.ts            (also run by `npm run bench`; the first start takes a while)
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { STAMPS_FILE } from '../scripts/build.ts';
import { ROOT, tempDir } from '../test/helpers/server.ts';
import { replaceSection } from './lib/record.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Milliseconds from spawning `command` until `ready` matches its stdout (or it exits, for node -e 0). */
function timeTo(command: string, args: string[], ready: RegExp | null): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (ready?.test(out)) {
        const ms = performance.now() - started;
        process.kill(-child.pid!, 'SIGTERM'); // npm and the server: the whole group
        child.once('exit', () => resolve(ms));
      }
    });
    child.stderr.on('data', (d) => (out += d));
    child.once('exit', (code) => {
      if (!ready) resolve(performance.now() - started);
      else if (!ready.test(out)) reject(new Error(`${command} ${args.join(' ')} exited with ${code} before it was ready:\n${out}`));
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const serve = () => timeTo(npm, ['run', 'serve', '--silent', '--', '--port', '0', '--data-dir', tempDir('maestro-bench-start-')], /maestro listening on /);
const start = () => timeTo(npm, ['start', '--silent', '--', '--port', '0', '--data-dir', tempDir('maestro-bench-start-')], /maestro listening on /);

const nodeRuns: number[] = [];
for (let i = 0; i < RUNS; i++) nodeRuns.push(await timeTo(process.execPath, ['-e', '0'], null));
rmSync(join(ROOT, STAMPS_FILE), { force: true });
const first = await start();
const second: number[] = [];
const served: number[] = [];
for (let i = 0; i < RUNS; i++) {
  second.push(await start());
  served.push(await serve()); // interleaved, so both see the same machine
}

const rows = [
  ['first `npm start` (every build step runs)', first, 1],
  ['second `npm start` (nothing rebuilt)', median(second), RUNS],
  ['`npm run serve` (no build check)', median(served), RUNS],
  ['`node -e 0`', median(nodeRuns), RUNS],
] as const;
const table = [
  '| what | to listening line (median) | runs |',
  '| --- | ---: | ---: |',
  ...rows.map(([what, ms, runs]) => `| ${what} | ${(ms / 1000).toFixed(2)} s | ${runs} |`),
].join('\n');
const section = `## npm start\n\nFrom spawning \`npm start --silent\` to its listening line. ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} at the end; second start ${(median(second) / median(nodeRuns)).toFixed(1)}× \`node -e 0\`.\n\n${table}\n`;
console.log(section);
replaceSection('## npm start', section);
