/**
 * The same `events` subscription over Yoga's SSE transport (POST /graphql with
 * `accept: text/event-stream`): replay after a cursor, then live, and the same cursor errors.
 * Aborting the request frees the subscription.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { sseMessages } from '../helpers/sse.ts';
import { EvEvents } from './helpers.ts';
import { createProject, createTask, dbSeqs, metric, rawId, subscribeRaw, touchTask, waitFor, writeEvents, type Ev } from './imports.ts';

let server: TestServer;
beforeAll(async () => {
  // No in-server runner: its own event subscription would blur the subscription count.
  server = await startServer({ env: { MAESTRO_RUNNER: '0' } });
});
afterAll(() => stopAllServers());

/** Opens an SSE subscription and parses its `next` messages as they arrive. */
function subscribeSse(variables: Record<string, unknown>) {
  const controller = new AbortController();
  const events: Ev[] = [];
  const errors: { message: string; extensions?: { code?: string } }[] = [];
  let completed = false;
  const done = (async () => {
    const res = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: EvEvents.toString(), variables }),
      signal: controller.signal,
    });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    try {
      for await (const { type, data } of sseMessages(res.body)) {
        if (type === 'complete') completed = true;
        if (type !== 'next' || !data) continue;
        const result = JSON.parse(data) as { data?: { events: Ev }; errors?: typeof errors };
        if (result.errors) errors.push(...result.errors);
        if (result.data?.events) events.push(result.data.events);
      }
    } catch (error) {
      if (!controller.signal.aborted) errors.push({ message: `stream failed: ${String(error)}` });
    }
  })();
  return { events, errors, done, get completed() { return completed; }, abort: () => controller.abort() };
}

describe('events over SSE', () => {
  it('should replay after a cursor and then deliver live, exactly as over graphql-ws', async () => {
    const project = await createProject(server);
    const task = await createTask(server, project);
    await writeEvents(server, task, 5);
    const all = subscribeRaw(server.wsUrl, { fromStart: true });
    await all.until((e) => e.length >= 7);
    const cursor = all.events[2]!;
    all.close();

    const sse = subscribeSse({ after: cursor.cursor, filter: { taskId: task } });
    const replay = dbSeqs(server.dataDir, cursor.seq, '"taskId" = ?', [rawId(task)]);
    expect(replay).toHaveLength(4);
    await waitFor(() => sse.events.length >= 4, 10_000, () => JSON.stringify(sse.events.map((e) => e.seq)));
    expect(sse.events.map((e) => e.seq)).toEqual(replay);
    await writeEvents(server, task, 3, 1);
    const expected = dbSeqs(server.dataDir, cursor.seq, '"taskId" = ?', [rawId(task)]);
    expect(expected).toHaveLength(7);
    await waitFor(() => sse.events.length >= 7, 10_000);
    expect(sse.events.map((e) => e.seq)).toEqual(expected);
    expect(sse.errors).toEqual([]);

    // The graphql-ws subscriber above is closed; wait until the server has ended it too.
    let before = 0;
    for (let i = 0; i < 50 && (before = await metric(server.url, 'maestro_subscriptions_active')) !== 1; i++) await new Promise((r) => setTimeout(r, 100));
    expect(before).toBe(1);
    sse.abort();
    await sse.done;
    let active = 1;
    for (let i = 0; i < 50 && active !== 0; i++) {
      active = await metric(server.url, 'maestro_subscriptions_active');
      if (active) await new Promise((r) => setTimeout(r, 100));
    }
    expect(active).toBe(0);
    await touchTask(server, task); // nothing left to deliver it to; the server stays healthy
  });

  it('should report cursor errors over SSE with their codes', async () => {
    const sse = subscribeSse({ after: 'not-a-cursor' });
    await sse.done;
    expect(sse.events).toEqual([]);
    expect(sse.errors[0]?.extensions?.code).toBe('CURSOR_INVALID');
  });
});
