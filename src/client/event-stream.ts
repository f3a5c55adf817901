/**
 * The event-stream client shared by the web UI and the CLI: follows the `events` subscription
 * over graphql-ws and hides every disconnect.
 *
 * - Retries forever with capped exponential backoff and full jitter.
 * - Re-subscribes with the cursor of the last event it *delivered* (graphql-ws on its own would
 *   resend the original variables), so a reconnect replays exactly what was missed.
 * - Drops any event whose seq is not above the last delivered one, so consumers see each event
 *   exactly once, in order.
 * - Reports its connection state, and stops with `onCursorError` when the server says the cursor
 *   cannot be honoured (CURSOR_UNKNOWN / CURSOR_EXPIRED / CURSOR_INVALID): the consumer must re-read
 *   current state; silently starting over would skip or repeat events.
 *
 * This module imports nothing from the rest of src/ (ARCHITECTURE.md, dependency rules).
 */
import { createClient, type Client } from 'graphql-ws';

export type StreamEvent = {
  seq: number;
  cursor: string;
  kind: string;
  projectId: string | null;
  taskId: string | null;
  subtaskId: string | null;
  sessionId: string | null;
  actor: string;
  payload: unknown;
  /** For HOOK_RECEIVED: the Claude Code hook event name and tool. */
  hookEvent?: string | null;
  toolName?: string | null;
  createdAt: string;
};

export type ConnectionState =
  | { status: 'connecting' }
  | { status: 'connected' }
  | { status: 'reconnecting'; attempt: number; retryInMs: number }
  | { status: 'offline'; reason: string };

export type EventFilter = {
  projectId?: string | null;
  taskId?: string | null;
  subtaskId?: string | null;
  sessionId?: string | null;
  kinds?: string[] | null;
};

export type CursorError = { code: 'CURSOR_UNKNOWN' | 'CURSOR_EXPIRED' | 'CURSOR_INVALID' | string; message: string };

export type EventStreamOptions = {
  /** WebSocket URL of the GraphQL endpoint, e.g. ws://127.0.0.1:4000/graphql. */
  url: string;
  filter?: EventFilter;
  /** Resume after this cursor. */
  after?: string | null;
  /** With no `after`: replay the whole log first. */
  fromStart?: boolean;
  onEvent: (event: StreamEvent) => void;
  onState?: (state: ConnectionState) => void;
  /** The cursor cannot be honoured; the stream has stopped. */
  onCursorError?: (error: CursorError) => void;
  /** After each reconnect, once the replay of missed events has drained (no event for `settleMs`). */
  onCaughtUp?: (info: { replayed: number; reconnect: number }) => void;
  /** An event the server sent again (seq not above the last delivered one) was dropped. */
  onDuplicate?: (event: StreamEvent) => void;
  connectionParams?: Record<string, unknown>;
  /** A WebSocket implementation for Node (the `ws` package); browsers use their own. */
  webSocketImpl?: unknown;
  backoff?: { initialMs?: number; maxMs?: number };
  /** Ping interval; a pong missing for `pongTimeoutMs` drops the connection and reconnects. */
  keepAliveMs?: number;
  pongTimeoutMs?: number;
  settleMs?: number;
};

export type EventStream = {
  /** Cursor of the last delivered event (null before the first). Persist it to resume later. */
  readonly cursor: string | null;
  readonly state: ConnectionState;
  /** Number of (re)connections that failed before the current one, in total. */
  readonly reconnects: number;
  /** Events the server sent again after a reconnect and that were dropped, in total. */
  readonly duplicates: number;
  close(): void;
};

export const EVENT_FIELDS = 'seq cursor kind projectId taskId subtaskId sessionId actor hookEvent toolName payload createdAt';
const HEAD = `query ClientEventHead { events(last: 1) { pageInfo { endCursor } } }`;
const SUBSCRIPTION = `subscription ClientEventStream($after: String, $fromStart: Boolean, $filter: EventFilter) {
  events(after: $after, fromStart: $fromStart, filter: $filter) { ${EVENT_FIELDS} }
}`;

