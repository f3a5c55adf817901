/** The schema builder: configuration and scalars only; object types live in src/schema/<domain>/. */
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { forbidden, scopesFor, type AuthScopes } from './auth/scopes.ts';
import type { Context } from './context.ts';
import { CONNECTION_LIMITS } from './schema/connection-limits.ts';
import TotalCountDescriptionPlugin from './total-count-descriptions.ts';
import type PrismaTypes from './generated/pothos-types.ts';
import { getDatamodel } from './generated/pothos-types.ts';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** `nodes(ids:)` takes at most this many IDs per request (the largest connection page, too). */
export const MAX_NODES_IDS = 100;

export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: AuthScopes;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: { DateTime: { Input: Date; Output: Date | string }; JSON: { Input: unknown; Output: unknown }; Seq: { Input: number; Output: number | bigint } };
}>({
  defaultFieldNullability: false,
  // Scope auth first, so no other plugin's wrapper runs before the check (plugins/scope-auth);
  // errors before Prisma (plugins/errors.mdx).
  plugins: [ScopeAuthPlugin, ErrorsPlugin, PrismaPlugin, RelayPlugin, DataloaderPlugin, TotalCountDescriptionPlugin],
  // Who may do what: src/auth/scopes.ts. Subscriptions are checked when they start, not per event.
  scopeAuth: {
    authScopes: scopesFor,
    authorizeOnSubscribe: true,
    unauthorizedError: (_parent, context, info) =>
      forbidden(
        context.viewer.kind === 'session'
          ? `A session token may not resolve ${info.parentType.name}.${info.fieldName} here: a session reaches only its own project (and spawns only as an orchestrator).`
          : `Not authorized to resolve ${info.parentType.name}.${info.fieldName}.`,
      ),
  },
  prisma: {
    // Each app's own client: the store buildApp() opened, carried by the context.
    client: (ctx) => ctx.store.prisma,
    dmmf: getDatamodel(),
    // The prisma schema's /// comments are notes for developers (storage, invariants), not API docs:
    // every exposed field is described where it is defined instead.
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // Generated connection, edge and page types all mean the same thing whatever they list, so they
    // are described once here; the field that returns a connection says what it lists and in what order.
    nodeTypeOptions: { description: 'An object that has a global ID and can be fetched again with node(id) or nodes(ids).' },
    idFieldOptions: { description: 'Global ID: opaque, stable, unique across types. Pass it to node(id) and to inputs that name this object.' },
    edgesFieldOptions: { nullable: false, description: 'The items of this page, each with its cursor, in the list\'s order.' },
    nodeFieldOptions: { nullable: false, description: 'The item.' },
    cursorFieldOptions: { description: 'Opaque position of this item: pass it as `after` (or `before`) to page on from here.' },
    pageInfoFieldOptions: { description: 'Whether there are more pages, and the cursors to reach them.' },
    nodeQueryOptions: {
      nullable: true,
      description: 'Fetches any object by its global ID; null when it does not exist.',
      args: { id: { description: 'A global ID of any type that implements Node.' } },
    },
    nodesQueryOptions: {
      nullable: { list: false, items: true },
      description: `Fetches several objects by global ID, in order; null for each that does not exist. At most ${MAX_NODES_IDS} IDs.`,
      args: { ids: { description: 'Global IDs of any types that implement Node; the answer has one entry per ID, in this order.' } },
      // Thousands of IDs in one request held the event loop for seconds: refuse them before loading.
      resolve: (_root, args, _context, _info, resolveNodes) => {
        if (args.ids.length > MAX_NODES_IDS) {
          throw new GraphQLError(`\`nodes\` takes at most ${MAX_NODES_IDS} IDs (got ${args.ids.length}): split the request.`, { extensions: { code: 'BAD_USER_INPUT' } });
        }
        return resolveNodes(args.ids);
      },
    },
    pageInfoTypeOptions: { description: 'Where this page sits in the whole list (Relay cursor connections).' },
    hasNextPageFieldOptions: { description: 'More items follow this page: page on with `after: endCursor`.' },
    hasPreviousPageFieldOptions: { description: 'Items come before this page: page back with `before: startCursor`.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of this page; null when the page is empty.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of this page; null when the page is empty.' },
    firstArgOptions: {
      description: `Page forwards: at most this many items from the start, or after \`after\` (default ${CONNECTION_LIMITS.defaultSize}; more than ${CONNECTION_LIMITS.maxSize} counts as ${CONNECTION_LIMITS.maxSize}; negative is an error).`,
    },
    afterArgOptions: { description: 'Page forwards from just after this cursor (an edge\'s cursor or pageInfo.endCursor).' },
    lastArgOptions: {
      description: `Page backwards: at most this many items from the end, or before \`before\` (default ${CONNECTION_LIMITS.defaultSize}; more than ${CONNECTION_LIMITS.maxSize} counts as ${CONNECTION_LIMITS.maxSize}; negative is an error).`,
    },
    beforeArgOptions: { description: 'Page backwards from just before this cursor (an edge\'s cursor or pageInfo.startCursor).' },
    defaultConnectionTypeOptions: { description: 'One page of a list: its items (`edges`) and where the page sits (`pageInfo`). Page with first/after or last/before.' },
    defaultEdgeTypeOptions: { description: 'One item of a page, with the cursor that marks its position.' },
  },
  errors: {
    // Mutation results follow one naming convention integrators can rely on:
    // createTask → CreateTaskResult = CreateTaskPayload | ValidationError | …
    defaultResultOptions: {
      name: ({ fieldName }) => `${capitalise(fieldName)}Payload`,
      // A fallback: each mutation says in its own words what its payload means.
      description: 'What the mutation of the same name returns when it succeeded.',
    },
    defaultUnionOptions: {
      name: ({ fieldName }) => `${capitalise(fieldName)}Result`,
      description: 'The outcome of the mutation of the same name: its Payload type when it succeeded, otherwise one of the error types (all implement Error). Branch on __typename.',
    },
  },
});

