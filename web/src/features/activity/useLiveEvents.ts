/**
 * Follows a project's (or a task's) events live through the shared stream client (src/client/event-stream.ts):
 * it resumes from the cursor it last delivered after every drop and never repeats an event.
 * The history query gives the starting cursor, so nothing between "read history" and "go live"
 * is missed.
 */
import { useEffect, useRef, useState } from 'react';
import { createEventStream, type ConnectionState, type CursorError, type EventFilter, type StreamEvent } from '../../../../src/client/event-stream.ts';
import { graphqlWsUrl } from '../../lib/urql.ts';

export type LiveState = {
  connection: ConnectionState;
  /** Events delivered live, oldest first. */
  events: StreamEvent[];
  /** Set after a reconnect once the missed events have been replayed. */
  caughtUp: { replayed: number; at: number } | null;
  cursorError: CursorError | null;
};

type Options = {
  /** Whose events: a project's or a task's. */
  filter: EventFilter;
  /** Cursor of the newest event already shown; null when the project has none yet. */
  after: string | null;
  /** False until the history is loaded (the stream must start from its cursor). */
  enabled: boolean;
  onEvent?(event: StreamEvent): void;
};

/** The panel keeps at most this many live events (the history shows the last 50 on load). */
const MAX_LIVE_EVENTS = 500;
/** After a reconnect, the replay of missed events is over once none arrives for this long. */
const SETTLE_MS = 300;

export function useLiveEvents({ filter, after, enabled, onEvent }: Options): LiveState {
  const filterKey = JSON.stringify(filter);
  const [connection, setConnection] = useState<ConnectionState>({ status: 'connecting' });
  const [events, setEvents] = useState<StreamEvent[]>([]);
  const [caughtUp, setCaughtUp] = useState<LiveState['caughtUp']>(null);
  const [cursorError, setCursorError] = useState<CursorError | null>(null);
  const onEventRef = useRef(onEvent);
  onEventRef.current = onEvent;

  useEffect(() => {
    if (!enabled) return;
    setEvents([]);
    setCaughtUp(null);
    setCursorError(null);

    // "Caught up on N events": counted here from the connection states rather than with the
    // library's onCaughtUp, whose settle timer also fires for attempts that failed (it then
    // reports 0 and misses the successful reconnect). Counting starts when a reconnect succeeds.
    let wasDown = false;
    let counting = false;
    let replayed = 0;
    let settle: ReturnType<typeof setTimeout> | undefined;
    const armSettle = () => {
      clearTimeout(settle);
      settle = setTimeout(() => {
        counting = false;
        setCaughtUp({ replayed, at: Date.now() });
      }, SETTLE_MS);
    };

    const stream = createEventStream({
      url: graphqlWsUrl(),
      filter: JSON.parse(filterKey) as EventFilter,
      after,
      // No event of this project yet: replay its (few) events from the start rather than
      // "live from now", which would miss one written between the history read and now.
      fromStart: after === null,
      onEvent: (event) => {
        setEvents((current) => (current.length >= MAX_LIVE_EVENTS ? [...current.slice(1), event] : [...current, event]));
        if (counting) {
          replayed += 1;
          armSettle();
        }
        onEventRef.current?.(event);
      },
      onState: (state) => {
        setConnection(state);
        if (state.status === 'reconnecting') {
          wasDown = true;
          counting = false;
          clearTimeout(settle);
          setCaughtUp(null);
        } else if (state.status === 'connected' && wasDown) {
          wasDown = false;
          counting = true;
          replayed = 0;
          armSettle();
        }
      },
      onCursorError: setCursorError,
    });
    return () => {
      clearTimeout(settle);
      stream.close();
    };
  }, [filterKey, after, enabled]);

  return { connection, events, caughtUp, cursorError };
}
