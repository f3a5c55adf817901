/**
 * Concurrent writers spread over three instances on one PostgreSQL database: write transactions are
 * serialised across instances, so nothing is lost and optimistic concurrency has one winner.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, createTask, execute, rawId } from '../events/imports.ts';
import { usePostgres } from '../helpers/postgres.ts';
import { stopAllServers } from '../helpers/server.ts';
import { createSubtask, ScaleCompleteSubtask, startCluster, type Cluster } from './cluster.ts';

const postgres = usePostgres();
let cluster: Cluster;
beforeAll(async () => {
  cluster = await startCluster(await postgres.freshDatabase(), 3);
});
afterAll(async () => {
  await stopAllServers();
  await cluster?.close();
});

describe('writers spread over three instances', () => {
  it('should keep every subtask when 50 clients spread over the instances each add 10 to one task at once', async () => {
    const projectId = await createProject(cluster.servers[0]!, 'Fifty writers');
    const taskId = await createTask(cluster.servers[1]!, projectId, 'one task');
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, async (_, client) => {
        const server = cluster.servers[client % 3]!;
        const results: string[] = [];
        for (let i = 0; i < 10; i++) results.push((await createSubtask(server, taskId, `c${client}-${i}`).then(() => 'ok', (e: Error) => e.message)));
        return results;
      }),
    );
    expect(outcomes.flat().filter((o) => o !== 'ok')).toEqual([]);
    const rows = await cluster.seqs(0, `"kind" = 'SUBTASK_CREATED' AND "taskId" = $2`, [rawId(taskId)]);
    expect(rows).toHaveLength(500);
    const positions = await postgres.pool(cluster.databaseUrl, { max: 1 }).query<{ n: string; distinct: string }>(
      'SELECT count(*) AS n, count(DISTINCT position) AS distinct FROM "Subtask" WHERE "taskId" = $1',
      [rawId(taskId)],
    );
    expect(positions.rows[0]).toEqual({ n: '500', distinct: '500' });
  });

  it('should let exactly one of 20 completes at one expectedVersion win, whichever instances they reach', async () => {
    const projectId = await createProject(cluster.servers[2]!, 'One winner');
    const taskId = await createTask(cluster.servers[0]!, projectId, 'contested');
    const { id, version } = await createSubtask(cluster.servers[1]!, taskId, 'contested');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => execute(cluster.servers[i % 3]!, ScaleCompleteSubtask, { input: { id, expectedVersion: version } })),
    );
    const kinds = results.map((r) => r.data?.completeSubtask.__typename ?? `errors:${JSON.stringify(r.errors)}`);
    expect(kinds.filter((k) => k === 'CompleteSubtaskPayload')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'ConflictError')).toHaveLength(19);
    expect(await cluster.seqs(0, `"kind" = 'SUBTASK_COMPLETED' AND "taskId" = $2`, [rawId(taskId)])).toHaveLength(1);
  });
});
