/**
 * Activity of a project or of one task: the latest events of the durable log, then every new one
 * live through the shared stream client, with a connection badge and a "caught up on N events"
 * notice after a reconnect. Newest first, in sentences (sentences.ts); a session's hook events and
 * status changes fold into one line per session that links to it; filters by kind group; "Load
 * older" pages back through the log.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useClient, useQuery } from 'urql';
import type { StreamEvent } from '../../../../src/client/event-stream.ts';
import { graphql } from '../../gql/index.ts';
import { useReportConnection } from '../../lib/connection.ts';
import { describeRequestError, ErrorMessage, Loading } from '../../lib/errors.tsx';
import { Link, sessionPath } from '../../lib/router.tsx';
import { SESSION_STATUS_LABELS } from '../sessions/labels.ts';
import { actorLabel, ALL_GROUPS, clip, doingNow, foldFeed, KIND_GROUPS, predicate, sessionLabel, type FeedEvent, type FeedLine, type KindGroup, type SessionName } from './sentences.ts';
import { useLiveEvents } from './useLiveEvents.ts';
import './activity.css';

/** Events per page (the API's largest page). */
export const HISTORY_SIZE = 100;

export const EventFields = graphql(`
  fragment WebEventFields on Event {
    seq
    cursor
    kind
    actor
    createdAt
    taskId
    sessionId
    hookEvent
    toolName
    payload
  }
`);

// One document for both scopes: a project's or a task's events, the newest page or one before a cursor.
const ScopeEventsQuery = graphql(`
  query WebScopeEvents($id: ID!, $last: Int!, $before: String) {
    node(id: $id) {
      id
      ... on Project {
        events(last: $last, before: $before) {
          pageInfo {
            hasPreviousPage
          }
          edges {
            node {
              ...WebEventFields
            }
          }
        }
      }
      ... on Task {
        events(last: $last, before: $before) {
          pageInfo {
            hasPreviousPage
          }
          edges {
            node {
              ...WebEventFields
            }
          }
        }
      }
    }
  }
`);

const SessionNamesQuery = graphql(`
  query WebActivitySessionNames($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on Session {
        name
        role
      }
    }
  }
`);

type ShownEvent = FeedEvent & { cursor?: string };
type Page = { events: ShownEvent[]; hasOlder: boolean };
type History = { events: ShownEvent[]; after: string | null; hasOlder: boolean };
type ScopeData = { node?: { events?: { pageInfo: { hasPreviousPage: boolean }; edges: { node: ShownEvent }[] } } | null } | undefined;

function pageOf(data: ScopeData): Page | null {
  const events = data?.node?.events;
  if (!events) return null;
  return { events: events.edges.map((e) => e.node), hasOlder: events.pageInfo.hasPreviousPage };
}

/** A cursor error within this long of the previous reload is not reloaded again automatically. */
const AUTO_RELOAD_GUARD_MS = 10_000;

type Props = { projectId: string; taskId?: string; heading?: string; onLiveEvent?(event: StreamEvent): void };

export function ActivityPanel({ projectId, taskId, heading = 'Activity', onLiveEvent }: Props) {
  const scopeId = taskId ?? projectId;
  const headingId = useId();
  // Bumped to re-read the history and restart the stream (after a cursor error).
  const [reload, setReload] = useState(0);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: ScopeEventsQuery,
    variables: { id: scopeId, last: HISTORY_SIZE, before: null },
    requestPolicy: 'network-only',
  });

  // The stream starts from the history it was loaded with; later refetches (cache invalidation)
  // must not restart it, so the first answer per reload is kept.
  const [history, setHistory] = useState<{ reload: number; value: History } | null>(null);
  // The answer that was current when a reload was asked for: a reload waits for a newer one.
  const staleData = useRef<typeof data>(undefined);
  useEffect(() => {
    const page = pageOf(data as ScopeData);
    if (fetching || !page || data === staleData.current || history?.reload === reload) return;
    setHistory({ reload, value: { events: page.events, after: page.events.at(-1)?.cursor ?? null, hasOlder: page.hasOlder } });
  }, [data, fetching, reload, history]);

  const filter = useMemo(() => (taskId ? { taskId } : { projectId }), [projectId, taskId]);
  const live = useLiveEvents({
    filter,
    after: history?.value.after ?? null,
    enabled: history !== null && history.reload === reload,
    onEvent: onLiveEvent,
  });

  const older = useOlderPages(scopeId, history?.value ?? null);
  // The header's badge speaks for this feed too: a stopped feed (cursor error) is offline.
  useReportConnection(live.cursorError ? { status: 'offline', reason: live.cursorError.message } : history === null ? null : live.connection);

  const lastReload = useRef(0);
  const reloadActivity = useCallback(() => {
    lastReload.current = Date.now();
    staleData.current = data;
    setHistory(null);
    older.reset();
    setReload((n) => n + 1);
    reexecute({ requestPolicy: 'network-only' });
  }, [reexecute, data, older]);
  useEffect(() => {
    if (live.cursorError && Date.now() - lastReload.current > AUTO_RELOAD_GUARD_MS) reloadActivity();
  }, [live.cursorError, reloadActivity]);

  const events = useMemo(() => {
    const shown = history?.value.events ?? [];
    const newest = shown.at(-1)?.seq ?? -1;
    return [...older.events, ...shown, ...live.events.filter((e) => e.seq > newest)];
  }, [history, live.events, older.events]);

  const [groups, setGroups] = useState<ReadonlySet<KindGroup>>(() => new Set(ALL_GROUPS));
  const toggle = (group: KindGroup) =>
    setGroups((current) => {
      const next = new Set(current);
      if (next.has(group)) next.delete(group);
      else next.add(group);
      return next;
    });

  const node = (data as ScopeData)?.node;
  let body;
  if (error && !history) body = <ErrorMessage error={error} title="Could not load activity" />;
  else if (data && !node) body = <ErrorMessage error={`This ${taskId ? 'task' : 'project'} no longer exists.`} title="Not found" />;
  else if (!history) body = <Loading label="Loading activity…" />;
  else
    body = (
      <>
        <EventList events={events} groups={groups} />
        {older.hasOlder && (
          <div className="actions">
            <button type="button" className="secondary small" onClick={() => void older.load()} disabled={older.loading}>
              {older.loading ? 'Loading older…' : 'Load older'}
            </button>
          </div>
        )}
        {older.error && (
          <p className="error" role="alert">
            Could not load older activity: {older.error}
          </p>
        )}
      </>
    );

  return (
    <section className="card activity" aria-labelledby={headingId}>
      <div className="section-head">
        <h2 id={headingId}>{heading}</h2>
      </div>
      <div className="activity-filters" role="group" aria-label="Show activity of kind">
        {ALL_GROUPS.map((group) => (
          <button key={group} type="button" className="chip" aria-pressed={groups.has(group)} onClick={() => toggle(group)}>
            <span aria-hidden="true">{groups.has(group) ? '✓ ' : ''}</span>
            {KIND_GROUPS[group].label}
          </button>
        ))}
      </div>
      {live.cursorError && (
        <div className="error" role="alert">
          The live feed stopped: {live.cursorError.message} ({live.cursorError.code}).{' '}
          <button type="button" className="secondary small" onClick={reloadActivity}>
            Reload activity
          </button>
        </div>
      )}
      {live.caughtUp && live.connection.status === 'connected' && (
        <p className="notice" role="status">
          Reconnected: caught up on {live.caughtUp.replayed} event{live.caughtUp.replayed === 1 ? '' : 's'}.
        </p>
      )}
      {body}
    </section>
  );
}

