/**
 * The Session rows hook ingest reads and writes inside its raw write transaction (withRawEvents):
 * the one hot path that takes a domain table off Prisma, because it runs for every hook event.
 * Rows come back with the same shape and types as Prisma's `Session`, so the status machine and
 * src/hooks/store.ts work on either. Raw SQL lives here, with the event log's, so a PostgreSQL port
 * has one folder to rewrite.
 */
import type { Session } from '../generated/prisma/client.ts';
import { statement, storedTimestamp } from './log.ts';

const DATE_COLUMNS = ['createdAt', 'updatedAt', 'startedAt', 'endedAt', 'lastEvidenceAt', 'statusObservedAt', 'needsInputSince'] as const;

/** Columns the status machine writes (src/hooks/store.ts rowOf). */
export type SessionStateColumns = Pick<
  Session,
  | 'status'
  | 'baseStatus'
  | 'agentSessionId'
  | 'cwd'
  | 'startedAt'
  | 'endedAt'
  | 'lastEvidenceAt'
  | 'statusObservedAt'
  | 'needsInputSince'
  | 'needsInputKind'
  | 'needsInputMessage'
  | 'derived'
>;

function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  return new Date(typeof value === 'string' ? value : Number(value));
}

function toSession(raw: Record<string, unknown>): Session {
  const row = { ...raw } as Record<string, unknown>;
  for (const column of DATE_COLUMNS) row[column] = toDate(raw[column]);
  return row as unknown as Session;
}

const stored = (date: Date | null) => (date ? storedTimestamp(date) : null);

/** The sessions with these ids (missing ids are simply absent). */
export function loadSessions(ids: string[]): Session[] {
  if (ids.length === 0) return [];
  const rows = statement(`SELECT * FROM "Session" WHERE "id" IN (${ids.map(() => '?').join(', ')})`).all(...ids) as Record<string, unknown>[];
  return rows.map(toSession);
}

/** Whether the agent session id is already used by a session of another project. */
export function agentSessionInOtherProject(agentSessionId: string, projectId: string): boolean {
  return statement(`SELECT 1 FROM "Session" WHERE "agentSessionId" = ? AND "projectId" <> ? LIMIT 1`).get(agentSessionId, projectId) !== undefined;
}

/** Which of these idempotency keys the log already holds. */
export function knownIdempotencyKeys(keys: string[]): Set<string> {
  if (keys.length === 0) return new Set();
  const rows = statement(`SELECT "idempotencyKey" AS "key" FROM "Event" WHERE "idempotencyKey" IN (${keys.map(() => '?').join(', ')})`).all(...keys) as {
    key: string;
  }[];
  return new Set(rows.map((r) => r.key));
}

/** Writes the status machine's columns (and updatedAt, as Prisma's @updatedAt would). */
export function saveSessionState(id: string, state: SessionStateColumns): void {
  statement(
    `UPDATE "Session" SET "status" = ?, "baseStatus" = ?, "agentSessionId" = ?, "cwd" = ?, "startedAt" = ?, "endedAt" = ?,
      "lastEvidenceAt" = ?, "statusObservedAt" = ?, "needsInputSince" = ?, "needsInputKind" = ?, "needsInputMessage" = ?,
      "derived" = ?, "updatedAt" = ? WHERE "id" = ?`,
  ).run(
    state.status,
    state.baseStatus,
    state.agentSessionId,
    state.cwd,
    stored(state.startedAt),
    stored(state.endedAt),
    stored(state.lastEvidenceAt),
    stored(state.statusObservedAt),
    stored(state.needsInputSince),
    state.needsInputKind,
    state.needsInputMessage,
    state.derived,
    storedTimestamp(new Date()),
    id,
  );
}
