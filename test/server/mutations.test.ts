/**
 * Every mutation over real HTTP against a spawned server with its own SQLite file: the success
 * payload, each typed error, that a refused mutation changes nothing and appends no event, the
 * HTTP-level refusals (oversized and malformed bodies) and masked unexpected errors.
 */
import { join } from 'node:path';
import { request } from 'node:http';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { execute, executeRaw } from '../helpers/graphql.ts';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { createProject, createTask, SrvCreateProject, SrvCreateTask } from './support.ts';

const UpdateProject = graphql(`
  mutation SrvUpdateProject($input: UpdateProjectInput!) {
    updateProject(input: $input) {
      __typename
      ... on UpdateProjectPayload { project { id name workingDir description updatedAt } }
      ... on ValidationError { fields { path message } }
      ... on NotFoundError { id type }
      ... on Error { message }
    }
  }
`);

const DeleteProject = graphql(`
  mutation SrvDeleteProject($input: DeleteProjectInput!) {
    deleteProject(input: $input) {
      __typename
      ... on DeleteProjectPayload { deletedProjectId }
      ... on ProjectNotEmptyError { taskCount }
      ... on ValidationError { fields { path message } }
      ... on NotFoundError { id type }
      ... on Error { message }
    }
  }
`);

const UpdateTask = graphql(`
  mutation SrvUpdateTask($input: UpdateTaskInput!) {
    updateTask(input: $input) {
      __typename
      ... on UpdateTaskPayload {
        task { id title description status priority acceptanceCriteria startedAt completedAt updatedAt project { id } }
      }
      ... on ValidationError { fields { path message } }
      ... on NotFoundError { id type }
      ... on Error { message }
    }
  }
`);

const DeleteTask = graphql(`
  mutation SrvDeleteTask($input: DeleteTaskInput!) {
    deleteTask(input: $input) {
      __typename
      ... on DeleteTaskPayload { deletedTaskId }
      ... on ValidationError { fields { path message } }
      ... on NotFoundError { id type }
      ... on Error { message }
    }
  }
`);

const State = graphql(`
  query SrvMutationState {
    projects(first: 100) {
      edges {
        node {
          id name workingDir description updatedAt
          tasks(first: 100) { edges { node { id title description status priority acceptanceCriteria startedAt completedAt updatedAt } } }
        }
      }
    }
    events(last: 1) { totalCount edges { node { seq kind } } }
  }
`);

const TaskById = graphql(`
  query SrvMutationTask($id: ID!) { task(id: $id) { id title status startedAt completedAt project { id } } }
`);

const ProjectById = graphql(`
  query SrvMutationProject($id: ID!) { project(id: $id) { id name tasks(first: 10) { totalCount } } }
`);

const LatestEvents = graphql(`
  query SrvLatestEvents($last: Int!) { events(last: $last) { edges { node { seq kind projectId taskId payload } } } }
`);

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => stopAllServers());

// Global IDs are base64("Type:id"); these are well formed but name rows that do not exist.
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const UNKNOWN_PROJECT = globalId('Project', 'cunknownproject000000000');
const UNKNOWN_TASK = globalId('Task', 'cunknowntask000000000000');
const MALFORMED = 'definitely not a global id';

async function state() {
  const r = await execute(server, State);
  expect(r.errors).toBeUndefined();
  return r.data!;
}

async function latestEvent() {
  const r = await execute(server, LatestEvents, { last: 1 });
  return r.data!.events.edges[0]!.node;
}

/** Runs `fn` and asserts no row and no event changed while it ran. */
async function expectNoChange(fn: () => Promise<void>) {
  const before = await state();
  await fn();
  expect(await state()).toEqual(before);
}

