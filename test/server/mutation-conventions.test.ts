/**
 * Every mutation follows one shape integrators can rely on (README, "Mutations"):
 * foo(input: FooInput!): FooResult!, FooResult a union of FooPayload and error types implementing
 * Error — checked over every Mutation field of the served schema. The runner protocol follows it
 * too: a bad session ID comes back as a ValidationError or NotFoundError member, not as a
 * top-level GraphQL error.
 */
import { buildSchema, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeRaw } from '../helpers/graphql.ts';
import { mutationConventionBreaks, mutationCount, servedSchema } from '../helpers/schema-audit.ts';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';

describe('the mutation convention check', () => {
  it('names each way a mutation can break the convention', () => {
    const schema = buildSchema(`
      type Query { a: Int }
      interface Error { message: String! }
      type NotFoundError implements Error { message: String! }
      type Thing { id: ID! }
      input GoodInput { a: Int }
      type GoodPayload { thing: Thing! }
      union GoodResult = GoodPayload | NotFoundError
      type SharesInputPayload { thing: Thing! }
      union SharesInputResult = SharesInputPayload | NotFoundError
      input WrongMembersInput { a: Int }
      union WrongMembersResult = Thing | NotFoundError
      type Mutation {
        good(input: GoodInput!): GoodResult!
        sharesInput(input: GoodInput!): SharesInputResult!
        plain(input: GoodInput!): Thing!
        twoArgs(input: GoodInput!, force: Boolean): GoodResult!
        wrongMembers(input: WrongMembersInput!): WrongMembersResult!
      }
    `);
    expect(mutationConventionBreaks(schema)).toEqual([
      'sharesInput: input is GoodInput!; expected SharesInputInput!',
      'plain: input is GoodInput!; expected PlainInput!',
      'plain: returns Thing!; expected PlainResult! (a union)',
      'twoArgs: takes (input, force); expected exactly (input: TwoArgsInput!)',
      'twoArgs: input is GoodInput!; expected TwoArgsInput!',
      'twoArgs: returns GoodResult!; expected TwoArgsResult! (a union)',
      'wrongMembers: WrongMembersResult has no WrongMembersPayload member',
      'wrongMembers: WrongMembersResult member Thing is neither WrongMembersPayload nor an Error',
    ]);
  });
});

describe('the served schema', () => {
  let server: TestServer;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    server = await startServer();
    schema = await servedSchema(server);
  });
  afterAll(() => stopAllServers());

  it('has every mutation take FooInput! and return the FooResult! union of FooPayload and errors', () => {
    expect(mutationCount(schema)).toBeGreaterThanOrEqual(25);
    expect(mutationConventionBreaks(schema)).toEqual([]);
  });

  it('answers a runner mutation with a malformed session ID with a ValidationError member', async () => {
    const { body } = await executeRaw(
      server,
      `mutation ($input: RunnerClaimSpawnInput!) {
        runnerClaimSpawn(input: $input) { __typename ... on ValidationError { message fields { path } } }
      }`,
      { input: { sessionId: 'not-a-global-id', runnerId: 'test:1:x', hostId: 'test-host', leaseMs: 5000 } },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.runnerClaimSpawn).toEqual({
      __typename: 'ValidationError',
      message: expect.stringContaining('not a valid Session ID'),
      fields: [{ path: ['input', 'sessionId'] }],
    });
  });

  it('answers a runner report for a session that was never spawned with a NotFoundError member', async () => {
    const unknownSession = Buffer.from('Session:no-such-session').toString('base64');
    const { body } = await executeRaw(
      server,
      `mutation ($input: RunnerReportExitInput!) {
        runnerReportExit(input: $input) { __typename ... on NotFoundError { type } ... on RunnerReportExitPayload { ok } }
      }`,
      { input: { sessionId: unknownSession, runnerId: 'test:1:x', launchId: null, exitCode: 0 } },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.runnerReportExit).toEqual({ __typename: 'NotFoundError', type: 'Session' });
  });
});
