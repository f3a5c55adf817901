import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { execute, executeRaw } from '../helpers/graphql.ts';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { seedTasks } from './helpers.ts';

const Create = graphql(`
  mutation SubMutCreate($input: CreateSubtaskInput!) {
    createSubtask(input: $input) {
      __typename
      ... on CreateSubtaskPayload { subtask { id title position version done task { id } } }
      ... on ValidationError { message fields { path message } }
      ... on NotFoundError { id type }
      ... on Error { message }
    }
  }
`);

const CreateMany = graphql(`
  mutation SubMutCreateMany($input: CreateSubtasksInput!) {
    createSubtasks(input: $input) {
      __typename
      ... on CreateSubtasksPayload { subtasks { id title } }
      ... on ValidationError { fields { path message } }
      ... on Error { message }
    }
  }
`);

const Move = graphql(`
  mutation SubMutMove($input: MoveSubtaskInput!) {
    moveSubtask(input: $input) {
      __typename
      ... on MoveSubtaskPayload { subtask { id version task { id } } }
      ... on ValidationError { fields { path message } }
      ... on Error { message }
    }
  }
`);

const Complete = graphql(`
  mutation SubMutComplete($input: CompleteSubtaskInput!) {
    completeSubtask(input: $input) {
      __typename
      ... on CompleteSubtaskPayload { subtask { id done completedAt version } }
      ... on ConflictError { currentVersion current { id done version } }
      ... on Error { message }
    }
  }
`);

const Reopen = graphql(`
  mutation SubMutReopen($input: ReopenSubtaskInput!) {
    reopenSubtask(input: $input) {
      __typename
      ... on ReopenSubtaskPayload { subtask { id done completedAt version } }
      ... on Error { message }
    }
  }
`);

const Delete = graphql(`
  mutation SubMutDelete($input: DeleteSubtaskInput!) {
    deleteSubtask(input: $input) {
      __typename
      ... on DeleteSubtaskPayload { deletedSubtaskId }
      ... on ConflictError { currentVersion }
      ... on Error { message }
    }
  }
`);

const Order = graphql(`
  query SubMutOrder($id: ID!) {
    task(id: $id) { subtaskProgress { total done } subtasks(first: 100) { edges { node { title } } } }
  }
`);

const NodeQuery = graphql(`
  query SubMutNode($id: ID!) { node(id: $id) { __typename ... on Subtask { title task { title } } } }
`);

let server: TestServer;
let taskA: string;
let taskB: string;
let otherProjectTask: string;

const titles = async (taskId: string) =>
  (await execute(server, Order, { id: taskId })).data?.task?.subtasks.edges.map((e) => e.node.title);

async function add(taskId: string, title: string, extra: { afterId?: string; beforeId?: string } = {}) {
  const r = await execute(server, Create, { input: { taskId, title, ...extra } });
  if (r.data?.createSubtask.__typename !== 'CreateSubtaskPayload') throw new Error(JSON.stringify(r));
  return r.data.createSubtask.subtask;
}

function eventKinds(): string[] {
  const conn = new Database(join(server.dataDir, 'maestro.db'), { readonly: true });
  try {
    return (conn.prepare('SELECT kind FROM "Event" ORDER BY seq').all() as { kind: string }[]).map((r) => r.kind);
  } finally {
    conn.close();
  }
}

beforeAll(async () => {
  server = await startServer();
  [taskA, taskB] = (await seedTasks(server, 2, 'A')).taskIds as [string, string];
  [otherProjectTask] = (await seedTasks(server, 1, 'B')).taskIds as [string];
});
afterAll(() => stopAllServers());

