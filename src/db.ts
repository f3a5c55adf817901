/**
 * The database: the only Prisma client, the raw SQLite connection the event log reads through,
 * and the start-up migrator. Raw SQL lives only here and in src/events/.
 *
 * SQLite settings (checked at start-up, `assertDurability`): WAL journal, synchronous=FULL (an acked
 * write survives power loss), and `BEGIN IMMEDIATE` for every transaction so a transaction takes the
 * write lock before it reads and can never deadlock on a lock upgrade.
 *
 * Another process holding the write lock (a backup, a sqlite3 shell): taking the lock never blocks
 * the event loop. Each attempt is non-blocking (busy_timeout 0 for that statement); between attempts
 * this process's gate is released so reads go on, and after BUSY_TIMEOUT_MS the request fails alone
 * with DatabaseBusyError (GraphQL code DATABASE_BUSY, retryable). Nothing is left locked behind it:
 * the next request tries afresh. `isReady()` answers false while the lock cannot be taken.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { SqlDriverAdapter, SqlQuery, Transaction } from '@prisma/driver-adapter-utils';
import { PrismaClient } from './generated/prisma/client.ts';
import { logger } from './logger.ts';
import { lockDatabase } from './database-lock.ts';
import { REPO_ROOT } from './client/repo-root.ts';

/** prisma/migrations, or MAESTRO_MIGRATIONS_DIR (tests point it at a copy to prove edited history is refused). */
export const MIGRATIONS_DIR = process.env.MAESTRO_MIGRATIONS_DIR
  ? resolve(process.env.MAESTRO_MIGRATIONS_DIR)
  : join(REPO_ROOT, 'prisma', 'migrations');
/** How long one request waits for another process's write lock before failing with DATABASE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;
/** Readers still wait (in WAL they only wait on a checkpoint or recovery, for milliseconds). */
const READ_BUSY_TIMEOUT_MS = 5000;

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

/** Whether `error` is SQLite's SQLITE_BUSY (raw better-sqlite3, or wrapped by the Prisma adapter). */
export function isSqliteBusy(error: unknown): boolean {
  const e = error as { code?: unknown; cause?: { originalCode?: unknown } } | null;
  const code = typeof e?.code === 'string' ? e.code : typeof e?.cause?.originalCode === 'string' ? e.cause.originalCode : '';
  return code.startsWith('SQLITE_BUSY');
}

/** The Prisma client. Valid between `openDatabase()` and `closeDatabase()`. */
export let db: PrismaClient = undefined as unknown as PrismaClient;
/** A second, raw connection: the event log reads through it so readers only ever see committed rows. */
export let sqlite: Database.Database = undefined as unknown as Database.Database;

export class MigrationError extends Error {}

export function databasePath(url: string): string {
  return url.replace(/^file:/, '');
}

function applyPragmas(conn: Database.Database) {
  conn.pragma('journal_mode = WAL');
  conn.pragma('synchronous = FULL');
  conn.pragma(`busy_timeout = ${READ_BUSY_TIMEOUT_MS}`);
  conn.pragma('foreign_keys = ON');
}

/**
 * Opens (creating if needed) the database at `url`, applies pending migrations, and connects Prisma.
 * Throws MigrationError when an applied migration was changed after it ran.
 */
export async function openDatabase(url: string): Promise<void> {
  const path = databasePath(url);
  mkdirSync(dirname(path), { recursive: true });
  unlockDatabase = lockDatabase(path);
  sqlite = new Database(path);
  applyPragmas(sqlite);
  migrate(sqlite);
  db = new PrismaClient({
    adapter: new SerialisedSqliteFactory(url),
    transactionOptions: { maxWait: 15_000, timeout: 15_000 },
  });
  await db.$connect();
  await assertDurability();
}

export async function closeDatabase(): Promise<void> {
  await db?.$disconnect();
  if (sqlite?.open) sqlite.close();
  unlockDatabase();
  unlockDatabase = () => {};
}

