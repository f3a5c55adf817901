/**
 * Starts the real server (its bundle, dist/server.mjs, which test/global-setup.ts rebuilds when
 * src/ changed) as a child process on port 0 with a fresh temporary data directory, exactly as
 * `npm start -- --port 0 --data-dir DIR` would. Every started server is
 * registered and killed in afterAll by `stopAllServers`, even when a test fails.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const SERVER_BUNDLE = join(ROOT, 'dist', 'server.mjs');

export type TestServer = {
  url: string;
  graphqlUrl: string;
  wsUrl: string;
  port: number;
  dataDir: string;
  proc: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Sends a signal and resolves with the exit code (or signal name). */
  stop(signal?: NodeJS.Signals): Promise<number | string>;
};

const started = new Set<TestServer>();

export function tempDir(prefix = 'maestro-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function startServer(options: { dataDir?: string; port?: number; args?: string[]; env?: Record<string, string> } = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? tempDir();
  const proc = spawn(
    process.execPath,
    [SERVER_BUNDLE, '--port', String(options.port ?? 0), '--data-dir', dataDir, ...(options.args ?? [])],
    { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'warn', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | string>((r) => proc.once('exit', (code, signal) => r(code ?? signal ?? 'unknown')));

  const url = await new Promise<string>((resolveUrl, reject) => {
    // A generous bound: several agents share two cores, and a start can take tens of seconds then.
    // A server that does not get there is killed, not left running unregistered.
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`server did not start in 90 s:\n${out}`));
    }, 90_000);
    const onData = () => {
      const match = /maestro listening on (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]!);
      }
    };
    proc.stdout!.on('data', onData);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${out}`));
    });
  });

  const server: TestServer = {
    url,
    graphqlUrl: `${url}/graphql`,
    wsUrl: `${url.replace(/^http/, 'ws')}/graphql`,
    port: Number(new URL(url).port),
    dataDir,
    proc,
    output: () => out,
    stop: async (signal = 'SIGTERM') => {
      started.delete(server);
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      return exited;
    },
  };
  started.add(server);
  return server;
}

export async function stopAllServers(removeData = true) {
  const servers = [...started];
  await Promise.all(servers.map((s) => s.stop('SIGKILL')));
  if (removeData) for (const s of servers) rmSync(s.dataDir, { recursive: true, force: true });
}
