/**
 * The SQLite store: one database file in the data directory, three connections.
 *
 * - Prisma's connection, behind the store's gate (src/store/sqlite-gate.ts): one transaction or
 *   plain query at a time, every transaction BEGIN IMMEDIATE, except that transactions queued behind
 *   each other share one (a savepoint each) and one COMMIT (src/store/sqlite-chain.ts).
 * - The reader: raw better-sqlite3 for the event log. No write transaction is ever open on it once
 *   the store serves, so its reads only ever see committed rows: a reader can never deliver an event
 *   whose transaction later rolls back.
 * - The writer: raw better-sqlite3 for hook ingest's batches (withHookBatch), which skip Prisma
 *   because they run for every hook event. Its own connection because the batch's work is async: a
 *   log read running between two of its steps must not see the batch's uncommitted rows.
 *
 * Every write transaction is serialised (the gate, then BEGIN IMMEDIATE; a chain's transactions
 * commit together, in the order they ran), so seq order is commit order: once a reader has seen seq N, no event with a smaller seq can appear later. Only this
 * server writes (one server per data directory, src/database-lock.ts), so the wake-up is in-process.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { lockDatabase } from '../database-lock.ts';
import { PrismaClient } from '../generated/prisma/client.ts';
import { DatabaseBusyError } from './errors.ts';
import { DEFAULT_CHAIN_LIMITS, type ChainLimits, type StoreGate } from './sqlite-chain.ts';
import { acquireWriteLock, applyPragmas, isSqliteBusy, SerialisedSqliteFactory, tryBeginImmediate } from './sqlite-connection.ts';
import { Gate } from './sqlite-gate.ts';
import { appliedMigrations, migrate, migrationFolders } from './sqlite-migrate.ts';
import { EVENT_COLUMNS, storedOrNull, storedTimestamp, toEventRow, toSession, whereClause, type RawEventRow } from './sqlite-rows.ts';
import type { DomainRows, Emit, EventFilter, EventRow, HookBatch, Store, Tx } from './types.ts';
import { sqliteDomainRows } from './sqlite-domain-rows.ts';
import { newEventRow } from './event-rows.ts';
import { LocalWakeUp } from './wake-up.ts';

export function databasePath(url: string): string {
  return url.replace(/^file:/, '');
}


const INSERT_EVENT = `INSERT INTO "Event" ("kind", "projectId", "taskId", "subtaskId", "sessionId", "actor", "payload", "idempotencyKey",
  "hookEvent", "toolName", "toolUseId", "agentId", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

const SAVE_SESSION_STATE = `UPDATE "Session" SET "status" = ?, "baseStatus" = ?, "agentSessionId" = ?, "cwd" = ?, "startedAt" = ?, "endedAt" = ?,
  "lastEvidenceAt" = ?, "statusObservedAt" = ?, "needsInputSince" = ?, "needsInputKind" = ?, "needsInputMessage" = ?,
  "derived" = ?, "updatedAt" = ? WHERE "id" = ?`;

/** Prepared statements of one raw connection, cached by SQL text (prepare costs more than the read). */
function statementCache(conn: Database.Database) {
  const cache = new Map<string, Database.Statement>();
  return (sql: string): Database.Statement => {
    let stmt = cache.get(sql);
    if (!stmt) cache.set(sql, (stmt = conn.prepare(sql)));
    return stmt;
  };
}

/**
 * Opens (creating if needed) the database at `url` (`file:<path>`), takes its lock file, applies
 * pending migrations, creates the log's epoch and connects Prisma. `groupCommit` bounds how many
 * queued transactions share one COMMIT (src/store/sqlite-chain.ts; tests make chains predictable).
 * @throws MigrationError when an applied migration was changed after it ran; DatabaseLockedError
 * when another server uses the file.
 */
