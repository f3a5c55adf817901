/**
 * Opens the store a database URL names. The only place that picks an engine: everything else sees
 * the Store interface (src/store/types.ts).
 */
import { openSqliteStore } from './sqlite.ts';
import type { Store } from './types.ts';

export type { Emit, EventFilter, EventRow, HookBatch, NewEvent, SessionStateColumns, Store, Tx, WakeUp } from './types.ts';
export { DatabaseBusyError, MigrationError } from './errors.ts';

export async function openStore(databaseUrl: string): Promise<Store> {
  if (databaseUrl.startsWith('file:')) return openSqliteStore(databaseUrl);
  throw new Error(`Unsupported database URL ${JSON.stringify(databaseUrl.replace(/\/\/[^@/]*@/, '//…@'))}: use file:<path> (SQLite).`);
}
