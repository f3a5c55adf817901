/**
 * The PostgreSQL migrator: applies prisma/postgresql/migrations/<name>/migration.sql in name order
 * at start-up, with the SQLite migrator's rules (src/store/migration-files.ts): each migration in its own transaction
 * with its sha256 recorded in `_maestro_migrations`, so it is idempotent, and a migration changed
 * after it was applied stops the server with a MigrationError naming it.
 *
 * Several instances may start at once on one database (README, "Scaling out on PostgreSQL"): the
 * whole run holds a session-level advisory lock, so one instance migrates while the others wait,
 * then find everything applied. The lock goes with the connection, so an instance that dies
 * mid-migration releases it (and its open transaction is rolled back: nothing half applied).
 */
import { join, resolve } from 'node:path';
import type pg from 'pg';
import { REPO_ROOT } from '../client/repo-root.ts';
import { MigrationError } from './errors.ts';
import { migrationFolders, pendingMigrations } from './migration-files.ts';
import { ADVISORY_LOCKS } from './postgres-locks.ts';

/** prisma/postgresql/migrations, or MAESTRO_POSTGRES_MIGRATIONS_DIR (tests point it at a copy to prove edited history is refused). */
export const POSTGRES_MIGRATIONS_DIR = process.env.MAESTRO_POSTGRES_MIGRATIONS_DIR
  ? resolve(process.env.MAESTRO_POSTGRES_MIGRATIONS_DIR)
  : join(REPO_ROOT, 'prisma', 'postgresql', 'migrations');

export const postgresMigrationFolders = (dir = POSTGRES_MIGRATIONS_DIR): string[] => migrationFolders(dir);

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS _maestro_migrations (
  name TEXT PRIMARY KEY, checksum TEXT NOT NULL, "appliedAt" TEXT NOT NULL)`;

/** The names of the migrations recorded as applied (none before the first run). */
export async function appliedPostgresMigrations(db: pg.Pool | pg.PoolClient): Promise<Set<string>> {
  const exists = await db.query<{ t: string | null }>("SELECT to_regclass('_maestro_migrations') AS t");
  if (!exists.rows[0]?.t) return new Set();
  return new Set((await db.query<{ name: string }>('SELECT name FROM _maestro_migrations')).rows.map((r) => r.name));
}

/** Applies the pending migrations of `dir`; resolves with the names this call applied. */
export async function migratePostgres(pool: pg.Pool, dir = POSTGRES_MIGRATIONS_DIR): Promise<string[]> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('SELECT pg_advisory_lock($1::bigint)', [ADVISORY_LOCKS.migrate]);
    try {
      await client.query(CREATE_TABLE);
      const applied = new Map(
        (await client.query<{ name: string; checksum: string }>('SELECT name, checksum FROM _maestro_migrations')).rows.map((r) => [r.name, r.checksum]),
      );
      const newlyApplied: string[] = [];
      for (const { name, sql, checksum } of pendingMigrations(dir, applied)) {
        await client.query('BEGIN');
        try {
          await client.query(sql); // a simple-protocol query: the file's statements run as one script
          await client.query('INSERT INTO _maestro_migrations (name, checksum, "appliedAt") VALUES ($1, $2, $3)', [name, checksum, new Date().toISOString()]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK').catch(() => (broken = true));
          throw new MigrationError(
            `Migration ${name} failed on PostgreSQL and was rolled back (${(error as Error).message}). Fix the database or the migration, then start again.`,
            { cause: error },
          );
        }
        newlyApplied.push(name);
      }
      return newlyApplied;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1::bigint)', [ADVISORY_LOCKS.migrate]).catch(() => (broken = true));
    }
  } finally {
    // A connection whose unlock or rollback failed may still hold the lock or a transaction: drop it.
    client.release(broken);
  }
}
