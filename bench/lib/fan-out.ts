/**
 * Fan-out through Maestro (N subscribers of the shared client library, events written by updateTask
 * over HTTP at a fixed rate) and its floor, a bare `ws` broadcaster in its own process sending the
 * same payload size to the same number of clients at the same rate. Used by bench/events.ts and
 * bench/issue19.ts; `fanOutAcross`, over several instances of one PostgreSQL database, by bench/scale-out.ts.
 */
import { spawn } from 'node:child_process';
import WebSocket from 'ws';
import { createEventStream, type EventStream, type StreamEvent } from '../../src/client/event-stream.ts';
import { ROOT, type TestServer } from '../../test/helpers/server.ts';
import { execute } from '../../test/helpers/graphql.ts';
import { dbSeqs, EvHead, metric, sleep, startProducer, waitFor } from '../../test/events/helpers.ts';
import { cpuSeconds } from './process-cpu.ts';
import { pct, summarise } from './stats.ts';

// The broadcaster reports the CPU it used while sending (process.cpuUsage, from the moment every
// client is connected to the last send), so its start-up does not count against the floor.
const FLOOR_SERVER = `
import { WebSocketServer } from 'ws';
const [clients, rate, seconds, size] = process.argv.slice(1).map(Number);
const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
wss.on('listening', () => console.log('port ' + wss.address().port));
const body = 'x'.repeat(size);
wss.on('connection', () => {
  if (wss.clients.size !== clients) return;
  const started = performance.now();
  const cpu = process.cpuUsage();
  let sent = 0;
  const total = Math.round(rate * seconds);
  const timer = setInterval(() => {
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * rate));
    for (; sent < due; sent++) {
      const message = JSON.stringify({ seq: sent + 1, sentAt: Date.now(), body });
      for (const ws of wss.clients) ws.send(message);
    }
    if (sent >= total) {
      clearInterval(timer);
      const used = process.cpuUsage(cpu);
      for (const ws of wss.clients) ws.send(JSON.stringify({ done: true, cpuSeconds: (used.user + used.system) / 1e6, sent }));
      setTimeout(() => process.exit(0), 500);
    }
  }, 10);
});
`;

/** The bare `ws` floor: `clients` × `rate`/s × `seconds` of `size`-byte bodies; latency = receive − send time. */
export async function wsBroadcastFloor(clients: number, rate: number, seconds: number, size: number) {
  const child = spawn(process.execPath, ['--input-type=module', '-e', FLOOR_SERVER, String(clients), String(rate), String(seconds), String(size)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve) => child.stdout!.on('data', (d) => resolve(Number(/port (\d+)/.exec(String(d))?.[1]))));
  const latencies: number[] = [];
  const counts: number[] = [];
  let senderCpuSeconds = NaN;
  let sent = 0;
  await Promise.all(
    Array.from({ length: clients }, (_, i) => {
      counts[i] = 0;
      return new Promise<void>((resolve) => {
        const ws = new WebSocket(`ws://127.0.0.1:${port}`);
        ws.on('message', (data) => {
          const message = JSON.parse(String(data)) as { seq?: number; sentAt?: number; done?: boolean; cpuSeconds?: number; sent?: number };
          if (message.done) {
            senderCpuSeconds = message.cpuSeconds!;
            sent = message.sent!;
            return void (ws.close(), resolve());
          }
          latencies.push(Date.now() - message.sentAt!);
          counts[i]! += 1;
        });
      });
    }),
  );
  return {
    latency: summarise(latencies),
    received: counts.reduce((a, b) => a + b, 0),
    expected: clients * Math.round(rate * seconds),
    /** The broadcaster's CPU per event sent (each to every client). */
    cpuPerEvent: senderCpuSeconds / sent,
  };
}