/** Close codes after which retrying cannot help (bad request, unauthorised, bad subprotocol). */
const FATAL_CLOSE_CODES = new Set([4400, 4401, 4406]);
const CURSOR_CODES = new Set(['CURSOR_UNKNOWN', 'CURSOR_EXPIRED', 'CURSOR_INVALID', 'BAD_USER_INPUT']);

/** Capped exponential backoff with full jitter: uniform in [0.5, 1] × min(max, initial × 2^attempt). */
export function backoffMs(attempt: number, initialMs = 250, maxMs = 10_000, random = Math.random): number {
  const ceiling = Math.min(maxMs, initialMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling * (0.5 + random() * 0.5));
}

export function createEventStream(options: EventStreamOptions): EventStream {
  let cursor = options.after ?? null;
  let lastSeq = -1;
  let state: ConnectionState = { status: 'connecting' };
  let attempt = 0;
  let reconnects = 0;
  let closed = false;
  let unsubscribe: (() => void) | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let settleTimer: ReturnType<typeof setTimeout> | null = null;
  let pongTimer: ReturnType<typeof setTimeout> | null = null;
  let replayed = 0;
  let resumed = false;
  let duplicates = 0;
  /** Live from now without a cursor: the head must be pinned before the first subscription. */
  let needHead = !cursor && !options.fromStart;
  /** The socket connected while the head was still to be read: "connected" is said after the read. */
  let connectedBeforePin = false;
  let fromStart = options.fromStart ?? false;

  const setState = (next: ConnectionState) => {
    state = next;
    options.onState?.(next);
  };

  let socket: { close(code: number, reason: string): void; readyState: number } | null = null;
  const client: Client = createClient({
    url: options.url,
    webSocketImpl: options.webSocketImpl,
    connectionParams: options.connectionParams,
    retryAttempts: 0, // reconnection is ours: graphql-ws would resubscribe with stale variables
    lazy: true,
    // Keep the socket between the head read and the subscription (and across quick resubscribes).
    lazyCloseTimeout: 2000,
    keepAlive: options.keepAliveMs ?? 10_000,
    on: {
      opened: (s) => (socket = s as typeof socket),
      connected: () => {
        attempt = 0;
        // A live-from-now stream is live once its head is pinned, not when the socket opens: a
        // consumer told "connected" earlier could write an event before the pin and never see it.
        if (needHead) connectedBeforePin = true;
        else setState({ status: 'connected' });
        // Count the replay from the moment a reconnect succeeds, not from when it was attempted.
        armSettle();
      },
      ping: (received) => {
        if (received) return;
        pongTimer = setTimeout(() => {
          if (socket?.readyState === 1) socket.close(4408, 'Pong timeout');
        }, options.pongTimeoutMs ?? 5000);
      },
      pong: (received) => {
        if (received && pongTimer) clearTimeout(pongTimer);
      },
      closed: () => {
        socket = null;
        if (pongTimer) clearTimeout(pongTimer);
      },
    },
  });

  const armSettle = () => {
    if (!resumed || !options.onCaughtUp) return;
    if (settleTimer) clearTimeout(settleTimer);
    settleTimer = setTimeout(() => {
      resumed = false;
      options.onCaughtUp?.({ replayed, reconnect: reconnects });
    }, options.settleMs ?? 300);
  };

  /**
   * "Live from now" must mean from the moment the stream was created, not from whenever a retry
   * succeeds: otherwise a drop before the first event silently loses what was written meanwhile.
   * So the first connection reads the log's head cursor and subscribes after it (an empty log:
   * from the start, since everything in it is then new).
   */
  const pinHead = () => {
    if (closed) return;
    let finished = false;
    let head: string | null | undefined;
    unsubscribe = client.subscribe<{ events: { pageInfo: { endCursor: string | null } } }>(
      { query: HEAD },
      {
        next: (result) => {
          if (result.errors?.length || !result.data) return;
          head = result.data.events.pageInfo.endCursor;
        },
        error: (error) => {
          if (finished) return;
          finished = true;
          fail(error);
        },
        complete: () => {
          if (finished || closed) return;
          finished = true;
          if (head === undefined) return scheduleRetry('could not read the log head');
          needHead = false;
          if (head) cursor = head;
          else fromStart = true;
          subscribe();
          if (connectedBeforePin) {
            connectedBeforePin = false;
            setState({ status: 'connected' });
          }
        },
      },
    );
  };

  const subscribe = () => {
    if (closed) return;
    if (needHead) return pinHead();
    const variables = {
      after: cursor,
      fromStart: cursor ? null : fromStart || null,
      filter: options.filter ?? null,
    };
    replayed = 0;
    let finished = false;
    unsubscribe = client.subscribe<{ events: StreamEvent }>(
      { query: SUBSCRIPTION, variables },
      {
        next: (result) => {
          if (finished) return;
          const event = result.data?.events;
          if (result.errors?.length) {
            // The server follows an error result with `complete`: only one retry may follow.
            finished = true;
            unsubscribe?.();
            return void fail(result.errors);
          }
          if (!event) return;
          if (event.seq <= lastSeq) {
            duplicates += 1;
            options.onDuplicate?.(event);
            return;
          }
          lastSeq = event.seq;
          cursor = event.cursor;
          // A freshly resumed stream from a cursor: consider replay started.
          replayed += 1;
          armSettle();
          options.onEvent(event);
        },
        error: (error) => {
          if (finished) return;
          finished = true;
          fail(error);
        },
        complete: () => {
          if (finished) return;
          finished = true;
          if (!closed) scheduleRetry('the server ended the subscription');
        },
      },
    );
  };

  const fail = (error: unknown) => {
    if (closed) return;
    const graphqlErrors = Array.isArray(error) ? (error as { message: string; extensions?: { code?: string } }[]) : null;
    const cursorError = graphqlErrors?.find((e) => CURSOR_CODES.has(String(e.extensions?.code)));
    if (cursorError) {
      stop(`cursor error ${cursorError.extensions?.code}`);
      options.onCursorError?.({ code: String(cursorError.extensions?.code), message: cursorError.message });
      return;
    }
    const code = (error as { code?: number } | null)?.code;
    if (typeof code === 'number' && FATAL_CLOSE_CODES.has(code)) {
      stop(`refused by the server (close code ${code}: ${(error as { reason?: string }).reason ?? ''})`);
      return;
    }
    scheduleRetry(graphqlErrors ? graphqlErrors.map((e) => e.message).join('; ') : 'connection lost');
  };

  const scheduleRetry = (_reason: string) => {
    unsubscribe = null;
    // A failed attempt must not report "caught up": the next successful connection will.
    if (settleTimer) clearTimeout(settleTimer);
    attempt += 1;
    reconnects += 1;
    resumed = true;
    const wait = backoffMs(attempt, options.backoff?.initialMs, options.backoff?.maxMs);
    setState({ status: 'reconnecting', attempt, retryInMs: wait });
    retryTimer = setTimeout(subscribe, wait);
  };

  const stop = (reason: string) => {
    closed = true;
    if (retryTimer) clearTimeout(retryTimer);
    if (settleTimer) clearTimeout(settleTimer);
    if (pongTimer) clearTimeout(pongTimer);
    unsubscribe?.();
    void client.dispose();
    setState({ status: 'offline', reason });
  };

  setState({ status: 'connecting' });
  subscribe();

  return {
    get cursor() {
      return cursor;
    },
    get state() {
      return state;
    },
    get reconnects() {
      return reconnects;
    },
    get duplicates() {
      return duplicates;
    },
    close: () => {
      if (!closed) stop('closed');
    },
  };
}
