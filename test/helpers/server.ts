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
import { startTemporaryPostgres, type TemporaryPostgres } from '../../tools/temporary-postgres.ts';

export const ROOT = resolve(import.meta.dirname, '..', '..');
/** MAESTRO_SERVER_BUNDLE runs another build instead (A/B benchmarks against main's bundle). */
export const SERVER_BUNDLE = process.env.MAESTRO_SERVER_BUNDLE ?? join(ROOT, 'dist', 'server.mjs');

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

/**
 * `MAESTRO_TEST_DATABASE=postgresql npx vitest run …` runs the servers these helpers start on
 * PostgreSQL instead of the SQLite file in their data directory, to run the engine-neutral part of
 * the suite on both engines: one temporary PostgreSQL per test worker (tools/temporary-postgres.ts),
 * one database per data directory, so a restart on the same data directory finds its data again.
 * A test that names its own DATABASE_URL keeps it. Tests that open maestro.db themselves cannot run
 * so: CONTRIBUTING.md (tests on PostgreSQL) lists them and why.
 */
const TEST_ENGINE = process.env.MAESTRO_TEST_DATABASE ?? 'sqlite';
let testPostgres: Promise<TemporaryPostgres> | undefined;
const databaseOfDataDir = new Map<string, Promise<string>>();

function databaseEnvFor(dataDir: string, env: Record<string, string> | undefined): Promise<Record<string, string>> {
  if (TEST_ENGINE !== 'postgresql' || env?.DATABASE_URL) return Promise.resolve({});
  testPostgres ??= startTemporaryPostgres();
  let url = databaseOfDataDir.get(dataDir);
  if (!url) databaseOfDataDir.set(dataDir, (url = testPostgres.then((pg) => pg.createDatabase())));
  return url.then((DATABASE_URL) => ({ DATABASE_URL }));
}

export async function startServer(options: { dataDir?: string; port?: number; args?: string[]; env?: Record<string, string> } = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? tempDir();
  const databaseEnv = await databaseEnvFor(dataDir, options.env);
  const proc = spawn(
    process.execPath,
    [SERVER_BUNDLE, '--port', String(options.port ?? 0), '--data-dir', dataDir, ...(options.args ?? [])],
    { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'warn', ...databaseEnv, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] },
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
  // With MAESTRO_TEST_DATABASE=postgresql: the file's PostgreSQL goes with its servers (a worker runs
  // many files, and a server left running past its worker would outlive the run); the next file
  // starts its own.
  const postgres = testPostgres;
  testPostgres = undefined;
  databaseOfDataDir.clear();
  if (postgres) await (await postgres).stop();
}
