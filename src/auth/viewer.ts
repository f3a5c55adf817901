/**
 * Who is asking: one Viewer per request, resolved from every credential source the request has
 * (HTTP Authorization, graphql-ws connectionParams, the WebSocket upgrade request's headers, SSE's
 * Authorization). Authorization (src/auth/scopes.ts) only ever looks at the Viewer.
 *
 * - operator: the local user (no server token configured, loopback only) or the holder of the
 *   server token (`--auth-token`). Admin.
 * - session: a live session's token (`mst_…`). Confined to its project (see scopes.ts).
 * - otherwise the request is refused as UNAUTHENTICATED before any operation runs.
 *
 * A session token always identifies the session, even on a server without a server token: a
 * session must never be promoted to operator by omission. An ended session's token is refused.
 */
import { timingSafeEqual } from 'node:crypto';
import { toGlobalId } from '../schema/ids.ts';
import { bearerToken } from '../security.ts';
import { isSessionToken, sessionCredential } from '../services/sessions.ts';
import type { SessionRole } from '../services/sessions.ts';
import type { Store } from '../store/types.ts';

export type OperatorViewer = { kind: 'operator'; /** Free-form label from X-Maestro-Actor (e.g. "alice"); recorded as `operator:<label>`. */ label: string | null };
export type SessionViewer = { kind: 'session'; sessionId: string; projectId: string; role: SessionRole };
export type Viewer = OperatorViewer | SessionViewer;

export type Refusal = { refused: string };

/** The credentials a request carries, whatever its protocol. */
export type Credentials = {
  /** Authorization values in order of precedence (connection param first, then headers); the first non-empty wins. */
  authorization: readonly unknown[];
  /** X-Maestro-Actor header or `actor` connection param, if any. */
  label: unknown;
};

const LABEL_MAX = 200;

function sameSecret(expected: string, given: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function labelOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // "operator:alice" and "alice" both mean the label alice (the prefix is added once, when recorded).
  const label = value.trim().replace(/^operator:/i, '').trim().slice(0, LABEL_MAX);
  return label || null;
}

/**
 * Resolves the Viewer. Never throws for bad credentials: a Refusal carries the message to answer
 * with (HTTP 401, graphql-ws close 4401, or an UNAUTHENTICATED GraphQL error).
 */
export async function resolveViewer(store: Store, serverToken: string | null, credentials: Credentials): Promise<Viewer | Refusal> {
  const token = credentials.authorization.map(bearerToken).find((t) => t !== null) ?? null;
  if (token !== null && isSessionToken(token)) {
    const session = await sessionCredential(store, token);
    if (!session) return { refused: 'Unknown session token: use the token createSession or spawnSession returned.' };
    if (session.ended) {
      return { refused: `Session ${toGlobalId('Session', session.id)} has ended (${session.status}): its token no longer works.` };
    }
    return { kind: 'session', sessionId: session.id, projectId: session.projectId, role: session.role };
  }
  if (serverToken === null) return { kind: 'operator', label: labelOf(credentials.label) };
  if (token !== null && sameSecret(serverToken, token)) return { kind: 'operator', label: labelOf(credentials.label) };
  return { refused: 'Missing or wrong bearer token: send "Authorization: Bearer <token>".' };
}

export function isRefusal(value: Viewer | Refusal): value is Refusal {
  return 'refused' in value;
}

/**
 * What every event records as its actor. A session is always `session:<global id>` (a label cannot
 * override it); the operator is `operator`, or `operator:<label>` when the client names itself.
 */
export function actorOf(viewer: Viewer): string {
  if (viewer.kind === 'session') return `session:${toGlobalId('Session', viewer.sessionId)}`;
  return viewer.label ? `operator:${viewer.label}` : 'operator';
}
