import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { executeRaw } from '../helpers/graphql.ts';

// graphql-jit (src/compiled-execution.ts) writes literal values into generated code and rewrites a
// string holding its date marker into `new Date(<rest of the string>)`. Unguarded, these documents
// made the real server run `process.exit(42)`: code from a request.
const MARKER = '__MAGIC_DATE__33a9e76d_02e0_4128_8e92_3530ad3da74d';
const ATTACK = `${MARKER}(process.exit(42))`;

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => stopAllServers());

describe('code hidden in a GraphQL string literal', () => {
  it('should be stored as text by a mutation, not run, and the server keeps serving', async () => {
    const { status, body } = await executeRaw(server, `mutation { createProject(input: { name: ${JSON.stringify(ATTACK)} }) { __typename ... on CreateProjectPayload { project { name } } } }`);
    expect(status).toBe(200);
    expect(body.data?.createProject).toEqual({ __typename: 'CreateProjectPayload', project: { name: ATTACK } });
  });

  it('should be an ordinary argument of a query, in any nesting, and the server keeps serving', async () => {
    for (const query of [
      `{ project(id: ${JSON.stringify(ATTACK)}) { id } }`,
      `query Q($id: ID! = ${JSON.stringify(ATTACK)}) { project(id: $id) { id } }`,
      `{ projects(first: 5) { edges { node { name tasks(first: 1, status: TODO) { totalCount } } } } search: project(id: "${MARKER}\\u0028process.exit(42))") { id } }`,
    ]) {
      const { body } = await executeRaw(server, query);
      expect(body.errors ?? [], query).not.toEqual([]); // refused as an unknown id, not run
    }
    expect(server.proc.exitCode).toBeNull();
    const { body } = await executeRaw(server, '{ projects(first: 5) { edges { node { name } } } }');
    expect(body.data?.projects.edges.map((e: { node: { name: string } }) => e.node.name)).toContain(ATTACK);
  });
});
