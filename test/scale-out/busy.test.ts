/**
 * The PostgreSQL store when another session holds the write lock (a long transaction of another
 * instance, an operator's psql): a write waits up to 5 s, then fails alone with DATABASE_BUSY and
 * changes nothing; reads go on meanwhile; the same write succeeds once the lock is released.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ADVISORY_LOCKS } from '../../src/store/postgres-locks.ts';
import { createProject, EvCreateTask, execute } from '../events/imports.ts';
import { executeRaw } from '../helpers/graphql.ts';
import { usePostgres } from '../helpers/postgres.ts';
import { startServer, stopAllServers } from '../helpers/server.ts';
import { dbQueries } from '../server/support.ts';

const postgres = usePostgres();
afterAll(() => stopAllServers());

describe('a write lock held elsewhere', () => {
  it('should fail a waiting write alone with DATABASE_BUSY, keep reads going, and write once released', async () => {
    const url = await postgres.freshDatabase();
    const server = await startServer({ args: ['--no-runner'], env: { DATABASE_URL: url } });
    const projectId = await createProject(server, 'Busy');
    const holder = await postgres.pool(url, { max: 1 }).connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT pg_advisory_xact_lock($1::bigint)', [ADVISORY_LOCKS.appendEvents]);
      const write = execute(server, EvCreateTask, { input: { projectId, title: 'blocked' } });
      const read = await executeRaw(server, '{ projects(first: 5) { totalCount } }');
      expect(read.body.data.projects.totalCount).toBe(1);
      const refused = await write;
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'DATABASE_BUSY', retryable: true });
    } finally {
      await holder.query('COMMIT');
      holder.release();
    }
    const tasks = await executeRaw(server, '{ events(first: 10) { edges { node { kind } } } }');
    expect(tasks.body.data.events.edges.map((e: { node: { kind: string } }) => e.node.kind)).toEqual(['PROJECT_CREATED']);
    const queriesBefore = await dbQueries(server);
    const retried = await execute(server, EvCreateTask, { input: { projectId, title: 'blocked' } });
    expect(retried.data?.createTask.__typename).toBe('CreateTaskPayload');
    // Prisma's statements are counted on PostgreSQL too (inside the transaction: lock, task, event, notify).
    expect((await dbQueries(server)) - queriesBefore).toBeGreaterThanOrEqual(4);
  });
});