export async function openSqliteStore(url: string, options: { groupCommit?: ChainLimits } = {}): Promise<Store> {
  const path = databasePath(url);
  mkdirSync(dirname(path), { recursive: true });
  const unlock = lockDatabase(path);
  const opened: Database.Database[] = [];
  let prisma: PrismaClient | undefined;
  try {
    const reader = new Database(path);
    opened.push(reader);
    applyPragmas(reader);
    migrate(reader);
    // Written before anything is served: later the reader never writes (see the module comment).
    reader.prepare(`INSERT OR IGNORE INTO "Meta" ("key", "value") VALUES ('epoch', ?)`).run(randomUUID());
    const epoch = (reader.prepare(`SELECT "value" FROM "Meta" WHERE "key" = 'epoch'`).get() as { value: string }).value;
    const writer = new Database(path);
    opened.push(writer);
    applyPragmas(writer);
    const gate: StoreGate = new Gate();
    const factory = new SerialisedSqliteFactory(url, gate, options.groupCommit ?? DEFAULT_CHAIN_LIMITS);
    prisma = new PrismaClient({ adapter: factory, transactionOptions: { maxWait: 15_000, timeout: 15_000 } });
    await prisma.$connect();
    await assertDurability(prisma);
    return new SqliteStore({ prisma, factory, reader, writer, gate, epoch, unlock });
  } catch (error) {
    await prisma?.$disconnect();
    for (const conn of opened) conn.close();
    unlock();
    throw error;
  }
}

async function assertDurability(prisma: PrismaClient) {
  const [mode] = await prisma.$queryRawUnsafe<{ journal_mode: string }[]>('PRAGMA journal_mode');
  const [sync] = await prisma.$queryRawUnsafe<{ synchronous: bigint | number }[]>('PRAGMA synchronous');
  if (mode?.journal_mode !== 'wal' || Number(sync?.synchronous) !== 2) {
    throw new Error(`SQLite is not in WAL/synchronous=FULL mode (journal_mode=${mode?.journal_mode}, synchronous=${sync?.synchronous}).`);
  }
}

type Parts = { prisma: PrismaClient; factory: SerialisedSqliteFactory; reader: Database.Database; writer: Database.Database; gate: StoreGate; epoch: string; unlock: () => void };

class SqliteStore implements Store {
  readonly engine = 'sqlite' as const;
  readonly prisma: PrismaClient;
  readonly epoch: string;
  readonly wakeUp = new LocalWakeUp();
  readonly #reader: Database.Database;
  readonly #writer: Database.Database;
  readonly #gate: StoreGate;
  readonly #unlock: () => void;
  readonly #read: (sql: string) => Database.Statement;
  readonly #write: (sql: string) => Database.Statement;
  readonly #factory: SerialisedSqliteFactory;
  /** Statements on Prisma's own connection, with the Database it was prepared on (a reconnect opens a new one). */
  #inTx: { conn: Database.Database; prepare: (sql: string) => Database.Statement; rows: DomainRows } | undefined;

  constructor(parts: Parts) {
    this.#factory = parts.factory;
    this.prisma = parts.prisma;
    this.epoch = parts.epoch;
    this.#reader = parts.reader;
    this.#writer = parts.writer;
    this.#gate = parts.gate;
    this.#unlock = parts.unlock;
    this.#read = statementCache(parts.reader);
    this.#write = statementCache(parts.writer);
  }

