/**
 * Scale-out on PostgreSQL: three instances on one database, writers on all three, subscribers
 * spread over them. Every subscriber must receive exactly the log, in order, with no gap and no
 * duplicate, also when it is cut off and resumes on a different instance (the client library
 * through a load balancer, and a plain graphql-ws client resuming from its last cursor).
 */
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventStream, type StreamEvent } from '../../src/client/event-stream.ts';
import { createProject, createTask, EvHead, execute, pool, sleep, subscribeRaw, touchTask, waitFor } from '../events/imports.ts';
import { usePostgres } from '../helpers/postgres.ts';
import { stopAllServers } from '../helpers/server.ts';
import { createSubtask, startBalancer, startCluster, type Cluster } from './cluster.ts';

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

/** The current head as a cursor and a seq, read through instance `i`. */
async function head(i = 0) {
  const cursor = (await execute(cluster.servers[i]!, EvHead)).data!.events.pageInfo.endCursor!;
  return { cursor, seq: (await cluster.seqs()).at(-1) ?? 0 };
}

/**
 * `writers` concurrent writers, each bound to one instance in turn, each doing `rounds` of: create
 * a task, add three subtasks to it, update it. Counts, not a duration.
 */
async function writeOnAllInstances(projectId: string, writers: number, rounds: number) {
  await pool(writers, writers, async (w) => {
    const server = cluster.servers[w % cluster.servers.length]!;
    for (let round = 0; round < rounds; round++) {
      const taskId = await createTask(server, projectId, `w${w}-r${round}`);
      for (let s = 0; s < 3; s++) await createSubtask(server, taskId, `w${w}-r${round}-s${s}`);
      await touchTask(server, taskId, `written by writer ${w}`);
    }
  });
}

describe('three instances on one PostgreSQL database', () => {
  it('should deliver the whole log, in order and once, to 20 subscribers spread over the instances while all three write', async () => {
    const projectId = await createProject(cluster.servers[0]!, 'Scale-out ordering');
    const start = await head(1);
    const subscribers = Array.from({ length: 20 }, (_, i) => subscribeRaw(cluster.servers[i % 3]!.wsUrl, { after: start.cursor }));
    await writeOnAllInstances(projectId, 6, 8);
    const log = await cluster.seqs(start.seq);
    expect(log.length).toBe(6 * 8 * 5);
    for (const s of subscribers) await s.until((events) => events.length >= log.length, 30_000);
    await sleep(300); // a duplicate or a late smaller seq would arrive meanwhile
    for (const s of subscribers) {
      expect(s.errors).toBeNull();
      expect(s.events.map((e) => e.seq)).toEqual(log);
      s.close();
    }
  });

  it('should let subscribers cut off mid-stream resume on a different instance and end complete', async () => {
    const projectId = await createProject(cluster.servers[0]!, 'Scale-out resume');
    const start = await head(0);

    // Library clients behind the balancer: the instance they are on is drained (taken out of
    // rotation, its connections cut), so they reconnect, by themselves, to one of the others.
    const library = Array.from({ length: 6 }, () => {
      const events: StreamEvent[] = [];
      const stream = createEventStream({ url: balancer.wsUrl, webSocketImpl: WebSocket, after: start.cursor, backoff: { initialMs: 50, maxMs: 500 }, onEvent: (e) => events.push(e) });
      return { stream, events };
    });
    await waitFor(() => library.every((c) => c.stream.state.status === 'connected'));

    // Plain graphql-ws clients: each closes after a first part and resumes from its last cursor on the next instance.
    const plain = Array.from({ length: 6 }, (_, i) => ({ home: i % 3, first: subscribeRaw(cluster.servers[i % 3]!.wsUrl, { after: start.cursor }) }));

    const writing = writeOnAllInstances(projectId, 3, 6);
    await waitFor(() => plain.every((c) => c.first.events.length >= 10) && library.every((c) => c.events.length >= 10), 60_000);
    const drained = cluster.servers[0]!.port;
    const onDrained = balancer.openTo(drained);
    balancer.drain(drained);
    const resumed = plain.map((c) => {
      c.first.close();
      const last = c.first.events.at(-1)!;
      return { before: c.first.events, second: subscribeRaw(cluster.servers[(c.home + 1) % 3]!.wsUrl, { after: last.cursor }) };
    });
    await writing;
    const log = await cluster.seqs(start.seq);
    expect(log.length).toBe(3 * 6 * 5);

    await waitFor(() => library.every((c) => c.events.length >= log.length) && resumed.every((c) => c.before.length + c.second.events.length >= log.length), 30_000);
    await sleep(300);
    for (const c of resumed) {
      expect(c.second.errors).toBeNull();
      expect([...c.before, ...c.second.events].map((e) => e.seq)).toEqual(log);
      c.second.close();
    }
    expect(onDrained).toBeGreaterThan(0); // round robin put some library clients on the drained instance
    expect(balancer.openTo(drained)).toBe(0);
    for (const c of library) {
      expect(c.events.map((e) => e.seq)).toEqual(log);
      expect(c.stream.state.status).toBe('connected');
      c.stream.close();
    }
    balancer.drain(drained, false);
  });
});
