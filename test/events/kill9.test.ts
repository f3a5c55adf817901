/**
 * Server `kill -9` and restart (same port, same data directory) in the middle of a stream: clients
 * using the shared library notice, retry with backoff, resume from their last delivered cursor on
 * their own, and end with exactly the log.
 */
import WebSocket from 'ws';
import { afterAll, describe, expect, it } from 'vitest';
import { createEventStream, type ConnectionState, type EventStream, type StreamEvent } from '../../src/client/event-stream.ts';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { createProject, createTask, dbSeqs, execute, EvHead, freePort, sleep, startProducer, waitFor } from './imports.ts';

afterAll(() => stopAllServers());

describe('server kill -9 and restart', () => {
  it('should let library clients resume by themselves and end complete', async () => {
    const port = await freePort();
    let server: TestServer = await startServer({ port });
    const dataDir = server.dataDir;
    const project = await createProject(server);
    const task = await createTask(server, project);
    const head = (await execute(server, EvHead)).data!.events.pageInfo.endCursor!;
    const headSeq = dbSeqs(dataDir).at(-1)!;

    const clients: { stream: EventStream; events: StreamEvent[]; states: ConnectionState['status'][] }[] = [];
    for (let i = 0; i < 5; i++) {
      const c = { events: [] as StreamEvent[], states: [] as ConnectionState['status'][] } as (typeof clients)[number];
      c.stream = createEventStream({
        url: server.wsUrl,
        webSocketImpl: WebSocket,
        after: i < 4 ? head : null, // one follows live from now
        filter: i === 2 ? { taskId: task } : undefined,
        backoff: { initialMs: 100, maxMs: 1000 },
        onEvent: (e) => c.events.push(e),
        onState: (s) => c.states.push(s.status),
      });
      clients.push(c);
    }
    await waitFor(() => clients.every((c) => c.stream.state.status === 'connected'));
    await sleep(500);

    // Counts, not durations: a loaded machine commits fewer than 50/s, so wait for the writes.
    const producer = startProducer(() => server, task, 50);
    await waitFor(() => producer.ok >= 60, 30_000, () => `${producer.ok}/60 writes before the kill`);
    expect(await server.stop('SIGKILL')).toBe('SIGKILL');
    await waitFor(() => producer.failed > 0, 30_000, () => 'no write has hit the dead server yet');
    await waitFor(() => clients.every((c) => c.stream.state.status === 'reconnecting'));
    server = await startServer({ port, dataDir });
    const okAtRestart = producer.ok;
    await waitFor(() => producer.ok >= okAtRestart + 60, 30_000, () => `${producer.ok - okAtRestart}/60 writes after the restart`);
    await producer.stop();

    const expected = dbSeqs(dataDir, headSeq);
    // Every event after the head is on `task`, so the task-filtered client expects the same list.
    await waitFor(() => clients.every((c) => c.events.length >= expected.length), 20_000);
    await sleep(300);
    for (const c of clients) {
      expect(c.events.map((e) => e.seq)).toEqual(expected);
      expect(c.states).toContain('reconnecting');
      expect(c.stream.state.status).toBe('connected');
      c.stream.close();
    }
  }, 90_000);
});
