/**
 * A session's hook events: the latest HISTORY_SIZE from the log, then every new one live through
 * the shared stream client, resuming after the last one loaded (nothing missed, nothing twice).
 * Other events of the session (status changes, launch, exit) call `onOtherEvent`.
 */
import { useEffect, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { createEventStream, type ConnectionState, type StreamEvent } from '../../../../src/client/event-stream.ts';
import { graphql } from '../../gql/index.ts';
import { graphqlWsUrl } from '../../lib/urql.ts';
import { useReportConnection } from '../../lib/connection.ts';
import type { HookEvent } from './pairs.ts';

export const HISTORY_SIZE = 500;
/** The page keeps at most this many hook events. */
const MAX_EVENTS = 2_000;

const SessionHooksQuery = graphql(`
  query WebSessionHooks($id: ID!, $last: Int!) {
    session(id: $id) {
      id
      events(last: $last, kinds: [HOOK_RECEIVED]) {
        totalCount
        edges {
          node {
            seq
            cursor
            createdAt
            hookEvent
            toolName
            payload
          }
        }
      }
    }
  }
`);


export function useSessionFeed(sessionId: string, onOtherEvent: (event: StreamEvent) => void) {
  const [{ data, error }] = useQuery({ query: SessionHooksQuery, variables: { id: sessionId, last: HISTORY_SIZE }, requestPolicy: 'network-only' });
  const [live, setLive] = useState<HookEvent[]>([]);
  const [connection, setConnection] = useState<ConnectionState>({ status: 'connecting' });
  const onOtherRef = useRef(onOtherEvent);
  onOtherRef.current = onOtherEvent;

  // The stream starts once, from the history first loaded.
  const [start, setStart] = useState<{ after: string | null; events: HookEvent[]; total: number } | null>(null);
  useEffect(() => {
    if (start || !data?.session) return;
    const events = data.session.events.edges.map((e) => e.node);
    setStart({ after: events.at(-1)?.cursor ?? null, events, total: data.session.events.totalCount });
  }, [data, start]);

  useEffect(() => {
    if (!start) return;
    const stream = createEventStream({
      url: graphqlWsUrl(),
      filter: { sessionId },
      after: start.after,
      fromStart: start.after === null,
      onEvent: (event) => {
        if (event.kind === 'HOOK_RECEIVED') setLive((current) => (current.length >= MAX_EVENTS ? [...current.slice(1), event] : [...current, event]));
        else onOtherRef.current(event);
      },
      onState: setConnection,
      onCursorError: (e) => setConnection({ status: 'offline', reason: `The live feed stopped: ${e.message} (${e.code}). Reload the page.` }),
    });
    return () => stream.close();
  }, [sessionId, start]);

  useReportConnection(start ? connection : null);
  const newest = start?.events.at(-1)?.seq ?? -1;
  const events = start ? [...start.events, ...live.filter((e) => e.seq > newest)] : [];
  return {
    events,
    olderCount: start ? Math.max(0, start.total - start.events.length) : 0,
    loading: !start && !error,
    error: error ?? null,
    notFound: data !== undefined && data.session === null,
    connection,
  };
}
