/**
 * SQL statements Prisma has sent since the process started, over every store (inside transactions
 * too). Served at /metrics as `maestro_db_queries_total`; tests diff it around one operation to
 * catch N+1 queries. Process-wide like the rest of /metrics (one registry per process): the
 * hot path only adds 1.
 */
let statements = 0;

export const countQuery = () => void (statements += 1);
export const dbQueryCount = () => statements;

/**
 * Real COMMITs of the SQLite store's Prisma transactions (one WAL fsync each), over every store:
 * fewer than the transactions when group commit chains them (src/store/sqlite-chain.ts). Served at
 * /metrics as `maestro_db_commits_total`.
 */
let commits = 0;

export const countCommit = () => void (commits += 1);
export const dbCommitCount = () => commits;
