/**
 * Group commit for the SQLite store's Prisma transactions: one COMMIT (one WAL fsync, the cost of a
 * durable write) for transactions that queue up behind each other, transparently to the services.
 *
 * Without it every transaction is BEGIN IMMEDIATE … COMMIT in turn at the store's gate, and each
 * COMMIT waits for its own fsync (synchronous=FULL). With it, a transaction that sends COMMIT while
 * other transactions wait at the gate does not commit: it passes its turn, and the SQLite
 * transaction still open, to the next waiting transaction (a *chain*). That one runs inside
 * `SAVEPOINT`: its ROLLBACK is `ROLLBACK TO` + `RELEASE` (undoing its own work only), its COMMIT is
 * `RELEASE`, and it passes the turn on in the same way. The chain ends with one real COMMIT when no
 * transaction waits, or at its limits (DEFAULT_CHAIN_LIMITS: transactions, time since its BEGIN):
 * plain queries and hook batches wait for the end of a chain, so it must stay short.
 *
 * What each transaction's caller sees is unchanged:
 * - its COMMIT statement resolves only once the chain's real COMMIT succeeded, so `$transaction`,
 *   withEvents' wake-up and the reply all come after a durable commit;
 * - if the real COMMIT fails, every transaction of the chain fails with that error (none of them was
 *   acknowledged) and the transaction is rolled back; the next one starts afresh with BEGIN IMMEDIATE;
 * - a transaction that rolls back fails alone; the others of its chain commit;
 * - seq order is still commit order: the chain's events commit together, in the order they were
 *   appended, and the log's reader (another connection) sees none of them before the COMMIT.
 * A transaction does see the uncommitted work of the chain members before it, as it would see it
 * committed without chaining: if that work is lost with the chain, so is the transaction's.
 *
 * Only the chain's first BEGIN IMMEDIATE can meet another process's lock: it keeps the busy
 * handling of acquireWriteLock (src/store/sqlite-connection.ts). Chained transactions take no lock.
 *
 * Hook batches (withHookBatch) do not join chains. They run on the store's writer connection, not
 * Prisma's, and already share one COMMIT among up to 256 deliveries (src/hooks/ingest.ts), so a
 * chain would save them little; joining would tie each hook acknowledgement to the latency of the
 * mutations queued around it, and a failed chain COMMIT would fail the batch too (ingest then
 * retries its deliveries one by one). They wait for a chain's end like plain queries.
 */
import type Database from 'better-sqlite3';
import { BUSY, retryWhileBusy } from './errors.ts';
import type { Gate, Turn } from './sqlite-gate.ts';
import { countCommit } from './query-count.ts';

/** How long a chain may grow before its real COMMIT. */
export type ChainLimits = {
  /** At most this many transactions share one COMMIT. */
  members: number;
  /** No transaction joins a chain whose BEGIN is this long ago: plain queries and hook batches wait meanwhile. */
  ms: number;
};

/**
 * A chain delays its first transaction's reply, and the delivery of its events, by the work of the
 * transactions chained after it: that is the price of sharing the fsync, paid only when
 * transactions queue up anyway. 10 ms is about 4 WAL fsyncs on the loaded development machine
 * (2.7 ms each): 50 concurrent createSubtask over HTTP then pay 18–24 COMMITs (load 11; 6–8 at
 * 30 ms, 2–3 at 100 ms), while a plain query, a hook batch or a subscriber waits at most about one
 * slow transaction longer. At 25 ms the fan-out bench's create → receive p50 rose by ~25 ms.
 */
export const DEFAULT_CHAIN_LIMITS: ChainLimits = { members: 64, ms: 10 };

/** What a chain needs of Prisma's connection. */
export type ChainConnection = {
  client: Database.Database;
  /** Runs one statement through the driver adapter, so errors take the shape Prisma and mask-errors expect. */
  exec(sql: string): Promise<unknown>;
  /** One non-blocking attempt at BEGIN IMMEDIATE: false when another process holds the write lock. */
  begin(): boolean;
  limits: ChainLimits;
};

type Acknowledgement = { resolve: () => void; reject: (error: unknown) => void };

/** The store's gate, whose turns can carry an open chain from one transaction to the next. */
export type StoreGate = Gate<Chain>;

/** One open SQLite transaction shared by the transactions that joined it, and what they wait for. */
class Chain {
  readonly #limits: ChainLimits;
  readonly startedAt = performance.now();
  members = 1;
  /** The transactions that sent COMMIT: they resolve (or fail) with the chain's real COMMIT. */
  readonly acknowledgements: Acknowledgement[] = [];
  /** The last statement error inside the chain (SQLite may have rolled back everything after it). */
  lastError: unknown;

  constructor(limits: ChainLimits) {
    this.#limits = limits;
  }

  get full(): boolean {
    return this.members >= this.#limits.members || performance.now() - this.startedAt >= this.#limits.ms;
  }

  succeed() {
    for (const a of this.acknowledgements) a.resolve();
  }

  fail(error: unknown) {
    for (const a of this.acknowledgements) a.reject(error);
  }
}

/**
 * Opens a transaction for Prisma: joins the chain the previous holder handed over, or takes the gate
 * and then the write lock (BEGIN IMMEDIATE), waiting for another process to let go of it without
 * holding the gate meanwhile; throws DatabaseBusyError after BUSY_TIMEOUT_MS.
 */
