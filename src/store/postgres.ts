/**
 * The PostgreSQL store: the engine Maestro scales out on (README, "Scaling out on PostgreSQL").
 * Several instances serve one database; each keeps the guarantees of src/store/types.ts across all
 * of them:
 *
 * - Outbox: a change and its events commit in one transaction (Prisma's, or the hook batch's).
 * - Order: every write transaction takes one transaction-level advisory lock
 *   (ADVISORY_LOCKS.appendEvents) as its first statement, so write transactions commit one at a
 *   time across all instances and seq values are handed out in commit order: a reader that has
 *   seen seq N never meets a smaller one later (a late-committing smaller seq cannot exist). Taking
 *   it first, rather than just before the first event insert, also gives the services the
 *   serialised writers they were written for (their read-then-write rules: subtask positions,
 *   expectedVersion), which SQLite's BEGIN IMMEDIATE gives them there.
 * - Committed reads only: log reads run on a pool outside any transaction (READ COMMITTED).
 * - Wake-up after commit: `pg_notify('maestro_events', lastSeq)` inside the transaction, which
 *   PostgreSQL delivers only after the commit, to one LISTEN connection per instance
 *   (src/store/postgres-listener.ts); the writing instance also wakes its own readers at once.
 * - Durability: the reply is sent after COMMIT returned, and the store refuses to open unless the
 *   server runs with fsync and synchronous_commit on (a commit is then on disk when it returns).
 * - Background jobs run on one instance: the leader (src/store/postgres-leader.ts).
 *
 * Within one instance, write transactions also queue in-process before asking for the lock, so
 * waiting writers hold at most one pooled connection and reads keep the rest.
 */
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaClient as PostgresPrismaClient } from '../generated/prisma-postgres/client.ts';
import { logger } from '../logger.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { DatabaseBusyError, BUSY_TIMEOUT_MS } from './errors.ts';
import { ADVISORY_LOCKS } from './postgres-locks.ts';
import { PostgresLeadership } from './postgres-leader.ts';
import { EVENTS_CHANNEL, PostgresEventListener } from './postgres-listener.ts';
import { appliedPostgresMigrations, migratePostgres, postgresMigrationFolders } from './postgres-migrate.ts';
import { newEventRow } from './event-rows.ts';
import { EVENT_COLUMNS, toEventRow, toSession, UTC_TYPES, whereClause, type RawEventRow } from './postgres-rows.ts';
import { countQuery } from './query-count.ts';
import type { DomainRows, Emit, EventFilter, EventRow, HookBatch, Store, Tx } from './types.ts';
import { prismaDomainRows } from './prisma-domain-rows.ts';
import { LocalWakeUp } from './wake-up.ts';

/**
 * The database named by the URL cannot be used (not running, unknown host, refused login, no such
 * database): a set-up problem, said in one line without the password.
 */
export class DatabaseUnreachableError extends Error {
  constructor(url: string, cause: Error) {
    const u = new URL(url);
    super(
      `cannot use the PostgreSQL database ${u.hostname}:${u.port || 5432}${u.pathname} (${cause.message.split('\n')[0]}): ` +
        'check the database URL (--database-url or DATABASE_URL), that the server runs, and that this user may log in to that database.',
      { cause },
    );
  }
}

/** The server's settings would let a commit return before it is durable: refused at open. */
export class UnsafeDatabaseError extends Error {}

/** Connection-time failures that mean "this database cannot be reached or entered", not a bug. */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', '28P01', '28000', '3D000']);

/**
 * Settings of every connection of the store. UTC: Prisma's `timestamp(3)` columns hold UTC. The
 * rest bounds what a client cut off without a TCP reset (a network partition, a frozen VM) can hold:
 * the server probes an idle connection after 10 s and drops it after three unanswered probes, and
 * ends a transaction left idle for 30 s (Prisma's own transactions time out after 15 s), so neither
 * the write lock nor the leader lock stays with a vanished instance for long.
 */
export const SESSION_OPTIONS = [
  '-c TimeZone=UTC',
  '-c idle_in_transaction_session_timeout=30000',
  '-c tcp_keepalives_idle=10',
  '-c tcp_keepalives_interval=5',
  '-c tcp_keepalives_count=3',
].join(' ');
/** Connections per instance: Prisma's pool, and the raw pool (log reads, hook batches, migrations). */
const PRISMA_POOL_SIZE = 10;
const RAW_POOL_SIZE = 8;


