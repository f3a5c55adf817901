import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { execute } from '../helpers/graphql.ts';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { createProject, createSession, createTask, HkCreateSession } from '../hooks/helpers.ts';

const UpdateSession = graphql(`
  mutation HkUpdateSession($input: UpdateSessionInput!) {
    updateSession(input: $input) {
      __typename
      ... on UpdateSessionPayload { session { id name role cwd parent { id } } }
      ... on ValidationError { message fields { path message } }
      ... on NotFoundError { message }
      ... on Error { message }
    }
  }
`);

const Link = graphql(`
  mutation HkLinkSessionTask($input: LinkSessionTaskInput!) {
    linkSessionTask(input: $input) {
      __typename
      ... on LinkSessionTaskPayload { session { id tasks { totalCount edges { node { id } } } } }
      ... on Error { message }
    }
  }
`);

const Unlink = graphql(`
  mutation HkUnlinkSessionTask($input: UnlinkSessionTaskInput!) {
    unlinkSessionTask(input: $input) {
      __typename
      ... on UnlinkSessionTaskPayload { session { id tasks { totalCount } } }
      ... on Error { message }
    }
  }
`);

const Sessions = graphql(`
  query HkSessions($projectId: ID, $taskId: ID, $status: SessionStatus, $first: Int, $after: String) {
    sessions(projectId: $projectId, taskId: $taskId, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name status project { id } } }
    }
  }
`);

const TaskSessions = graphql(`
  query HkTaskSessions($id: ID!) {
    task(id: $id) { sessions { totalCount edges { node { id name } } } }
  }
`);

const SessionTree = graphql(`
  query HkSessionTree($id: ID!) {
    session(id: $id) { id parent { id } children { totalCount edges { node { id } } } }
  }
`);

const SessionEventKinds = graphql(`
  query HkSessionEventKinds($id: ID!) {
    events(first: 100, filter: { sessionId: $id }) { edges { node { kind taskId payload } } }
  }
`);

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => stopAllServers());

