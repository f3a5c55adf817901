/**
 * The SQLite migrator: applies prisma/migrations/<name>/migration.sql in name order at start-up,
 * each in its own transaction with its sha256 recorded, so it is idempotent and refuses edited
 * history (MigrationError naming the migration).
 */
import { join, resolve } from 'node:path';
import type Database from 'better-sqlite3';
import { REPO_ROOT } from '../client/repo-root.ts';
import { migrationFolders as foldersOf, pendingMigrations } from './migration-files.ts';

/** prisma/migrations, or MAESTRO_MIGRATIONS_DIR (tests point it at a copy to prove edited history is refused). */
export const MIGRATIONS_DIR = process.env.MAESTRO_MIGRATIONS_DIR
  ? resolve(process.env.MAESTRO_MIGRATIONS_DIR)
  : join(REPO_ROOT, 'prisma', 'migrations');

export const migrationFolders = (dir = MIGRATIONS_DIR): string[] => foldersOf(dir);

/** The names of the migrations recorded as applied on `conn`. */
export function appliedMigrations(conn: Database.Database): Set<string> {
  return new Set((conn.prepare('SELECT name FROM _maestro_migrations').all() as { name: string }[]).map((r) => r.name));
}

export function migrate(conn: Database.Database, dir = MIGRATIONS_DIR): string[] {
  conn.exec(`CREATE TABLE IF NOT EXISTS _maestro_migrations (
    name TEXT PRIMARY KEY, checksum TEXT NOT NULL, appliedAt TEXT NOT NULL)`);
  const applied = new Map(
    (conn.prepare('SELECT name, checksum FROM _maestro_migrations').all() as { name: string; checksum: string }[])
      .map((r) => [r.name, r.checksum]),
  );
  const newlyApplied: string[] = [];
  for (const { name, sql, checksum } of pendingMigrations(dir, applied)) {
    conn.transaction(() => {
      conn.exec(sql);
      conn.prepare('INSERT INTO _maestro_migrations (name, checksum, appliedAt) VALUES (?, ?, ?)')
        .run(name, checksum, new Date().toISOString());
    }).immediate();
    newlyApplied.push(name);
  }
  return newlyApplied;
}
