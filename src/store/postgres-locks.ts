/**
 * The PostgreSQL advisory locks Maestro instances on one database coordinate with, in one place so
 * no two uses can collide. Advisory lock keys are one bigint per database; these are fixed
 * constants (the high 32 bits spell "maes") so other applications sharing the database are very
 * unlikely to pick the same ones.
 */
const PREFIX = 0x6d616573n << 32n;

export const ADVISORY_LOCKS = {
  /** Held (session level) around applying migrations: instances starting at once migrate one at a time. */
  migrate: String(PREFIX | 1n),
  /** Taken (transaction level) before a transaction's first event insert: seq order is commit order. */
  appendEvents: String(PREFIX | 2n),
  /** Held (session level) by the leader, the one instance that runs background jobs. */
  leader: String(PREFIX | 3n),
} as const;
