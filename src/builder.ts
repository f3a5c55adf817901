/** The schema builder: configuration and scalars only; object types live in src/schema/<domain>/. */
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLScalarType, Kind } from 'graphql';
import { forbidden, scopesFor, type AuthScopes } from './auth/scopes.ts';
import type { Context } from './context.ts';
import { db } from './db.ts';
import type PrismaTypes from './generated/pothos-types.ts';
import { getDatamodel } from './generated/pothos-types.ts';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: AuthScopes;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: { DateTime: { Input: Date; Output: Date | string }; JSON: { Input: unknown; Output: unknown } };
}>({
  defaultFieldNullability: false,
  // Scope auth first, so no other plugin's wrapper runs before the check (plugins/scope-auth);
  // errors before Prisma (plugins/errors.mdx).
  plugins: [ScopeAuthPlugin, ErrorsPlugin, PrismaPlugin, RelayPlugin, DataloaderPlugin],
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
    // A function, because the client is opened by buildApp() after this module loads.
    client: () => db,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    nodeQueryOptions: { nullable: true, description: 'Fetches any object by its global ID; null when it does not exist.' },
    nodesQueryOptions: { nullable: { list: false, items: true }, description: 'Fetches several objects by global ID, in order; null for each that does not exist.' },
    pageInfoTypeOptions: { description: 'Where this page sits in the whole list (Relay cursor connections).' },
    defaultConnectionTypeOptions: {},
  },
  errors: {
    // Mutation results follow one naming convention integrators can rely on:
    // createTask → CreateTaskResult = CreateTaskPayload | ValidationError | …
    defaultResultOptions: { name: ({ fieldName }) => `${capitalise(fieldName)}Payload` },
    defaultUnionOptions: { name: ({ fieldName }) => `${capitalise(fieldName)}Result` },
  },
});

const ISO_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

builder.addScalarType(
  'DateTime',
  new GraphQLScalarType<Date, string>({
    name: 'DateTime',
    description: 'An instant in time, as an ISO-8601 string in UTC (2026-01-31T12:00:00.000Z).',
    // Event rows carry their time as an ISO string already (src/events/log.ts): sent as it is.
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

builder.queryType({ description: 'Read the projects, tasks and the event log.' });
builder.mutationType({ description: 'Change projects and tasks. Every mutation takes one `input` and returns a result union.' });
builder.subscriptionType({ description: 'Live updates, replayed from the durable event log.' });