/** Releases this process's database lock file (src/database-lock.ts). */
let unlockDatabase = () => {};

/**
 * Readiness: the database answers, every migration on disk is applied, and a write could start now
 * (no other process holds the write lock). Probed in turn with this process's own transactions, so
 * our own open transaction never reads as "busy".
 */
export async function isReady(): Promise<boolean> {
  try {
    if (!sqlite?.open) return false;
    const applied = new Set(
      (sqlite.prepare('SELECT name FROM _maestro_migrations').all() as { name: string }[]).map((r) => r.name),
    );
    if (!migrationFolders().every((name) => applied.has(name))) return false;
    const release = await gate.acquire();
    try {
      if (!sqlite.open || !tryBeginImmediate(sqlite)) return false;
      sqlite.exec('ROLLBACK');
      return true;
    } finally {
      release();
    }
  } catch {
    return false;
  }
}

/** One non-blocking attempt at BEGIN IMMEDIATE: true when the write lock is now ours, false when busy. */
function tryBeginImmediate(conn: Database.Database): boolean {
  conn.pragma('busy_timeout = 0');
  try {
    conn.exec('BEGIN IMMEDIATE');
    return true;
  } catch (error) {
    if (isSqliteBusy(error)) return false;
    throw error;
  } finally {
    conn.pragma(`busy_timeout = ${READ_BUSY_TIMEOUT_MS}`);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Takes the gate and then the write lock on `conn` (BEGIN IMMEDIATE), waiting for another process
 * to let go of it without blocking the event loop or holding the gate while it waits. Resolves with
 * the gate's release function, the transaction open; throws DatabaseBusyError after BUSY_TIMEOUT_MS.
 */
async function acquireWriteLock(conn: Database.Database): Promise<() => void> {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
    const release = await gate.acquire();
    let began = false;
    try {
      began = tryBeginImmediate(conn);
    } finally {
      if (!began) release();
    }
    if (began) return release;
    if (Date.now() >= deadline) throw new DatabaseBusyError();
    await sleep(pause);
  }
}

async function assertDurability() {
  const [mode] = await db.$queryRawUnsafe<{ journal_mode: string }[]>('PRAGMA journal_mode');
  const [sync] = await db.$queryRawUnsafe<{ synchronous: bigint | number }[]>('PRAGMA synchronous');
  if (mode?.journal_mode !== 'wal' || Number(sync?.synchronous) !== 2) {
    throw new Error(`SQLite is not in WAL/synchronous=FULL mode (journal_mode=${mode?.journal_mode}, synchronous=${sync?.synchronous}).`);
  }
}

// ---------------------------------------------------------------------------------------------
// Migrator: applies prisma/migrations/<name>/migration.sql in name order, each in its own
// transaction with its sha256 recorded, so it is idempotent and refuses edited history.

function migrationFolders(dir = MIGRATIONS_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort();
}

export function migrate(conn: Database.Database, dir = MIGRATIONS_DIR): string[] {
  conn.exec(`CREATE TABLE IF NOT EXISTS _maestro_migrations (
    name TEXT PRIMARY KEY, checksum TEXT NOT NULL, appliedAt TEXT NOT NULL)`);
  const applied = new Map(
    (conn.prepare('SELECT name, checksum FROM _maestro_migrations').all() as { name: string; checksum: string }[])
      .map((r) => [r.name, r.checksum]),
  );
  const newlyApplied: string[] = [];
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
    conn.transaction(() => {
      conn.exec(sql);
      conn.prepare('INSERT INTO _maestro_migrations (name, checksum, appliedAt) VALUES (?, ?, ?)')
        .run(name, checksum, new Date().toISOString());
    }).immediate();
    newlyApplied.push(name);
  }
  return newlyApplied;
}

// ---------------------------------------------------------------------------------------------
// The Prisma adapter shares one better-sqlite3 connection between transactions and plain queries.
// Unwrapped, a plain query issued while another request's transaction is open runs *inside* that
// transaction (it sees uncommitted rows and is rolled back with it). This wrapper makes plain
// queries wait until no transaction is open and turns the adapter's BEGIN into BEGIN IMMEDIATE.