const LOCK_WRITES = `SELECT pg_advisory_xact_lock(${ADVISORY_LOCKS.appendEvents}::bigint)`;
const LOCK_TIMEOUT = `SET LOCAL lock_timeout = '${BUSY_TIMEOUT_MS}ms'`;
const NOTIFY = `SELECT pg_notify('${EVENTS_CHANNEL}', $1)`;

const INSERT_EVENT = `INSERT INTO "Event" ("kind", "projectId", "taskId", "subtaskId", "sessionId", "actor", "payload", "idempotencyKey",
  "hookEvent", "toolName", "toolUseId", "agentId", "createdAt") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
  ON CONFLICT ("idempotencyKey") DO NOTHING RETURNING "seq"`;

/** withEvents' append: raw SQL through the Prisma transaction (a raw statement skips the query compiler's planning of a create). */
const APPEND_EVENT = `INSERT INTO "Event" ("kind", "projectId", "taskId", "subtaskId", "sessionId", "actor", "payload", "idempotencyKey",
  "hookEvent", "toolName", "toolUseId", "agentId", "createdAt") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, CAST($13 AS TIMESTAMP(3)))
  RETURNING "seq"`;

const SAVE_SESSION_STATE = `UPDATE "Session" SET "status" = $1, "baseStatus" = $2, "agentSessionId" = $3, "cwd" = $4, "startedAt" = $5, "endedAt" = $6,
  "lastEvidenceAt" = $7, "statusObservedAt" = $8, "needsInputSince" = $9, "needsInputKind" = $10, "needsInputMessage" = $11,
  "derived" = $12, "updatedAt" = $13 WHERE "id" = $14`;

/**
 * A timestamp parameter as UTC text. Not a Date: pg sends a Date in the process's local time with
 * its offset, and PostgreSQL drops the offset when the column is `timestamp` without time zone.
 */
const utc = (date: Date) => date.toISOString();
const utcOrNull = (date: Date | null) => (date ? utc(date) : null);

/** In-process queue of this instance's write transactions (see the module comment). */
class WriteQueue {
  #tail: Promise<void> = Promise.resolve();
  async run<T>(work: () => Promise<T>): Promise<T> {
    let release!: () => void;
    const previous = this.#tail;
    this.#tail = new Promise<void>((r) => (release = r));
    await previous;
    try {
      return await work();
    } finally {
      release();
    }
  }
}

/**
 * Prisma's adapter with every statement counted (maestro_db_queries_total, as on SQLite), inside
 * transactions too: the transaction objects it hands out are wrapped the same way.
 */
function countedAdapter(factory: PrismaPg): SqlDriverAdapterFactory {
  const counting = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, prop, receiver) {
        const value = Reflect.get(object, prop, receiver) as unknown;
        if (typeof value !== 'function') return value;
        if (prop === 'queryRaw' || prop === 'executeRaw') {
          return (...args: unknown[]) => {
            countQuery();
            return (value as (...a: unknown[]) => unknown).apply(object, args);
          };
        }
        if (prop === 'startTransaction') return async (...args: unknown[]) => counting((await (value as (...a: unknown[]) => Promise<object>).apply(object, args)) as object);
        return (value as (...a: unknown[]) => unknown).bind(object);
      },
    });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async (): Promise<SqlDriverAdapter> => counting(await factory.connect()),
  };
}

/** PostgreSQL's lock_timeout (55P03), through pg or wrapped by Prisma's adapter. */
function isLockTimeout(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown; meta?: { code?: unknown } } | undefined, depth = 0; e && depth < 5; depth++) {
    if (e.code === '55P03' || e.meta?.code === '55P03' || (e as { originalCode?: unknown }).originalCode === '55P03') return true;
    e = e.cause as typeof e;
  }
  return /lock timeout/i.test(String((error as Error)?.message));
}

/** The pool for a URL, in UTC, where an idle connection's error (the server restarting) is not fatal. */
function poolFor(url: string, max: number, name: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, options: SESSION_OPTIONS, application_name: name, types: UTC_TYPES, keepAlive: true });
  // An idle connection dropped: the pool opens a new one on next use; a query's own failure still rejects that query.
  pool.on('error', (err) => logger.debug({ err: err.message }, 'an idle PostgreSQL connection was dropped'));
  return pool;
}

