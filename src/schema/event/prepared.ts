/**
 * Prepared replay: the `events` subscription's messages written straight from the log row as JSON.
 *
 * A replay runs the subscription's selection set once per event, and graphql-ws then serialises the
 * result: about 4.5 µs of a ~10 µs event, most of it re-encoding the payload that is already stored
 * as JSON text. For the common selection — plain fields of Event, which is what the web UI, the CLI
 * and most integrators send, with or without the __typename that urql and Apollo add — the message
 * can be written directly: each field has a writer (registered beside its resolver, from the same
 * value functions) that returns its JSON text, and the payload is spliced in as stored. Any other
 * selection (fragments, directives, nested fields, a field without a writer) takes the ordinary
 * path, so correctness never depends on this module understanding a document.
 *
 * graphql-ws owns the protocol and serialises every message itself; it cannot be handed raw JSON.
 * So the result carries a PreparedJson whose toJSON() leaves a one-off token in graphql-ws's string
 * and the prepared text in `pending`; spliceInPreparedJson() swaps the token for the text as the
 * message reaches the socket. Both happen in the same synchronous call (stringify, then send), so the
 * text in `pending` always belongs to the message that carries the token.
 */
import { randomUUID } from 'node:crypto';
import { createSourceEventStream, getOperationAST, Kind, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { WebSocket } from 'ws';
import type { EventRow, Store } from '../../store/types.ts';

/** Writes one field of an event (of `store`'s log) as JSON text, exactly as the field's resolver and scalar would send it. */
export type FieldWriter = (event: EventRow, store: Store) => string;

const writers = new Map<string, FieldWriter>();

/** Declares the JSON writers of Event fields; call it next to the fields' definitions. */
export function prepareEventFields(fields: Record<string, FieldWriter>): void {
  for (const [name, write] of Object.entries(fields)) writers.set(name, write);
}

/** A string (or null) as JSON. */
export const jsonString = (value: string | null): string => (value === null ? 'null' : JSON.stringify(value));

/**
 * A string (or null) that never needs escaping as JSON: Maestro's own formats only (cursors and
 * global IDs are base64, enum names are GraphQL names, timestamps are ISO-8601). Saves JSON.stringify's
 * scan on the fields every event carries.
 */
export const plainString = (value: string | null): string => (value === null ? 'null' : `"${value}"`);

/** The names of the Event fields that have writers (for tests that check every field has one). */
export const preparedFieldNames = () => [...writers.keys()];

export type PreparedSelection = { responseKey: string; write: FieldWriter };

/** urql and Apollo add __typename to every selection set. */
const writeTypename: FieldWriter = () => '"Event"';

/**
 * The writer for this subscription document's Event, or null when the document is not a plain
 * selection of Event fields on the `events` subscription (it then runs through GraphQL as usual).
 */
export function preparedSelection(document: DocumentNode, operationName?: string | null): PreparedSelection | null {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== 'subscription' || operation.directives?.length) return null;
  const [root, ...others] = operation.selectionSet.selections;
  if (others.length || root?.kind !== Kind.FIELD || root.name.value !== 'events' || root.directives?.length || !root.selectionSet) return null;
  const parts: { prefix: string; write: FieldWriter }[] = [];
  const keys = new Set<string>();
  for (const selection of root.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.directives?.length || selection.arguments?.length || selection.selectionSet) return null;
    const write = selection.name.value === '__typename' ? writeTypename : writers.get(selection.name.value);
    const key = selection.alias?.value ?? selection.name.value;
    // A repeated response key is merged by GraphQL; leave that to it.
    if (!write || keys.has(key)) return null;
    keys.add(key);
    // Response keys are GraphQL names ([_A-Za-z][_0-9A-Za-z]*): nothing to escape.
    parts.push({ prefix: `${parts.length ? ',' : '{'}"${key}":`, write });
  }
  if (!parts.length) return null;
  const write: FieldWriter = (event, store) => {
    let json = '';
    for (const part of parts) json += part.prefix + part.write(event, store);
    return `${json}}`;
  };
  return { responseKey: root.alias?.value ?? 'events', write };
}

const TOKEN = `\u0000maestro-prepared-${randomUUID()}`;
/** How a `next` message carrying a PreparedJson ends: `…"events":"<token>"}}}` (data, payload, message). */
const TOKEN_TAIL = `${JSON.stringify(TOKEN)}}}}`;
let pending: string | null = null;

/** An event's prepared JSON inside an ExecutionResult; see the module comment. */
export class PreparedJson {
  readonly json: string;
  constructor(json: string) {
    this.json = json;
  }
  toJSON(): string {
    pending = this.json;
    return TOKEN;
  }
}

/** Wraps the socket's send so a message carrying a PreparedJson token goes out with the JSON itself. */
export function spliceInPreparedJson(ws: WebSocket): void {
  const send = ws.send.bind(ws) as (data: unknown, ...rest: unknown[]) => void;
  ws.send = ((data: unknown, ...rest: unknown[]) => {
    if (pending !== null && typeof data === 'string') {
      const json = pending;
      pending = null;
      if (data.endsWith(TOKEN_TAIL)) return send(`${data.slice(0, -TOKEN_TAIL.length)}${json}}}}`, ...rest);
    }
    return send(data, ...rest);
  }) as WebSocket['send'];
}

/**
 * Subscribes with a prepared selection: runs the field's subscribe resolver (cursor checks, filter,
 * the LogStream) through graphql-js and maps each event row to its prepared message. When the
 * subscription fails to start (a bad cursor or filter, bad variables), `fallback` subscribes the
 * ordinary way, so its errors come out exactly as they always do.
 */
export async function subscribePrepared<T>(
  args: ExecutionArgs,
  selection: PreparedSelection,
  fallback: () => T,
): Promise<AsyncIterableIterator<ExecutionResult> | Awaited<T>> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return await fallback();
  const { store } = args.contextValue as { store: Store };
  return preparedStream(source as AsyncIterableIterator<EventRow>, selection, store);
}

function preparedStream(source: AsyncIterableIterator<EventRow>, { responseKey, write }: PreparedSelection, store: Store): AsyncIterableIterator<ExecutionResult> {
  return {
    async next() {
      const row = await source.next();
      if (row.done) return { value: undefined, done: true };
      return { value: { data: { [responseKey]: new PreparedJson(write(row.value, store)) } }, done: false };
    },
    async return() {
      await source.return?.();
      return { value: undefined, done: true };
    },
    async throw(error: unknown) {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
