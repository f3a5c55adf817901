/**
 * The migration rules both migrators apply (src/store/sqlite-migrate.ts, postgres-migrate.ts): the
 * folders of a migrations directory in name order, and which of them are still to apply — a
 * migration whose recorded sha256 differs from its file now stops the start with a MigrationError
 * naming it, so edited history is refused on either engine.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MigrationError } from './errors.ts';

/** The migration folders of `dir` (each holding a migration.sql), in name order. */
export function migrationFolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort();
}

export type PendingMigration = { name: string; sql: string; checksum: string };

/**
 * The migrations of `dir` not yet applied, in order, given the checksums recorded as applied.
 * @throws MigrationError when an applied migration's file was changed since.
 */
export function pendingMigrations(dir: string, applied: ReadonlyMap<string, string>): PendingMigration[] {
  const pending: PendingMigration[] = [];
  for (const name of migrationFolders(dir)) {
    const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8');
    const checksum = createHash('sha256').update(sql).digest('hex');
    const known = applied.get(name);
    if (known === checksum) continue;
    if (known !== undefined) {
      throw new MigrationError(
        `Migration ${name} was changed after it was applied to this database (checksum ${known.slice(0, 12)}… ` +
          `now ${checksum.slice(0, 12)}…). Restore the original migration.sql and add a new migration instead.`,
      );
    }
    pending.push({ name, sql, checksum });
  }
  return pending;
}