/** `subscribers` event streams following the log of one server (SQLite) while updateTask writes `rate` events/s for `seconds`. */
export function fanOut(server: TestServer, taskId: string, subscribers: number, rate: number, seconds: number) {
  return fanOutAcross([server], (after) => Promise.resolve(dbSeqs(server.dataDir, after)), taskId, subscribers, rate, seconds);
}

/**
 * The same over several instances serving one database: subscriber i follows instance i mod n,
 * the producer sends its mutations round-robin, and `logSeqs(after)` reads the log's seqs straight
 * from the database to check every subscriber against. Server CPU is summed over the instances and
 * the event-loop delay is the worst instance's.
 */
export async function fanOutAcross(
  servers: TestServer[],
  logSeqs: (afterSeq: number) => Promise<number[]>,
  taskId: string,
  subscribers: number,
  rate: number,
  seconds: number,
) {
  const headEdge = (await execute(servers[0]!, EvHead)).data!.events;
  const head = headEdge.pageInfo.endCursor!;
  const headSeq = headEdge.edges.at(-1)!.node.seq;
  const worstLoopP99 = async () => Math.max(...(await Promise.all(servers.map((s) => metric(s.url, 'maestro_event_loop_delay_p99_seconds')))));
  const serversCpu = () => servers.reduce((sum, s) => sum + cpuSeconds(s.proc.pid!), 0);
  const latencies: number[] = [];
  const received: StreamEvent[][] = [];
  const streams: EventStream[] = [];
  let sample = '';
  for (let i = 0; i < subscribers; i++) {
    const events: StreamEvent[] = [];
    received.push(events);
    streams.push(
      createEventStream({
        url: servers[i % servers.length]!.wsUrl,
        webSocketImpl: WebSocket,
        after: head,
        onEvent: (e) => {
          latencies.push(Date.now() - Date.parse(e.createdAt));
          events.push(e);
          if (!sample) sample = JSON.stringify({ id: '1', type: 'next', payload: { data: { events: e } } });
        },
      }),
    );
  }
  await waitFor(() => streams.every((s) => s.state.status === 'connected'), 30_000);
  await sleep(500);
  await worstLoopP99(); // resets the windows

  const loopP99: number[] = [];
  const scraper = setInterval(() => {
    void worstLoopP99().then((v) => loopP99.push(v * 1000), () => {});
  }, 5000);
  const cpuBefore = serversCpu();
  let nextWriter = 0;
  const producer = startProducer(() => servers[nextWriter++ % servers.length]!, taskId, rate, (i) => `bench event ${i}`);
  await sleep(seconds * 1000);
  const { ok, failed } = await producer.stop();
  const serverCpu = serversCpu() - cpuBefore;
  clearInterval(scraper);
  loopP99.push((await worstLoopP99()) * 1000);

  const expected = await logSeqs(headSeq);
  await waitFor(() => received.every((r) => r.length >= expected.length), 120_000).catch(() => {});
  await sleep(500);
  let lost = 0;
  let duplicated = 0;
  let misordered = 0;
  for (const [i, events] of received.entries()) {
    const seqs = events.map((e) => e.seq);
    const got = new Set(seqs);
    lost += expected.filter((s) => !got.has(s)).length;
    duplicated += seqs.length - got.size + streams[i]!.duplicates;
    misordered += seqs.some((s, j) => j > 0 && s <= seqs[j - 1]!) ? 1 : 0;
  }
  for (const s of streams) s.close();
  const sortedLoop = [...loopP99].sort((a, b) => a - b);
  return {
    written: ok,
    failed,
    achievedRate: ok / seconds,
    serverCores: serverCpu / seconds,
    /** Server CPU (mutation over HTTP, commit, and every delivery) per event written. */
    cpuPerEvent: serverCpu / ok,
    deliveries: latencies.length,
    lost,
    duplicated,
    misordered,
    latency: summarise(latencies),
    loopP99Median: pct(sortedLoop, 50),
    loopP99Max: sortedLoop.at(-1) ?? NaN,
    sampleBytes: sample.length,
  };
}
