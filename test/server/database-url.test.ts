/**
 * Choosing the database: `--database-url` over `DATABASE_URL` over `file:<data-dir>/maestro.db`;
 * SQLite `file:` and PostgreSQL `postgresql://` / `postgres://` URLs, nothing else.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, type Config } from '../../src/config.ts';
import { startServer, stopAllServers, tempDir } from '../helpers/server.ts';

afterAll(() => stopAllServers());

function config(args: string[], env: Record<string, string> = {}): Config {
  const parsed = parseConfig(['--data-dir', '/tmp/maestro-config-test', ...args], env);
  if (parsed === 'help') throw new Error('parseConfig answered help');
  return parsed;
}

describe('database URL', () => {
  it('should default to SQLite in the data directory', () => {
    expect(config([])).toMatchObject({ databaseUrl: `file:${join('/tmp/maestro-config-test', 'maestro.db')}`, databaseEngine: 'sqlite' });
  });

  it('should take PostgreSQL URLs in both spellings, from the flag or the environment', () => {
    expect(config([], { DATABASE_URL: 'postgresql://m:pw@db:5432/maestro' })).toMatchObject({ databaseUrl: 'postgresql://m:pw@db:5432/maestro', databaseEngine: 'postgresql' });
    expect(config(['--database-url', 'postgres://db/maestro'])).toMatchObject({ databaseUrl: 'postgres://db/maestro', databaseEngine: 'postgresql' });
  });

  it('should prefer --database-url over DATABASE_URL', () => {
    expect(config(['--database-url', 'file:/tmp/flag.db'], { DATABASE_URL: 'postgresql://db/maestro' })).toMatchObject({ databaseUrl: 'file:/tmp/flag.db', databaseEngine: 'sqlite' });
  });

  it('should refuse any other scheme, naming only the scheme (a URL may hold a password)', () => {
    for (const url of ['mysql://root:secret@db/maestro', '/var/lib/maestro.db', 'postgresql:db']) {
      let error: unknown;
      try {
        config(['--database-url', url]);
      } catch (e) {
        error = e;
      }
      expect(error, url).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toMatch(/must be a SQLite "file:" URL or a PostgreSQL "postgresql:\/\/user:password@host:port\/database" URL/);
      expect((error as Error).message).not.toContain('secret');
    }
  });
});

describe('the server on a PostgreSQL URL', () => {
  it('should refuse to start with one line naming the database (not the password) when it cannot reach it', async () => {
    const failure = await startServer({ dataDir: tempDir(), env: { DATABASE_URL: 'postgresql://maestro:secret@127.0.0.1:1/maestro' } }).then(
      () => 'started',
      (error: Error) => error.message,
    );
    expect(failure).toMatch(/exited with 1 before listening/);
    expect(failure).toContain('maestro: cannot use the PostgreSQL database 127.0.0.1:1/maestro (');
    expect(failure).toContain('check the database URL (--database-url or DATABASE_URL)');
    expect(failure).not.toContain('secret');
    expect(failure).not.toMatch(/\n\s+at /);
  });
});
