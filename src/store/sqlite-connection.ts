/**
 * SQLite connections of the SQLite store (src/store/sqlite.ts): pragmas, the write lock, and the
 * Prisma driver adapter that shares one connection between transactions and plain queries.
 *
 * SQLite settings (checked at start-up, `assertDurability`): WAL journal, synchronous=FULL (an acked
 * write survives power loss), and `BEGIN IMMEDIATE` for every transaction so a transaction takes the
 * write lock before it reads and can never deadlock on a lock upgrade.
 *
 * Another process holding the write lock (a backup, a sqlite3 shell): taking the lock never blocks
 * the event loop. Each attempt is non-blocking (busy_timeout 0 for that statement); between attempts
 * the store's gate is released so reads go on, and after BUSY_TIMEOUT_MS the request fails alone
 * with DatabaseBusyError (GraphQL code DATABASE_BUSY, retryable). Nothing is left locked behind it:
 * the next request tries afresh. `isReady()` answers false while the lock cannot be taken.
 */
import Database from 'better-sqlite3';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { SqlDriverAdapter, SqlQuery, Transaction } from '@prisma/driver-adapter-utils';
import { logger } from '../logger.ts';
import { BUSY, BUSY_TIMEOUT_MS, retryWhileBusy } from './errors.ts';
import { countQuery } from './query-count.ts';
import { openTransaction, type ChainedTransaction, type ChainLimits, type StoreGate } from './sqlite-chain.ts';
import type { Gate } from './sqlite-gate.ts';

/** Readers still wait (in WAL they only wait on a checkpoint or recovery, for milliseconds). */
export const READ_BUSY_TIMEOUT_MS = 5000;

/** Whether `error` is SQLite's SQLITE_BUSY (raw better-sqlite3, or wrapped by the Prisma adapter). */
export function isSqliteBusy(error: unknown): boolean {
  const e = error as { code?: unknown; cause?: { originalCode?: unknown } } | null;
  const code = typeof e?.code === 'string' ? e.code : typeof e?.cause?.originalCode === 'string' ? e.cause.originalCode : '';
  return code.startsWith('SQLITE_BUSY');
}

export function applyPragmas(conn: Database.Database) {
  conn.pragma('journal_mode = WAL');
  conn.pragma('synchronous = FULL');
  conn.pragma(`busy_timeout = ${READ_BUSY_TIMEOUT_MS}`);
  conn.pragma('foreign_keys = ON');
}

