/**
 * Deletes cascade through foreign keys (project → tasks → subtasks, project → sessions). The one
 * PROJECT_DELETED / TASK_DELETED event names every entity the cascade removed (payload.cascade), so
 * a follower of the log drops exactly what a fresh read no longer has.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeRaw } from '../helpers/graphql.ts';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { rawId, subscribeRaw } from '../events/helpers.ts';
import { createProject, createSession, createTask } from '../hooks/helpers.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => stopAllServers());

const CREATE_SUBTASK = `mutation ($input: CreateSubtaskInput!) {
  createSubtask(input: $input) { __typename ... on CreateSubtaskPayload { subtask { id } } ... on Error { message } }
}`;
const DELETE_PROJECT = `mutation ($input: DeleteProjectInput!) { deleteProject(input: $input) { __typename ... on Error { message } } }`;
const DELETE_TASK = `mutation ($input: DeleteTaskInput!) { deleteTask(input: $input) { __typename ... on Error { message } } }`;
const NODES = `query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`;

async function createSubtask(taskId: string, title: string) {
  const res = await executeRaw(server, CREATE_SUBTASK, { input: { taskId, title } });
  if (res.body.data?.createSubtask.__typename !== 'CreateSubtaskPayload') throw new Error(JSON.stringify(res.body));
  return res.body.data.createSubtask.subtask.id as string;
}

describe('cascade deletes', () => {
  it('should name every removed task, subtask and session in the one delete event', async () => {
    const projectId = await createProject(server, 'Cascade');
    const tasks = [await createTask(server, projectId, 'a'), await createTask(server, projectId, 'b')];
    const subtasks = [await createSubtask(tasks[0]!, 'a1'), await createSubtask(tasks[0]!, 'a2'), await createSubtask(tasks[1]!, 'b1')];
    const session = await createSession(server, projectId);
    const follower = subscribeRaw(server.wsUrl, { filter: { projectId, kinds: ['TASK_DELETED', 'PROJECT_DELETED'] } });
    await new Promise((r) => setTimeout(r, 500));

    // Deleting task b removes its subtask b1.
    expect((await executeRaw(server, DELETE_TASK, { input: { id: tasks[1] } })).body.data.deleteTask.__typename).toBe('DeleteTaskPayload');
    // Deleting the project removes task a, subtasks a1 and a2, and the session.
    expect((await executeRaw(server, DELETE_PROJECT, { input: { id: projectId, force: true } })).body.data.deleteProject.__typename).toBe('DeleteProjectPayload');
    await follower.until((events) => events.length >= 2);
    follower.close();

    const [taskDeleted, projectDeleted] = follower.events as { kind: string; payload: { cascade?: Record<string, string[]> } }[];
    expect(taskDeleted!.kind).toBe('TASK_DELETED');
    expect(taskDeleted!.payload.cascade).toEqual({ subtasks: [rawId(subtasks[2]!)] });
    expect(projectDeleted!.kind).toBe('PROJECT_DELETED');
    const cascade = projectDeleted!.payload.cascade!;
    expect(cascade['tasks']).toEqual([rawId(tasks[0]!)]);
    expect([...cascade['subtasks']!].sort()).toEqual([rawId(subtasks[0]!), rawId(subtasks[1]!)].sort());
    expect(cascade['sessions']).toEqual([rawId(session.id)]);

    // And a fresh read agrees: every one of them is gone.
    const all = [projectId, ...tasks, ...subtasks, session.id];
    expect((await executeRaw(server, NODES, { ids: all })).body.data.nodes).toEqual(all.map(() => null));
  });
});
