/** Runs `maestro …` (bin/maestro.js, as installed) as a child process with stdin and env. */
import { spawn } from 'node:child_process';
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { ROOT } from '../helpers/server.ts';

export const HOOK_BUNDLE = join(ROOT, 'bin', 'maestro-hook.mjs');

/**
 * Builds bin/maestro-hook.mjs (a git-ignored build output) exactly as `npm run build:hook` does,
 * into a temporary file renamed into place, so test files building it at once never see half a file.
 */
export function buildHookBundle(): string {
  const tmp = `${HOOK_BUNDLE}.${process.pid}.tmp`;
  buildSync({ entryPoints: [join(ROOT, 'cli/src/hook/main.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: tmp, logLevel: 'warning' });
  renameSync(tmp, HOOK_BUNDLE);
  return HOOK_BUNDLE;
}

export const MAESTRO = join(ROOT, 'bin', 'maestro.js');

export type Run = { code: number | null; stdout: string; stderr: string; ms: number };

export function maestro(args: string[], options: { stdin?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [MAESTRO, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: performance.now() - started }));
    child.stdin.end(options.stdin ?? '');
  });
}

/** Runs `tasks` with at most `limit` at a time, keeping results in input order. */
export async function pool<T>(items: number, limit: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(items);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items) {
        const i = next++;
        results[i] = await task(i);
      }
    }),
  );
  return results;
}
