/**
 * A real PostgreSQL for a test file, started by the test itself (no global set-up, no server of
 * the developer's): tools/temporary-postgres.ts runs `initdb` in a temporary directory and
 * `postgres` on a free loopback port, fsync on, as an unprivileged user when the tests run as root.
 *
 *   const pg = usePostgres();                  // beforeAll starts it, afterAll stops it
 *   it('…', async () => { const url = await pg.freshDatabase(); … DATABASE_URL: url … });
 *   const pool = pg.pool(url);                 // a pg.Pool ended before the server stops
 *
 * or by hand: `const server = await startPostgres()` … `await server.stop()`, with
 * `stopAllPostgres()` in afterAll so a failing test leaves nothing running.
 */
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { startTemporaryPostgres, type TemporaryPostgres } from '../../tools/temporary-postgres.ts';

export type TestPostgres = {
  /** A database of its own on the server (`postgresql://postgres@127.0.0.1:PORT/maestro_…`), empty. */
  url: string;
  server: TemporaryPostgres;
  /** Another empty database on the same server, and its URL. */
  freshDatabase(): Promise<string>;
  /** Stops the server and removes its files. */
  stop(): Promise<void>;
};

const running = new Set<TestPostgres>();

export async function startPostgres(options: { maxConnections?: number } = {}): Promise<TestPostgres> {
  const server = await startTemporaryPostgres(options);
  const handle: TestPostgres = {
    url: await server.createDatabase(),
    server,
    freshDatabase: () => server.createDatabase(),
    stop: async () => {
      running.delete(handle);
      await server.stop();
    },
  };
  running.add(handle);
  return handle;
}

export async function stopAllPostgres(): Promise<void> {
  await Promise.all([...running].map((p) => p.stop()));
}

/**
 * One server for the calling test file: started in beforeAll, stopped in afterAll. Read `url` (or
 * call `freshDatabase()`) inside tests and hooks only, once it is running.
 */
export function usePostgres(options: { maxConnections?: number } = {}): {
  readonly url: string;
  readonly server: TemporaryPostgres;
  freshDatabase(): Promise<string>;
  pool(url: string, config?: pg.PoolConfig): pg.Pool;
} {
  let handle: TestPostgres | undefined;
  const pools: pg.Pool[] = [];
  beforeAll(async () => {
    handle = await startPostgres(options);
  });
  afterAll(async () => {
    // Clients first: a server stopping under an idle pooled client makes that pool emit an error.
    await Promise.all(pools.map((p) => p.end().catch(() => {})));
    await handle?.stop();
  });
  const started = () => {
    if (!handle) throw new Error('usePostgres(): the server starts in beforeAll; use it inside a test or a later hook.');
    return handle;
  };
  return {
    get url() {
      return started().url;
    },
    get server() {
      return started().server;
    },
    freshDatabase: () => started().freshDatabase(),
    pool(url, config = {}) {
      const pool = new pg.Pool({ connectionString: url, ...config });
      // A connection the server ends (the test terminates a backend; the server stops while a
      // client is still closing) emits 'error' outside any query; a query's own failure still
      // rejects that query, so nothing a test checks is hidden.
      pool.on('error', () => {});
      pool.on('connect', (client) => client.on('error', () => {}));
      pools.push(pool);
      return pool;
    },
  };
}
