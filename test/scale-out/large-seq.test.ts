/**
 * seq on PostgreSQL is a BIGSERIAL, far past a 32-bit SERIAL's 2^31 − 1, exact on every path
 * (Prisma's inserts, the hook batch's raw inserts, log reads, cursors, the live stream). The
 * largest seq a cursor carries is 15 digits (src/events/cursor.ts), so the test starts just below.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createProject, createTask, EvHead, execute, subscribeRaw, touchTask } from '../events/imports.ts';
import { usePostgres } from '../helpers/postgres.ts';
import { startServer, stopAllServers } from '../helpers/server.ts';
import { createSession, fixture, postHook } from '../hooks/helpers.ts';

const postgres = usePostgres();
afterAll(() => stopAllServers());

describe('large seqs on PostgreSQL', () => {
  it('should store, read, resume and stream events with 15-digit seqs exactly', async () => {
    const url = await postgres.freshDatabase();
    const server = await startServer({ args: ['--no-runner'], env: { DATABASE_URL: url } });
    const start = 10 ** 15 - 20;
    await postgres.pool(url, { max: 1 }).query(`ALTER SEQUENCE "Event_seq_seq" RESTART WITH ${start}`);
    const projectId = await createProject(server, 'Large seqs');
    const head = (await execute(server, EvHead)).data!.events.pageInfo.endCursor!;
    const live = subscribeRaw(server.wsUrl, { after: head });
    const taskId = await createTask(server, projectId);
    await touchTask(server, taskId, 'via Prisma');
    const session = await createSession(server, projectId);
    expect((await postHook(server, session.token, fixture('PreToolUse.Bash'))).status).toBe(200);

    const { rows } = await postgres.pool(url, { max: 1 }).query<{ seq: string }>('SELECT "seq"::text AS seq FROM "Event" ORDER BY "seq"');
    const stored = rows.map((r) => Number(r.seq));
    expect(stored[0]).toBe(start);
    expect(rows.map((r) => r.seq)).toEqual(stored.map(String)); // no rounding anywhere

    await live.until((events) => events.length >= stored.length - 1);
    expect(live.events.map((e) => e.seq)).toEqual(stored.slice(1));
    const resumed = subscribeRaw(server.wsUrl, { after: live.events[0]!.cursor });
    await resumed.until((events) => events.length >= stored.length - 2);
    expect(resumed.events.map((e) => e.seq)).toEqual(stored.slice(2));
    live.close();
    resumed.close();
  });
});
