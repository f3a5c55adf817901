import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { execute } from '../helpers/graphql.ts';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { seedTasks } from './helpers.ts';

const AddMany = graphql(`
  mutation SubBoardAdd($input: CreateSubtasksInput!) {
    createSubtasks(input: $input) { __typename ... on Error { message } }
  }
`);

const Board = graphql(`
  query SubBoard($projectId: ID!) {
    project(id: $projectId) {
      tasks(first: 50) {
        edges {
          node {
            id
            title
            subtaskProgress { total done }
            subtasks(first: 20) { totalCount edges { node { id title done position version task { id } } } }
          }
        }
      }
    }
  }
`);

let server: TestServer;
beforeAll(async () => {
  // No in-server runner: its polling would add statements between the two reads of the counter.
  server = await startServer(
    process.env.SHOW_SQL
      ? { args: ['--no-runner', '--log-level', 'debug'], env: { MAESTRO_QUERY_LOG: '1', LOG_LEVEL: 'debug' } }
      : { args: ['--no-runner'] },
  );
});
afterAll(() => stopAllServers());

async function statements(): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const match = /^maestro_db_queries_total (\d+)/m.exec(text);
  if (!match) throw new Error('maestro_db_queries_total missing from /metrics');
  return Number(match[1]);
}

async function board(tasks: number, subtasksEach: number) {
  const { projectId, taskIds } = await seedTasks(server, tasks, `board ${tasks}x${subtasksEach}`);
  for (const taskId of taskIds) {
    const items = Array.from({ length: subtasksEach }, (_, i) => ({ title: `s${i}` }));
    const r = await execute(server, AddMany, { input: { taskId, items } });
    if (r.data?.createSubtasks.__typename !== 'CreateSubtasksPayload') throw new Error(JSON.stringify(r));
  }
  const before = await statements();
  const mark = server.output().length;
  const result = await execute(server, Board, { projectId });
  const used = (await statements()) - before;
  if (process.env.SHOW_SQL) console.log(server.output().slice(mark).split('\n').map((l) => l.slice(0, 300)).join('\n'));
  return { used, result };
}

describe('board query', () => {
  it('should resolve 50 tasks × 20 subtasks in the same number of SQL statements as 5 × 2', async () => {
    const small = await board(5, 2);
    const big = await board(50, 20);
    const edges = big.result.data?.project?.tasks.edges ?? [];
    expect(edges).toHaveLength(50);
    expect(edges.every((e) => e.node.subtasks.edges.length === 20 && e.node.subtaskProgress.total === 20)).toBe(true);
    expect(small.used).toBeGreaterThan(0);
    expect(big.used).toBe(small.used);
  });
});
