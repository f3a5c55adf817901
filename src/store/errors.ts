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

/** What an attempt of `retryWhileBusy` returns when another process holds the write lock. */
export const BUSY = Symbol('busy');

/**
 * Runs `attempt` until it gets past another process's write lock: between attempts (which must not
 * block, nor hold the store's gate while waiting) it pauses 5 ms, doubling up to 100 ms, and after
 * BUSY_TIMEOUT_MS it throws DatabaseBusyError.
 */
export async function retryWhileBusy<T>(attempt: () => Promise<T | typeof BUSY>): Promise<T> {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
    const result = await attempt();
    if (result !== BUSY) return result;
    if (Date.now() >= deadline) throw new DatabaseBusyError();
    await new Promise((r) => setTimeout(r, pause));
  }
}

/** An applied migration was changed afterwards (or cannot be applied): the server must not start. */
export class MigrationError extends Error {}
