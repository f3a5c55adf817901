import { GraphQLError, GraphQLScalarType } from 'graphql';
import { confineEventFilter } from '../../auth/confinement.ts';
import { rules } from '../../auth/scopes.ts';
import { builder } from '../../builder.ts';
import { CursorError } from '../../events/cursor.ts';
import { cursorFor, seqAfterCursor, type EventFilter, type EventRow } from '../../events/log.ts';
import type { Store } from '../../store/types.ts';
import { ValidationError } from '../../services/errors.ts';
import { parseGlobalId, toGlobalId } from '../ids.ts';
import { CONNECTION_LIMITS, ProjectRef } from '../project/types.ts';
import { TaskRef } from '../task/types.ts';
import { EVENT_KIND_DESCRIPTIONS } from './kind-descriptions.ts';
import { jsonString, plainString, prepareEventFields } from './prepared.ts';

builder.addScalarType(
  'JSON',
  new GraphQLScalarType({
    name: 'JSON',
    description: 'Any JSON value.',
    serialize: (value) => value,
  }),
  {},
);

export const EventKindEnum = builder.enumType('EventKind', {
  description: 'What an event records; each kind documents its payload.',
  values: EVENT_KIND_DESCRIPTIONS,
});

export const EventRef = builder.objectRef<EventRow>('Event').implement({
  description: 'One entry of the durable, ordered event log.',
  // Events of no project (none today) are the operator's.
  authScopes: (event) => rules.ofProject(event.projectId),
  fields: (t) => ({
    seq: t.expose('seq', { type: 'Seq', description: 'Position in the log: strictly increasing, never reused. Events are delivered in seq order.' }),
    cursor: t.string({
      description: 'Opaque resume point: pass it as `after` to continue right after this event.',
      resolve: (event, _args, ctx) => cursorFor(ctx.store, event.seq),
    }),
    kind: t.field({ type: EventKindEnum, description: 'What happened.', resolve: (event) => event.kind }),
    projectId: t.id({ nullable: true, description: 'Global ID of the project it concerns.', resolve: scopeId.projectId }),
    taskId: t.id({ nullable: true, description: 'Global ID of the task it concerns.', resolve: scopeId.taskId }),
    subtaskId: t.id({ nullable: true, description: 'Global ID of the subtask it concerns.', resolve: scopeId.subtaskId }),
    sessionId: t.id({ nullable: true, description: 'Global ID of the session it concerns.', resolve: scopeId.sessionId }),
    actor: t.exposeString('actor', {
      description: 'Who caused it: `session:<session global ID>` for a session\'s token, `operator` (or `operator:<label>` from X-Maestro-Actor) for the local user or the server token; `runner:<id>` labels are recorded as `operator:runner:<id>`.',
    }),
    payload: t.field({
      type: 'JSON',
      description: 'The event\'s data, for example the entity after the change.',
      resolve: (event) => JSON.parse(payloadText(event)) as unknown,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the event was committed.' }),
  }),
});

// The same fields as JSON text, for subscriptions that select them plainly (see prepared.ts). The
// payload goes out as stored: it is JSON text written by JSON.stringify or, for hook bodies, text that
// JSON.parse accepted at ingest.
prepareEventFields({
  seq: (event) => String(event.seq),
  cursor: (event, store) => plainString(cursorFor(store, event.seq)),
  kind: (event) => plainString(event.kind),
  projectId: (event) => plainString(scopeId.projectId(event)),
  taskId: (event) => plainString(scopeId.taskId(event)),
  subtaskId: (event) => plainString(scopeId.subtaskId(event)),
  sessionId: (event) => plainString(scopeId.sessionId(event)),
  actor: (event) => jsonString(event.actor),
  payload: payloadText,
  createdAt: (event) => plainString(event.createdAt),
});

/** The stored payload without the byte-order mark some hook bodies arrived with (JSON.parse rejects it). */
export function payloadText(event: EventRow): string {
  return event.payload.charCodeAt(0) === 0xfeff ? event.payload.slice(1) : event.payload;
}

/**
 * Global IDs of an event's scope. Consecutive events mostly share their project, task and session,
 * so each type remembers its last encoding: a replay then base64-encodes an id once, not per event.
 */
const lastEncoded = new Map<string, { id: string; global: string }>();
function globalOrNull(type: string, id: string | null): string | null {
  if (!id) return null;
  const last = lastEncoded.get(type);
  if (last?.id === id) return last.global;
  const global = toGlobalId(type, id);
  lastEncoded.set(type, { id, global });
  return global;
}

const scopeId = {
  projectId: (event: EventRow) => globalOrNull('Project', event.projectId),
  taskId: (event: EventRow) => globalOrNull('Task', event.taskId),
  subtaskId: (event: EventRow) => globalOrNull('Subtask', event.subtaskId),
  sessionId: (event: EventRow) => globalOrNull('Session', event.sessionId),
};

export const EventFilterInput = builder.inputType('EventFilter', {
  description: 'Which events to return; all given conditions must hold.',
  fields: (t) => ({
    projectId: t.id({ description: 'Only events of this project.' }),
    taskId: t.id({ description: 'Only events of this task.' }),
    subtaskId: t.id({ description: 'Only events of this subtask.' }),
    sessionId: t.id({ description: 'Only events of this session.' }),
    kinds: t.field({ type: [EventKindEnum], description: 'Only events of these kinds.' }),
  }),
});

type FilterArg = { projectId?: string | number | null; taskId?: string | number | null; subtaskId?: string | number | null; sessionId?: string | number | null; kinds?: readonly string[] | null } | null | undefined;

/** Decodes the filter's global IDs; a bad ID is a GraphQL error with code BAD_USER_INPUT. */
export function toEventFilter(filter: FilterArg): EventFilter {
  try {
    const id = (value: string | number | null | undefined, type: string, field: string) =>
      value == null ? null : parseGlobalId(String(value), type, ['filter', field]);
    return {
      projectId: id(filter?.projectId, 'Project', 'projectId'),
      taskId: id(filter?.taskId, 'Task', 'taskId'),
      subtaskId: id(filter?.subtaskId, 'Subtask', 'subtaskId'),
      sessionId: id(filter?.sessionId, 'Session', 'sessionId'),
      kinds: filter?.kinds ?? null,
    };
  } catch (error) {
    if (error instanceof ValidationError) throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } });
    throw error;
  }
}