export function openTransaction(gate: StoreGate, conn: ChainConnection): Promise<ChainedTransaction> {
  return retryWhileBusy(async () => {
    const turn = await gate.acquireForTransaction();
    const chain = turn.handed;
    if (chain) {
      const savepoint = `maestro_chain_${chain.members}`;
      chain.members += 1;
      const member = new ChainedTransaction(conn, turn, chain, savepoint);
      try {
        await conn.exec(`SAVEPOINT ${savepoint}`);
      } catch (error) {
        await member.rollback();
        throw error;
      }
      return member;
    }
    let began = false;
    try {
      began = conn.begin();
    } finally {
      if (!began) turn.release();
    }
    return began ? new ChainedTransaction(conn, turn, new Chain(conn.limits), null) : BUSY;
  });
}

/** One Prisma transaction: the chain's first (BEGIN IMMEDIATE) or a later one (inside a savepoint). */
export class ChainedTransaction {
  readonly #conn: ChainConnection;
  readonly #turn: Turn<Chain>;
  readonly #chain: Chain;
  readonly #savepoint: string | null;
  #running = true;

  constructor(conn: ChainConnection, turn: Turn<Chain>, chain: Chain, savepoint: string | null) {
    this.#conn = conn;
    this.#turn = turn;
    this.#chain = chain;
    this.#savepoint = savepoint;
  }

  /** Runs one of this transaction's statements; refuses once it is finished. */
  async run<R>(statement: () => Promise<R>): Promise<R> {
    this.#assertOpen();
    try {
      return await statement();
    } catch (error) {
      this.#chain.lastError = error;
      throw error;
    }
  }

  /** The same for the store's own raw statements on the connection (the event append, DomainRows), which are synchronous. */
  runNow<R>(statement: () => R): R {
    this.#assertOpen();
    try {
      return statement();
    } catch (error) {
      this.#chain.lastError = error;
      throw error;
    }
  }

  #assertOpen() {
    if (!this.#running) throw new Error('This transaction is already closed.');
    // After some errors (SQLITE_FULL, IOERR, …) SQLite rolls the whole transaction back itself; a
    // statement run then would commit on its own, outside any transaction.
    if (!this.#conn.client.inTransaction) {
      throw new Error('SQLite rolled this transaction back after an earlier error; nothing of it was stored.', { cause: this.#chain.lastError });
    }
  }

  /** Prisma's COMMIT: resolves once the chain's real COMMIT succeeded; rejects if it failed. */
  async commit(): Promise<void> {
    this.#finish();
    if (this.#savepoint) {
      try {
        await this.#conn.exec(`RELEASE ${this.#savepoint}`);
      } catch (error) {
        await this.#undo();
        await this.#passOn();
        throw error;
      }
    }
    const acknowledged = new Promise<void>((resolve, reject) => this.#chain.acknowledgements.push({ resolve, reject }));
    // Ending the chain below may reject it before it is returned: not an unhandled rejection.
    acknowledged.catch(() => {});
    await this.#passOn();
    return acknowledged;
  }

  /** Prisma's ROLLBACK: undoes this transaction's own work; the rest of the chain goes on. */
  async rollback(): Promise<void> {
    this.#finish();
    await this.#undo();
    await this.#passOn();
  }

  /**
   * Prisma's commit()/rollback(), after its COMMIT or ROLLBACK statement. Only if that statement
   * never came (it always does, usePhantomQuery false) is there anything left to undo.
   */
  async close(): Promise<void> {
    if (this.#running) await this.rollback();
  }

  #finish() {
    if (!this.#running) throw new Error('This transaction is already closed.');
    this.#running = false;
  }

  async #undo() {
    const { client, exec } = this.#conn;
    try {
      if (!client.inTransaction) return;
      if (this.#savepoint) {
        await exec(`ROLLBACK TO ${this.#savepoint}`);
        await exec(`RELEASE ${this.#savepoint}`);
      } else {
        await exec('ROLLBACK');
      }
    } catch (error) {
      // The transaction's state is unknown: drop all of it (nothing of the chain was acknowledged).
      this.#chain.lastError = error;
      if (client.inTransaction) client.exec('ROLLBACK');
    }
  }

  /** Hands the chain to the next waiting transaction, or ends it: the real COMMIT, then the gate. */
  async #passOn() {
    const chain = this.#chain;
    const { client, exec } = this.#conn;
    try {
      if (!client.inTransaction) {
        const error = new Error('SQLite rolled the transaction back after an error; nothing of it was stored. Retry.', { cause: chain.lastError });
        chain.fail(error);
      } else if (chain.acknowledgements.length === 0) {
        // Nothing to commit (this was the chain's first transaction, and it rolled back).
        await exec('ROLLBACK').catch(() => client.inTransaction && client.exec('ROLLBACK'));
      } else if (!chain.full && this.#turn.handOver(chain)) {
        return;
      } else {
        try {
          await exec('COMMIT');
        } catch (error) {
          chain.fail(error);
          if (client.inTransaction) client.exec('ROLLBACK');
          return;
        }
        countCommit();
        chain.succeed();
      }
    } finally {
      this.#turn.release();
    }
  }
}
