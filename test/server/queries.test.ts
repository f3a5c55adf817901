/**
 * Reads over real HTTP: node/nodes by global ID, the projects and tasks connections with
 * first/after paging (first is clamped to 100), and status/project filters on Query.tasks and
 * Project.tasks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { execute, executeRaw } from '../helpers/graphql.ts';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { createSession } from '../hooks/helpers.ts';
import { createProject, createTask } from './support.ts';

const Node = graphql(`
  query SrvNode($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Project { name }
      ... on Task { title project { id } }
    }
  }
`);

const Nodes = graphql(`
  query SrvNodes($ids: [ID!]!) {
    nodes(ids: $ids) { __typename id ... on Project { name } ... on Task { title } }
  }
`);

const Projects = graphql(`
  query SrvProjects($first: Int, $after: String) {
    projects(first: $first, after: $after) {
      totalCount
      edges { cursor node { id name } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);

const Tasks = graphql(`
  query SrvTasks($projectId: ID, $status: TaskStatus, $first: Int, $after: String) {
    tasks(projectId: $projectId, status: $status, first: $first, after: $after) {
      edges { cursor node { id title status project { id } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const ProjectTasks = graphql(`
  query SrvProjectTasks($id: ID!, $status: TaskStatus, $first: Int, $after: String) {
    project(id: $id) {
      id
      tasks(status: $status, first: $first, after: $after) {
        totalCount
        edges { node { id title status } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

const STATUSES = ['TODO', 'IN_PROGRESS', 'BLOCKED', 'IN_REVIEW', 'DONE', 'CANCELLED'] as const;
const BIG = 105; // more than the 100-item page cap

let server: TestServer;
let big: string; // project with BIG tasks, statuses cycling through STATUSES
let small: string; // project with 3 tasks: TODO, DONE, DONE
let empty: string;
const bigTasks: string[] = [];
const smallTasks: string[] = [];

beforeAll(async () => {
  server = await startServer();
  big = await createProject(server, 'Big');
  small = await createProject(server, 'Small');
  empty = await createProject(server, 'Empty');
  // Sequential, so creation order (the connections' order) is the index order.
  for (let i = 0; i < BIG; i++) bigTasks.push(await createTask(server, big, `big ${i}`, { status: STATUSES[i % STATUSES.length] }));
  for (const status of ['TODO', 'DONE', 'DONE'] as const) smallTasks.push(await createTask(server, small, `small ${status}`, { status }));
}, 120_000);
afterAll(() => stopAllServers());

/** Follows `after` cursors to the end, collecting node ids. */
async function walk(fetchPage: (after: string | null) => Promise<{ ids: string[]; hasNextPage: boolean; endCursor: string | null | undefined }>) {
  const ids: string[] = [];
  let after: string | null = null;
  for (let pages = 1; pages < 1000; pages++) {
    const page = await fetchPage(after);
    ids.push(...page.ids);
    if (!page.hasNextPage) return { ids, pages };
    after = page.endCursor ?? null;
    if (!after) throw new Error('hasNextPage without endCursor');
  }
  throw new Error('paging did not end');
}

describe('node and nodes', () => {
  it('should fetch a project and a task by global ID', async () => {
    const project = await execute(server, Node, { id: small });
    expect(project.data?.node).toEqual({ __typename: 'Project', id: small, name: 'Small' });
    const task = await execute(server, Node, { id: smallTasks[0]! });
    expect(task.data?.node).toEqual({ __typename: 'Task', id: smallTasks[0], title: 'small TODO', project: { id: small } });
  });

  it('should answer null for a well-formed ID that names nothing', async () => {
    const r = await execute(server, Node, { id: Buffer.from('Task:cdoesnotexist00000000000').toString('base64') });
    expect(r.errors).toBeUndefined();
    expect(r.data?.node).toBeNull();
  });

  it('should fetch several objects in the order asked, with null for missing ones', async () => {
    const missing = Buffer.from('Project:cmissing0000000000000000').toString('base64');
    const r = await execute(server, Nodes, { ids: [smallTasks[1]!, missing, big] });
    expect(r.data?.nodes).toEqual([
      { __typename: 'Task', id: smallTasks[1], title: 'small DONE' },
      null,
      { __typename: 'Project', id: big, name: 'Big' },
    ]);
  });

  it('should answer an error, not a crash, for a malformed ID', async () => {
    const { body } = await executeRaw(server, Node.toString(), { id: '%%% not base64 %%%' });
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(body.data?.node ?? null).toBeNull();
    expect(body.errors![0]!.message).not.toBe('Unexpected error.');
  });
});

describe('projects connection', () => {
  it('should page forwards with first/after, oldest first, without overlap', async () => {
    const first = await execute(server, Projects, { first: 2 });
    const page1 = first.data!.projects;
    expect(page1.totalCount).toBe(3);
    expect(page1.edges.map((e) => e.node.name)).toEqual(['Big', 'Small']);
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(page1.pageInfo.endCursor).toBe(page1.edges[1]!.cursor);

    const second = await execute(server, Projects, { first: 2, after: page1.pageInfo.endCursor });
    expect(second.data!.projects.edges.map((e) => e.node.name)).toEqual(['Empty']);
    expect(second.data!.projects.pageInfo.hasNextPage).toBe(false);
  });

  it('should default to a page of 20 when first is omitted', async () => {
    const r = await execute(server, Projects, {});
    expect(r.data!.projects.edges).toHaveLength(3);
  });
});

