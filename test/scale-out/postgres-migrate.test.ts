/**
 * The PostgreSQL migrator (src/store/postgres-migrate.ts) on a real server: idempotent, refuses
 * edited history, rolls a failing migration back whole, and three instances starting at once on
 * one database apply each migration exactly once.
 */
import { appendFileSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { MigrationError } from '../../src/store/errors.ts';
import { appliedPostgresMigrations, migratePostgres, POSTGRES_MIGRATIONS_DIR, postgresMigrationFolders } from '../../src/store/postgres-migrate.ts';
import { usePostgres } from '../helpers/postgres.ts';
import { tempDir } from '../helpers/server.ts';

const postgres = usePostgres();

const freshPool = async () => postgres.pool(await postgres.freshDatabase(), { max: 3 });

/** A copy of the repository's PostgreSQL migrations that a test may change. */
function migrationsCopy(): string {
  const dir = join(tempDir('maestro-pg-migrations-'), 'migrations');
  cpSync(POSTGRES_MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

const tablesOf = async (pool: pg.Pool) =>
  (await pool.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")).rows.map((r) => r.tablename);

describe('migratePostgres', () => {
  it('should apply every migration once and nothing on the next start', async () => {
    const pool = await freshPool();
    const all = postgresMigrationFolders();
    expect(all.length).toBeGreaterThan(0);
    expect(await migratePostgres(pool)).toEqual(all);
    expect(await tablesOf(pool)).toEqual(expect.arrayContaining(['Event', 'Meta', 'Project', 'Session', 'Spawn', 'Subtask', 'Task', '_maestro_migrations']));
    expect(await migratePostgres(pool)).toEqual([]);
    expect([...(await appliedPostgresMigrations(pool))].sort()).toEqual(all);
  });

  it('should apply each migration exactly once when three instances start at once', async () => {
    const url = await postgres.freshDatabase();
    const instances = [1, 2, 3].map(() => postgres.pool(url, { max: 2 }));
    const results = await Promise.all(instances.map((pool) => migratePostgres(pool)));
    // One instance did the work; the others waited on the lock and found it done.
    expect(results.flat().sort()).toEqual(postgresMigrationFolders());
    expect(results.filter((applied) => applied.length > 0)).toHaveLength(1);
    const rows = await instances[0]!.query<{ name: string; n: string }>('SELECT name, count(*) AS n FROM _maestro_migrations GROUP BY name');
    expect(rows.rows.every((r) => r.n === '1')).toBe(true);
  });

  it('should refuse to start when an applied migration was edited, naming it', async () => {
    const pool = await freshPool();
    const dir = migrationsCopy();
    await migratePostgres(pool, dir);
    const [victim] = postgresMigrationFolders(dir);
    appendFileSync(join(dir, victim!, 'migration.sql'), '\n-- an innocent-looking edit\n');
    const error = await migratePostgres(pool, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toContain(`Migration ${victim} was changed after it was applied to this database`);
    expect((error as Error).message).toMatch(/Restore the original migration\.sql and add a new migration instead/);
  });

  it('should roll a failing migration back whole and record nothing of it', async () => {
    const pool = await freshPool();
    const dir = migrationsCopy();
    await migratePostgres(pool, dir);
    const broken = join(dir, '99999999999999_broken');
    mkdirSync(broken);
    writeFileSync(join(broken, 'migration.sql'), 'CREATE TABLE "HalfDone" (id int);\nALTER TABLE "NoSuchTable" ADD COLUMN x int;\n');
    const error = await migratePostgres(pool, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toMatch(/Migration 99999999999999_broken failed on PostgreSQL and was rolled back .*NoSuchTable/);
    expect(await tablesOf(pool)).not.toContain('HalfDone');
    expect(await appliedPostgresMigrations(pool)).not.toContain('99999999999999_broken');
    // The lock was released: the next start (after the fix) migrates at once.
    writeFileSync(join(broken, 'migration.sql'), 'CREATE TABLE "HalfDone" (id int);\n');
    expect(await migratePostgres(pool, dir)).toEqual(['99999999999999_broken']);
  });
});