class Gate {
  #tail: Promise<void> = Promise.resolve();
  /** Resolves once every earlier holder released; returns the release function. */
  acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((r) => (release = r));
    // Yield one macrotask before handing over: better-sqlite3 answers synchronously, so without it
    // queued transactions would run back to back and starve the event loop (sockets, timers).
    const ready = this.#tail.then(() => new Promise<void>((r) => setImmediate(r))).then(() => release);
    this.#tail = this.#tail.then(() => next);
    return ready;
  }
}

class SerialisedSqliteFactory {
  readonly provider = 'sqlite' as const;
  readonly adapterName = '@prisma/adapter-better-sqlite3';
  readonly #inner: PrismaBetterSqlite3;
  constructor(url: string) {
    this.#inner = new PrismaBetterSqlite3({ url, timeout: BUSY_TIMEOUT_MS });
  }
  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.#inner.connect();
    const client = (adapter as unknown as { client: Database.Database }).client;
    applyPragmas(client);
    client.prepare = reusableStatements(client) as unknown as typeof client.prepare;
    return serialise(adapter, client);
  }
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * The adapter prepares every statement it runs afresh (`client.prepare(sql).bind(args)` and then
 * `run()`, or `reader` / `columns()` / `raw().all()`), and preparing costs more than running the
 * short statements of the hot paths (hook ingest: ~90 µs a statement). This keeps prepared
 * statements by SQL text and hands the adapter a small wrapper with that same surface, binding the
 * arguments per call: better-sqlite3's own bind() can be called only once per statement. It also
 * Statements are only ever run synchronously (no
 * iterate()), so one cached statement is never used by two callers at once.
 */
function reusableStatements(client: Database.Database) {
  const prepare = client.prepare.bind(client);
  const cache = new Map<string, Database.Statement>();
  return (text: string) => {
    let stmt = cache.get(text);
    if (!stmt) {
      stmt = prepare(text);
      cache.set(text, stmt);
      if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    }
    return new BoundStatement(stmt);
  };
}

