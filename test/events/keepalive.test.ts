/**
 * Keep-alive: the server pings every 12 s (graphql-ws) and terminates a peer that has not answered
 * by the next ping, so a dead peer's subscription is freed within two intervals and
 * maestro_subscriptions_active in /metrics drops. The test shortens the interval to 2 s
 * (MAESTRO_WS_KEEPALIVE_MS), so it is the same mechanism in a sixth of the time.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, stopAllServers } from '../helpers/server.ts';
import { createProject, metric, sleep, subscribeRaw } from './imports.ts';

afterAll(() => stopAllServers());

const PING_INTERVAL_MS = 2_000;

describe('keep-alive', () => {
  it('should free a dead peer\'s subscription once it misses a ping', async () => {
    // No in-server runner: its own event subscription would blur the subscription count.
    const server = await startServer({ env: { MAESTRO_RUNNER: '0', MAESTRO_WS_KEEPALIVE_MS: String(PING_INTERVAL_MS) } });
    let socket: WebSocket | null = null;
    const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, on: { opened: (s) => (socket = s as WebSocket) } });
    const dead = subscribeRaw(server.wsUrl, { fromStart: true }, client);
    const alive = subscribeRaw(server.wsUrl, { fromStart: true }); // a healthy peer, answering pings, stays subscribed
    await createProject(server);
    await dead.until((e) => e.length === 1);
    await alive.until((e) => e.length === 1);
    expect(await metric(server.url, 'maestro_subscriptions_active')).toBe(2);

    // The peer goes silent: it neither reads nor answers pings (as a machine that vanished would).
    // Two intervals is the design; the wait allows far more, since a loaded machine delays timers
    // and this test asserts that the dead peer is freed, not how fast the machine got there.
    const died = performance.now();
    (socket as unknown as { _socket: { pause(): void } })._socket.pause();
    let active = 2;
    while (active !== 1 && performance.now() - died < 2 * PING_INTERVAL_MS + 30_000) {
      await sleep(250);
      active = await metric(server.url, 'maestro_subscriptions_active');
    }
    expect(active).toBe(1);
    expect(await metric(server.url, 'maestro_websockets_open')).toBe(1);
    alive.close();
    void client.dispose();
  }, 90_000);
});