describe('createProject', () => {
  it('should create a project, return it and append PROJECT_CREATED', async () => {
    const r = await execute(server, SrvCreateProject, { input: { name: '  Alpha  ', workingDir: '/src/alpha', description: 'First' } });
    const result = r.data?.createProject;
    expect(result?.__typename).toBe('CreateProjectPayload');
    if (result?.__typename !== 'CreateProjectPayload') return;
    expect(result.project).toMatchObject({ name: 'Alpha', workingDir: '/src/alpha', description: 'First' });
    expect(Buffer.from(result.project.id, 'base64').toString()).toMatch(/^Project:/);
    expect(await latestEvent()).toMatchObject({ kind: 'PROJECT_CREATED', projectId: result.project.id });
  });

  it('should default workingDir and description to empty strings', async () => {
    const r = await execute(server, SrvCreateProject, { input: { name: 'Defaults' } });
    expect(r.data?.createProject).toMatchObject({ __typename: 'CreateProjectPayload', project: { workingDir: '', description: '' } });
  });

  it('should accept a name of exactly 200 characters and a description of exactly 10 000', async () => {
    const r = await execute(server, SrvCreateProject, { input: { name: 'n'.repeat(200), description: 'd'.repeat(10_000) } });
    expect(r.data?.createProject.__typename).toBe('CreateProjectPayload');
  });

  it.each([
    ['an empty name', { name: '' }, ['input', 'name']],
    ['a blank name', { name: '   ' }, ['input', 'name']],
    ['a name over 200 characters', { name: 'n'.repeat(201) }, ['input', 'name']],
    ['a description over 10 000 characters', { name: 'ok', description: 'd'.repeat(10_001) }, ['input', 'description']],
  ])('should refuse %s with a ValidationError naming the field', async (_label, input, path) => {
    await expectNoChange(async () => {
      const r = await execute(server, SrvCreateProject, { input });
      expect(r.data?.createProject).toMatchObject({ __typename: 'ValidationError', fields: [{ path }] });
    });
  });

  it('should list every offending field in one ValidationError', async () => {
    const r = await execute(server, SrvCreateProject, { input: { name: '', description: 'd'.repeat(10_001) } });
    const result = r.data?.createProject;
    expect(result?.__typename).toBe('ValidationError');
    if (result?.__typename !== 'ValidationError') return;
    expect(result.fields.map((f) => f.path)).toEqual([['input', 'name'], ['input', 'description']]);
    expect(result.message).toContain('input.name');
  });
});

describe('updateProject', () => {
  it('should change only the given fields and append PROJECT_UPDATED', async () => {
    const id = (await execute(server, SrvCreateProject, { input: { name: 'Before', workingDir: '/w', description: 'keep me' } })).data!
      .createProject;
    if (id.__typename !== 'CreateProjectPayload') throw new Error('setup failed');
    const r = await execute(server, UpdateProject, { input: { id: id.project.id, name: 'After' } });
    expect(r.data?.updateProject).toMatchObject({
      __typename: 'UpdateProjectPayload',
      project: { id: id.project.id, name: 'After', workingDir: '/w', description: 'keep me' },
    });
    const event = await latestEvent();
    expect(event).toMatchObject({ kind: 'PROJECT_UPDATED', projectId: id.project.id });
    expect((event.payload as { changed: string[] }).changed).toEqual(['name']);
  });

  it.each([
    ['an empty name', { name: '' }, ['input', 'name']],
    ['a name over 200 characters', { name: 'n'.repeat(201) }, ['input', 'name']],
    ['a description over 10 000 characters', { description: 'd'.repeat(10_001) }, ['input', 'description']],
  ])('should refuse %s with a ValidationError naming the field', async (_label, input, path) => {
    const id = await createProject(server, 'Valid');
    await expectNoChange(async () => {
      const r = await execute(server, UpdateProject, { input: { id, ...input } });
      expect(r.data?.updateProject).toMatchObject({ __typename: 'ValidationError', fields: [{ path }] });
    });
  });

  it('should refuse a malformed global ID with a ValidationError on input.id', async () => {
    await expectNoChange(async () => {
      const r = await execute(server, UpdateProject, { input: { id: MALFORMED, name: 'x' } });
      expect(r.data?.updateProject).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'id'] }] });
    });
  });

  it('should refuse a Task ID where a Project ID is expected', async () => {
    const taskId = await createTask(server, await createProject(server), 'not a project');
    await expectNoChange(async () => {
      const r = await execute(server, UpdateProject, { input: { id: taskId, name: 'x' } });
      expect(r.data?.updateProject).toMatchObject({
        __typename: 'ValidationError',
        fields: [{ path: ['input', 'id'], message: 'expected a Project ID, got a Task ID' }],
      });
    });
  });

  it('should answer NotFoundError for an unknown project', async () => {
    await expectNoChange(async () => {
      const r = await execute(server, UpdateProject, { input: { id: UNKNOWN_PROJECT, name: 'x' } });
      expect(r.data?.updateProject).toMatchObject({ __typename: 'NotFoundError', type: 'Project', id: 'cunknownproject000000000' });
    });
  });
});