  /**
   * Prisma's interactive transaction (BEGIN IMMEDIATE behind the gate, src/store/sqlite-connection.ts)
   * for `tx`; the event append and DomainRows run as prepared raw statements on the same connection,
   * inside that transaction: Prisma's adapter is stateless, so nothing else can run there until the
   * transaction ends, and its ROLLBACK takes them back too. Raw, because through Prisma each of these
   * statements cost ~0.5 ms of query-compiler CPU (docs/BENCHMARKS.md, "Where the time goes").
   */
  async withEvents<T>(actor: string, work: (tx: Tx, emit: Emit, rows: DomainRows) => Promise<T>): Promise<T> {
    let lastSeq = 0;
    const result = await this.prisma.$transaction(async (tx) => {
      const raw = this.#inTransaction();
      const insert = raw.prepare(INSERT_EVENT);
      const emit: Emit = async (event) => {
        const r = newEventRow(actor, event);
        const createdAt = storedTimestamp(new Date());
        const { lastInsertRowid } = this.#factory.runStatement(() =>
          insert.run(r.kind, r.projectId, r.taskId, r.subtaskId, r.sessionId, r.actor, r.payload, r.idempotencyKey,
            r.hookEvent ?? null, r.toolName ?? null, r.toolUseId ?? null, r.agentId ?? null, createdAt),
        );
        lastSeq = Number(lastInsertRowid);
        return lastSeq;
      };
      return work(tx, emit, raw.rows);
    });
    if (lastSeq) this.wakeUp.notify(lastSeq);
    return result;
  }

  /** The raw side of Prisma's connection, for use inside one of its transactions only. */
  #inTransaction() {
    const conn = this.#factory.client;
    if (!conn?.inTransaction) throw new Error('No transaction is open on Prisma\'s SQLite connection (a bug in the store).');
    if (this.#inTx?.conn !== conn) {
      // Database.prototype.prepare: the adapter replaced the connection's own prepare with its cache of bound wrappers.
      const cache = new Map<string, Database.Statement>();
      const prepare = (sql: string) => {
        let stmt = cache.get(sql);
        if (!stmt) cache.set(sql, (stmt = Database.prototype.prepare.call(conn, sql)));
        return stmt;
      };
      this.#inTx = { conn, prepare, rows: sqliteDomainRows(prepare, (run) => this.#factory.runStatement(run)) };
    }
    return this.#inTx;
  }

  /**
   * One BEGIN IMMEDIATE transaction on the writer, in turn with every Prisma transaction and query
   * of this store (the same gate), so no Prisma transaction can hold the write lock meanwhile: a
   * synchronous better-sqlite3 write waiting on a lock that only this event loop could release would
   * stall until busy_timeout and fail. Only another process holding the lock can make a statement
   * wait (up to busy_timeout, blocking the event loop, as any better-sqlite3 write does). The batch's
   * methods run synchronously; they are async only for the port (a PostgreSQL adapter awaits).
   */
  async withHookBatch<T>(actor: string, work: (batch: HookBatch) => Promise<T>): Promise<T> {
    const conn = this.#writer;
    const insert = this.#write(INSERT_EVENT);
    let lastSeq = 0;
    const release = await acquireWriteLock(this.#gate, conn);
    let result: T;
    try {
      const createdAt = storedTimestamp(new Date());
      const batch: HookBatch = {
        knownIdempotencyKeys: async (keys) => {
          if (keys.length === 0) return new Set();
          const rows = this.#write(`SELECT "idempotencyKey" AS "key" FROM "Event" WHERE "idempotencyKey" IN (${keys.map(() => '?').join(', ')})`).all(...keys) as { key: string }[];
          return new Set(rows.map((r) => r.key));
        },
        loadSessions: async (ids) => {
          if (ids.length === 0) return [];
          const rows = this.#write(`SELECT * FROM "Session" WHERE "id" IN (${ids.map(() => '?').join(', ')})`).all(...ids) as Record<string, unknown>[];
          return rows.map(toSession);
        },
        agentSessionInOtherProject: async (agentSessionId, projectId) =>
          this.#write(`SELECT 1 FROM "Session" WHERE "agentSessionId" = ? AND "projectId" <> ? LIMIT 1`).get(agentSessionId, projectId) !== undefined,
        append: async (events) =>
          events.map((event) => {
            const r = newEventRow(actor, event);
            const seq = Number(
              insert.run(r.kind, r.projectId, r.taskId, r.subtaskId, r.sessionId, r.actor, r.payload, r.idempotencyKey,
                r.hookEvent ?? null, r.toolName ?? null, r.toolUseId ?? null, r.agentId ?? null, createdAt).lastInsertRowid,
            );
            lastSeq = seq;
            return seq;
          }),
        saveSessionState: async (id, state) => {
          this.#write(SAVE_SESSION_STATE).run(
            state.status, state.baseStatus, state.agentSessionId, state.cwd, storedOrNull(state.startedAt), storedOrNull(state.endedAt),
            storedOrNull(state.lastEvidenceAt), storedOrNull(state.statusObservedAt), storedOrNull(state.needsInputSince),
            state.needsInputKind, state.needsInputMessage, state.derived, storedTimestamp(new Date()), id,
          );
        },
      };
      result = await work(batch);
      conn.exec('COMMIT');
    } catch (error) {
      if (conn.inTransaction) conn.exec('ROLLBACK');
      throw error;
    } finally {
      release();
    }
    if (lastSeq) this.wakeUp.notify(lastSeq);
    return result;
  }

  async readAfter(filter: EventFilter, afterSeq: number, limit: number): Promise<EventRow[]> {
    const where = whereClause(filter);
    return (
      this.#read(`SELECT ${EVENT_COLUMNS} FROM "Event" WHERE "seq" > ?${where.sql} ORDER BY "seq" ASC LIMIT ?`)
        .raw(true)
        .all(afterSeq, ...where.params, limit) as RawEventRow[]
    ).map(toEventRow);
  }

  async readBefore(filter: EventFilter, beforeSeq: number, limit: number): Promise<EventRow[]> {
    const where = whereClause(filter);
    return (
      this.#read(`SELECT ${EVENT_COLUMNS} FROM "Event" WHERE "seq" < ?${where.sql} ORDER BY "seq" DESC LIMIT ?`)
        .raw(true)
        .all(beforeSeq, ...where.params, limit) as RawEventRow[]
    ).map(toEventRow);
  }

  async countEvents(filter: EventFilter): Promise<number> {
    const where = whereClause(filter);
    const row = this.#read(`SELECT COUNT(*) AS n FROM "Event" WHERE 1 = 1${where.sql}`).get(...where.params) as { n: number | bigint };
    return Number(row.n);
  }

  async lastCommittedSeq(): Promise<number> {
    return this.#lastCommittedSeq();
  }

  #lastCommittedSeq(): number {
    const row = this.#read(`SELECT MAX("seq") AS head FROM "Event"`).get() as { head: number | bigint | null };
    return Number(row.head ?? 0);
  }

  async prunedThrough(): Promise<number> {
    return this.#prunedThrough();
  }

  #prunedThrough(): number {
    const row = this.#read(`SELECT "value" FROM "Meta" WHERE "key" = 'prunedThrough'`).get() as { value: string } | undefined;
    return row ? Number(row.value) : 0;
  }

  async headSeq(): Promise<number> {
    return Math.max(this.#lastCommittedSeq(), this.#prunedThrough());
  }

  /**
   * A Prisma transaction, not the reader: the reader never writes, and Prisma transactions hold the
   * write lock across awaits, so a synchronous raw write waiting for that lock would block the event
   * loop the transaction needs to finish (a stall of busy_timeout, then SQLITE_BUSY).
   */
  async pruneBefore(cutoff: Date): Promise<number> {
    return this.prisma.$transaction(async (tx) => {
      const [row] = await tx.$queryRawUnsafe<{ last: number | bigint | null }[]>(
        `SELECT MAX("seq") AS "last" FROM "Event" WHERE "createdAt" < ?`,
        storedTimestamp(cutoff),
      );
      if (row?.last == null) return 0;
      const last = Number(row.last);
      const changes = await tx.$executeRawUnsafe(`DELETE FROM "Event" WHERE "seq" <= ?`, last);
      await tx.$executeRawUnsafe(
        `INSERT INTO "Meta" ("key", "value") VALUES ('prunedThrough', ?) ON CONFLICT("key") DO UPDATE SET "value" = excluded."value"`,
        String(last),
      );
      return changes;
    });
  }

  /** One server per data directory (src/database-lock.ts): this one always leads. */
  async runExclusive<T>(_name: string, fn: () => Promise<T>): Promise<T | undefined> {
    return fn();
  }

  /**
   * The database answers, every migration on disk is applied, and a write could start now. Probed
   * in turn with this store's own transactions (the gate), so our own open transaction never reads
   * as "busy"; the probe's BEGIN IMMEDIATE and ROLLBACK run back to back, with nothing in between.
   */
  async isReady(): Promise<boolean> {
    try {
      const conn = this.#reader;
      if (!conn.open) return false;
      const applied = appliedMigrations(conn);
      if (!migrationFolders().every((name) => applied.has(name))) return false;
      const release = await this.#gate.acquire();
      try {
        if (!conn.open || !tryBeginImmediate(conn)) return false;
        conn.exec('ROLLBACK');
        return true;
      } finally {
        release();
      }
    } catch {
      return false;
    }
  }

  isStorageFault(error: unknown): boolean {
    const code = (error as { code?: unknown })?.code;
    return error instanceof DatabaseBusyError || isSqliteBusy(error) || (typeof code === 'string' && code.startsWith('SQLITE_'));
  }

  async close(): Promise<void> {
    await this.prisma.$disconnect();
    if (this.#reader.open) this.#reader.close();
    if (this.#writer.open) this.#writer.close();
    this.#unlock();
  }
}
