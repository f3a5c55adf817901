/**
 * A project's activity: the last 50 events of the durable log, then every new one live through
 * the shared stream client, with a connection badge and a "caught up on N events" notice after a
 * reconnect. Newest first.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from 'urql';
import type { StreamEvent } from '../../../../src/client/event-stream.ts';
import { graphql } from '../../gql/index.ts';
import type { WebEventFieldsFragment } from '../../gql/graphql.ts';
import { useReportConnection } from '../../lib/connection.ts';
import { ErrorMessage, Loading } from '../../lib/errors.tsx';
import { describeEvent } from './describe.ts';
import { useLiveEvents } from './useLiveEvents.ts';

export const HISTORY_SIZE = 50;

export const EventFields = graphql(`
  fragment WebEventFields on Event {
    seq
    cursor
    kind
    actor
    createdAt
    taskId
    hookEvent
    toolName
    payload
  }
`);

const ProjectEventsQuery = graphql(`
  query WebProjectEvents($id: ID!, $last: Int!) {
    project(id: $id) {
      id
      events(last: $last) {
        totalCount
        edges {
          node {
            ...WebEventFields
          }
        }
      }
    }
  }
`);

type ShownEvent = Pick<WebEventFieldsFragment, 'seq' | 'actor' | 'createdAt' | 'payload'> & { kind: string; hookEvent?: string | null; toolName?: string | null };
type History = { events: ShownEvent[]; after: string | null };

/** A cursor error within this long of the previous reload is not reloaded again automatically. */
const AUTO_RELOAD_GUARD_MS = 10_000;

export function ActivityPanel({ projectId, onLiveEvent }: { projectId: string; onLiveEvent?(event: StreamEvent): void }) {
  // Bumped to re-read the history and restart the stream (after a cursor error).
  const [reload, setReload] = useState(0);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: ProjectEventsQuery,
    variables: { id: projectId, last: HISTORY_SIZE },
    requestPolicy: 'network-only',
  });

  // The stream starts from the history it was loaded with; later refetches (cache invalidation)
  // must not restart it, so the first answer per reload is kept.
  const [history, setHistory] = useState<{ reload: number; value: History } | null>(null);
  // The answer that was current when a reload was asked for: a reload waits for a newer one.
  const staleData = useRef<typeof data>(undefined);
  useEffect(() => {
    if (fetching || !data?.project || data === staleData.current || history?.reload === reload) return;
    const events = data.project.events.edges.map((e) => e.node);
    setHistory({ reload, value: { events, after: events.at(-1)?.cursor ?? null } });
  }, [data, fetching, reload, history]);

  const live = useLiveEvents({
    projectId,
    after: history?.value.after ?? null,
    enabled: history !== null && history.reload === reload,
    onEvent: onLiveEvent,
  });

  // The header's badge speaks for this feed too: a stopped feed (cursor error) is offline.
  useReportConnection(live.cursorError ? { status: 'offline', reason: live.cursorError.message } : history === null ? null : live.connection);

  const lastReload = useRef(0);
  const reloadActivity = useCallback(() => {
    lastReload.current = Date.now();
    staleData.current = data;
    setHistory(null);
    setReload((n) => n + 1);
    reexecute({ requestPolicy: 'network-only' });
  }, [reexecute, data]);
  useEffect(() => {
    if (live.cursorError && Date.now() - lastReload.current > AUTO_RELOAD_GUARD_MS) reloadActivity();
  }, [live.cursorError, reloadActivity]);

  const events = useMemo(() => {
    const shown = history?.value.events ?? [];
    const newest = shown.at(-1)?.seq ?? -1;
    return [...shown, ...live.events.filter((e) => e.seq > newest)];
  }, [history, live.events]);

  let body;
  if (error && !history) body = <ErrorMessage error={error} title="Could not load activity" />;
  else if (data && !data.project) body = <ErrorMessage error="This project no longer exists." title="Not found" />;
  else if (!history) body = <Loading label="Loading activity…" />;
  else body = <EventList events={events} />;

  return (
    <section className="card activity" aria-labelledby="activity-heading">
      <div className="section-head">
        <h2 id="activity-heading">Activity</h2>
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

export function EventList({ events }: { events: readonly ShownEvent[] }) {
  if (events.length === 0) return <p className="muted">No activity yet.</p>;
  const newestFirst = [...events].sort((a, b) => b.seq - a.seq);
  return (
    <ol className="event-list" aria-label="Recent events">
      {newestFirst.map((event) => (
        <li key={event.seq} className="event" data-seq={event.seq}>
          <span className="event-kind">{event.kind}</span>
          {describeEvent(event)}
          <span className="event-meta">
            #{event.seq} · {new Date(event.createdAt).toLocaleString()} · {event.actor}
          </span>
        </li>
      ))}
    </ol>
  );
}
