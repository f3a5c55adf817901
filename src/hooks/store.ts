/**
 * Between Session rows and the status machine's SessionState, and the one way a status change is
 * recorded: the row update and its SESSION_STATUS_CHANGED event go into the caller's transaction.
 */
import type { Emit, NewEvent, Tx } from '../store/types.ts';
import type { Session } from '../generated/prisma/client.ts';
import { parseDerived, type BaseStatus, type Derived, type NeedsInputKind, type SessionState, type SessionStatus, type StatusChange } from './state.ts';

/** The row as a SessionState; `derived` may be passed when the caller already holds the parsed column. */
export function stateOf(row: Session, derived: Derived = parseDerived(row.derived)): SessionState {
  return {
    status: row.status as SessionStatus,
    baseStatus: row.baseStatus as BaseStatus,
    agentSessionId: row.agentSessionId,
    cwd: row.cwd,
    startedAt: row.startedAt,
    endedAt: row.endedAt,
    lastEvidenceAt: row.lastEvidenceAt,
    statusObservedAt: row.statusObservedAt,
    needsInput:
      row.needsInputSince && row.needsInputKind
        ? { since: row.needsInputSince.toISOString(), kind: row.needsInputKind as NeedsInputKind, message: row.needsInputMessage ?? '' }
        : null,
    derived,
  };
}

export function rowOf(state: SessionState) {
  return {
    status: state.status,
    baseStatus: state.baseStatus,
    agentSessionId: state.agentSessionId,
    cwd: state.cwd,
    startedAt: state.startedAt,
    endedAt: state.endedAt,
    lastEvidenceAt: state.lastEvidenceAt,
    statusObservedAt: state.statusObservedAt,
    needsInputSince: state.needsInput ? new Date(state.needsInput.since) : null,
    needsInputKind: state.needsInput?.kind ?? null,
    needsInputMessage: state.needsInput?.message ?? null,
    derived: JSON.stringify(state.derived),
  };
}

/** SESSION_STATUS_CHANGED naming the evidence event (null for silence or a process exit). */
export function statusChangeEvent(
  session: { id: string; projectId: string },
  change: StatusChange,
  evidenceSeq: number | null,
  hookEvent: string | null,
): NewEvent {
  return {
    kind: 'SESSION_STATUS_CHANGED',
    projectId: session.projectId,
    sessionId: session.id,
    payload: { sessionId: session.id, from: change.from, to: change.to, reason: change.reason, evidenceSeq, hookEvent },
  };
}

/** Sets a status outside the hook path (silence, process exit) and records the change. */
export async function forceStatus(
  tx: Tx,
  emit: Emit,
  row: Session,
  to: SessionStatus,
  reason: string,
  at = new Date(),
): Promise<boolean> {
  if (row.status === to) return false;
  const data: Partial<Session> = { status: to };
  if (to !== 'STALE') {
    data.baseStatus = to;
    data.statusObservedAt = at;
    data.needsInputSince = null;
    data.needsInputKind = null;
    data.needsInputMessage = null;
    if (to === 'ENDED' || to === 'FAILED') data.endedAt = row.endedAt ?? at;
  }
  await tx.session.update({ where: { id: row.id }, data });
  await emit(statusChangeEvent(row, { from: row.status as SessionStatus, to, reason }, null, null));
  return true;
}
