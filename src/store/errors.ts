/** Storage errors every adapter throws the same way, so callers need not know the engine. */

/** How long one request waits for another process's write lock before failing with DATABASE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * The database's write lock is held by another process and did not come free within
 * BUSY_TIMEOUT_MS: nothing was written; the same request can be retried as is.
 */
export class DatabaseBusyError extends Error {
  readonly code = 'DATABASE_BUSY';
  constructor() {
    super(`The database is busy: another process has held its write lock for over ${BUSY_TIMEOUT_MS / 1000} s. Nothing was changed; retry shortly.`);
  }
}

/** An applied migration was changed afterwards (or cannot be applied): the server must not start. */
export class MigrationError extends Error {}
