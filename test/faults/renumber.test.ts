/**
 * When a position gap runs out the task's subtasks are renumbered. Every sibling that moved must be
 * in the event log (a SUBTASK_UPDATED with its new position and a bumped version), so a client that
 * only follows the log ends with exactly the positions and versions a fresh read gives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeRaw } from '../helpers/graphql.ts';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { rawId, subscribeRaw } from '../events/helpers.ts';
import { seedTasks } from '../subtasks/helpers.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => stopAllServers());

const CREATE = `mutation ($input: CreateSubtaskInput!) {
  createSubtask(input: $input) { __typename ... on CreateSubtaskPayload { subtask { id } } ... on Error { message } }
}`;
const READ = `query ($id: ID!) { task(id: $id) { subtasks(first: 100) { edges { node { id position version } } } } }`;
const HEAD = `query { events(last: 1) { edges { node { seq } } } }`;

type Row = { id: string; position: number; version: number };

describe('renumbering when a position gap runs out', () => {
  it('should leave a follower of the event log with the positions and versions of a fresh read', async () => {
    const { projectId, taskIds: [taskId] } = await seedTasks(server, 1, 'renumber');
    const follower = subscribeRaw(server.wsUrl, { filter: { projectId } });
    await new Promise((r) => setTimeout(r, 500)); // subscribed before the first write

    const create = async (input: Record<string, unknown>) => {
      const res = await executeRaw(server, CREATE, { input: { taskId, ...input } });
      if (res.body.data?.createSubtask.__typename !== 'CreateSubtaskPayload') throw new Error(JSON.stringify(res.body));
      return res.body.data.createSubtask.subtask.id as string;
    };
    await create({ title: 'first' });
    let last = await create({ title: 'last' });
    // Always insert right before the newest: each insert halves the same gap until it runs out.
    for (let i = 0; i < 60; i++) last = await create({ title: `d${i}`, beforeId: last });

    const head = Number((await executeRaw(server, HEAD)).body.data.events.edges[0].node.seq);
    await follower.until((events) => events.some((e) => e.seq >= head));
    follower.close();

    // What the log says, applied in order.
    const followed = new Map<string, Row>();
    for (const event of follower.events) {
      const subtask = (event.payload as { subtask?: Row }).subtask;
      if (!subtask) continue;
      if (event.kind === 'SUBTASK_DELETED') followed.delete(subtask.id);
      else followed.set(subtask.id, { id: subtask.id, position: subtask.position, version: subtask.version });
    }
    const fresh = ((await executeRaw(server, READ, { id: taskId })).body.data.task.subtasks.edges as { node: Row }[]).map(({ node }) => ({
      id: rawId(node.id),
      position: node.position,
      version: node.version,
    }));
    expect(fresh).toHaveLength(62);
    // A renumbering did happen: the evenly spaced keys no longer hold the halved ones.
    expect(new Set(fresh.map((r) => r.position)).size).toBe(62);
    expect(fresh.some((r) => r.version > 1)).toBe(true);
    expect([...followed.values()].sort((a, b) => a.position - b.position)).toEqual(fresh);
  }, 120_000);
});
