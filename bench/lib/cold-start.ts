/** Start-up timing: from spawning a Node process to the first successful answer of `probe`. */
import { spawn } from 'node:child_process';
import { ROOT } from '../../test/helpers/server.ts';
import { cpuSeconds } from './process-cpu.ts';

/**
 * Spawns `node ...args` and polls `probe` (every 2 ms, from the moment of the spawn) until it
 * resolves true; resolves with those milliseconds, then kills the process and waits for its exit.
 * Rejects if the process exits first.
 */
export async function timeToFirstAnswer(args: string[], probe: () => Promise<boolean>, env: Record<string, string> = {}): Promise<number> {
  return (await firstAnswer(args, probe, env)).ms;
}

/**
 * The same, with the CPU the process used until then (all its threads: V8's compilers and GC too):
 * on a loaded machine the wall time swings with the scheduler, the CPU much less.
 */
export async function firstAnswer(args: string[], probe: () => Promise<boolean>, env: Record<string, string> = {}): Promise<{ ms: number; cpuMs: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((r) =>
    child.once('exit', (code) => {
      exitCode = code;
      r();
    }),
  );
  try {
    for (;;) {
      if (exitCode !== undefined) throw new Error(`node ${args[0]} exited ${exitCode} before answering:\n${err}`);
      if (await probe().catch(() => false)) return { ms: performance.now() - started, cpuMs: cpuSeconds(child.pid!) * 1000 };
      await new Promise((r) => setTimeout(r, 2));
    }
  } finally {
    child.kill('SIGKILL');
    await exited;
  }
}

/** Milliseconds `node ...args` takes to run to exit 0. */
export function timeProcess(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`${args.join(' ')} exited ${code}`))));
  });
}