/** Cursor errors surface as GraphQL errors carrying their documented code. */
export async function cursorToSeq(store: Store, cursor: string): Promise<number> {
  try {
    return await seqAfterCursor(store, cursor);
  } catch (error) {
    if (error instanceof CursorError) throw new GraphQLError(error.message, { extensions: { code: error.code } });
    throw error;
  }
}

type PageArgs = { first?: number | null; after?: string | null; last?: number | null; before?: string | null };

/**
 * One page of matching events as a Relay connection: first/after forwards, last/before backwards.
 * Sizes over 100 are clamped to 100; a negative size is a BAD_USER_INPUT error.
 */
export async function eventPage<F extends EventFilter>(store: Store, filter: F, args: PageArgs) {
  for (const size of ['first', 'last'] as const) {
    const value = args[size];
    if (value != null && value < 0) throw new GraphQLError(`\`${size}\` must not be negative`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  const clamp = (n: number | null | undefined) => Math.min(Math.max(n ?? CONNECTION_LIMITS.defaultSize, 0), CONNECTION_LIMITS.maxSize);
  if (args.last != null || args.before != null) {
    const size = clamp(args.last);
    const before = args.before ? await cursorToSeq(store, args.before) : (await store.headSeq()) + 1;
    const rows = await store.readBefore(filter, before, size + 1);
    const page = rows.slice(0, size).reverse();
    return connectionOf(store, page, { hasPreviousPage: rows.length > size, hasNextPage: args.before != null }, filter);
  }
  const size = clamp(args.first);
  const after = args.after ? await cursorToSeq(store, args.after) : 0;
  const rows = await store.readAfter(filter, after, size + 1);
  return connectionOf(store, rows.slice(0, size), { hasPreviousPage: after > 0, hasNextPage: rows.length > size }, filter);
}

function connectionOf<F extends EventFilter>(store: Store, rows: EventRow[], flags: { hasPreviousPage: boolean; hasNextPage: boolean }, filter: F) {
  return {
    filter,
    edges: rows.map((node) => ({ cursor: cursorFor(store, node.seq), node })),
    pageInfo: {
      ...flags,
      startCursor: rows[0] ? cursorFor(store, rows[0].seq) : null,
      endCursor: rows.at(-1) ? cursorFor(store, rows.at(-1)!.seq) : null,
    },
  };
}

const connectionOptions = {
  name: 'EventConnection',
  description: 'A page of the event log in seq order. Page forwards with first/after (oldest first) or backwards with last/before (for "latest N").',
  fields: (t: any) => ({
    totalCount: t.int({ description: 'How many events match the filter in all.', resolve: (c: { filter: EventFilter }, _args: unknown, ctx: { store: Store }) => ctx.store.countEvents(c.filter) }),
  }),
} as const;

builder.queryField('events', (t) =>
  t.connection(
    {
      type: EventRef,
      description: 'History of the event log (feeds, `maestro events`). For live updates use the `events` subscription.',
      args: { filter: t.arg({ type: EventFilterInput, description: 'Which events to return.' }) },
      authScopes: rules.eventFilterProject,
      resolve: (_root, args, ctx) => eventPage(ctx.store, confineEventFilter(ctx.viewer, toEventFilter(args.filter)), args),
    },
    connectionOptions,
  ),
);

builder.objectField(ProjectRef, 'events', (t) =>
  t.connection(
    {
      type: EventRef,
      description: 'This project\'s events in seq order.',
      args: { kinds: t.arg({ type: [EventKindEnum], description: 'Only events of these kinds.' }) },
      resolve: (project, args, ctx) => eventPage(ctx.store, { projectId: project.id, kinds: args.kinds }, args),
    },
    { name: 'ProjectEventConnection', fields: connectionOptions.fields },
  ),
);

builder.objectField(TaskRef, 'events', (t) =>
  t.connection(
    {
      type: EventRef,
      description: 'This task\'s events in seq order.',
      args: { kinds: t.arg({ type: [EventKindEnum], description: 'Only events of these kinds.' }) },
      resolve: (task, args, ctx) => eventPage(ctx.store, { taskId: task.id, kinds: args.kinds }, args),
    },
    { name: 'TaskEventConnection', fields: connectionOptions.fields },
  ),
);
