/**
 * SIGTERM with live subscribers: 10 over SSE and 10 over graphql-ws. The server must end every
 * stream and exit 0 within 3 s, not wait for the streams to end by themselves.
 */
import { createClient } from 'graphql-ws';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startServer, stopAllServers } from '../helpers/server.ts';
import { EvEvents, subscribeRaw } from '../events/helpers.ts';

afterAll(() => stopAllServers());

describe('SIGTERM with 10 SSE and 10 WebSocket subscribers', () => {
  it('should close every stream and exit 0 within 3 s', async () => {
    const server = await startServer();
    // Own clients, to silence graphql-ws's default logging of the (expected) 1001 close.
    const clients = Array.from({ length: 10 }, () =>
      createClient({ url: server.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, onNonLazyError: () => {} }),
    );
    const ws = clients.map((client) => subscribeRaw(server.wsUrl, { fromStart: true }, client));
    const sseEnded: Promise<void>[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await fetch(server.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ query: EvEvents.toString(), variables: { fromStart: true } }),
      });
      expect(res.status).toBe(200);
      sseEnded.push(
        (async () => {
          try {
            for await (const _chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
              // drain until the server ends the stream
            }
          } catch {
            // a reset connection ends it too
          }
        })(),
      );
    }
    const active = async () => Number((await (await fetch(`${server.url}/metrics`)).text()).match(/^maestro_subscriptions_active (\d+)/m)?.[1]);
    const deadline = Date.now() + 20_000;
    while ((await active()) < 20) {
      expect(Date.now()).toBeLessThan(deadline);
      await new Promise((r) => setTimeout(r, 100));
    }

    const signalled = Date.now();
    const code = await server.stop('SIGTERM');
    const elapsed = Date.now() - signalled;
    await Promise.all(sseEnded);
    await Promise.all(ws.map((s) => s.done));
    await Promise.all(clients.map((client) => client.dispose()));
    expect(code).toBe(0);
    expect(elapsed).toBeLessThan(3000);
  }, 90_000);
});
