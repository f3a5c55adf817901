/**
 * `npm start` (scripts/start.ts) with the build current, as after `npm run build`: it rebuilds
 * nothing, and prints the listening line and nothing else (the generators' progress, the build steps
 * and the in-server runner's own requests stay out of the default log level) until it is stopped.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../scripts/build.ts';
import { ROOT, tempDir } from '../helpers/server.ts';

const children: ReturnType<typeof spawn>[] = [];
afterAll(() => children.forEach((c) => c.kill('SIGKILL')));

describe('npm start', () => {
  it('should print only the listening line when nothing changed since the last build', async () => {
    await build({ changedOnly: true }); // the build is current whatever was edited before this test
    const env = { ...process.env };
    delete env.LOG_LEVEL;
    const child = spawn(process.execPath, ['--import', join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs'), join(ROOT, 'scripts', 'start.ts'), '--port', '0', '--data-dir', tempDir()], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', () => stdout.includes('\n') && resolve());
      child.once('exit', (code) => reject(new Error(`exited with ${code} before listening:\n${stdout}${stderr}`)));
    });
    expect(stdout).toMatch(/^maestro listening on http:\/\/127\.0\.0\.1:\d+\n$/);
    expect(stderr).toBe('');
    child.kill('SIGTERM');
    expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(0);
    // The one info line a signal earns.
    const after = stdout.split('\n').slice(1).filter(Boolean).map((line) => JSON.parse(line) as { msg: string });
    expect(after.map((entry) => entry.msg), stdout).toEqual(['shutting down']);
    expect(stderr).toBe('');
  }, 240_000);
});