/** "Load older": pages back from the oldest event shown, one page per click. */
function useOlderPages(scopeId: string, history: History | null) {
  const client = useClient();
  const [pages, setPages] = useState<Page[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const events = useMemo(() => pages.flatMap((p) => p.events).sort((a, b) => a.seq - b.seq), [pages]);
  const oldest = events[0]?.cursor ?? history?.events[0]?.cursor ?? null;
  const hasOlder = history !== null && (pages.length ? pages.at(-1)!.hasOlder : history.hasOlder);

  const load = useCallback(async () => {
    if (!oldest) return;
    setLoading(true);
    const result = await client.query(ScopeEventsQuery, { id: scopeId, last: HISTORY_SIZE, before: oldest }, { requestPolicy: 'network-only' }).toPromise();
    setLoading(false);
    const page = pageOf(result.data as ScopeData);
    if (result.error || !page) return setError(result.error ? describeRequestError(result.error) : 'No answer from the server.');
    setError(null);
    setPages((current) => [...current, page]);
  }, [client, scopeId, oldest]);
  const reset = useCallback(() => setPages([]), []);
  return { events, hasOlder, load, loading, error, reset };
}

/** The names of the sessions the feed mentions (as actors or in folded lines). */
function useSessionNames(events: readonly FeedEvent[]): ReadonlyMap<string, SessionName> {
  const ids = useMemo(() => {
    const set = new Set<string>();
    for (const e of events) {
      if (e.actor.startsWith('session:')) set.add(e.actor.slice('session:'.length));
      if (e.sessionId) set.add(e.sessionId);
    }
    return [...set].sort();
  }, [events]);
  const [{ data }] = useQuery({ query: SessionNamesQuery, variables: { ids }, pause: ids.length === 0 });
  return useMemo(() => {
    const names = new Map<string, SessionName>();
    for (const node of data?.nodes ?? []) {
      if (node && 'role' in node) names.set(node.id, { name: node.name, role: node.role });
    }
    return names;
  }, [data]);
}

export function EventList({ events, groups = new Set(ALL_GROUPS) }: { events: readonly FeedEvent[]; groups?: ReadonlySet<KindGroup> }) {
  const sessions = useSessionNames(events);
  const lines = useMemo(() => foldFeed(events, groups), [events, groups]);
  if (events.length === 0) return <p className="muted">No activity yet.</p>;
  if (lines.length === 0) return <p className="muted">No activity of the kinds shown. Turn a filter back on above.</p>;
  return (
    <ol className="event-list" aria-label="Recent events">
      {lines.map((line) => (
        <FeedLineItem key={line.key} line={line} sessions={sessions} />
      ))}
    </ol>
  );
}

function FeedLineItem({ line, sessions }: { line: FeedLine; sessions: ReadonlyMap<string, SessionName> }) {
  if (line.type === 'session') {
    const name = sessionLabel(line.sessionId, sessions.get(line.sessionId));
    const status = line.status ? (SESSION_STATUS_LABELS as Record<string, string>)[line.status] : null;
    const doing = doingNow(line.latestHook);
    return (
      <li className="event event-session" data-seq={line.seq} data-session-id={line.sessionId}>
        <Link to={sessionPath(line.sessionId)}>{name}</Link>
        {status && <span className="badge">{status}</span>}
        <span>{doing ? clip(doing) : 'Changed status'}</span>
        <span className="event-meta">
          {line.hookCount} hook event{line.hookCount === 1 ? '' : 's'} · last {new Date(line.lastAt).toLocaleString()}
        </span>
      </li>
    );
  }
  const { event } = line;
  return (
    <li className="event" data-seq={event.seq} data-kind={event.kind}>
      <span>
        {actorLabel(event.actor, sessions)} {predicate(event)}
      </span>
      <span className="event-meta">{new Date(event.createdAt).toLocaleString()}</span>
    </li>
  );
}