describe('subtask mutations', () => {
  it('should append at the end by default and honour afterId and beforeId', async () => {
    const first = await add(taskA, 'first');
    const last = await add(taskA, 'last');
    await add(taskA, 'middle', { afterId: first.id });
    await add(taskA, 'zeroth', { beforeId: first.id });
    await add(taskA, 'penultimate', { beforeId: last.id });
    expect(await titles(taskA)).toEqual(['zeroth', 'first', 'middle', 'penultimate', 'last']);
    const node = await execute(server, NodeQuery, { id: first.id });
    expect(node.data?.node).toEqual({ __typename: 'Subtask', title: 'first', task: { title: 'Task 0' } });
  });

  it('should refuse an empty title, a title over 500 characters and both afterId and beforeId', async () => {
    const anchor = await add(taskB, 'anchor');
    const empty = await execute(server, Create, { input: { taskId: taskB, title: '   ' } });
    expect(empty.data?.createSubtask).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'title'] }] });
    const long = await execute(server, Create, { input: { taskId: taskB, title: 'x'.repeat(501) } });
    expect(long.data?.createSubtask).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'title'] }] });
    const exact = await execute(server, Create, { input: { taskId: taskB, title: 'x'.repeat(500) } });
    expect(exact.data?.createSubtask.__typename).toBe('CreateSubtaskPayload');
    const both = await execute(server, Create, { input: { taskId: taskB, title: 't', afterId: anchor.id, beforeId: anchor.id } });
    expect(both.data?.createSubtask.__typename).toBe('ValidationError');
  });

  it('should give NotFoundError for an unknown task or subtask and ValidationError for a wrong-type ID', async () => {
    const unknownTask = Buffer.from('Task:nope').toString('base64');
    const r1 = await execute(server, Create, { input: { taskId: unknownTask, title: 't' } });
    expect(r1.data?.createSubtask).toMatchObject({ __typename: 'NotFoundError', type: 'Task', id: 'nope' });
    const unknownSubtask = Buffer.from('Subtask:nope').toString('base64');
    const r2 = await execute(server, Complete, { input: { id: unknownSubtask } });
    expect(r2.data?.completeSubtask.__typename).toBe('NotFoundError');
    const r3 = await execute(server, Complete, { input: { id: taskA } });
    expect(r3.data?.completeSubtask.__typename).toBe('ValidationError');
  });

  it('should refuse an afterId from another task and a move to a task of another project', async () => {
    const inA = await add(taskA, 'from A');
    const inB = await add(taskB, 'from B');
    const r1 = await execute(server, Create, { input: { taskId: taskB, title: 't', afterId: inA.id } });
    expect(r1.data?.createSubtask).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'afterId'] }] });
    const r2 = await execute(server, Move, { input: { id: inB.id, toTaskId: otherProjectTask } });
    expect(r2.data?.moveSubtask).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'toTaskId'] }] });
    const r3 = await execute(server, Move, { input: { id: inB.id, toTaskId: taskA } });
    expect(r3.data?.moveSubtask).toMatchObject({ __typename: 'MoveSubtaskPayload', subtask: { task: { id: taskA } } });
    expect((await titles(taskA))?.at(-1)).toBe('from B');
  });

  it('should complete and reopen with completedAt and version following, and conflict on a stale version', async () => {
    const s = await add(taskB, 'tick me');
    const done = await execute(server, Complete, { input: { id: s.id, expectedVersion: 1 } });
    expect(done.data?.completeSubtask).toMatchObject({ __typename: 'CompleteSubtaskPayload', subtask: { done: true, version: 2 } });
    const stale = await execute(server, Complete, { input: { id: s.id, expectedVersion: 1 } });
    expect(stale.data?.completeSubtask).toMatchObject({ __typename: 'ConflictError', currentVersion: 2, current: { done: true } });
    const reopened = await execute(server, Reopen, { input: { id: s.id } });
    expect(reopened.data?.reopenSubtask).toMatchObject({ subtask: { done: false, completedAt: null, version: 3 } });
  });

  it('should create a batch atomically: one invalid item creates nothing', async () => {
    const before = eventKinds().length;
    const bad = await execute(server, CreateMany, { input: { taskId: taskB, items: [{ title: 'ok' }, { title: '' }] } });
    expect(bad.data?.createSubtasks).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'items', '1', 'title'] }] });
    expect(eventKinds().length).toBe(before);
    const good = await execute(server, CreateMany, { input: { taskId: taskB, items: [{ title: 'b1' }, { title: 'b2' }, { title: 'b3' }] } });
    expect(good.data?.createSubtasks).toMatchObject({ subtasks: [{ title: 'b1' }, { title: 'b2' }, { title: 'b3' }] });
    expect(eventKinds().slice(before)).toEqual(['SUBTASK_CREATED', 'SUBTASK_CREATED', 'SUBTASK_CREATED']);
  });

  it('should return the first result for a retried clientMutationId and create nothing twice', async () => {
    const input = { taskId: taskB, title: 'once', clientMutationId: 'retry-1' };
    const [a, b] = await Promise.all([execute(server, Create, { input }), execute(server, Create, { input })]);
    const c = await execute(server, Create, { input });
    const ids = [a, b, c].map((r) => (r.data?.createSubtask.__typename === 'CreateSubtaskPayload' ? r.data.createSubtask.subtask.id : null));
    expect(ids[0]).not.toBeNull();
    expect(new Set(ids).size).toBe(1);
    expect((await titles(taskB))?.filter((t) => t === 'once')).toHaveLength(1);
    const del = { id: ids[0]!, expectedVersion: 1, clientMutationId: 'del-1' };
    const d1 = await execute(server, Delete, { input: del });
    const d2 = await execute(server, Delete, { input: del });
    expect(d1.data?.deleteSubtask).toEqual({ __typename: 'DeleteSubtaskPayload', deletedSubtaskId: ids[0] });
    expect(d2.data?.deleteSubtask).toEqual(d1.data?.deleteSubtask);
  });

  it('should append exactly one event per successful mutation and none for a failed one', async () => {
    const start = eventKinds().length;
    const s = await add(taskB, 'evented');
    await execute(server, Complete, { input: { id: s.id } });
    await execute(server, Complete, { input: { id: s.id, expectedVersion: 1 } }); // conflict: no event
    await execute(server, Reopen, { input: { id: s.id } });
    await execute(server, Move, { input: { id: s.id, toTaskId: taskA } });
    await execute(server, Delete, { input: { id: s.id, expectedVersion: 99 } }); // conflict: no event
    await execute(server, Delete, { input: { id: s.id } });
    expect(eventKinds().slice(start)).toEqual([
      'SUBTASK_CREATED',
      'SUBTASK_COMPLETED',
      'SUBTASK_REOPENED',
      'SUBTASK_MOVED',
      'SUBTASK_DELETED',
    ]);
  });

  it('should reject malformed and oversized input with typed errors and change nothing', async () => {
    const before = eventKinds().length;
    const r1 = await executeRaw(server, 'mutation { createSubtask(input: { title: "no task" }) { __typename } }');
    expect(r1.body.errors?.[0]?.message).toMatch(/taskId/);
    const r2 = await execute(server, Create, { input: { taskId: taskB, title: 't', description: 'd'.repeat(10_001) } });
    expect(r2.data?.createSubtask).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'description'] }] });
    const r3 = await execute(server, CreateMany, { input: { taskId: taskB, items: Array.from({ length: 101 }, (_, i) => ({ title: `i${i}` })) } });
    expect(r3.data?.createSubtasks.__typename).toBe('ValidationError');
    expect(eventKinds().length).toBe(before);
  });
});