const ISO_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

builder.addScalarType(
  'DateTime',
  new GraphQLScalarType<Date, string>({
    name: 'DateTime',
    description: 'An instant in time, as an ISO-8601 string in UTC (2026-01-31T12:00:00.000Z).',
    // Event rows carry their time as an ISO string already (src/store): sent as it is.
    serialize: (value) => (typeof value === 'string' && ISO_UTC.test(value) ? value : (value instanceof Date ? value : new Date(String(value))).toISOString()),
    parseValue: (value) => {
      const date = new Date(String(value));
      if (typeof value !== 'string' || Number.isNaN(date.getTime())) throw new TypeError('DateTime must be an ISO-8601 string');
      return date;
    },
    parseLiteral: (ast) => {
      if (ast.kind !== Kind.STRING || Number.isNaN(new Date(ast.value).getTime())) throw new TypeError('DateTime must be an ISO-8601 string');
      return new Date(ast.value);
    },
  }),
  {},
);

/**
 * Event.seq. GraphQL's Int stops at 2^31 − 1, a log passes that; JSON numbers (and JavaScript
 * clients) are exact only up to 2^53 − 1, which the log does not reach (a million events a second
 * for 285 years). So: a JSON number, exact over that whole range, and an error past it rather than
 * a silently rounded seq.
 */
builder.addScalarType(
  'Seq',
  new GraphQLScalarType<number, number>({
    name: 'Seq',
    description:
      'A position in the event log: a non-negative integer sent as a JSON number, exact up to 2^53 − 1 ' +
      '(beyond GraphQL Int, which ends at 2^31 − 1). Compare seqs as numbers; resume with cursors.',
    serialize: (value) => {
      const n = typeof value === 'bigint' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0 || BigInt(n) !== BigInt(value as number | bigint)) {
        throw new TypeError(`Seq must be a non-negative integer up to 2^53 − 1 (got ${String(value)})`);
      }
      return n;
    },
    parseValue: (value) => {
      if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw new TypeError('Seq must be a non-negative integer up to 2^53 − 1');
      return value;
    },
    parseLiteral: (ast) => {
      const n = ast.kind === Kind.INT ? Number(ast.value) : NaN;
      if (!Number.isSafeInteger(n) || n < 0) throw new TypeError('Seq must be a non-negative integer up to 2^53 − 1');
      return n;
    },
  }),
  {},
);

builder.queryType({ description: 'Read the projects, tasks and the event log.' });
builder.mutationType({
  description: 'Change projects, tasks, subtasks and sessions. Every mutation foo takes `input: FooInput!` and returns `FooResult!`, a union of FooPayload and error types.',
});
builder.subscriptionType({ description: 'Live updates, replayed from the durable event log.' });