describe('deleteProject', () => {
  it('should delete an empty project and append PROJECT_DELETED', async () => {
    const id = await createProject(server, 'Doomed');
    const r = await execute(server, DeleteProject, { input: { id } });
    expect(r.data?.deleteProject).toEqual({ __typename: 'DeleteProjectPayload', deletedProjectId: id });
    expect((await execute(server, ProjectById, { id })).data?.project).toBeNull();
    expect(await latestEvent()).toMatchObject({ kind: 'PROJECT_DELETED', projectId: id });
  });

  it('should refuse a project with tasks with ProjectNotEmptyError and keep it', async () => {
    const id = await createProject(server, 'Busy');
    await createTask(server, id, 'one');
    await createTask(server, id, 'two');
    await expectNoChange(async () => {
      const r = await execute(server, DeleteProject, { input: { id } });
      expect(r.data?.deleteProject).toMatchObject({ __typename: 'ProjectNotEmptyError', taskCount: 2, message: expect.stringMatching(/force: true/) });
    });
    const r = await execute(server, DeleteProject, { input: { id, force: false } });
    expect(r.data?.deleteProject.__typename).toBe('ProjectNotEmptyError');
  });

  it('should delete a project and its tasks with force: true', async () => {
    const id = await createProject(server, 'Forced');
    const taskId = await createTask(server, id, 'goes too');
    const r = await execute(server, DeleteProject, { input: { id, force: true } });
    expect(r.data?.deleteProject).toEqual({ __typename: 'DeleteProjectPayload', deletedProjectId: id });
    expect((await execute(server, ProjectById, { id })).data?.project).toBeNull();
    expect((await execute(server, TaskById, { id: taskId })).data?.task).toBeNull();
    const event = await latestEvent();
    expect(event).toMatchObject({ kind: 'PROJECT_DELETED', projectId: id, payload: { deletedTasks: 1 } });
  });

  it.each([
    ['NotFoundError for an unknown project', UNKNOWN_PROJECT, { __typename: 'NotFoundError', type: 'Project' }],
    ['a ValidationError for a malformed ID', MALFORMED, { __typename: 'ValidationError', fields: [{ path: ['input', 'id'] }] }],
  ])('should answer %s', async (_label, id, expected) => {
    await expectNoChange(async () => {
      const r = await execute(server, DeleteProject, { input: { id, force: true } });
      expect(r.data?.deleteProject).toMatchObject(expected);
    });
  });

  it('should refuse a Task ID where a Project ID is expected', async () => {
    const taskId = await createTask(server, await createProject(server), 'stays');
    await expectNoChange(async () => {
      const r = await execute(server, DeleteProject, { input: { id: taskId, force: true } });
      expect(r.data?.deleteProject).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'id'] }] });
    });
  });
});

