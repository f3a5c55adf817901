/** What the session commands share: the status list and the one-line renderings. */
import { shortTime, table, truncate } from '../lib/output.ts';
import type { SessionStatus } from '../gql/graphql.ts';

export const SESSION_STATUSES = ['STARTING', 'IDLE', 'WORKING', 'NEEDS_INPUT', 'ENDED', 'FAILED', 'STALE'] as const satisfies readonly SessionStatus[];
type Covers<All extends string, Listed extends readonly string[]> = [Exclude<All, Listed[number]>] extends [never] ? true : false;
const covered: Covers<SessionStatus, typeof SESSION_STATUSES> = true;
void covered;

export type SessionRow = {
  id: string;
  name: string;
  role: string;
  status: string;
  toolCallCount: number;
  lastEvidenceAt?: string | null;
  needsInput?: { kind: string; message: string } | null;
};

export function sessionTable(sessions: readonly SessionRow[]): string {
  if (sessions.length === 0) return 'No sessions.';
  return table(
    ['ID', 'STATUS', 'NAME', 'ROLE', 'TOOLS', 'LAST EVENT', 'WAITING ON'],
    sessions.map((s) => [
      s.id,
      s.status === 'NEEDS_INPUT' ? '!! NEEDS_INPUT' : s.status,
      truncate(s.name || '-', 30),
      s.role,
      String(s.toolCallCount),
      shortTime(s.lastEvidenceAt),
      s.needsInput ? truncate(s.needsInput.message, 60) : '',
    ]),
  );
}

type FeedEvent = { seq: number; kind: string; createdAt: string; payload: unknown };

/** One line of a session's live feed: a hook event or a status change. */
export function feedLine(event: FeedEvent): string {
  const time = event.createdAt.slice(11, 19);
  const p = (event.payload ?? {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  if (event.kind === 'SESSION_STATUS_CHANGED') return `${String(event.seq).padStart(6)}  ${time}  status ${str(p['from'])} → ${str(p['to'])}  (${str(p['reason'])})`;
  if (event.kind !== 'HOOK_RECEIVED') return `${String(event.seq).padStart(6)}  ${time}  ${event.kind}`;
  const input = (p['tool_input'] ?? {}) as Record<string, unknown>;
  const detail = str(input['command']) || str(input['file_path']) || str(input['pattern']) || str(input['description']) || str(p['prompt']) || str(p['message']) || str(p['last_assistant_message']) || str(p['source']) || str(p['reason']);
  const duration = typeof p['duration_ms'] === 'number' ? ` ${p['duration_ms']} ms` : '';
  const agent = str(p['agent_id']) ? ` [${str(p['agent_id'])}]` : '';
  return [String(event.seq).padStart(6), time, str(p['hook_event_name']).padEnd(18), str(p['tool_name']), truncate(detail, 80) + duration + agent].filter(Boolean).join('  ');
}
