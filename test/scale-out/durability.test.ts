/**
 * The PostgreSQL store acknowledges a write only after its commit is on disk, so it refuses a
 * database whose sessions would commit asynchronously (synchronous_commit off), naming the setting.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { usePostgres } from '../helpers/postgres.ts';
import { startServer, stopAllServers, tempDir } from '../helpers/server.ts';

const postgres = usePostgres();
afterAll(() => stopAllServers());

describe('durability on PostgreSQL', () => {
  it('should refuse to start on a database with synchronous_commit off, saying what to set', async () => {
    const url = await postgres.freshDatabase();
    const database = new URL(url).pathname.slice(1);
    await postgres.pool(postgres.url, { max: 1 }).query(`ALTER DATABASE "${database}" SET synchronous_commit = off`);
    const failure = await startServer({ dataDir: tempDir(), args: ['--no-runner'], env: { DATABASE_URL: url } }).then(
      () => 'started',
      (error: Error) => error.message,
    );
    expect(failure).toMatch(/exited with 1 before listening/);
    expect(failure).toContain('maestro: PostgreSQL would acknowledge commits before they are durable (fsync=on, synchronous_commit=off)');
    expect(failure).not.toMatch(/\n\s+at /); // one line for a person, not a stack trace
  });
});