describe('createTask', () => {
  it('should create a task with defaults and append TASK_CREATED', async () => {
    const projectId = await createProject(server, 'Tasks');
    const r = await execute(server, SrvCreateTask, {
      input: { projectId, title: 'Write tests', acceptanceCriteria: ['green', 'fast'] },
    });
    const result = r.data?.createTask;
    expect(result?.__typename).toBe('CreateTaskPayload');
    if (result?.__typename !== 'CreateTaskPayload') return;
    expect(result.task).toMatchObject({
      title: 'Write tests',
      description: '',
      status: 'TODO',
      priority: 'MEDIUM',
      acceptanceCriteria: ['green', 'fast'],
      startedAt: null,
      completedAt: null,
      project: { id: projectId },
    });
    expect(await latestEvent()).toMatchObject({ kind: 'TASK_CREATED', projectId, taskId: result.task.id });
  });

  it.each([
    ['TODO', false, false],
    ['IN_PROGRESS', true, false],
    ['BLOCKED', true, false],
    ['IN_REVIEW', true, false],
    ['DONE', true, true],
    ['CANCELLED', false, true],
  ] as const)('should set timestamps right when created as %s', async (status, started, completed) => {
    const projectId = await createProject(server);
    const r = await execute(server, SrvCreateTask, { input: { projectId, title: status, status, priority: 'HIGH' } });
    const result = r.data?.createTask;
    if (result?.__typename !== 'CreateTaskPayload') throw new Error(JSON.stringify(r));
    expect(result.task.status).toBe(status);
    expect(result.task.priority).toBe('HIGH');
    expect(result.task.startedAt !== null).toBe(started);
    expect(result.task.completedAt !== null).toBe(completed);
  });

  it.each([
    ['an empty title', { title: '' }, ['input', 'title']],
    ['a title over 200 characters', { title: 't'.repeat(201) }, ['input', 'title']],
    ['a description over 10 000 characters', { title: 'ok', description: 'd'.repeat(10_001) }, ['input', 'description']],
    ['an empty acceptance criterion', { title: 'ok', acceptanceCriteria: ['fine', ' '] }, ['input', 'acceptanceCriteria', '1']],
  ])('should refuse %s with a ValidationError naming the field', async (_label, input, path) => {
    const projectId = await createProject(server);
    await expectNoChange(async () => {
      const r = await execute(server, SrvCreateTask, { input: { projectId, ...input } });
      expect(r.data?.createTask).toMatchObject({ __typename: 'ValidationError', fields: [{ path }] });
    });
  });

  it('should refuse a malformed projectId with a ValidationError on input.projectId', async () => {
    await expectNoChange(async () => {
      const r = await execute(server, SrvCreateTask, { input: { projectId: MALFORMED, title: 'x' } });
      expect(r.data?.createTask).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'projectId'] }] });
    });
  });

  it('should refuse a Task ID given as projectId', async () => {
    const taskId = await createTask(server, await createProject(server), 'a task');
    await expectNoChange(async () => {
      const r = await execute(server, SrvCreateTask, { input: { projectId: taskId, title: 'x' } });
      expect(r.data?.createTask).toMatchObject({
        __typename: 'ValidationError',
        fields: [{ path: ['input', 'projectId'], message: 'expected a Project ID, got a Task ID' }],
      });
    });
  });

  it('should answer NotFoundError for an unknown project', async () => {
    await expectNoChange(async () => {
      const r = await execute(server, SrvCreateTask, { input: { projectId: UNKNOWN_PROJECT, title: 'x' } });
      expect(r.data?.createTask).toMatchObject({ __typename: 'NotFoundError', type: 'Project', id: 'cunknownproject000000000' });
    });
  });
});

