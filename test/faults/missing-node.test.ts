/**
 * node(id:) and nodes(ids:) of a well-formed id that names nothing answer null, for every node
 * type, including Subtask (which answered a masked INTERNAL_SERVER_ERROR).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeRaw } from '../helpers/graphql.ts';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => stopAllServers());

const globalId = (type: string, raw: string) => Buffer.from(`${type}:${raw}`).toString('base64');

describe('node(id:) of a missing entity', () => {
  it.each(['Subtask', 'Task', 'Project', 'Session'])('should answer null for a missing %s', async (type) => {
    const id = globalId(type, 'cmissing000000000000000000');
    const one = await executeRaw(server, `query ($id: ID!) { node(id: $id) { id } }`, { id });
    expect(one.body.errors).toBeUndefined();
    expect(one.body.data.node).toBeNull();
    const many = await executeRaw(server, `query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [id] });
    expect(many.body.errors).toBeUndefined();
    expect(many.body.data.nodes).toEqual([null]);
  });
});