/** One non-blocking attempt at BEGIN IMMEDIATE: true when the write lock is now ours, false when busy. */
export function tryBeginImmediate(conn: Database.Database): boolean {
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

/**
 * Takes the gate and then the write lock on `conn` (BEGIN IMMEDIATE), waiting for another process
 * to let go of it without blocking the event loop or holding the gate while it waits. Resolves with
 * the gate's release function, the transaction open; throws DatabaseBusyError after BUSY_TIMEOUT_MS.
 */
export function acquireWriteLock<H>(gate: Gate<H>, conn: Database.Database): Promise<() => void> {
  return retryWhileBusy(async () => {
    const release = await gate.acquire();
    let began = false;
    try {
      began = tryBeginImmediate(conn);
    } finally {
      if (!began) release();
    }
    return began ? release : BUSY;
  });
}

// ---------------------------------------------------------------------------------------------
// The Prisma adapter shares one better-sqlite3 connection between transactions and plain queries.
// Unwrapped, a plain query issued while another request's transaction is open runs *inside* that
// transaction (it sees uncommitted rows and is rolled back with it). This wrapper makes plain
// queries wait until no transaction is open and turns the adapter's BEGIN into BEGIN IMMEDIATE.
// One gate per store: Prisma's transactions and plain queries, and the hook batches on the raw
// writer connection, take turns there (src/store/sqlite-gate.ts); transactions that queue up share
// one COMMIT (src/store/sqlite-chain.ts).

/** Prisma's driver adapter factory for one store: its connection takes turns at that store's gate. */
export class SerialisedSqliteFactory {
  readonly provider = 'sqlite' as const;
  readonly adapterName = '@prisma/adapter-better-sqlite3';
  readonly #inner: PrismaBetterSqlite3;
  readonly #gate: StoreGate;
  readonly #limits: ChainLimits;
  #client: Database.Database | undefined;
  constructor(url: string, gate: StoreGate, limits: ChainLimits) {
    this.#inner = new PrismaBetterSqlite3({ url, timeout: BUSY_TIMEOUT_MS });
    this.#gate = gate;
    this.#limits = limits;
  }
  /**
   * The connection Prisma runs on (once connected). A statement run on it while a transaction holds
   * the gate runs inside that transaction (src/store/sqlite.ts: the raw event append, DomainRows).
   */
  get client(): Database.Database | undefined {
    return this.#client;
  }
  /** The Prisma transaction that holds the gate now (in a chain, the member whose turn it is). */
  #current: ChainedTransaction | null = null;
  /**
   * Runs one of the store's raw statements inside the current Prisma transaction, under its rules:
   * counted, refused if SQLite rolled the transaction back, its error kept as the chain's cause.
   */
  runStatement<R>(statement: () => R): R {
    if (!this.#current) throw new Error('No transaction is open on Prisma\'s SQLite connection (a bug in the store).');
    countQuery();
    return this.#current.runNow(statement);
  }
  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.#inner.connect();
    const client = (adapter as unknown as { client: Database.Database }).client;
    this.#client = client;
    applyPragmas(client);
    client.prepare = reusableStatements(client) as unknown as typeof client.prepare;
    return serialise(adapter, client, this.#gate, this.#limits, {
      opened: (tx) => (this.#current = tx),
      closed: (tx) => {
        if (this.#current === tx) this.#current = null;
      },
    });
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

const logQueries = process.env.MAESTRO_QUERY_LOG === '1';

/** Counts (and with MAESTRO_QUERY_LOG=1 logs at debug level) every statement Prisma sends. */
function counted<A extends [SqlQuery, ...unknown[]], R>(fn: (...args: A) => Promise<R>) {
  return (...args: A) => {
    countQuery();
    if (logQueries) logger.debug({ sql: args[0].sql }, 'prisma query');
    return fn(...args);
  };
}

/** Tells the factory which transaction holds the gate (for runStatement). */
type TransactionWatch = { opened: (tx: ChainedTransaction) => void; closed: (tx: ChainedTransaction) => void };

/**
 * The adapter as Prisma sees it: plain queries take turns at the gate, and transactions are opened
 * here rather than by the adapter. The adapter's own startTransaction keeps an internal mutex that
 * it never releases when its BEGIN throws (SQLITE_BUSY), which wedged every later transaction until
 * restart; ours opens it with openTransaction (src/store/sqlite-chain.ts: the write lock, or a place
 * in the chain of transactions sharing one COMMIT) and hands Prisma a transaction that runs its
 * statements through the adapter's (stateless) queryable methods on the same connection.
 */
function serialise(adapter: SqlDriverAdapter, client: Database.Database, gate: StoreGate, limits: ChainLimits, watch: TransactionWatch): SqlDriverAdapter {
  const plain = <A extends unknown[], R>(fn: (...args: A) => Promise<R>) => (...args: A) =>
    retryWhileBusy(async () => {
      const release = await gate.acquire();
      try {
        // busy_timeout 0: a write outside a transaction that meets another process's lock fails
        // at once (and had no effect), and is retried instead of blocking the event loop.
        client.pragma('busy_timeout = 0');
        return await fn(...args);
      } catch (error) {
        if (!isSqliteBusy(error)) throw error;
        return BUSY;
      } finally {
        if (client.open) client.pragma(`busy_timeout = ${READ_BUSY_TIMEOUT_MS}`);
        release();
      }
    });
  const queryRaw = plain(counted((q: SqlQuery) => adapter.queryRaw(q)));
  const executeRaw = plain(counted((q: SqlQuery) => adapter.executeRaw(q)));
  const conn = {
    client,
    exec: (sql: string) => adapter.executeRaw({ sql, args: [], argTypes: [] }),
    begin: () => tryBeginImmediate(client),
    limits,
  };
  const startTransaction = async (isolation?: Parameters<SqlDriverAdapter['startTransaction']>[0]): Promise<Transaction> => {
    if (isolation && isolation !== 'SERIALIZABLE') {
      throw new Error(`SQLite transactions are always SERIALIZABLE (asked for ${isolation}).`);
    }
    const tx = await openTransaction(gate, conn);
    watch.opened(tx);
    // Prisma sends COMMIT and ROLLBACK as statements (usePhantomQuery: false), then calls
    // commit()/rollback(): the statements are where the chain decides (src/store/sqlite-chain.ts).
    const executeRaw = counted((q: SqlQuery) => {
      const sql = q.sql.trim().toUpperCase();
      if (sql === 'COMMIT' || sql === 'ROLLBACK') watch.closed(tx);
      if (sql === 'COMMIT') return tx.commit().then(() => 0);
      if (sql === 'ROLLBACK') return tx.rollback().then(() => 0);
      return tx.run(() => adapter.executeRaw(q));
    });
    return {
      provider: adapter.provider,
      adapterName: adapter.adapterName,
      options: { usePhantomQuery: false },
      queryRaw: counted((q: SqlQuery) => tx.run(() => adapter.queryRaw(q))),
      executeRaw,
      commit: () => (watch.closed(tx), tx.close()),
      rollback: () => (watch.closed(tx), tx.close()),
      createSavepoint: (name: string) => tx.run(() => conn.exec(`SAVEPOINT ${name}`)).then(() => undefined),
      rollbackToSavepoint: (name: string) => tx.run(() => conn.exec(`ROLLBACK TO ${name}`)).then(() => undefined),
      releaseSavepoint: (name: string) => tx.run(() => conn.exec(`RELEASE SAVEPOINT ${name}`)).then(() => undefined),
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
