/**
 * One session: why it failed (first, when it did), its status (live), what it works on, a
 * timeline of its tool calls, calls per tool, files touched, subagents, its skills, and its hook
 * feed, live, with Pre/Post tool calls collapsed into one row with their duration, filterable by
 * event and tool.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql/index.ts';
import type { WebSessionQuery } from '../../gql/graphql.ts';
import { describeRequestError, ErrorMessage, Loading } from '../../lib/errors.tsx';
import { Link, projectPath, taskPath } from '../../lib/router.tsx';
import { formatTime } from '../tasks/TaskItem.tsx';
import { formatDuration, pairToolCalls, rowMatches, type FeedFilter, type FeedRow, type HookEvent } from './pairs.ts';
import { FailureSummary, FilesTouched, Subagents, ToolCallTable } from './SessionFacts.tsx';
import { SessionTimeline } from './SessionTimeline.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { useSessionFeed } from './useSessionFeed.ts';
import { useDocumentTitle } from '../../lib/title.ts';

const SessionQuery = graphql(`
  query WebSession($id: ID!) {
    session(id: $id) {
      id
      name
      role
      status
      cwd
      agentSessionId
      model
      createdAt
      startedAt
      endedAt
      lastEvidenceAt
      toolCallCount
      failures
      pendingToolCalls
      refusedToolCalls
      permissionRequests
      toolCalls {
        tool
        calls
        completed
        failures
        totalDurationMs
      }
      filesTouched {
        written
        onlyRead
      }
      subagents {
        agentId
        agentType
        running
        toolCalls
        failures
        lastAssistantMessage
      }
      lastPrompt
      lastAssistantMessage
      lastError {
        at
        error
        details
        message
      }
      needsInput {
        kind
        message
        since
      }
      project {
        id
        name
      }
      tasks(first: 20) {
        edges {
          node {
            id
            title
          }
        }
      }
      skills {
        name
        version
        scope
        reason
        contentHash
      }
      spawn {
        state
        agent
        pid
        exitCode
        exitSignal
        outputTail
        stopRequestedAt
        launchedAt
        exitedAt
        worktree {
          path
          branch
          removedAt
        }
      }
    }
  }
`);

const StopSessionMutation = graphql(`
  mutation WebStopSession($input: StopSessionInput!) {
    stopSession(input: $input) {
      __typename
      ... on StopSessionPayload {
        session {
          id
          status
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

/** Status changes arriving in a burst cause one re-read. */
const REFRESH_DEBOUNCE_MS = 100;

