/**
 * A cursor the server cannot honour is an explicit error with extensions.code, within a second,
 * never a silent skip or a replay of different events: CURSOR_UNKNOWN (another epoch: the database
 * was recreated), CURSOR_EXPIRED (pruned by retention), CURSOR_INVALID (malformed).
 */
import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterAll, describe, expect, it } from 'vitest';
import { createEventStream, type CursorError } from '../../src/client/event-stream.ts';
import { graphql } from '../gql/index.ts';
import { startServer, stopAllServers, tempDir } from '../helpers/server.ts';
import { createProject, createTask, dbSeqs, execute, subscribeRaw, waitFor, writeEvents, type Ev } from './imports.ts';

const EvHistory = graphql(`
  query EvHistory($after: String) { events(first: 5, after: $after) { edges { node { seq } } } }
`);

afterAll(() => stopAllServers());

/**
 * Subscribes with `after` and returns the error code. The server must end the subscription with the
 * error (`done`), not leave it open: waiting for that is the behaviour, whatever the machine's speed.
 */
async function subscribeError(wsUrl: string, after: string) {
  const sub = subscribeRaw(wsUrl, { after });
  let ended = false;
  void sub.done.then(() => (ended = true));
  await waitFor(() => ended, 20_000, () => `subscription still open; errors: ${JSON.stringify(sub.errors)}`);
  sub.close();
  expect(sub.events).toEqual([]);
  return { code: sub.errors?.[0]?.extensions?.code };
}

async function cursorsOf(wsUrl: string, count: number): Promise<Ev[]> {
  const sub = subscribeRaw(wsUrl, { fromStart: true });
  await sub.until((e) => e.length >= count);
  sub.close();
  return sub.events;
}

// Each test has its own servers and data directories: they run side by side.
describe.concurrent('cursor errors', () => {
  it('should answer CURSOR_UNKNOWN for a cursor from a recreated database, even when its seq exists', async () => {
    const dataDir = tempDir();
    let server = await startServer({ dataDir });
    const project = await createProject(server);
    const task = await createTask(server, project);
    await writeEvents(server, task, 3);
    const [oldCursor] = (await cursorsOf(server.wsUrl, 5)).slice(2);
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });

    server = await startServer({ dataDir });
    const p2 = await createProject(server);
    await writeEvents(server, await createTask(server, p2), 10); // the new log is longer than the old cursor's seq
    const { code } = await subscribeError(server.wsUrl, oldCursor!.cursor);
    expect(code).toBe('CURSOR_UNKNOWN');
    const history = await execute(server, EvHistory, { after: oldCursor!.cursor });
    expect(history.errors?.[0]?.extensions?.code).toBe('CURSOR_UNKNOWN');
  });

  it('should answer CURSOR_EXPIRED for a cursor older than retention, and resume from the oldest kept one', async () => {
    const dataDir = tempDir();
    let server = await startServer({ dataDir });
    const project = await createProject(server);
    const task = await createTask(server, project);
    await writeEvents(server, task, 8);
    const events = await cursorsOf(server.wsUrl, 10);
    await server.stop();

    // Age the first six events by ten days in the stopped server's file; retention runs at start-up.
    const conn = new Database(join(dataDir, 'maestro.db'));
    const old = new Date(Date.now() - 10 * 86_400_000).toISOString().replace('Z', '+00:00');
    conn.prepare(`UPDATE "Event" SET "createdAt" = ? WHERE "seq" <= 6`).run(old);
    conn.close();
    server = await startServer({ dataDir, args: ['--event-retention-days', '1'] });
    expect(dbSeqs(dataDir)).toEqual([7, 8, 9, 10]);

    for (const expired of events.slice(0, 5)) {
      const { code } = await subscribeError(server.wsUrl, expired.cursor);
      expect(code).toBe('CURSOR_EXPIRED');
    }
    const history = await execute(server, EvHistory, { after: events[0]!.cursor });
    expect(history.errors?.[0]?.extensions?.code).toBe('CURSOR_EXPIRED');

    // The cursor of the last pruned event is still exact: everything after it is kept.
    const resumed = subscribeRaw(server.wsUrl, { after: events[5]!.cursor });
    await resumed.until((e) => e.length >= 4);
    expect(resumed.events.map((e) => e.seq)).toEqual([7, 8, 9, 10]);
    expect(resumed.errors).toBeNull();
    resumed.close();

    // The client library stops on it and reports it, instead of retrying or starting over.
    let reported: CursorError | null = null;
    const stream = createEventStream({ url: server.wsUrl, webSocketImpl: WebSocket, after: events[1]!.cursor, onEvent: () => {}, onCursorError: (e) => (reported = e) });
    await waitFor(() => reported !== null, 2000);
    expect(reported!.code).toBe('CURSOR_EXPIRED');
    expect(stream.state.status).toBe('offline');
    expect(stream.reconnects).toBe(0);
  });

  it('should answer CURSOR_INVALID for malformed cursors', async () => {
    const server = await startServer();
    await createProject(server);
    const [event] = await cursorsOf(server.wsUrl, 1);
    const forged = [
      'not a cursor!',
      'AAAA',
      Buffer.from('ev1:only-two').toString('base64url'),
      Buffer.from(`ev2:${Buffer.from(event!.cursor, 'base64url').toString().split(':')[1]}:1`).toString('base64url'),
      Buffer.from(`ev1:${Buffer.from(event!.cursor, 'base64url').toString().split(':')[1]}:-1`).toString('base64url'),
      'x'.repeat(500),
    ];
    for (const cursor of forged) {
      const { code } = await subscribeError(server.wsUrl, cursor);
      expect(code, cursor).toBe('CURSOR_INVALID');
    }
    const history = await execute(server, EvHistory, { after: 'garbage' });
    expect(history.errors?.[0]?.extensions?.code).toBe('CURSOR_INVALID');
  });
});
