/**
 * Background jobs on a shared PostgreSQL database run on the leader only: retention configured on
 * an instance that does not lead prunes nothing; the same instance, leading, prunes at start-up,
 * and a cursor into the pruned part is CURSOR_EXPIRED on every instance.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createProject, createTask, touchTask } from '../events/imports.ts';
import { executeRaw } from '../helpers/graphql.ts';
import { usePostgres } from '../helpers/postgres.ts';
import { startServer, stopAllServers } from '../helpers/server.ts';

const postgres = usePostgres();
afterAll(() => stopAllServers());

describe('retention on a shared PostgreSQL database', () => {
  it('should prune only on the leader, and expire cursors into the pruned part everywhere', async () => {
    const url = await postgres.freshDatabase();
    const db = postgres.pool(url, { max: 1 });
    const env = { DATABASE_URL: url };
    const leader = await startServer({ args: ['--no-runner'], env });
    const projectId = await createProject(leader, 'Retention');
    const taskId = await createTask(leader, projectId);
    for (let i = 0; i < 5; i++) await touchTask(leader, taskId, `old ${i}`);
    const first = await executeRaw(leader, '{ events(first: 1) { edges { cursor } } }');
    const oldCursor = first.body.data.events.edges[0].cursor as string;
    const { rows } = await db.query<{ n: string }>(`UPDATE "Event" SET "createdAt" = "createdAt" - interval '30 days' RETURNING 1 AS n`);
    expect(rows).toHaveLength(7);
    await touchTask(leader, taskId, 'new');

    // Not the leader (the first instance holds the lock): its start-up prune is skipped.
    const follower = await startServer({ args: ['--no-runner', '--event-retention-days', '7'], env });
    const count = async () => Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM "Event"')).rows[0]!.n);
    expect(await count()).toBe(8);
    expect(await follower.stop('SIGTERM')).toBe(0);

    // Alone again after the leader stops, it leads, and prunes before it serves.
    expect(await leader.stop('SIGTERM')).toBe(0);
    const pruner = await startServer({ args: ['--no-runner', '--event-retention-days', '7'], env });
    expect(await count()).toBe(1);
    const other = await startServer({ args: ['--no-runner'], env });
    for (const server of [pruner, other]) {
      const expired = await executeRaw(server, 'query($after: String) { events(first: 5, after: $after) { edges { cursor } } }', { after: oldCursor });
      expect(expired.body.errors?.[0]?.extensions?.code).toBe('CURSOR_EXPIRED');
    }
  });
});
