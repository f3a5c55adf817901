/**
 * Gap replay: a subscriber disconnects (its own close, or the connection destroyed under it as a
 * server-side socket destroy looks to the client), K events are written, and it resubscribes from
 * the last cursor it received: it must get exactly those K events, then live ones.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { createProject, createTask, dbSeqs, insertEvents, rawId, sleep, startProxy, subscribeRaw, touchTask, writeEvents } from './imports.ts';

let server: TestServer;
let proxy: Awaited<ReturnType<typeof startProxy>>;
let projectId: string;
let taskId: string;
beforeAll(async () => {
  server = await startServer();
  proxy = await startProxy(server.port);
  projectId = await createProject(server);
  taskId = await createTask(server, projectId);
});
afterAll(async () => {
  await proxy.close();
  await stopAllServers();
});

/** K = 10 000 is appended straight into the log file (see insertEvents): HTTP would take ~40 s. */
async function writeK(k: number) {
  if (k > 1000) {
    insertEvents(server.dataDir, k, { projectId, taskId });
    // The insert held the event loop: see the keep-alive connections the server closed meanwhile
    // before the next request, as in slow-consumer.test.ts.
    await new Promise((r) => setImmediate(r));
  } else await writeEvents(server, taskId, k, 8);
}

describe.each(['client close', 'server-side socket destroy'] as const)('gap replay after %s', (how) => {
  it.each([1, 100, 10_000])('should replay exactly the %i missed events, then continue live', async (k) => {
    const filter = { taskId };
    const first = subscribeRaw(how === 'client close' ? server.wsUrl : proxy.wsUrl, { fromStart: true, filter });
    await touchTask(server, taskId);
    const startLength = dbSeqs(server.dataDir, 0, '"taskId" = ?', [rawId(taskId)]).length;
    await first.until((e) => e.length === startLength);
    const last = first.events.at(-1)!;

    if (how === 'client close') {
      first.close();
    } else {
      proxy.dropAll();
      await first.done;
      expect(first.errors).not.toBeNull(); // the client saw the connection die
    }
    await writeK(k);
    const missed = dbSeqs(server.dataDir, last.seq);
    expect(missed.length).toBe(k);

    const second = subscribeRaw(server.wsUrl, { after: last.cursor, filter });
    await second.until((e) => e.length >= k, 30_000);
    await sleep(200);
    expect(second.events.map((e) => e.seq)).toEqual(missed);

    await touchTask(server, taskId); // live: woken by a real append
    await second.until((e) => e.length >= k + 1);
    await sleep(200);
    expect(second.errors).toBeNull();
    expect(second.events.map((e) => e.seq)).toEqual(dbSeqs(server.dataDir, last.seq));
    expect(second.events.length).toBe(k + 1);
    second.close();
    if (how === 'client close') first.close();
  });
});