describe('updateTask', () => {
  it('should change only the given fields and append TASK_UPDATED', async () => {
    const projectId = await createProject(server);
    const created = await execute(server, SrvCreateTask, {
      input: { projectId, title: 'Old', description: 'keep', priority: 'LOW', acceptanceCriteria: ['a'] },
    });
    if (created.data?.createTask.__typename !== 'CreateTaskPayload') throw new Error('setup failed');
    const id = created.data.createTask.task.id;
    const r = await execute(server, UpdateTask, { input: { id, title: 'New', priority: 'CRITICAL', projectId } });
    expect(r.data?.updateTask).toMatchObject({
      __typename: 'UpdateTaskPayload',
      task: { id, title: 'New', description: 'keep', priority: 'CRITICAL', acceptanceCriteria: ['a'], status: 'TODO' },
    });
    const event = await latestEvent();
    expect(event).toMatchObject({ kind: 'TASK_UPDATED', taskId: id, projectId });
    expect((event.payload as { changed: string[] }).changed.sort()).toEqual(['priority', 'title']);
  });

  it('should keep startedAt and completedAt right through a task\'s life', async () => {
    const id = await createTask(server, await createProject(server), 'lifecycle');
    const move = async (status?: 'TODO' | 'IN_PROGRESS' | 'BLOCKED' | 'IN_REVIEW' | 'DONE' | 'CANCELLED') => {
      const r = await execute(server, UpdateTask, { input: status ? { id, status } : { id, description: 'touch' } });
      if (r.data?.updateTask.__typename !== 'UpdateTaskPayload') throw new Error(JSON.stringify(r));
      return r.data.updateTask.task;
    };

    const started = await move('IN_PROGRESS');
    expect(started.startedAt).not.toBeNull();
    expect(started.completedAt).toBeNull();

    const blocked = await move('BLOCKED');
    expect(blocked.startedAt).toBe(started.startedAt); // the first start is kept
    expect(blocked.completedAt).toBeNull();

    const review = await move('IN_REVIEW');
    expect(review.startedAt).toBe(started.startedAt);

    const done = await move('DONE');
    expect(done.startedAt).toBe(started.startedAt);
    expect(done.completedAt).not.toBeNull();
    expect(Date.parse(done.completedAt!)).toBeGreaterThanOrEqual(Date.parse(started.startedAt!));

    const untouched = await move(); // no status in the input: timestamps stay
    expect(untouched).toMatchObject({ status: 'DONE', startedAt: done.startedAt, completedAt: done.completedAt });

    const sameStatus = await move('DONE'); // same status again: completedAt is not moved
    expect(sameStatus.completedAt).toBe(done.completedAt);

    const reopened = await move('IN_PROGRESS');
    expect(reopened.startedAt).toBe(started.startedAt);
    expect(reopened.completedAt).toBeNull();

    const cancelled = await move('CANCELLED');
    expect(cancelled.startedAt).toBe(started.startedAt);
    expect(cancelled.completedAt).not.toBeNull();

    const reset = await move('TODO');
    expect(reset.startedAt).toBeNull();
    expect(reset.completedAt).toBeNull();

    const cancelledUnstarted = await move('CANCELLED');
    expect(cancelledUnstarted.startedAt).toBeNull();
    expect(cancelledUnstarted.completedAt).not.toBeNull();

    const event = await latestEvent();
    expect(event).toMatchObject({ kind: 'TASK_UPDATED', payload: { previousStatus: 'TODO' } });
  });

  it.each([
    ['an empty title', { title: '' }, ['input', 'title']],
    ['a title over 200 characters', { title: 't'.repeat(201) }, ['input', 'title']],
    ['a description over 10 000 characters', { description: 'd'.repeat(10_001) }, ['input', 'description']],
  ])('should refuse %s with a ValidationError naming the field', async (_label, input, path) => {
    const id = await createTask(server, await createProject(server));
    await expectNoChange(async () => {
      const r = await execute(server, UpdateTask, { input: { id, ...input } });
      expect(r.data?.updateTask).toMatchObject({ __typename: 'ValidationError', fields: [{ path }] });
    });
  });

  it('should refuse a malformed task ID and a Project ID given as the task ID', async () => {
    const projectId = await createProject(server);
    await expectNoChange(async () => {
      const malformed = await execute(server, UpdateTask, { input: { id: MALFORMED, title: 'x' } });
      expect(malformed.data?.updateTask).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'id'] }] });
      const wrongType = await execute(server, UpdateTask, { input: { id: projectId, title: 'x' } });
      expect(wrongType.data?.updateTask).toMatchObject({
        __typename: 'ValidationError',
        fields: [{ path: ['input', 'id'], message: 'expected a Task ID, got a Project ID' }],
      });
    });
  });

  it('should refuse a malformed projectId with a ValidationError on input.projectId', async () => {
    const id = await createTask(server, await createProject(server));
    await expectNoChange(async () => {
      const r = await execute(server, UpdateTask, { input: { id, projectId: MALFORMED, title: 'x' } });
      expect(r.data?.updateTask).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'projectId'] }] });
    });
  });

  it('should answer NotFoundError for an unknown task', async () => {
    await expectNoChange(async () => {
      const r = await execute(server, UpdateTask, { input: { id: UNKNOWN_TASK, title: 'x' } });
      expect(r.data?.updateTask).toMatchObject({ __typename: 'NotFoundError', type: 'Task', id: 'cunknowntask000000000000' });
    });
  });

  it('should answer NotFoundError when the task is addressed through another project', async () => {
    const owner = await createProject(server, 'Owner');
    const other = await createProject(server, 'Other');
    const id = await createTask(server, owner, 'mine');
    await expectNoChange(async () => {
      const r = await execute(server, UpdateTask, { input: { id, projectId: other, title: 'hijacked', status: 'DONE' } });
      expect(r.data?.updateTask).toMatchObject({ __typename: 'NotFoundError', type: 'Task' });
    });
    expect((await execute(server, TaskById, { id })).data?.task).toMatchObject({ title: 'mine', status: 'TODO', project: { id: owner } });
  });
});