class BoundStatement {
  #stmt: Database.Statement;
  #args: unknown[] = [];
  constructor(stmt: Database.Statement) {
    this.#stmt = stmt;
  }
  bind(args: unknown[]) {
    this.#args = args;
    return this;
  }
  get reader() {
    return this.#stmt.reader;
  }
  columns() {
    return this.#stmt.columns();
  }
  run() {
    return this.#stmt.run(this.#args);
  }
  raw() {
    return { all: () => this.#stmt.raw(true).all(this.#args) };
  }
}

let statements = 0;
const logQueries = process.env.MAESTRO_QUERY_LOG === '1';
/**
 * SQL statements Prisma has sent to SQLite since start (inside transactions too). Served at /metrics
 * as `maestro_db_queries_total`; tests diff it around one operation to catch N+1 queries. With
 * MAESTRO_QUERY_LOG=1 each statement is also logged at debug level (`--log-level debug`).
 */
export const dbQueryCount = () => statements;

function counted<A extends [SqlQuery, ...unknown[]], R>(fn: (...args: A) => Promise<R>) {
  return (...args: A) => {
    statements += 1;
    if (logQueries) logger.debug({ sql: args[0].sql }, 'prisma query');
    return fn(...args);
  };
}

/** One per process: Prisma's transactions and plain queries, and withRawWriteTransaction, take turns here. */
const gate = new Gate();

/**
 * Runs `work` synchronously in one BEGIN IMMEDIATE transaction on the raw connection, in turn with
 * every Prisma transaction and query of this process (the same gate), so no Prisma transaction can
 * hold the write lock meanwhile: a synchronous write waiting on a lock that only this event loop
 * could release would stall until busy_timeout and fail. Only another process holding the lock can
 * make it wait (up to busy_timeout, blocking the event loop, as any better-sqlite3 write does).
 * For hot paths where Prisma's per-query cost dominates (hook ingest); raw SQL stays in src/events/.
 */
export async function withRawWriteTransaction<T>(work: () => T): Promise<T> {
  const release = await acquireWriteLock(sqlite);
  try {
    // Already inside BEGIN IMMEDIATE: better-sqlite3 runs `work` in a savepoint of it.
    const result = sqlite.transaction(work)();
    sqlite.exec('COMMIT');
    return result;
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw error;
  } finally {
    release();
  }
}

/**
 * The adapter as Prisma sees it: plain queries take turns at the gate, and transactions are opened
 * here rather than by the adapter. The adapter's own startTransaction keeps an internal mutex that
 * it never releases when its BEGIN throws (SQLITE_BUSY), which wedged every later transaction until
 * restart; ours takes the write lock with acquireWriteLock and hands Prisma a transaction that runs
 * its statements through the adapter's (stateless) queryable methods on the same connection.
 */
function serialise(adapter: SqlDriverAdapter, client: Database.Database): SqlDriverAdapter {
  const plain = <A extends unknown[], R>(fn: (...args: A) => Promise<R>) => async (...args: A) => {
    const deadline = Date.now() + BUSY_TIMEOUT_MS;
    for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
      const release = await gate.acquire();
      try {
        // busy_timeout 0: a write outside a transaction that meets another process's lock fails
        // at once (and had no effect), and is retried below instead of blocking the event loop.
        client.pragma('busy_timeout = 0');
        return await fn(...args);
      } catch (error) {
        if (!isSqliteBusy(error)) throw error;
        if (Date.now() >= deadline) throw new DatabaseBusyError();
      } finally {
        if (client.open) client.pragma(`busy_timeout = ${READ_BUSY_TIMEOUT_MS}`);
        release();
      }
      await sleep(pause);
    }
  };
  const queryRaw = plain(counted((q: SqlQuery) => adapter.queryRaw(q)));
  const executeRaw = plain(counted((q: SqlQuery) => adapter.executeRaw(q)));
  const startTransaction = async (isolation?: Parameters<SqlDriverAdapter['startTransaction']>[0]): Promise<Transaction> => {
    if (isolation && isolation !== 'SERIALIZABLE') {
      throw new Error(`SQLite transactions are always SERIALIZABLE (asked for ${isolation}).`);
    }
    const release = await acquireWriteLock(client);
    let open = true;
    const close = () => {
      if (!open) return;
      open = false;
      // Prisma sends COMMIT/ROLLBACK itself (usePhantomQuery: false); if that statement failed the
      // transaction may still be open, and must not stay open past the gate.
      if (client.inTransaction) client.exec('ROLLBACK');
      release();
    };
    const run = <R>(fn: (q: SqlQuery) => Promise<R>) =>
      counted(async (q: SqlQuery) => {
        if (!open) throw new Error('This transaction is already closed.');
        return fn(q);
      });
    return {
      provider: adapter.provider,
      adapterName: adapter.adapterName,
      options: { usePhantomQuery: false },
      queryRaw: run((q: SqlQuery) => adapter.queryRaw(q)),
      executeRaw: run((q: SqlQuery) => adapter.executeRaw(q)),
      commit: async () => close(),
      rollback: async () => close(),
      createSavepoint: async (name: string) => void (await adapter.executeRaw({ sql: `SAVEPOINT ${name}`, args: [], argTypes: [] })),
      rollbackToSavepoint: async (name: string) => void (await adapter.executeRaw({ sql: `ROLLBACK TO ${name}`, args: [], argTypes: [] })),
      releaseSavepoint: async (name: string) => void (await adapter.executeRaw({ sql: `RELEASE SAVEPOINT ${name}`, args: [], argTypes: [] })),
    };
  };
  return new Proxy(adapter, {
    get(target, prop, receiver) {
      if (prop === 'queryRaw') return queryRaw;
      if (prop === 'executeRaw') return executeRaw;
      if (prop === 'startTransaction') return startTransaction;
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
