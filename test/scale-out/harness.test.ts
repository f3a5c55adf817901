/**
 * The PostgreSQL test harness itself (test/helpers/postgres.ts): a real server that a test file
 * starts and stops on its own, with the durability settings the scale-out guarantees rely on.
 */
import { existsSync, statSync } from 'node:fs';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startPostgres, stopAllPostgres } from '../helpers/postgres.ts';

afterAll(stopAllPostgres);

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** The server's data directory, as the server reports it. */
const dataDirectory = async (url: string) => (await query<{ d: string }>(url, "SELECT current_setting('data_directory') AS d"))[0]!.d;

describe('startPostgres', () => {
  it('should start a durable server on loopback with room for three instances', async () => {
    const server = await startPostgres();
    const [settings] = await query<Record<string, string>>(
      server.url,
      `SELECT current_setting('fsync') AS fsync, current_setting('synchronous_commit') AS synchronous_commit,
              current_setting('listen_addresses') AS listen, current_setting('max_connections') AS max_connections,
              current_setting('unix_socket_directories') AS sockets, current_database() AS database`,
    );
    expect(settings).toMatchObject({ fsync: 'on', synchronous_commit: 'on', listen: '127.0.0.1' });
    expect(Number(settings!.max_connections)).toBeGreaterThanOrEqual(100);
    const dataDir = await dataDirectory(server.url);
    // The socket lives next to the data, in the temporary directory, not in /var/run/postgresql.
    expect(settings!.sockets.startsWith(dataDir.replace(/\/data$/, ''))).toBe(true);
    expect(settings!.database).toMatch(/^maestro_/);
    // PostgreSQL refuses root: as root the harness runs it as another user.
    if (process.getuid?.() === 0) expect(statSync(dataDir).uid).not.toBe(0);
    await server.stop();
  });

  it('should give each call an empty database of its own', async () => {
    const server = await startPostgres();
    await query(server.url, 'CREATE TABLE probe (n int)');
    const other = await server.freshDatabase();
    expect(other).not.toBe(server.url);
    const tables = await query<{ n: string }>(other, "SELECT count(*) AS n FROM pg_tables WHERE tablename = 'probe'");
    expect(Number(tables[0]!.n)).toBe(0);
    await server.stop();
  });

  it('should stop the server and remove its files, and start again afterwards', async () => {
    const first = await startPostgres();
    const dir = (await dataDirectory(first.url)).replace(/\/data$/, '');
    expect(existsSync(dir)).toBe(true);
    await first.stop();
    expect(existsSync(dir)).toBe(false);
    await expect(query(first.url, 'SELECT 1')).rejects.toThrow(/ECONNREFUSED/);

    const second = await startPostgres();
    const [row] = await query<{ one: number }>(second.url, 'SELECT 1 AS one');
    expect(row!.one).toBe(1);
    await second.stop();
  });
});
