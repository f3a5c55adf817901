/**
 * Opens the store a database URL names. The only place that picks an engine: everything else sees
 * the Store interface (src/store/types.ts).
 */
import { databaseEngineOf } from '../config.ts';
import { openPostgresStore } from './postgres.ts';
import { openSqliteStore } from './sqlite.ts';
import type { Store } from './types.ts';

export type { Emit, EventFilter, EventRow, HookBatch, NewEvent, SessionStateColumns, Store, Tx, WakeUp } from './types.ts';
export { DatabaseBusyError, MigrationError } from './errors.ts';
export { DatabaseUnreachableError, UnsafeDatabaseError } from './postgres.ts';

/** @throws ConfigError for a URL that names neither engine (src/config.ts refuses those first). */
export async function openStore(databaseUrl: string): Promise<Store> {
  return databaseEngineOf(databaseUrl) === 'postgresql' ? openPostgresStore(databaseUrl) : openSqliteStore(databaseUrl);
}
