/** Every session, newest first, with live status badges; NEEDS_INPUT rows stand out. */
import { useCallback, useId, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql/index.ts';
import type { SessionStatus } from '../../gql/graphql.ts';
import { ErrorMessage, Loading } from '../../lib/errors.tsx';
import { Link, projectPath, sessionPath } from '../../lib/router.tsx';
import { useKeptData } from '../../lib/useKeptData.ts';
import { useEventRefresh } from '../activity/useEventRefresh.ts';
import { formatTime } from '../tasks/TaskItem.tsx';
import { SESSION_EVENT_KINDS, SESSION_STATUSES, SESSION_STATUS_LABELS } from './labels.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { useDocumentTitle } from '../../lib/title.ts';

const PAGE_SIZE = 100;

export const SessionSummaryFields = graphql(`
  fragment WebSessionSummaryFields on Session {
    id
    name
    role
    status
    createdAt
    lastEvidenceAt
    toolCallCount
    failures
    needsInput {
      kind
      message
      since
    }
    project {
      id
      name
    }
  }
`);

const SessionsQuery = graphql(`
  query WebSessions($first: Int!, $status: SessionStatus, $projectId: ID, $taskId: ID) {
    sessions(first: $first, status: $status, projectId: $projectId, taskId: $taskId) {
      totalCount
      edges {
        node {
          ...WebSessionSummaryFields
        }
      }
    }
  }
`);

const context = { additionalTypenames: ['Session'] };

export function SessionsPage() {
  useDocumentTitle('Sessions');
  return (
    <>
      <header className="page-head">
        <h1>Sessions</h1>
      </header>
      <SessionList />
    </>
  );
}

/** The sessions list; `projectId`/`taskId` narrow it (a task's sessions). */
export function SessionList({ projectId = null, taskId = null, heading = 'All sessions' }: { projectId?: string | null; taskId?: string | null; heading?: string }) {
  const id = useId();
  const [status, setStatus] = useState<SessionStatus | ''>('');
  const variables = { first: PAGE_SIZE, status: status || null, projectId, taskId };
  const [{ data: answer, error, fetching }, reexecute] = useQuery({ query: SessionsQuery, variables, context: useMemo(() => context, []) });
  // A refresh that fails (server down) keeps the list shown, per filter (a new filter shows its own).
  const kept = useKeptData(answer ? { key: JSON.stringify(variables), answer } : undefined);
  const data = answer ?? (kept?.key === JSON.stringify(variables) ? kept.answer : undefined);
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const filter = useMemo(() => ({ kinds: SESSION_EVENT_KINDS, ...(projectId ? { projectId } : {}) }), [projectId]);
  useEventRefresh({ filter, onChange: refresh });

  let body;
  if (error && !data) body = <ErrorMessage error={error} title="Could not load sessions" />;
  else if (!data) body = <Loading label="Loading sessions…" />;
  else if (data.sessions.edges.length === 0) body = <p className="muted">{status ? `No sessions with status “${SESSION_STATUS_LABELS[status]}”.` : 'No sessions yet.'}</p>;
  else
    body = (
      <>
        <ul className="session-list" aria-label="Sessions">
          {data.sessions.edges.map(({ node: s }) => {
            const nameId = `${id}-${s.id}`;
            return (
              <li key={s.id} className={`session-item${s.status === 'NEEDS_INPUT' ? ' attention' : ''}`} aria-labelledby={nameId} data-status={s.status}>
                <div className="task-head">
                  <Link to={sessionPath(s.id)} className="session-name">
                    <span id={nameId}>{s.name || s.id}</span>
                  </Link>
                  <StatusBadge status={s.status} needsInput={s.needsInput} />
                  <span className="badge">{s.role === 'ORCHESTRATOR' ? 'Orchestrator' : 'Worker'}</span>
                </div>
                {s.needsInput && (
                  <p className="needs-input">
                    Waiting since {formatTime(s.needsInput.since)}: {s.needsInput.message || s.needsInput.kind.toLowerCase()}
                  </p>
                )}
                <p className="muted small-text">
                  {!projectId && (
                    <>
                      <Link to={projectPath(s.project.id)}>{s.project.name}</Link> ·{' '}
                    </>
                  )}
                  {s.toolCallCount} tool call{s.toolCallCount === 1 ? '' : 's'}
                  {s.failures > 0 && ` · ${s.failures} failed`} · created {formatTime(s.createdAt)}
                  {s.lastEvidenceAt && ` · last heard ${formatTime(s.lastEvidenceAt)}`}
                </p>
              </li>
            );
          })}
        </ul>
        <p className="muted" role="status">
          {fetching ? 'Refreshing…' : `${data.sessions.totalCount} session${data.sessions.totalCount === 1 ? '' : 's'}`}
        </p>
      </>
    );

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <div className="section-head">
        <h2 id={`${id}-heading`}>{heading}</h2>
        <div className="inline-field">
          <label htmlFor={`${id}-status`}>Filter by status</label>
          <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as SessionStatus | '')}>
            <option value="">All statuses</option>
            {SESSION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {SESSION_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {body}
    </section>
  );
}