describe('sessions', () => {
  it('should create a session and return its token once, storing only a hash', async () => {
    const projectId = await createProject(server, 'Tokens');
    const taskId = await createTask(server, projectId);
    const r = await execute(server, HkCreateSession, {
      input: { projectId, name: 'by hand', role: 'ORCHESTRATOR', cwd: '/home/dev/project', taskIds: [taskId] },
    });
    expect(r.data?.createSession.__typename).toBe('CreateSessionPayload');
    if (r.data?.createSession.__typename !== 'CreateSessionPayload') return;
    const { session, token } = r.data.createSession;
    expect(token).toMatch(/^mst_[A-Za-z0-9_-]{43}$/);
    expect(session).toMatchObject({ name: 'by hand', role: 'ORCHESTRATOR', status: 'STARTING', cwd: '/home/dev/project', agentSessionId: null });
    expect(session.tasks.edges.map((e) => e.node.id)).toEqual([taskId]);

    // No file of the data directory (database, WAL, anything below it) contains the token.
    const files = (readdirSync(server.dataDir, { recursive: true }) as string[])
      .map((f) => join(server.dataDir, f))
      .filter((path) => statSync(path).isFile())
      .map((path) => readFileSync(path));
    expect(files.length).toBeGreaterThan(0);
    for (const bytes of files) expect(bytes.includes(Buffer.from(token))).toBe(false);

    const events = await execute(server, SessionEventKinds, { id: session.id });
    expect(events.data?.events.edges.map((e) => e.node.kind)).toEqual(['SESSION_CREATED']);
    expect(JSON.stringify(events.data?.events.edges[0]?.node.payload)).not.toContain('tokenHash');
  });

  it('should refuse bad input with typed errors and change nothing', async () => {
    const projectId = await createProject(server, 'Errors');
    const other = await createProject(server, 'Other');
    const otherTask = await createTask(server, other);

    const empty = await execute(server, HkCreateSession, { input: { projectId, name: '   ' } });
    expect(empty.data?.createSession).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'name'] }] });

    // Another last character, so the id names no project (one in 64 ids already ends in 'x').
    const missingId = projectId.slice(0, -1) + (projectId.endsWith('x') ? 'y' : 'x');
    const missing = await execute(server, HkCreateSession, { input: { projectId: missingId } });
    expect(['ValidationError', 'NotFoundError']).toContain(missing.data?.createSession.__typename);

    const crossTask = await execute(server, HkCreateSession, { input: { projectId, taskIds: [otherTask] } });
    expect(crossTask.data?.createSession).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'taskIds', '0'] }] });

    const wrongType = await execute(server, HkCreateSession, { input: { projectId: otherTask } });
    expect(wrongType.data?.createSession).toMatchObject({ __typename: 'ValidationError', message: expect.stringContaining('expected a Project ID') });

    const list = await execute(server, Sessions, { projectId });
    expect(list.data?.sessions.totalCount).toBe(0);
  });

  it('should update fields and parents, refusing cycles and cross-project parents', async () => {
    const projectId = await createProject(server, 'Tree');
    const root = await createSession(server, projectId, 'root');
    const child = await createSession(server, projectId, 'child');
    const foreign = await createSession(server, undefined, 'foreign');

    const renamed = await execute(server, UpdateSession, { input: { id: child.id, name: 'worker 1', role: 'WORKER', cwd: '/w', parentId: root.id } });
    expect(renamed.data?.updateSession).toEqual({
      __typename: 'UpdateSessionPayload',
      session: { id: child.id, name: 'worker 1', role: 'WORKER', cwd: '/w', parent: { id: root.id } },
    });
    const tree = await execute(server, SessionTree, { id: root.id });
    expect(tree.data?.session?.children.edges.map((e) => e.node.id)).toEqual([child.id]);

    const cycle = await execute(server, UpdateSession, { input: { id: root.id, parentId: child.id } });
    expect(cycle.data?.updateSession).toMatchObject({ __typename: 'ValidationError', message: expect.stringContaining('cycle') });
    const self = await execute(server, UpdateSession, { input: { id: root.id, parentId: root.id } });
    expect(self.data?.updateSession.__typename).toBe('ValidationError');
    const cross = await execute(server, UpdateSession, { input: { id: child.id, parentId: foreign.id } });
    expect(cross.data?.updateSession).toMatchObject({ __typename: 'ValidationError', message: expect.stringContaining('another project') });

    const detached = await execute(server, UpdateSession, { input: { id: child.id, clearParent: true } });
    expect(detached.data?.updateSession).toMatchObject({ session: { parent: null } });

    const kinds = await execute(server, SessionEventKinds, { id: child.id });
    expect(kinds.data?.events.edges.map((e) => e.node.kind)).toEqual(['SESSION_CREATED', 'SESSION_UPDATED', 'SESSION_UPDATED']);
  });

  it('should link and unlink tasks idempotently, with one event per real change', async () => {
    const projectId = await createProject(server, 'Links');
    const taskA = await createTask(server, projectId, 'A');
    const taskB = await createTask(server, projectId, 'B');
    const s = await createSession(server, projectId, 'linker');
    const foreignTask = await createTask(server, await createProject(server, 'Elsewhere'));

    await execute(server, Link, { input: { sessionId: s.id, taskId: taskA } });
    const again = await execute(server, Link, { input: { sessionId: s.id, taskId: taskA } });
    const both = await execute(server, Link, { input: { sessionId: s.id, taskId: taskB } });
    expect(again.data?.linkSessionTask).toMatchObject({ session: { tasks: { totalCount: 1 } } });
    expect(both.data?.linkSessionTask).toMatchObject({ session: { tasks: { totalCount: 2 } } });
    const foreign = await execute(server, Link, { input: { sessionId: s.id, taskId: foreignTask } });
    expect(foreign.data?.linkSessionTask.__typename).toBe('ValidationError');

    const taskSessions = await execute(server, TaskSessions, { id: taskA });
    expect(taskSessions.data?.task?.sessions.edges.map((e) => e.node.id)).toEqual([s.id]);
    const byTask = await execute(server, Sessions, { taskId: taskB });
    expect(byTask.data?.sessions.edges.map((e) => e.node.id)).toEqual([s.id]);

    const unlinked = await execute(server, Unlink, { input: { sessionId: s.id, taskId: taskA } });
    await execute(server, Unlink, { input: { sessionId: s.id, taskId: taskA } });
    expect(unlinked.data?.unlinkSessionTask).toMatchObject({ session: { tasks: { totalCount: 1 } } });

    const kinds = await execute(server, SessionEventKinds, { id: s.id });
    expect(kinds.data?.events.edges.map((e) => e.node.kind)).toEqual([
      'SESSION_CREATED',
      'SESSION_TASK_LINKED',
      'SESSION_TASK_LINKED',
      'SESSION_TASK_UNLINKED',
    ]);
  });

  it('should list sessions newest first, filtered by project and status, page by page', async () => {
    const projectId = await createProject(server, 'Paging');
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await createSession(server, projectId, `s${i}`)).id);
    const page1 = await execute(server, Sessions, { projectId, first: 3 });
    expect(page1.data?.sessions.totalCount).toBe(5);
    expect(page1.data?.sessions.pageInfo.hasNextPage).toBe(true);
    const page2 = await execute(server, Sessions, { projectId, first: 3, after: page1.data!.sessions.pageInfo.endCursor });
    const seen = [...page1.data!.sessions.edges, ...page2.data!.sessions.edges].map((e) => e.node.id);
    expect(seen).toEqual([...ids].reverse());
    const starting = await execute(server, Sessions, { projectId, status: 'STARTING' });
    expect(starting.data?.sessions.totalCount).toBe(5);
    const ended = await execute(server, Sessions, { projectId, status: 'ENDED' });
    expect(ended.data?.sessions.totalCount).toBe(0);
  });
});