describe('deleteTask', () => {
  it('should delete a task and append TASK_DELETED', async () => {
    const projectId = await createProject(server);
    const id = await createTask(server, projectId, 'bye');
    const r = await execute(server, DeleteTask, { input: { id, projectId } });
    expect(r.data?.deleteTask).toEqual({ __typename: 'DeleteTaskPayload', deletedTaskId: id });
    expect((await execute(server, TaskById, { id })).data?.task).toBeNull();
    expect(await latestEvent()).toMatchObject({ kind: 'TASK_DELETED', taskId: id, projectId });
    const again = await execute(server, DeleteTask, { input: { id } });
    expect(again.data?.deleteTask).toMatchObject({ __typename: 'NotFoundError', type: 'Task' });
  });

  it('should answer NotFoundError for an unknown task', async () => {
    await expectNoChange(async () => {
      const r = await execute(server, DeleteTask, { input: { id: UNKNOWN_TASK } });
      expect(r.data?.deleteTask).toMatchObject({ __typename: 'NotFoundError', type: 'Task' });
    });
  });

  it('should answer NotFoundError when the task is addressed through another project and keep the task', async () => {
    const owner = await createProject(server, 'Owner');
    const other = await createProject(server, 'Other');
    const id = await createTask(server, owner, 'keep me');
    await expectNoChange(async () => {
      const r = await execute(server, DeleteTask, { input: { id, projectId: other } });
      expect(r.data?.deleteTask).toMatchObject({ __typename: 'NotFoundError', type: 'Task' });
    });
    expect((await execute(server, TaskById, { id })).data?.task).toMatchObject({ title: 'keep me' });
  });

  it('should refuse a malformed ID and a Project ID given as the task ID', async () => {
    const projectId = await createProject(server);
    await expectNoChange(async () => {
      const malformed = await execute(server, DeleteTask, { input: { id: MALFORMED } });
      expect(malformed.data?.deleteTask).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'id'] }] });
      const wrongType = await execute(server, DeleteTask, { input: { id: projectId } });
      expect(wrongType.data?.deleteTask).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'id'] }] });
    });
  });
});

describe('HTTP refusals', () => {
  const bigQuery = () => `mutation { createProject(input: { name: "big", description: "${'x'.repeat(1024 * 1024)}" }) { __typename } }`;

  it('should answer 413 PAYLOAD_TOO_LARGE for a body over 1 MiB and create nothing', async () => {
    await expectNoChange(async () => {
      const res = await fetch(server.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: bigQuery() }),
      });
      expect(res.status).toBe(413);
      const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    });
  });

  it('should answer 413 PAYLOAD_TOO_LARGE for a chunked body over 1 MiB (no Content-Length)', async () => {
    await expectNoChange(async () => {
      const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
          let text = '';
          res.on('data', (d) => (text += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        });
        req.on('error', reject);
        const payload = JSON.stringify({ query: bigQuery() });
        for (let i = 0; i < payload.length; i += 64 * 1024) req.write(payload.slice(i, i + 64 * 1024));
        req.end();
      });
      expect(status).toBe(413);
      expect(JSON.parse(body).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    });
  });

  it('should accept a chunked body under the limit', async () => {
    const status = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
      req.write('{"query":"{ projects(first: 1) ');
      req.end('{ totalCount } }"}');
    });
    expect(status.status).toBe(200);
    expect(JSON.parse(status.body).data.projects.totalCount).toBeGreaterThan(0);
  });

  it('should answer 400 with a GraphQL error for a malformed JSON body', async () => {
    await expectNoChange(async () => {
      const res = await fetch(server.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query": "mutation { createProject(input: {name: \\"x\\"}) { __typename } }"',
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { errors: { message: string }[]; data?: unknown };
      expect(body.data).toBeUndefined();
      expect(body.errors[0]!.message).toMatch(/JSON/i);
    });
  });

  it('should refuse an input with a wrong variable type without running the resolver', async () => {
    await expectNoChange(async () => {
      const { status, body } = await executeRaw(server, SrvCreateProject.toString(), { input: { name: 42 } });
      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.message).toMatch(/String/);
    });
  });
});