/**
 * Opens the store at a `postgresql://` URL: applies pending migrations (one instance at a time),
 * creates the log's epoch once for the database, checks durability, connects Prisma, starts the
 * LISTEN connection and the leader election.
 * @throws MigrationError when an applied migration was changed after it ran.
 */
export async function openPostgresStore(url: string): Promise<Store> {
  const raw = poolFor(url, RAW_POOL_SIZE, 'maestro');
  let prisma: PostgresPrismaClient | undefined;
  const wakeUp = new LocalWakeUp();
  const listener = new PostgresEventListener({ connectionString: url, settings: SESSION_OPTIONS, onAdvance: (seq) => wakeUp.notify(seq), head: () => maxSeq(raw) });
  const leadership = new PostgresLeadership(url, { settings: SESSION_OPTIONS });
  try {
    await assertDurability(raw).catch((error: Error & { code?: string }) => {
      throw UNREACHABLE_CODES.has(error.code ?? '') ? new DatabaseUnreachableError(url, error) : error;
    });
    await migratePostgres(raw);
    await raw.query(`INSERT INTO "Meta" ("key", "value") VALUES ('epoch', $1) ON CONFLICT ("key") DO NOTHING`, [randomUUID()]);
    const epoch = (await raw.query<{ value: string }>(`SELECT "value" FROM "Meta" WHERE "key" = 'epoch'`)).rows[0]!.value;
    prisma = new PostgresPrismaClient({
      adapter: countedAdapter(new PrismaPg({ connectionString: url, max: PRISMA_POOL_SIZE, options: SESSION_OPTIONS, application_name: 'maestro-prisma' })),
      transactionOptions: { maxWait: 15_000, timeout: 15_000 },
    });
    await prisma.$connect();
    await listener.start();
    await leadership.start();
    // Same models, fields and types as the SQLite client (both generated from prisma/schema.prisma,
    // scripts/postgres-schema.ts), so the rest of the server uses it through the one client type.
    // The one difference, Event.seq (a bigint here), is read only in this file, through Number().
    return new PostgresStore({ prisma: prisma as unknown as PrismaClient, raw, epoch, wakeUp, listener, leadership });
  } catch (error) {
    await listener.stop();
    await leadership.stop();
    await prisma?.$disconnect();
    await raw.end().catch(() => {});
    throw error;
  }
}

async function maxSeq(db: pg.Pool | pg.PoolClient): Promise<number> {
  const { rows } = await db.query<{ head: string | null }>('SELECT MAX("seq") AS head FROM "Event"');
  return Number(rows[0]?.head ?? 0);
}

/** A reply must only follow a commit that is on disk: refuse a server that would acknowledge earlier. */
async function assertDurability(db: pg.Pool) {
  const { rows } = await db.query<{ fsync: string; sync: string }>(`SELECT current_setting('fsync') AS fsync, current_setting('synchronous_commit') AS sync`);
  const { fsync, sync } = rows[0]!;
  if (fsync !== 'on' || sync === 'off' || sync === 'local') {
    throw new UnsafeDatabaseError(
      `PostgreSQL would acknowledge commits before they are durable (fsync=${fsync}, synchronous_commit=${sync}): ` +
        'set fsync = on and synchronous_commit = on (or remote_write/remote_apply) on the server, then start again.',
    );
  }
}

type Parts = { prisma: PrismaClient; raw: pg.Pool; epoch: string; wakeUp: LocalWakeUp; listener: PostgresEventListener; leadership: PostgresLeadership };

class PostgresStore implements Store {
  readonly engine = 'postgresql' as const;
  readonly prisma: PrismaClient;
  readonly epoch: string;
  readonly wakeUp: LocalWakeUp;
  readonly #raw: pg.Pool;
  readonly #listener: PostgresEventListener;
  readonly #leadership: PostgresLeadership;
  readonly #writes = new WriteQueue();

  constructor(parts: Parts) {
    this.prisma = parts.prisma;
    this.epoch = parts.epoch;
    this.wakeUp = parts.wakeUp;
    this.#raw = parts.raw;
    this.#listener = parts.listener;
    this.#leadership = parts.leadership;
  }

