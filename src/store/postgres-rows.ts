/**
 * How the PostgreSQL store's rows look in PostgreSQL: the event columns read in array mode, the
 * filter as `$n` conditions, and Session rows shaped as Prisma's `Session` for hook ingest.
 *
 * Prisma stores DateTime as `timestamp(3)` (without time zone) holding UTC. pg would parse such a
 * value as *local* time, so the store's pools parse it as UTC (UTC_TYPES), and the event log reads
 * `createdAt` already formatted as ISO-8601 by the server (no Date per event on a replay).
 */
import pg from 'pg';
import type { Session } from '../generated/prisma/client.ts';
import { eventRowOf, type ArrayEventRow } from './event-rows.ts';
import type { EventFilter, EventRow } from './types.ts';

const TIMESTAMP_OID = 1114;

/** pg type parsers for the store's own pools: `timestamp` columns are UTC. */
export const UTC_TYPES = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === TIMESTAMP_OID && format !== 'binary') return (value: string) => new Date(`${value.replace(' ', 'T')}Z`);
    return pg.types.getTypeParser(oid, format as 'text');
  }) as typeof pg.types.getTypeParser,
};

export const EVENT_COLUMNS = `"seq", "kind", "projectId", "taskId", "subtaskId", "sessionId", "actor", "payload",
  to_char("createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt", "hookEvent", "toolName", "toolUseId", "agentId"`;

/** One row as pg returns it in array mode, in EVENT_COLUMNS order: int8 (BIGSERIAL) seq as text, createdAt formatted by EVENT_COLUMNS. */
export type RawEventRow = ArrayEventRow<string, string>;

export const toEventRow = (raw: RawEventRow): EventRow => eventRowOf(raw, raw[8]);

/** The filter as ` AND …` conditions numbered from `$<first>`, with their parameters in order. */
export function whereClause(filter: EventFilter, first: number): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const column of ['projectId', 'taskId', 'subtaskId', 'sessionId'] as const) {
    const value = filter[column];
    if (value) {
      params.push(value);
      parts.push(`"${column}" = $${first + params.length - 1}`);
    }
  }
  if (filter.kinds?.length) {
    params.push([...filter.kinds]);
    parts.push(`"kind" = ANY($${first + params.length - 1}::text[])`);
  }
  return { sql: parts.length ? ` AND ${parts.join(' AND ')}` : '', params };
}

/** A Session row (read with UTC_TYPES, so its timestamps are Dates already) typed as Prisma's `Session`. */
export const toSession = (raw: Record<string, unknown>): Session => raw as unknown as Session;
