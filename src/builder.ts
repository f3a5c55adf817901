/** The schema builder: configuration and scalars only; object types live in src/schema/<domain>/. */
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import { GraphQLScalarType, Kind } from 'graphql';
import type { Context } from './context.ts';
import { db } from './db.ts';
import type PrismaTypes from './generated/pothos-types.ts';
import { getDatamodel } from './generated/pothos-types.ts';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: { DateTime: { Input: Date; Output: Date | string }; JSON: { Input: unknown; Output: unknown }; Seq: { Input: number; Output: number | bigint } };
}>({
  defaultFieldNullability: false,
  // Errors before Prisma (plugins/errors.mdx).
  plugins: [ErrorsPlugin, PrismaPlugin, RelayPlugin, DataloaderPlugin],
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
builder.mutationType({ description: 'Change projects and tasks. Every mutation takes one `input` and returns a result union.' });
builder.subscriptionType({ description: 'Live updates, replayed from the durable event log.' });
