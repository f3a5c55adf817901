/**
 * kill -9 of one of three instances under load: its clients (the client library, through a load
 * balancer) resume on the others by themselves and end with exactly the log, and every write that
 * was acknowledged, on any instance, is in the database.
 */
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventStream, type StreamEvent } from '../../src/client/event-stream.ts';
import { createProject, EvCreateTask, EvHead, execute, sleep, waitFor } from '../events/imports.ts';
import { usePostgres } from '../helpers/postgres.ts';
import { stopAllServers } from '../helpers/server.ts';
import { startBalancer, startCluster, type Cluster } from './cluster.ts';

const postgres = usePostgres();
let cluster: Cluster;
let balancer: Awaited<ReturnType<typeof startBalancer>>;
beforeAll(async () => {
  cluster = await startCluster(await postgres.freshDatabase(), 3);
  balancer = await startBalancer(cluster.servers.map((s) => s.port));
});
afterAll(async () => {
  await balancer?.close();
  await stopAllServers();
  await cluster?.close();
});

/** Creates tasks with unique titles through the balancer, at most `inFlight` at a time; records which were acknowledged. */
function startWriter(projectId: string, inFlight = 6) {
  const acked: string[] = [];
  let failed = 0;
  let n = 0;
  let stopped = false;
  const loop = async () => {
    while (!stopped) {
      const title = `t${n++}`;
      const r = await execute(balancer, EvCreateTask, { input: { projectId, title } }).catch(() => null);
      if (r?.data?.createTask.__typename === 'CreateTaskPayload') acked.push(title);
      else failed += 1;
    }
  };
  const loops = Array.from({ length: inFlight }, loop);
  return {
    acked,
    get failed() {
      return failed;
    },
    async stop() {
      stopped = true;
      await Promise.all(loops);
    },
  };
}

describe('kill -9 of one of three instances under load', () => {
  it('should lose nothing acknowledged and let its clients resume on the other instances', async () => {
    const projectId = await createProject(cluster.servers[0]!, 'Scale-out kill -9');
    const startCursor = (await execute(cluster.servers[0]!, EvHead)).data!.events.pageInfo.endCursor!;
    const startSeq = (await cluster.seqs()).at(-1)!;
    const clients = Array.from({ length: 9 }, () => {
      const events: StreamEvent[] = [];
      const stream = createEventStream({ url: balancer.wsUrl, webSocketImpl: WebSocket, after: startCursor, backoff: { initialMs: 50, maxMs: 500 }, onEvent: (e) => events.push(e) });
      return { stream, events };
    });
    await waitFor(() => clients.every((c) => c.stream.state.status === 'connected'));
    const victim = cluster.servers[2]!;
    const onVictim = balancer.openTo(victim.port);

    const writer = startWriter(projectId);
    await waitFor(() => writer.acked.length >= 60, 60_000, () => `${writer.acked.length}/60 writes before the kill`);
    expect(await victim.stop('SIGKILL')).toBe('SIGKILL');
    const atKill = writer.acked.length;
    await waitFor(() => writer.acked.length >= atKill + 60, 60_000, () => `${writer.acked.length - atKill}/60 writes after the kill`);
    await writer.stop();

    const log = await cluster.seqs(startSeq);
    await waitFor(() => clients.every((c) => c.events.length >= log.length), 30_000, () => clients.map((c) => c.events.length).join(',') + ` of ${log.length}`);
    await sleep(300);
    expect(onVictim).toBeGreaterThan(0); // round robin put clients on the killed instance
    for (const c of clients) {
      expect(c.events.map((e) => e.seq)).toEqual(log);
      expect(c.stream.state.status).toBe('connected');
      c.stream.close();
    }
    const titles = new Set(
      (await postgres.pool(cluster.databaseUrl, { max: 1 }).query<{ title: string }>('SELECT title FROM "Task"')).rows.map((r) => r.title),
    );
    expect(writer.acked.filter((t) => !titles.has(t))).toEqual([]);
  });
});
