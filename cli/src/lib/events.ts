/** The logic behind `maestro events …`: filters, paging through history, following the live stream. */
import type { EventKind } from '../gql/graphql.ts';
import { nonEmpty, repeated } from './args.ts';
import { connection, websocketUrl, type ConnectionArgs } from './client.ts';
import { CliError, EXIT, UsageError, type ExitCode } from './errors.ts';
import { writeErr } from './output.ts';
import { projectOrSession } from './session-env.ts';

export type FilterArgs = { project?: string; task?: string; subtask?: string; session?: string };

/** Fits both the generated EventFilter input and the stream client's filter. */
export type Filter = {
  projectId: string | null;
  taskId: string | null;
  subtaskId: string | null;
  sessionId: string | null;
  kinds: EventKind[] | null;
};

/**
 * The EventFilter of --project/--task/--subtask/--session/--kind. Kinds are normalised
 * (task-created → TASK_CREATED) but not listed here: the server validates them, since every
 * domain adds its own (an unknown one is a usage error, exit 2).
 */
export function eventFilter(args: FilterArgs, rawArgs: readonly string[]): Filter {
  const kinds = repeated(rawArgs, 'kind')
    .flatMap((k) => k.split(','))
    .map((k) => k.trim().toUpperCase().replace(/-/g, '_'))
    .filter((k) => k !== '');
  const malformed = kinds.find((k) => !/^[A-Z][A-Z_]*$/.test(k));
  if (malformed) throw new UsageError(`--kind "${malformed}" is not an event kind (they look like TASK_CREATED).`);
  return {
    // Inside a session: its own project's events (MAESTRO_PROJECT_ID), unless --project says otherwise.
    projectId: projectOrSession(nonEmpty(args.project, 'project')) ?? null,
    taskId: nonEmpty(args.task, 'task') ?? null,
    subtaskId: nonEmpty(args.subtask, 'subtask') ?? null,
    sessionId: nonEmpty(args.session, 'session') ?? null,
    kinds: kinds.length ? ([...new Set(kinds)] as EventKind[]) : null,
  };
}

type Page<T> = { edges: readonly { node: T }[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } };

/**
 * Reads every page after `after` (oldest first), handing each event on as its page arrives.
 * Resolves with the count and the cursor to resume from.
 */
export async function pageThrough<T extends { cursor: string }>(
  fetchPage: (after: string | null) => Promise<Page<T>>,
  after: string | null,
  onEvent: (event: T) => void,
): Promise<{ count: number; cursor: string | null }> {
  let cursor = after;
  let count = 0;
  for (;;) {
    const page = await fetchPage(cursor);
    for (const { node } of page.edges) {
      onEvent(node);
      cursor = node.cursor;
      count += 1;
    }
    if (!page.pageInfo.hasNextPage || page.edges.length === 0) return { count, cursor };
  }
}

export type StreamedEvent = import('../../../src/client/event-stream.ts').StreamEvent;

/**
 * Follows the `events` subscription through the shared stream client until SIGINT/SIGTERM (exit 0)
 * or a cursor the server cannot honour (exit 1). Disconnects and server restarts are hidden by the
 * client, which resumes from the last delivered event; each event reaches `onEvent` once, in order.
 * Connection-state changes go to stderr, never stdout.
 */
export async function follow(
  args: ConnectionArgs,
  options: {
    filter: Filter;
    after: string | null;
    fromStart: boolean;
    onEvent: (event: StreamedEvent) => void;
    /** Stops following (exit 0) once it resolves true for an event; without it, only a signal stops. */
    until?: (event: StreamedEvent) => Promise<boolean>;
    /** Stops following (exit 0) when aborted, as SIGINT does. */
    signal?: AbortSignal;
  },
): Promise<ExitCode> {
  const { server, token } = connection(args);
  const url = websocketUrl(server);
  // Imported here so that no other command pays for graphql-ws and ws.
  const [{ createEventStream }, { default: WebSocket }] = await Promise.all([import('../../../src/client/event-stream.ts'), import('ws')]);

  const outcome = await new Promise<ExitCode | CliError>((resolve) => {
    let lastState = '';
    // After a reconnect the stream resumes from its cursor, not from "now": say so, with the seq.
    let connections = 0;
    let lastSeq: number | null = null;
    const startingPoint = options.after ? `after ${options.after}` : options.fromStart ? 'from the start' : 'from now';
    const connectedLine = () => {
      connections += 1;
      if (connections === 1) return `connected to ${url}; following ${startingPoint}`;
      if (lastSeq !== null) return `reconnected to ${url}, resuming after seq ${lastSeq}`;
      return `reconnected to ${url}, resuming ${options.after || options.fromStart ? startingPoint : 'from where it started following'} (no event received yet)`;
    };
    const finish = (code: ExitCode | CliError) => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve(code);
    };
    const stream = createEventStream({
      url,
      filter: options.filter,
      after: options.after,
      fromStart: options.fromStart,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : undefined,
      onEvent: (event) => {
        lastSeq = event.seq;
        options.onEvent(event);
        void options.until?.(event).then(
          (done) => {
            if (!done) return;
            stream.close();
            finish(EXIT.OK);
          },
          (error: unknown) => {
            stream.close();
            finish(error instanceof CliError ? error : new CliError('INTERNAL_ERROR', String(error)));
          },
        );
      },
      onState: (state) => {
        const line =
          state.status === 'connecting'
            ? `connecting to ${url}…`
            : state.status === 'connected'
              ? connectedLine()
              : state.status === 'reconnecting'
                ? `connection lost; reconnecting (attempt ${state.attempt}, next try in ${(state.retryInMs / 1000).toFixed(1)} s)`
                : `stopped: ${state.reason}`;
        if (line === lastState) return;
        lastState = line;
        writeErr(`maestro: ${line}`);
        if (state.status === 'offline' && state.reason !== 'closed' && !state.reason.startsWith('cursor error')) {
          finish(new CliError('SUBSCRIPTION_REFUSED', `The server ${state.reason}.`, { hint: 'Check --server and --token.' }));
        }
      },
      onCursorError: (error) => {
        // Printed by the runner (stdout JSON with --json), like every other failure.
        finish(
          new CliError(error.code, error.message, {
            hint: 'The cursor cannot be honoured: re-read the state you need, then run again with --from-start or without --after.',
          }),
        );
      },
    });
    const onSignal = () => {
      stream.close();
      finish(EXIT.OK);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    options.signal?.addEventListener('abort', onSignal, { once: true });
  });
  if (outcome instanceof CliError) throw outcome;
  return outcome;
}

export function startArgs(args: { after?: string; 'from-start'?: boolean }): { after: string | null; fromStart: boolean } {
  if (args.after !== undefined && args['from-start']) throw new UsageError('Give either --after or --from-start, not both.');
  return { after: nonEmpty(args.after, 'after') ?? null, fromStart: Boolean(args['from-start']) };
}