export function SessionPage({ id }: { id: string }) {
  const [{ data, error }, reexecute] = useQuery({ query: SessionQuery, variables: { id } });
  useDocumentTitle(data ? (data.session ? `Session ${data.session.name || 'unnamed'}` : 'Session not found') : 'Session');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const refresh = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => reexecute({ requestPolicy: 'network-only' }), REFRESH_DEBOUNCE_MS);
  }, [reexecute]);
  const feed = useSessionFeed(id, refresh);
  // Hook events change counters and the last prompt too.
  const hookCount = feed.events.length;
  useEffect(() => {
    if (hookCount > 0) refresh();
  }, [hookCount, refresh]);

  const back = (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <Link to="/sessions">← All sessions</Link>
    </nav>
  );
  if (error && !data) {
    return (
      <>
        {back}
        <ErrorMessage error={error} title="Could not load the session" />
      </>
    );
  }
  if (!data) return <Loading label="Loading session…" />;
  if (!data.session) {
    return (
      <>
        {back}
        <ErrorMessage error={`No session with id ${id}.`} title="Session not found" />
      </>
    );
  }
  const s = data.session;
  const live = s.status !== 'ENDED' && s.status !== 'FAILED';
  return (
    <>
      {back}
      <FailureSummary session={s} lastFailedCall={lastFailedCall(feed.events)} />
      <header className="page-head">
        <h1>
          {s.name || s.id} <StatusBadge status={s.status} needsInput={s.needsInput} />
        </h1>
        {s.needsInput && (
          <p className="needs-input" role="status">
            Waiting for input since {formatTime(s.needsInput.since)}: {s.needsInput.message || s.needsInput.kind.toLowerCase()}
          </p>
        )}
        {s.lastError && (
          <p className="last-error" aria-label="Last error">
            A turn ended on an API error at {formatTime(s.lastError.at)}: {s.lastError.error}
            {s.lastError.details && ` (${s.lastError.details})`}
            {s.lastError.message && ` — ${s.lastError.message}`}
          </p>
        )}
        <p className="muted">
          {s.role === 'ORCHESTRATOR' ? 'Orchestrator' : 'Worker'} in <Link to={projectPath(s.project.id)}>{s.project.name}</Link>
          {s.cwd && (
            <>
              {' '}
              · <code>{s.cwd}</code>
            </>
          )}
          {s.model && ` · ${s.model}`} · {s.toolCallCount} tool call{s.toolCallCount === 1 ? '' : 's'}
          {s.failures > 0 && `, ${s.failures} failed`}
        </p>
        {s.spawn && <SpawnInfo sessionId={s.id} spawn={s.spawn} />}
        {s.tasks.edges.length > 0 && (
          <p>
            Tasks:{' '}
            {s.tasks.edges.map(({ node }, index) => (
              <span key={node.id}>
                {index > 0 && ', '}
                <Link to={taskPath(node.id)}>{node.title}</Link>
              </span>
            ))}
          </p>
        )}
      </header>
      <div className="project-layout">
        <div className="main-column">
          <SessionTimeline events={feed.events} live={live} />
          <HookFeed feed={feed} />
        </div>
        <aside className="side-column">
          <ToolCallTable session={s} />
          <FilesTouched session={s} />
          <Subagents session={s} />
          <section className="card" aria-labelledby="skills-heading">
            <h2 id="skills-heading">Skills</h2>
            {s.skills.length === 0 ? (
              <p className="muted">None recorded (only spawned sessions get skills).</p>
            ) : (
              <ul className="skill-list" aria-label="Session skills">
                {s.skills.map((skill) => (
                  <li key={skill.name} title={`sha256 ${skill.contentHash}`}>
                    <strong>{skill.name}</strong> <span className="skill-version">{skill.version}</span>
                    <span className="muted small-text">
                      {' '}
                      · {skill.scope.toLowerCase()}
                      {skill.reason && ` · ${skill.reason}`}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </aside>
      </div>
    </>
  );
}

/** The newest PostToolUseFailure: its tool and error text, for the failure summary. */
function lastFailedCall(events: readonly HookEvent[]): { toolName: string; error: string } | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.hookEvent !== 'PostToolUseFailure') continue;
    const error = (e.payload as { error?: unknown } | null)?.error;
    return { toolName: e.toolName ?? 'tool', error: typeof error === 'string' ? error : 'failed' };
  }
  return null;
}

type Spawn = NonNullable<NonNullable<WebSessionQuery['session']>['spawn']>;

/** Launch details of a spawned session, and the stop button while its process may run. */
function SpawnInfo({ sessionId, spawn }: { sessionId: string; spawn: Spawn }) {
  const [{ fetching }, stopSession] = useMutation(StopSessionMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const running = spawn.state !== 'EXITED';

  async function stop() {
    const result = await stopSession({ input: { id: sessionId } });
    const outcome = result.data?.stopSession;
    if (result.error) setProblem(describeRequestError(result.error));
    else if (outcome && outcome.__typename !== 'StopSessionPayload') setProblem(outcome.message);
    else setProblem(null);
  }

  return (
    <div className="spawn-info">
      <p className="muted">
        Spawned · <span data-spawn-state={spawn.state}>{spawn.state.toLowerCase()}</span>
        {spawn.pid != null && ` · pid ${spawn.pid}`}
        {spawn.exitCode != null && ` · exit code ${spawn.exitCode}`}
        {spawn.exitSignal && ` · ${spawn.exitSignal}`}
        {spawn.agent && (
          <>
            {' '}
            · agent <code>{spawn.agent}</code>
          </>
        )}
      </p>
      {spawn.worktree && (
        <p className="muted" aria-label="Worktree">
          Worktree <code>{spawn.worktree.path}</code> on branch <code>{spawn.worktree.branch}</code>
          {spawn.worktree.removedAt && ' (removed)'}
        </p>
      )}
      {running && (
        <button type="button" className="secondary danger" onClick={() => void stop()} disabled={fetching || !!spawn.stopRequestedAt}>
          {spawn.stopRequestedAt ? 'Stopping…' : 'Stop session'}
        </button>
      )}
      {problem && (
        <p className="error" role="alert">
          Could not stop it: {problem}
        </p>
      )}
      {!running && spawn.outputTail && (
        <details>
          <summary>Last output</summary>
          <pre className="output-tail">{spawn.outputTail}</pre>
        </details>
      )}
    </div>
  );
}

function HookFeed({ feed }: { feed: ReturnType<typeof useSessionFeed> }) {
  const id = useId();
  const [filter, setFilter] = useState<FeedFilter>({ hookEvent: '', tool: '' });
  const rows = useMemo(() => pairToolCalls(feed.events), [feed.events]);
  const names = useMemo(() => options(feed.events.map((e) => e.hookEvent), filter.hookEvent), [feed.events, filter.hookEvent]);
  const tools = useMemo(() => options(feed.events.map((e) => e.toolName), filter.tool), [feed.events, filter.tool]);
  const shown = rows.filter((row) => rowMatches(row, filter)).reverse();

  let body;
  if (feed.error && feed.loading) body = <ErrorMessage error={feed.error} title="Could not load hook events" />;
  else if (feed.loading) body = <Loading label="Loading hook events…" />;
  else if (feed.events.length === 0) body = <p className="muted">No hook events yet.</p>;
  else if (shown.length === 0) body = <p className="muted">No hook events match the filters.</p>;
  else
    body = (
      <ol className="event-list hook-feed" aria-label="Hook events">
        {shown.map((row) => (
          <FeedRowItem key={row.key} row={row} />
        ))}
      </ol>
    );

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <div className="section-head">
        <h2 id={`${id}-heading`}>Hook events</h2>
      </div>
      <div className="filters">
        <div className="inline-field">
          <label htmlFor={`${id}-event`}>Event</label>
          <select id={`${id}-event`} value={filter.hookEvent} onChange={(e) => setFilter((f) => ({ ...f, hookEvent: e.target.value }))}>
            <option value="">All events</option>
            {names.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="inline-field">
          <label htmlFor={`${id}-tool`}>Tool</label>
          <select id={`${id}-tool`} value={filter.tool} onChange={(e) => setFilter((f) => ({ ...f, tool: e.target.value }))}>
            <option value="">All tools</option>
            {tools.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {feed.olderCount > 0 && <p className="muted small-text">{feed.olderCount} older events not shown.</p>}
      {body}
    </section>
  );
}

function options(values: (string | null | undefined)[], selected: string): string[] {
  const set = new Set(values.filter((v): v is string => !!v));
  if (selected) set.add(selected);
  return [...set].sort();
}

function FeedRowItem({ row }: { row: FeedRow }) {
  if (row.type === 'tool') {
    const first = (row.pre ?? row.post)!;
    const label = row.outcome === 'running' ? 'running' : row.outcome === 'ok' ? 'ok' : 'failed';
    return (
      <li className={`event hook-row tool-${row.outcome}`} data-seq={first.seq} data-kind="tool-call" data-tool-use-id={row.toolUseId}>
        <span className="event-kind">{row.toolName || 'tool'}</span>
        <span className="hook-detail">{detailOf(first)}</span>
        <span className={`tool-outcome outcome-${row.outcome}`}>{label}</span>
        {row.durationMs !== null && <span className="tool-duration">{formatDuration(row.durationMs)}</span>}
        <span className="event-meta">
          {[row.pre, row.post]
            .filter((e): e is HookEvent => e !== null)
            .map((e) => `${e.hookEvent} #${e.seq}`)
            .join(' → ')}{' '}
          · {new Date(first.createdAt).toLocaleTimeString()}
        </span>
      </li>
    );
  }
  const e = row.event;
  return (
    <li className="event hook-row" data-seq={e.seq} data-kind={e.hookEvent ?? ''}>
      <span className="event-kind">{e.hookEvent ?? 'unknown'}</span>
      {e.toolName && <span className="badge">{e.toolName}</span>}
      <span className="hook-detail">{detailOf(e)}</span>
      <span className="event-meta">
        #{e.seq} · {new Date(e.createdAt).toLocaleTimeString()}
      </span>
    </li>
  );
}

/** One line about a hook event: the command, file, prompt or message it carries. */
export function detailOf(event: HookEvent): string {
  const p = (event.payload && typeof event.payload === 'object' ? event.payload : {}) as Record<string, unknown>;
  const input = (p.tool_input && typeof p.tool_input === 'object' ? p.tool_input : {}) as Record<string, unknown>;
  const candidates = [input.command, input.file_path, input.pattern, input.description, input.prompt, p.prompt, p.message, p.reason, p.source, p.agent_type, p.error];
  const text = candidates.find((c): c is string => typeof c === 'string' && c.length > 0) ?? '';
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}