describe('unexpected errors', () => {
  // A trigger in the database makes every event append fail with an internal message: the
  // resolver then throws a genuine non-domain (Prisma) error, which must reach the client masked,
  // and because the change and its event share one transaction, nothing may be left behind.
  const SECRET = 'internal-detail-7f3a SQLITE trigger says no';

  async function withFailingEventAppend(fn: () => Promise<void>) {
    const conn = new Database(join(server.dataDir, 'maestro.db'));
    conn.pragma('busy_timeout = 5000');
    conn.exec(`CREATE TRIGGER test_fail_event BEFORE INSERT ON "Event" BEGIN SELECT RAISE(ABORT, '${SECRET}'); END;`);
    try {
      await fn();
    } finally {
      conn.exec('DROP TRIGGER test_fail_event');
      conn.close();
    }
  }

  function expectMasked(status: number, body: { data?: unknown; errors?: { message: string; extensions?: unknown }[] }) {
    expect(status).toBe(200);
    expect(body.data).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.message).toBe('Unexpected error.');
    const text = JSON.stringify(body);
    for (const leak of ['internal-detail', 'SQLITE', 'trigger', 'prisma', 'Prisma', 'stack', 'Event', '.ts']) {
      expect(text).not.toContain(leak);
    }
  }

  it('should mask a database failure in every mutation and leave no change behind', async () => {
    const projectId = await createProject(server, 'Victim');
    const taskId = await createTask(server, projectId, 'victim task');
    const emptyId = await createProject(server, 'Empty victim');
    const calls: [string, string, Record<string, unknown>][] = [
      ['createProject', SrvCreateProject.toString(), { input: { name: 'never' } }],
      ['updateProject', UpdateProject.toString(), { input: { id: projectId, name: 'never' } }],
      ['deleteProject', DeleteProject.toString(), { input: { id: emptyId } }],
      ['deleteProject (force)', DeleteProject.toString(), { input: { id: projectId, force: true } }],
      ['createTask', SrvCreateTask.toString(), { input: { projectId, title: 'never' } }],
      ['updateTask', UpdateTask.toString(), { input: { id: taskId, status: 'DONE' } }],
      ['deleteTask', DeleteTask.toString(), { input: { id: taskId } }],
    ];
    const before = await state();
    await withFailingEventAppend(async () => {
      for (const [name, query, variables] of calls) {
        const { status, body } = await executeRaw(server, query, variables);
        try {
          expectMasked(status, body);
        } catch (error) {
          throw new Error(`${name}: ${(error as Error).message}\n${JSON.stringify(body)}`);
        }
      }
    });
    expect(await state()).toEqual(before);
    // And the server is healthy again once the cause is gone.
    const after = await execute(server, UpdateTask, { input: { id: taskId, status: 'DONE' } });
    expect(after.data?.updateTask.__typename).toBe('UpdateTaskPayload');
  });

  it('should answer a write lock held by another process past the wait with the retryable DATABASE_BUSY', async () => {
    const projectId = await createProject(server, 'Locked out');
    const before = await state();
    const conn = new Database(join(server.dataDir, 'maestro.db'));
    conn.exec('BEGIN IMMEDIATE');
    try {
      const { status, body } = await executeRaw(server, SrvCreateTask.toString(), { input: { projectId, title: 'waits' } });
      // Not masked: the client can do something about it (retry), and nothing was changed.
      expect(status).toBe(503);
      expect(body.data).toBeNull();
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0]!.extensions).toMatchObject({ code: 'DATABASE_BUSY', retryable: true });
      expect(body.errors![0]!.message).toMatch(/another process .* write lock/);
      expect(JSON.stringify(body)).not.toMatch(/SQLITE|prisma|\bat \//i);
    } finally {
      conn.exec('ROLLBACK');
      conn.close();
    }
    expect(await state()).toEqual(before);
  }, 30_000);
});