  async withEvents<T>(actor: string, work: (tx: Tx, emit: Emit, rows: DomainRows) => Promise<T>): Promise<T> {
    let lastSeq = 0;
    const result = await this.#busyAsDatabaseBusy(() =>
      this.#writes.run(() =>
        this.prisma.$transaction(async (tx) => {
          // executeRaw: pg_advisory_xact_lock returns void, a column type Prisma's queryRaw cannot read.
          await tx.$executeRawUnsafe(LOCK_TIMEOUT);
          await tx.$executeRawUnsafe(LOCK_WRITES);
          const emit: Emit = async (event) => {
            const r = newEventRow(actor, event);
            const [created] = await tx.$queryRawUnsafe<{ seq: bigint | string | number }[]>(
              APPEND_EVENT, r.kind, r.projectId, r.taskId, r.subtaskId, r.sessionId, r.actor, r.payload, r.idempotencyKey,
              r.hookEvent ?? null, r.toolName ?? null, r.toolUseId ?? null, r.agentId ?? null, utc(new Date()),
            );
            lastSeq = Number(created!.seq); // BIGSERIAL: exact up to 2^53 − 1
            return lastSeq;
          };
          const value = await work(tx, emit, prismaDomainRows(tx));
          if (lastSeq) await tx.$executeRawUnsafe(NOTIFY, String(lastSeq));
          return value;
        }),
      ),
    );
    if (lastSeq) this.wakeUp.notify(lastSeq);
    return result;
  }

  async withHookBatch<T>(actor: string, work: (batch: HookBatch) => Promise<T>): Promise<T> {
    let lastSeq = 0;
    const result = await this.#busyAsDatabaseBusy(() =>
      this.#writes.run(async () => {
        const client = await this.#raw.connect();
        let healthy = true;
        try {
          await client.query('BEGIN');
          await client.query(LOCK_TIMEOUT);
          await client.query(LOCK_WRITES);
          const createdAt = utc(new Date());
          const batch: HookBatch = {
            knownIdempotencyKeys: async (keys) => {
              if (keys.length === 0) return new Set();
              const { rows } = await client.query<{ key: string }>(`SELECT "idempotencyKey" AS "key" FROM "Event" WHERE "idempotencyKey" = ANY($1::text[])`, [keys]);
              return new Set(rows.map((r) => r.key));
            },
            loadSessions: async (ids) => {
              if (ids.length === 0) return [];
              const { rows } = await client.query(`SELECT * FROM "Session" WHERE "id" = ANY($1::text[])`, [ids]);
              return rows.map(toSession);
            },
            agentSessionInOtherProject: async (agentSessionId, projectId) =>
              (await client.query(`SELECT 1 FROM "Session" WHERE "agentSessionId" = $1 AND "projectId" <> $2 LIMIT 1`, [agentSessionId, projectId])).rowCount! > 0,
            append: async (events) => {
              const seqs: number[] = [];
              for (const event of events) {
                const r = newEventRow(actor, event);
                const { rows } = await client.query<{ seq: string }>(INSERT_EVENT, [
                  r.kind, r.projectId, r.taskId, r.subtaskId, r.sessionId, r.actor, r.payload, r.idempotencyKey,
                  r.hookEvent ?? null, r.toolName ?? null, r.toolUseId ?? null, r.agentId ?? null, createdAt,
                ]);
                // Writers are serialised and the batch checked its keys first, so a conflict means
                // the log changed under the lock: fail the batch (its clients retry) rather than
                // acknowledge an event that was not written.
                if (!rows[0]) throw new Error(`Idempotency key ${r.idempotencyKey} was stored meanwhile; the batch is retried.`);
                seqs.push(Number(rows[0].seq)); // int8 arrives as text: exact up to 2^53 − 1
              }
              if (seqs.length) lastSeq = seqs[seqs.length - 1]!;
              return seqs;
            },
            saveSessionState: async (id, state) => {
              await client.query(SAVE_SESSION_STATE, [
                state.status, state.baseStatus, state.agentSessionId, state.cwd, utcOrNull(state.startedAt), utcOrNull(state.endedAt),
                utcOrNull(state.lastEvidenceAt), utcOrNull(state.statusObservedAt), utcOrNull(state.needsInputSince),
                state.needsInputKind, state.needsInputMessage, state.derived, utc(new Date()), id,
              ]);
            },
          };
          const value = await work(batch);
          if (lastSeq) await client.query(NOTIFY, [String(lastSeq)]);
          await client.query('COMMIT');
          return value;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => (healthy = false));
          throw error;
        } finally {
          client.release(!healthy);
        }
      }),
    );
    if (lastSeq) this.wakeUp.notify(lastSeq);
    return result;
  }

  /** A write that waited BUSY_TIMEOUT_MS for the lock fails alone with DATABASE_BUSY, as on SQLite. */
  async #busyAsDatabaseBusy<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      if (isLockTimeout(error)) throw new DatabaseBusyError();
      throw error;
    }
  }

  async readAfter(filter: EventFilter, afterSeq: number, limit: number): Promise<EventRow[]> {
    const where = whereClause(filter, 3);
    const { rows } = await this.#raw.query<RawEventRow>({
      text: `SELECT ${EVENT_COLUMNS} FROM "Event" WHERE "seq" > $1${where.sql} ORDER BY "seq" ASC LIMIT $2`,
      values: [afterSeq, limit, ...where.params],
      rowMode: 'array',
    });
    return rows.map(toEventRow);
  }

  async readBefore(filter: EventFilter, beforeSeq: number, limit: number): Promise<EventRow[]> {
    const where = whereClause(filter, 3);
    const { rows } = await this.#raw.query<RawEventRow>({
      text: `SELECT ${EVENT_COLUMNS} FROM "Event" WHERE "seq" < $1${where.sql} ORDER BY "seq" DESC LIMIT $2`,
      values: [beforeSeq, limit, ...where.params],
      rowMode: 'array',
    });
    return rows.map(toEventRow);
  }

  async countEvents(filter: EventFilter): Promise<number> {
    const where = whereClause(filter, 1);
    const { rows } = await this.#raw.query<{ n: string }>(`SELECT COUNT(*) AS n FROM "Event" WHERE TRUE${where.sql}`, where.params);
    return Number(rows[0]!.n);
  }

  async lastCommittedSeq(): Promise<number> {
    return maxSeq(this.#raw);
  }

  async prunedThrough(): Promise<number> {
    const { rows } = await this.#raw.query<{ value: string }>(`SELECT "value" FROM "Meta" WHERE "key" = 'prunedThrough'`);
    return rows[0] ? Number(rows[0].value) : 0;
  }

  async headSeq(): Promise<number> {
    const [last, pruned] = await Promise.all([this.lastCommittedSeq(), this.prunedThrough()]);
    return Math.max(last, pruned);
  }

  /** Under the write lock, so prunedThrough and the deletion are one step for every reader and writer. */
  async pruneBefore(cutoff: Date): Promise<number> {
    return this.#writes.run(async () => {
      const client = await this.#raw.connect();
      try {
        await client.query('BEGIN');
        await client.query(LOCK_WRITES);
        const { rows } = await client.query<{ last: string | null }>(`SELECT MAX("seq") AS "last" FROM "Event" WHERE "createdAt" < $1`, [utc(cutoff)]);
        const last = rows[0]?.last;
        if (last == null) {
          await client.query('COMMIT');
          return 0;
        }
        const deleted = await client.query(`DELETE FROM "Event" WHERE "seq" <= $1`, [last]);
        await client.query(
          `INSERT INTO "Meta" ("key", "value") VALUES ('prunedThrough', $1) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"`,
          [String(last)],
        );
        await client.query('COMMIT');
        return deleted.rowCount ?? 0;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    });
  }

  /** Only the leader (one instance per database) runs background jobs; the others skip them. */
  async runExclusive<T>(_name: string, fn: () => Promise<T>): Promise<T | undefined> {
    return this.#leadership.runExclusive(fn);
  }

  /** The database answers, every migration is applied, and this instance hears other instances' writes (LISTEN is connected). */
  async isReady(): Promise<boolean> {
    if (!this.#listener.connected) return false;
    try {
      const applied = await appliedPostgresMigrations(this.#raw);
      return postgresMigrationFolders().every((name) => applied.has(name));
    } catch {
      return false;
    }
  }

  isStorageFault(error: unknown): boolean {
    if (error instanceof DatabaseBusyError) return true;
    const code = String((error as { code?: unknown })?.code ?? '');
    // Connection loss (08…), resources such as a full disk (53…), operator intervention such as a
    // shutdown (57…), system and I/O errors (58…), serialization failures and deadlocks (40001, 40P01).
    return /^(08|53|57|58)/.test(code) || code === '40001' || code === '40P01' || ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'].includes(code);
  }

  async close(): Promise<void> {
    await this.#listener.stop();
    await this.#leadership.stop();
    await this.prisma.$disconnect();
    await this.#raw.end();
  }
}
