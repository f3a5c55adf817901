/**
 * Slow consumer: a client that stops reading while 20 000 events are written is closed by the
 * server (MAESTRO_SLOW_CONSUMER_MS=2000 here; 10 s by default) with server memory bounded, and when it
 * reads again and resubscribes from its last cursor it gets the rest, complete. A normal client
 * subscribed at the same time is unaffected.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, describe, expect, it } from 'vitest';
import { createEventStream, type StreamEvent } from '../../src/client/event-stream.ts';
import { startServer, stopAllServers } from '../helpers/server.ts';
import { createProject, createTask, dbSeqs, execute, EvHead, insertEvents, metric, rssKb, sleep, subscribeRaw, touchTask, waitFor } from './imports.ts';

let serverOutput = () => '';
afterAll(() => stopAllServers());

describe('slow consumer', () => {
  it('should close a client that stops reading, keep memory bounded, and let it resume complete', async () => {
    // No in-server runner: its own event subscription would blur the socket and subscription counts.
    const server = await startServer({ env: { MAESTRO_SLOW_CONSUMER_MS: '2000', MAESTRO_RUNNER: '0' } });
    serverOutput = server.output;
    server.proc.once('exit', (code, signal) => console.error(`server exited (${code ?? signal}):\n${serverOutput()}`));
    const project = await createProject(server);
    const task = await createTask(server, project);
    const head = (await execute(server, EvHead)).data!.events.pageInfo.endCursor!;
    const headSeq = dbSeqs(server.dataDir).at(-1)!;

    let socket: WebSocket | null = null;
    const slowClient = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, on: { opened: (s) => (socket = s as WebSocket) } });
    const slow = subscribeRaw(server.wsUrl, { after: head }, slowClient);
    const normal: StreamEvent[] = [];
    const stream = createEventStream({ url: server.wsUrl, webSocketImpl: WebSocket, after: head, onEvent: (e) => normal.push(e) });
    await touchTask(server, task);
    await slow.until((e) => e.length === 1);
    await waitFor(() => normal.length === 1);
    expect(await metric(server.url, 'maestro_websockets_open')).toBe(2);

    // Warm the server's paths once so the baseline RSS is not a cold one.
    const rssBefore = rssKb(server.proc.pid!);
    (socket as unknown as { _socket: { pause(): void } })._socket.pause();

    // 20 000 events of ~1 KB (20 MB: more than loopback's kernel buffers hold), then a real append wakes readers.
    insertEvents(server.dataDir, 20_000, { projectId: project, taskId: task }, 1000);
    // The insert held this process's event loop, for seconds on a loaded machine: let it see the
    // keep-alive connections the server closed meanwhile (idle 5 s), or fetch sends the next request
    // on a dead one ("fetch failed", seen under load).
    await new Promise((r) => setImmediate(r));
    await touchTask(server, task);
    const expected = dbSeqs(server.dataDir, headSeq);
    expect(expected.length).toBe(20_002);

    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssKb(server.proc.pid!))), 100);
    try {
      // The normal client gets everything while the slow one is stuck.
      await waitFor(() => normal.length >= expected.length, 60_000, () => `normal has ${normal.length}`);
      expect(normal.map((e) => e.seq)).toEqual(expected);
      expect(stream.duplicates).toBe(0);
      // The server closes the stalled socket (1013, then terminate) although the client never reads.
      let open = 2;
      for (let i = 0; i < 100 && open !== 1; i++) {
        open = await metric(server.url, 'maestro_websockets_open');
        if (open !== 1) await sleep(200);
      }
      expect(open).toBe(1);
      expect(await metric(server.url, 'maestro_subscriptions_active')).toBe(1);
    } finally {
      clearInterval(sampler);
    }
    // Bounded: one 500-row page and one pending frame per subscriber, not 20 MB of queued events.
    expect(rssPeak - rssBefore).toBeLessThan(150 * 1024);

    // It reads again: it drains what the kernel held, sees the close, and resumes from its last cursor.
    (socket as unknown as { _socket: { resume(): void } })._socket.resume();
    await slow.done;
    expect(slow.errors).not.toBeNull();
    const got = slow.events.length;
    expect(got).toBeGreaterThan(0);
    expect(got).toBeLessThan(expected.length);
    const resumed = subscribeRaw(server.wsUrl, { after: slow.events.at(-1)!.cursor });
    await resumed.until((e) => got + e.length >= expected.length, 30_000);
    await sleep(200);
    expect([...slow.events, ...resumed.events].map((e) => e.seq)).toEqual(expected);
    resumed.close();
    stream.close();
    void slowClient.dispose();
  }, 120_000);
});
