/**
 * "Re-read when something changes": follows the events matching `filter` live through the shared
 * stream client and calls `onChange` (debounced) for each, and once every time the connection is
 * (re)established, since whatever happened while it was down or before it first connected is only
 * known to the server. Views that show current state (a task's subtasks, the sessions list) use it
 * instead of replaying history.
 */
import { useEffect, useRef, useState } from 'react';
import { createEventStream, type ConnectionState, type EventFilter, type StreamEvent } from '../../../../src/client/event-stream.ts';
import { useReportConnection } from '../../lib/connection.ts';
import { graphqlWsUrl } from '../../lib/urql.ts';

/** Live events arriving in a burst cause one re-read. */
const DEBOUNCE_MS = 100;

type Options = {
  filter: EventFilter;
  /** Called after the connection is up and after events; `events` are those since the last call. */
  onChange(events: StreamEvent[]): void;
  enabled?: boolean;
};

export function useEventRefresh({ filter, onChange, enabled = true }: Options): ConnectionState {
  const [connection, setConnection] = useState<ConnectionState>({ status: 'connecting' });
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const key = JSON.stringify(filter);

  useEffect(() => {
    if (!enabled) return;
    let pending: StreamEvent[] = [];
    let last: ConnectionState['status'] | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const events = pending;
        pending = [];
        onChangeRef.current(events);
      }, DEBOUNCE_MS);
    };
    const start = () =>
      createEventStream({
        url: graphqlWsUrl(),
        filter: JSON.parse(key) as EventFilter,
        onEvent: (event) => {
          pending.push(event);
          flush();
        },
        onState: (state) => {
          setConnection(state);
          // Once per (re)connection: the client reports "connected" again when it reopens a socket
          // it closed itself, with nothing missed (it resumes from its cursor), so no second re-read.
          if (state.status === 'connected' && last !== 'connected') flush();
          last = state.status;
        },
        // The server cannot resume from our cursor (its database was replaced): nothing to
        // replay here, so follow it from now on; the re-read on connect brings the view up to date.
        onCursorError: () => {
          stream.close();
          stream = start();
        },
      });
    let stream = start();
    return () => {
      clearTimeout(timer);
      stream.close();
    };
  }, [key, enabled]);

  useReportConnection(enabled ? connection : null);
  return connection;
}
