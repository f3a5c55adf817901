/**
 * How the SQLite store's rows look in SQLite: the event columns read in array mode, the timestamp
 * format Prisma stores, and Session rows shaped as Prisma's `Session` for hook ingest.
 */
import type { Session } from '../generated/prisma/client.ts';
import { eventRowOf, type ArrayEventRow } from './event-rows.ts';
import type { EventFilter, EventRow } from './types.ts';

export const EVENT_COLUMNS = `"seq", "kind", "projectId", "taskId", "subtaskId", "sessionId", "actor", "payload", "createdAt", "hookEvent", "toolName", "toolUseId", "agentId"`;

/** One row as SQLite returns it in array mode, in EVENT_COLUMNS order. */
export type RawEventRow = ArrayEventRow<number | bigint, string | number>;

export const toEventRow = (raw: RawEventRow): EventRow => eventRowOf(raw, isoTimestamp(raw[8]));

const STORED_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/;
/** Prisma's stored form (`…T03:04:05.678+00:00`) becomes `…T03:04:05.678Z` by text, without a Date per event. */
function isoTimestamp(stored: string | number): string {
  if (typeof stored === 'string' && STORED_UTC.test(stored)) return `${stored.slice(0, 23)}Z`;
  return new Date(typeof stored === 'string' ? stored : Number(stored)).toISOString();
}

/** The format Prisma stores DateTime columns in on SQLite (`2026-01-02T03:04:05.678+00:00`). */
export function storedTimestamp(date: Date): string {
  return date.toISOString().replace('Z', '+00:00');
}

export const storedOrNull = (date: Date | null) => (date ? storedTimestamp(date) : null);

/** The filter as ` AND …` conditions with their parameters, in order. */
export function whereClause(filter: EventFilter): { sql: string; params: unknown[] } {
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

const SESSION_DATE_COLUMNS = ['createdAt', 'updatedAt', 'startedAt', 'endedAt', 'lastEvidenceAt', 'statusObservedAt', 'needsInputSince'] as const;

function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  return new Date(typeof value === 'string' ? value : Number(value));
}

/** A raw Session row with the same shape and types as Prisma's `Session`, so the status machine works on either. */
export function toSession(raw: Record<string, unknown>): Session {
  const row = { ...raw } as Record<string, unknown>;
  for (const column of SESSION_DATE_COLUMNS) row[column] = toDate(raw[column]);
  return row as unknown as Session;
}