describe('tasks connection', () => {
  it('should clamp first over 100 to 100', async () => {
    const r = await execute(server, Tasks, { projectId: big, first: 500 });
    expect(r.errors).toBeUndefined();
    expect(r.data!.tasks.edges).toHaveLength(100);
    expect(r.data!.tasks.pageInfo.hasNextPage).toBe(true);
    const rest = await execute(server, Tasks, { projectId: big, first: 500, after: r.data!.tasks.pageInfo.endCursor });
    expect(rest.data!.tasks.edges.map((e) => e.node.title)).toEqual(['big 100', 'big 101', 'big 102', 'big 103', 'big 104']);
    expect(rest.data!.tasks.pageInfo.hasNextPage).toBe(false);
  });

  it('should walk every task of a project in creation order with small pages', async () => {
    const { ids, pages } = await walk(async (after) => {
      const r = await execute(server, Tasks, { projectId: big, first: 7, after });
      return { ids: r.data!.tasks.edges.map((e) => e.node.id), ...r.data!.tasks.pageInfo };
    });
    expect(ids).toEqual(bigTasks);
    expect(pages).toBe(Math.ceil(BIG / 7));
  });

  it('should list tasks across projects without a projectId', async () => {
    const { ids } = await walk(async (after) => {
      const r = await execute(server, Tasks, { first: 100, after });
      return { ids: r.data!.tasks.edges.map((e) => e.node.id), ...r.data!.tasks.pageInfo };
    });
    expect(ids).toEqual([...bigTasks, ...smallTasks]);
  });

  it('should filter by projectId', async () => {
    const r = await execute(server, Tasks, { projectId: small, first: 10 });
    expect(r.data!.tasks.edges.map((e) => e.node.id)).toEqual(smallTasks);
    expect(new Set(r.data!.tasks.edges.map((e) => e.node.project.id))).toEqual(new Set([small]));
    const none = await execute(server, Tasks, { projectId: empty, first: 10 });
    expect(none.data!.tasks.edges).toEqual([]);
    expect(none.data!.tasks.pageInfo.hasNextPage).toBe(false);
  });

  it.each(STATUSES)('should filter by status %s across projects, paging within the filter', async (status) => {
    const expected = [
      ...bigTasks.filter((_, i) => STATUSES[i % STATUSES.length] === status),
      ...(status === 'TODO' ? [smallTasks[0]!] : status === 'DONE' ? [smallTasks[1]!, smallTasks[2]!] : []),
    ];
    const { ids } = await walk(async (after) => {
      const r = await execute(server, Tasks, { status, first: 5, after });
      expect(r.data!.tasks.edges.every((e) => e.node.status === status)).toBe(true);
      return { ids: r.data!.tasks.edges.map((e) => e.node.id), ...r.data!.tasks.pageInfo };
    });
    expect(ids).toEqual(expected);
  });

  it('should combine projectId and status', async () => {
    const r = await execute(server, Tasks, { projectId: small, status: 'DONE', first: 10 });
    expect(r.data!.tasks.edges.map((e) => e.node.id)).toEqual([smallTasks[1], smallTasks[2]]);
    const none = await execute(server, Tasks, { projectId: small, status: 'BLOCKED', first: 10 });
    expect(none.data!.tasks.edges).toEqual([]);
  });

  it('should refuse a Task ID given as projectId', async () => {
    const { body } = await executeRaw(server, Tasks.toString(), { projectId: smallTasks[0], first: 5 });
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(body.data?.tasks ?? null).toBeNull();
  });
});

describe('Project.tasks', () => {
  it('should clamp first over 100 to 100 and count every task', async () => {
    const r = await execute(server, ProjectTasks, { id: big, first: 101 });
    expect(r.errors).toBeUndefined();
    const tasks = r.data!.project!.tasks;
    expect(tasks.edges).toHaveLength(100);
    expect(tasks.totalCount).toBe(BIG);
    expect(tasks.pageInfo.hasNextPage).toBe(true);
  });

  it('should page with first/after in creation order', async () => {
    const { ids } = await walk(async (after) => {
      const r = await execute(server, ProjectTasks, { id: big, first: 40, after });
      return { ids: r.data!.project!.tasks.edges.map((e) => e.node.id), ...r.data!.project!.tasks.pageInfo };
    });
    expect(ids).toEqual(bigTasks);
  });

  it.each(STATUSES)('should filter by status %s and count only matching tasks', async (status) => {
    const expected = bigTasks.filter((_, i) => STATUSES[i % STATUSES.length] === status);
    const r = await execute(server, ProjectTasks, { id: big, status, first: 100 });
    const tasks = r.data!.project!.tasks;
    expect(tasks.edges.map((e) => e.node.id)).toEqual(expected);
    expect(tasks.totalCount).toBe(expected.length);
  });

  it('should answer an empty connection for a project without tasks', async () => {
    const r = await execute(server, ProjectTasks, { id: empty, first: 10 });
    expect(r.data!.project!.tasks).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });
});

describe('event connections', () => {
  it('should refuse a negative first or last with BAD_USER_INPUT on every event connection', async () => {
    const session = await createSession(server);
    const task = await createTask(server, session.projectId, 'events');
    const connections = [
      (size: string) => `{ events(${size}) { totalCount } }`,
      (size: string) => `{ node(id: "${session.projectId}") { ... on Project { events(${size}) { totalCount } } } }`,
      (size: string) => `{ node(id: "${task}") { ... on Task { events(${size}) { totalCount } } } }`,
      (size: string) => `{ session(id: "${session.id}") { events(${size}) { totalCount } } }`,
    ];
    for (const query of connections) {
      for (const size of ['first: -1', 'last: -5']) {
        const { body } = await executeRaw(server, query(size));
        expect({ query: query(size), codes: body.errors?.map((e) => e.extensions?.code) }).toEqual({ query: query(size), codes: ['BAD_USER_INPUT'] });
      }
      const { body } = await executeRaw(server, query('first: 1'));
      expect(body.errors).toBeUndefined();
    }
  });
});
