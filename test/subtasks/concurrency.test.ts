import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { execute } from '../helpers/graphql.ts';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { seedTasks } from './helpers.ts';

const CreateSubtask = graphql(`
  mutation SubConcCreate($input: CreateSubtaskInput!) {
    createSubtask(input: $input) {
      __typename
      ... on CreateSubtaskPayload { subtask { id position version } }
      ... on Error { message }
    }
  }
`);

const UpdateSubtask = graphql(`
  mutation SubConcUpdate($input: UpdateSubtaskInput!) {
    updateSubtask(input: $input) {
      __typename
      ... on UpdateSubtaskPayload { subtask { id title version } }
      ... on ConflictError { currentVersion current { title version } }
      ... on Error { message }
    }
  }
`);

const CompleteSubtask = graphql(`
  mutation SubConcComplete($input: CompleteSubtaskInput!) {
    completeSubtask(input: $input) {
      __typename
      ... on CompleteSubtaskPayload { subtask { id done version } }
      ... on ConflictError { currentVersion }
      ... on Error { message }
    }
  }
`);

const TaskSubtasks = graphql(`
  query SubConcTask($id: ID!) {
    task(id: $id) {
      subtaskProgress { total done }
      subtasks(first: 100) { totalCount edges { node { id title position version done } } }
    }
  }
`);

let server: TestServer;
const eventCount = (kind: string, taskGlobalId?: string) => {
  const conn = new Database(join(server.dataDir, 'maestro.db'), { readonly: true });
  try {
    const taskId = taskGlobalId ? Buffer.from(taskGlobalId, 'base64').toString().split(':')[1] : null;
    const row = conn
      .prepare(`SELECT COUNT(*) AS n FROM "Event" WHERE kind = ?${taskId ? ' AND taskId = ?' : ''}`)
      .get(...(taskId ? [kind, taskId] : [kind])) as { n: number };
    return row.n;
  } finally {
    conn.close();
  }
};

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => stopAllServers());

describe('subtasks under concurrency', () => {
  it('should keep all 1 000 subtasks when 50 clients each add 20 to one task at once', async () => {
    const { taskIds: [taskId] } = await seedTasks(server, 1, 'fifty writers');
    const results = await Promise.all(
      Array.from({ length: 50 }, async (_, client) => {
        const outcomes: string[] = [];
        for (let i = 0; i < 20; i++) {
          const r = await execute(server, CreateSubtask, { input: { taskId: taskId!, title: `c${client}-${i}` } });
          outcomes.push(r.data?.createSubtask.__typename ?? JSON.stringify(r.errors));
        }
        return outcomes;
      }),
    );
    expect(results.flat().filter((t) => t !== 'CreateSubtaskPayload')).toEqual([]);
    const conn = new Database(join(server.dataDir, 'maestro.db'), { readonly: true });
    const taskRawId = Buffer.from(taskId!, 'base64').toString().split(':')[1];
    const rows = conn.prepare('SELECT position FROM "Subtask" WHERE taskId = ?').all(taskRawId) as { position: number }[];
    conn.close();
    expect(rows).toHaveLength(1000);
    expect(new Set(rows.map((r) => r.position)).size).toBe(1000);
    const task = await execute(server, TaskSubtasks, { id: taskId! });
    expect(task.data?.task?.subtaskProgress).toEqual({ total: 1000, done: 0 });
    expect(eventCount('SUBTASK_CREATED', taskId)).toBe(1000);
  });

  it('should keep every write when 50 clients update 50 different subtasks of one task at once', async () => {
    const { taskIds: [taskId] } = await seedTasks(server, 1, 'fifty editors');
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) {
      const r = await execute(server, CreateSubtask, { input: { taskId: taskId!, title: `s${i}` } });
      if (r.data?.createSubtask.__typename !== 'CreateSubtaskPayload') throw new Error(JSON.stringify(r));
      ids.push(r.data.createSubtask.subtask.id);
    }
    await Promise.all(ids.map((id, i) => execute(server, UpdateSubtask, { input: { id, title: `edited ${i}` } })));
    const task = await execute(server, TaskSubtasks, { id: taskId! });
    const titles = task.data?.task?.subtasks.edges.map((e) => e.node.title).sort();
    expect(titles).toEqual(ids.map((_, i) => `edited ${i}`).sort());
  });

  it('should let exactly one of 50 clients complete a subtask at the same expectedVersion', async () => {
    const { taskIds: [taskId] } = await seedTasks(server, 1, 'one winner');
    const created = await execute(server, CreateSubtask, { input: { taskId: taskId!, title: 'contested' } });
    if (created.data?.createSubtask.__typename !== 'CreateSubtaskPayload') throw new Error(JSON.stringify(created));
    const { id, version } = created.data.createSubtask.subtask;
    const results = await Promise.all(Array.from({ length: 50 }, () => execute(server, CompleteSubtask, { input: { id, expectedVersion: version } })));
    const kinds = results.map((r) => r.data?.completeSubtask.__typename ?? `errors:${JSON.stringify(r.errors)}`);
    expect(kinds.filter((k) => k === 'CompleteSubtaskPayload')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'ConflictError')).toHaveLength(49);
    expect(eventCount('SUBTASK_COMPLETED', taskId)).toBe(1);
  });

  it('should lose no update when 50 clients run a read-modify-write loop with expectedVersion', async () => {
    const { taskIds: [taskId] } = await seedTasks(server, 1, 'counter');
    const created = await execute(server, CreateSubtask, { input: { taskId: taskId!, title: '0' } });
    if (created.data?.createSubtask.__typename !== 'CreateSubtaskPayload') throw new Error(JSON.stringify(created));
    const id = created.data.createSubtask.subtask.id;
    let successes = 0;
    let conflicts = 0;
    await Promise.all(
      Array.from({ length: 50 }, async () => {
        let current = { title: '0', version: 1 };
        for (let round = 0; round < 5; round++) {
          const r = await execute(server, UpdateSubtask, { input: { id, title: String(Number(current.title) + 1), expectedVersion: current.version } });
          const result = r.data?.updateSubtask;
          if (result?.__typename === 'UpdateSubtaskPayload') {
            successes += 1;
            current = result.subtask;
          } else if (result?.__typename === 'ConflictError') {
            conflicts += 1;
            current = result.current;
          } else {
            throw new Error(`unexpected: ${JSON.stringify(r)}`);
          }
        }
      }),
    );
    const task = await execute(server, TaskSubtasks, { id: taskId! });
    const subtask = task.data?.task?.subtasks.edges[0]?.node;
    expect(successes).toBeGreaterThan(0);
    expect(conflicts).toBeGreaterThan(0);
    expect(Number(subtask?.title)).toBe(successes);
    expect(subtask?.version).toBe(successes + 1);
  });
});
