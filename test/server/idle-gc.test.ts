import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/server.ts';

// A process of its own: the watcher reads the whole process's event loop, which vitest's would blur.
// It keeps the loop busy for ~1.5 s making garbage (a burst of work), then idles; the heap in use
// must fall within the quiet windows that follow, with no gc() of the script's own.
const SCRIPT = `
import { startIdleGc } from ${JSON.stringify(join(ROOT, 'src', 'idle-gc.ts'))};
if (process.env.IDLE_GC !== 'off') startIdleGc();
let keep = [];
const until = Date.now() + 1500;
const burst = () => {
  for (let i = 0; i < 2000; i++) keep.push({ text: 'x'.repeat(200) + i, n: [i, i + 1, i + 2] });
  if (keep.length > 200000) keep = [];
  if (Date.now() < until) setImmediate(burst);
  else {
    keep = null;
    const before = process.memoryUsage().heapUsed;
    setTimeout(() => {
      console.log(JSON.stringify({ before, after: process.memoryUsage().heapUsed }));
      process.exit(0);
    }, 3500);
  }
};
burst();
`;

function heapAfterBurst(env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { before: number; after: number };
}

describe('idle GC (src/idle-gc.ts)', () => {
  it('should give the garbage of a burst back once the event loop goes quiet', () => {
    const { before, after } = heapAfterBurst();
    expect(after).toBeLessThan(before / 2);
  });
});
