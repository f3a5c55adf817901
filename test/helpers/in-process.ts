/**
 * Starts the server inside the test's own process: `buildApp()` from src/app.ts with the options
 * `startServer()` (test/helpers/server.ts) takes, parsed by the same `parseConfig` as `maestro`
 * itself, on port 0 and a fresh data directory. Several can run in one process: each app has its
 * own store, spawn settings, sweepers and runner (src/context.ts AppParts), so nothing leaks between
 * them. `stopAllInProcessServers()` in afterAll stops them all, even when a test fails.
 *
 * What stays per process: the Prometheus registry (/metrics of each app shows process totals), the
 * log level, and environment read at module load (MAESTRO_MIGRATIONS_DIR, MAESTRO_QUERY_LOG): a test
 * that needs those different per server uses startServer().
 */
import { rmSync } from 'node:fs';
import { buildApp, type App } from '../../src/app.ts';
import { parseConfig } from '../../src/config.ts';
import { setLogLevel } from '../../src/logger.ts';
import { tempDir } from './server.ts';

export type InProcessServer = {
  url: string;
  graphqlUrl: string;
  wsUrl: string;
  port: number;
  dataDir: string;
  app: App;
  /** Stops the app as SIGTERM would (drains, closes sockets with 1001, closes the store). */
  stop(): Promise<void>;
};

const started = new Set<InProcessServer>();

export async function startInProcessServer(
  options: { dataDir?: string; port?: number; args?: string[]; env?: Record<string, string> } = {},
): Promise<InProcessServer> {
  const dataDir = options.dataDir ?? tempDir();
  const config = parseConfig(['--port', String(options.port ?? 0), '--data-dir', dataDir, ...(options.args ?? [])], {
    ...process.env,
    LOG_LEVEL: 'warn',
    ...options.env,
  });
  if (config === 'help') throw new Error('startInProcessServer: --help starts no server');
  setLogLevel(config.logLevel);
  const app = await buildApp(config);
  const url = await app.start();
  const server: InProcessServer = {
    url,
    graphqlUrl: `${url}/graphql`,
    wsUrl: `${url.replace(/^http/, 'ws')}/graphql`,
    port: Number(new URL(url).port),
    dataDir,
    app,
    stop: async () => {
      started.delete(server);
      await app.stop();
    },
  };
  started.add(server);
  return server;
}

export async function stopAllInProcessServers(removeData = true) {
  const servers = [...started];
  await Promise.all(servers.map((s) => s.stop()));
  if (removeData) for (const s of servers) rmSync(s.dataDir, { recursive: true, force: true });
}
