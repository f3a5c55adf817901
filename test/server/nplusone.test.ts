/**
 * N+1 guard: nested lists cost a fixed number of SQL statements, whatever their size. Statements
 * are counted for real by the server (every query Prisma sends to SQLite increments
 * maestro_db_queries_total, served at /metrics) and diffed around one operation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { execute } from '../helpers/graphql.ts';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { createProject, createTask, dbQueries, inParallel } from './support.ts';

const ProjectsWithTasks = graphql(`
  query SrvNPlusOneProjects {
    projects(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          tasks(first: 50) {
            totalCount
            edges { node { id title status project { id name } } }
          }
        }
      }
    }
  }
`);

const TasksWithProject = graphql(`
  query SrvNPlusOneTasks($first: Int!) { tasks(first: $first) { edges { node { id title project { id name } } } } }
`);

let server: TestServer;
beforeAll(async () => {
  // No in-server runner: its event subscription and polling would add statements between reads.
  server = await startServer({ args: ['--no-runner'] });
});
afterAll(() => stopAllServers());

/** Runs the operation and returns [SQL statements it caused, its data]. */
async function statementsFor<T>(run: () => Promise<{ data?: T | null; errors?: unknown }>): Promise<[number, T]> {
  const before = await dbQueries(server);
  const result = await run();
  const after = await dbQueries(server);
  expect(result.errors).toBeUndefined();
  return [after - before, result.data!];
}

async function addTasks(projectId: string, count: number, prefix: string) {
  await inParallel(Array.from({ length: count }, (_, i) => i), 4, (i) => createTask(server, projectId, `${prefix} ${i}`));
}

describe('N+1', () => {
  it('should count statements for real (a write costs some, a scrape costs none)', async () => {
    const idle = (await dbQueries(server)) - (await dbQueries(server));
    expect(idle).toBe(0);
    const before = await dbQueries(server);
    await createProject(server, 'counter check');
    expect((await dbQueries(server)) - before).toBeGreaterThan(0);
  });

  it('should issue the same number of statements for projects { tasks(first: 50) } with 50 tasks as with 5', async () => {
    const projectId = await createProject(server, 'Growing');
    await addTasks(projectId, 5, 'early');
    const [small, smallData] = await statementsFor(() => execute(server, ProjectsWithTasks));
    const growing = smallData.projects.edges.find((e) => e.node.id === projectId)!;
    expect(growing.node.tasks.edges).toHaveLength(5);

    await addTasks(projectId, 45, 'late');
    const [large, largeData] = await statementsFor(() => execute(server, ProjectsWithTasks));
    const grown = largeData.projects.edges.find((e) => e.node.id === projectId)!;
    expect(grown.node.tasks.edges).toHaveLength(50);
    expect(grown.node.tasks.totalCount).toBe(50);
    expect(grown.node.tasks.edges.every((e) => e.node.project.id === projectId)).toBe(true);

    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });

  it('should issue the same number of statements whatever the number of projects (2 vs 11)', async () => {
    const [one] = await statementsFor(() => execute(server, ProjectsWithTasks));
    const before = (await execute(server, ProjectsWithTasks)).data!.projects.totalCount;
    for (let p = 0; p < 9; p++) {
      const id = await createProject(server, `More ${p}`);
      await addTasks(id, 3, `p${p}`);
    }
    const [ten, data] = await statementsFor(() => execute(server, ProjectsWithTasks));
    expect(data.projects.totalCount).toBe(before + 9);
    expect(ten).toBe(one);
  });

  it('should resolve Task.project for 77 tasks in as many statements as for 5', async () => {
    const [few, fewData] = await statementsFor(() => execute(server, TasksWithProject, { first: 5 }));
    expect(fewData.tasks.edges).toHaveLength(5);
    const [many, manyData] = await statementsFor(() => execute(server, TasksWithProject, { first: 100 }));
    expect(manyData.tasks.edges).toHaveLength(50 + 9 * 3);
    expect(manyData.tasks.edges.every((e) => e.node.project.name.length > 0)).toBe(true);
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });
});
