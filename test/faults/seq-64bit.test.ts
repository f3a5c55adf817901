/**
 * Event.seq past 2^31 (GraphQL's Int ends at 2^31 − 1): history, both subscription paths (prepared
 * and ordinary) and SSE still deliver every event, with the exact seq the database holds.
 */
import Database from 'better-sqlite3';
import { createClient } from 'graphql-ws';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { executeRaw } from '../helpers/graphql.ts';
import { startServer, stopAllServers } from '../helpers/server.ts';
import { createProject, createTask, dbSeqs, subscribeRaw, touchTask } from '../events/helpers.ts';

afterAll(() => stopAllServers());

const ABOVE_INT = 2 ** 31 + 7;
const FIELDS = 'seq cursor kind';

/** Every `next` of one subscription over graphql-ws until `count` events arrived. */
function collectWs(wsUrl: string, query: string, count: number): Promise<{ seq: number }[]> {
  const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, onNonLazyError: () => {} });
  const events: { seq: number }[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out with ${events.length} events: ${query}`)), 20_000);
    client.subscribe<{ events: { seq: number } }>({ query }, {
      next: (result) => {
        if (result.errors) return reject(new Error(JSON.stringify(result.errors)));
        events.push(result.data!.events);
        if (events.length >= count) {
          clearTimeout(timer);
          void client.dispose();
          resolve(events);
        }
      },
      error: (error) => reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
      complete: () => {},
    });
  });
}

async function collectSse(graphqlUrl: string, query: string, count: number): Promise<{ seq: number }[]> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 20_000);
  const res = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query }),
    signal: controller.signal,
  });
  const events: { seq: number }[] = [];
  let buffer = '';
  const decoder = new TextDecoder();
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
      const message = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = /^data: (.*)$/m.exec(message)?.[1];
      if (!/^event: next/m.test(message) || !data) continue;
      const result = JSON.parse(data) as { data?: { events: { seq: number } }; errors?: unknown[] };
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      events.push(result.data!.events);
    }
    if (events.length >= count) break;
  }
  clearTimeout(timer);
  controller.abort();
  return events;
}

describe('event seq above 2^31', () => {
  it('should read every event through history, both subscription paths and SSE', async () => {
    const first = await startServer();
    await createProject(first, 'before the jump');
    const dataDir = first.dataDir;
    expect(await first.stop()).toBe(0);
    const conn = new Database(join(dataDir, 'maestro.db'));
    conn.prepare(`UPDATE sqlite_sequence SET seq = ? WHERE name = 'Event'`).run(ABOVE_INT);
    conn.close();

    const server = await startServer({ dataDir });
    const project = await createProject(server, 'after the jump');
    const task = await createTask(server, project);
    await touchTask(server, task, 'one more');
    const stored = dbSeqs(dataDir);
    expect(stored.at(-1)).toBeGreaterThan(2 ** 31);
    const high = stored.filter((s) => s > 2 ** 31);
    expect(high).toHaveLength(3);

    const history = await executeRaw(server, `query { events(last: 3) { edges { node { ${FIELDS} } } } }`);
    expect(history.body.errors).toBeUndefined();
    expect(history.body.data.events.edges.map((e: { node: { seq: number } }) => e.node.seq)).toEqual(high);

    const prepared = subscribeRaw(server.wsUrl, { fromStart: true });
    await prepared.until((events) => events.length >= stored.length);
    prepared.close();
    expect(prepared.errors).toBeNull();
    expect(prepared.events.map((e) => e.seq)).toEqual(stored);

    // @include keeps the prepared path out: this one is executed by GraphQL.
    const ordinary = await collectWs(server.wsUrl, `subscription { events(fromStart: true) { seq @include(if: true) cursor kind } }`, stored.length);
    expect(ordinary.map((e) => e.seq)).toEqual(stored);

    const sse = await collectSse(server.graphqlUrl, `subscription { events(fromStart: true) { ${FIELDS} } }`, stored.length);
    expect(sse.map((e) => e.seq)).toEqual(stored);
  }, 120_000);
});
