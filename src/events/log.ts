/**
 * Reading the event log. Reads go through the raw `sqlite` connection (src/db.ts), which only
 * ever sees committed rows, so a reader can never deliver an event whose transaction later rolls back.
 * Because every write transaction is serialised (BEGIN IMMEDIATE on one writer), seq order is commit
 * order: once a reader has seen seq N, no event with a smaller seq can appear later.
 */
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { sqlite } from '../db.ts';
import { CursorError, decodeCursor, encodeCursor } from './cursor.ts';
import type { EventKind } from './kinds.ts';

export type EventFilter = {
  projectId?: string | null;
  taskId?: string | null;
  subtaskId?: string | null;
  sessionId?: string | null;
  kinds?: readonly string[] | null;
};

export type EventRow = {
  seq: number;
  kind: EventKind;
  projectId: string | null;
  taskId: string | null;
  subtaskId: string | null;
  sessionId: string | null;
  actor: string;
  payload: string;
  createdAt: Date;
};

type RawRow = Omit<EventRow, 'seq' | 'createdAt'> & { seq: number | bigint; createdAt: string | number };

const epochs = new WeakMap<Database.Database, string>();

/** The random id created with this database; every cursor carries it. */
export function currentEpoch(): string {
  const known = epochs.get(sqlite);
  if (known) return known;
  sqlite.prepare(`INSERT OR IGNORE INTO "Meta" ("key", "value") VALUES ('epoch', ?)`).run(randomUUID());
  const { value } = sqlite.prepare(`SELECT "value" FROM "Meta" WHERE "key" = 'epoch'`).get() as { value: string };
  epochs.set(sqlite, value);
  return value;
}

export function cursorFor(seq: number): string {
  return encodeCursor(currentEpoch(), seq);
}

/** The highest seq in the log (0 when empty), or the highest ever pruned if that is higher. */
export function headSeq(): number {
  const row = sqlite.prepare(`SELECT MAX("seq") AS head FROM "Event"`).get() as { head: number | bigint | null };
  return Math.max(Number(row.head ?? 0), prunedThrough());
}

function prunedThrough(): number {
  const row = sqlite.prepare(`SELECT "value" FROM "Meta" WHERE "key" = 'prunedThrough'`).get() as { value: string } | undefined;
  return row ? Number(row.value) : 0;
}

/**
 * Turns a client's cursor into the seq to read after.
 * @throws CursorError CURSOR_INVALID (malformed), CURSOR_UNKNOWN (another database), CURSOR_EXPIRED (pruned).
 */
export function seqAfterCursor(cursor: string): number {
  const { epoch, seq } = decodeCursor(cursor);
  if (epoch !== currentEpoch()) {
    throw new CursorError(
      'CURSOR_UNKNOWN',
      'The cursor belongs to another database (it was recreated or restored): re-read current state, then subscribe without a cursor.',
    );
  }
  if (seq < prunedThrough()) {
    throw new CursorError(
      'CURSOR_EXPIRED',
      'Events after this cursor were pruned by the retention policy: re-read current state, then subscribe without a cursor.',
    );
  }
  if (seq > headSeq()) {
    throw new CursorError('CURSOR_UNKNOWN', 'The cursor points past the end of this log: it does not come from this database.');
  }
  return seq;
}

function whereClause(filter: EventFilter): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const column of ['projectId', 'taskId', 'subtaskId', 'sessionId'] as const) {
    const value = filter[column];
    if (value) {
      parts.push(`"${column}" = ?`);
      params.push(value);
    }
  }
  if (filter.kinds?.length) {
    parts.push(`"kind" IN (${filter.kinds.map(() => '?').join(', ')})`);
    params.push(...filter.kinds);
  }
  return { sql: parts.length ? ` AND ${parts.join(' AND ')}` : '', params };
}

function toRow(raw: RawRow): EventRow {
  return { ...raw, seq: Number(raw.seq), createdAt: new Date(typeof raw.createdAt === 'string' ? raw.createdAt : Number(raw.createdAt)) };
}

const COLUMNS = `"seq", "kind", "projectId", "taskId", "subtaskId", "sessionId", "actor", "payload", "createdAt"`;

/** Up to `limit` matching events with seq > afterSeq, oldest first. */
export function readAfter(filter: EventFilter, afterSeq: number, limit: number): EventRow[] {
  const where = whereClause(filter);
  return (
    sqlite
      .prepare(`SELECT ${COLUMNS} FROM "Event" WHERE "seq" > ?${where.sql} ORDER BY "seq" ASC LIMIT ?`)
      .all(afterSeq, ...where.params, limit) as RawRow[]
  ).map(toRow);
}

/** Up to `limit` matching events with seq < beforeSeq, newest first (history pages backwards). */
export function readBefore(filter: EventFilter, beforeSeq: number, limit: number): EventRow[] {
  const where = whereClause(filter);
  return (
    sqlite
      .prepare(`SELECT ${COLUMNS} FROM "Event" WHERE "seq" < ?${where.sql} ORDER BY "seq" DESC LIMIT ?`)
      .all(beforeSeq, ...where.params, limit) as RawRow[]
  ).map(toRow);
}

export function countEvents(filter: EventFilter): number {
  const where = whereClause(filter);
  const row = sqlite.prepare(`SELECT COUNT(*) AS n FROM "Event" WHERE 1 = 1${where.sql}`).get(...where.params) as { n: number | bigint };
  return Number(row.n);
}

/**
 * Deletes events older than `cutoff` and records the highest pruned seq, so cursors at or before
 * it fail with CURSOR_EXPIRED instead of silently skipping. Returns the number of deleted events.
 */
export function pruneBefore(cutoff: Date): number {
  return sqlite.transaction(() => {
    const row = sqlite.prepare(`SELECT MAX("seq") AS last FROM "Event" WHERE "createdAt" < ?`).get(cutoff.toISOString()) as {
      last: number | bigint | null;
    };
    if (row.last == null) return 0;
    const last = Number(row.last);
    const { changes } = sqlite.prepare(`DELETE FROM "Event" WHERE "seq" <= ?`).run(last);
    sqlite
      .prepare(`INSERT INTO "Meta" ("key", "value") VALUES ('prunedThrough', ?) ON CONFLICT("key") DO UPDATE SET "value" = excluded."value"`)
      .run(String(last));
    return changes;
  }).immediate();
}
