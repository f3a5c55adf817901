/**
 * Scale-out (issue 18): Maestro on PostgreSQL with 1 and with 3 instances, beside SQLite (1 instance),
 * all in the same run, and the PostgreSQL catch-up beside a raw `pg` scan of the same rows.
 *
 * - createTask over HTTP, closed loop of 8 clients (client w pinned to instance w mod n), a fixed
 *   count per round after a warm-up; rounds alternate the three targets so drifting machine load
 *   hits them alike; median of the rounds' rate, p50 and p99.
 * - fan-out: 20 subscribers (shared client library; subscriber i on instance i mod n) while
 *   updateTask writes a fixed rate round-robin over the instances; commit → receive p50/p99, and
 *   lost / duplicated / out-of-order counts against the log read straight from the database
 *   (bench/lib/fan-out.ts `fanOutAcross`).
 * - catch-up: N TASK_UPDATED rows inserted with one raw INSERT … SELECT into the 1-instance
 *   PostgreSQL database (the server's own schema), then one real updateTask so the instance hears
 *   of the new head; one resuming client replays all of them, beside a raw `pg` SELECT of the same
 *   rows and columns (the store's own column list, array rows) from this process. Rounds alternate
 *   the two; the median round by ratio is reported.
 *
 * Every server, PostgreSQL itself and every client share the machine's two cores: the load average
 * at start and at the end is recorded with the figures.
 *
 *   npx tsx bench/scale-out.ts                  (also run by `npm run bench`)
 *   BENCH_SCALE=0.3 npx tsx bench/scale-out.ts  (shorter: counts and durations × scale)
 *   BENCH_NO_WRITE=1 …                          (print only, docs/BENCHMARKS.md untouched)
 */
import { cpus, loadavg, totalmem } from 'node:os';
import pg from 'pg';
import { EVENT_COLUMNS } from '../src/store/postgres-rows.ts';
import { startTemporaryPostgres, type TemporaryPostgres } from '../tools/temporary-postgres.ts';
import { createProject, createTask, dbSeqs, EvHead, rawId, touchTask } from '../test/events/helpers.ts';
import { execute } from '../test/helpers/graphql.ts';
import { startServer, stopAllServers, type TestServer } from '../test/helpers/server.ts';
import { startCluster, type Cluster } from '../test/scale-out/cluster.ts';
import { closedLoop } from './lib/closed-loop.ts';
import { fanOutAcross } from './lib/fan-out.ts';
import { BENCHMARKS_FILE, replaceSection } from './lib/record.ts';
import { replayOnce } from './lib/replay.ts';
import { median } from './lib/stats.ts';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const CLIENTS = 8;
const WARM_UP = 50;
const CREATE_ROUNDS = 3;
const CREATES_PER_ROUND = Math.max(50, Math.round(300 * SCALE));
const SUBSCRIBERS = 20;
const FAN_RATE = 50;
const FAN_SECONDS = Math.max(3, Math.round(10 * SCALE));
const CATCH_UP = Math.max(2000, Math.round(30_000 * SCALE));
const CATCH_UP_ROUNDS = 3;

type Target = {
  name: string;
  servers: TestServer[];
  /** Seqs of the log after `afterSeq`, read straight from the database. */
  logSeqs(afterSeq: number): Promise<number[]>;
};

const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');
const msf = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
const times = (x: number) => `${x.toFixed(2)}×`;

async function sqliteTarget(): Promise<Target> {
  const server = await startServer({ args: ['--no-runner'] });
  return { name: 'SQLite, 1 instance', servers: [server], logSeqs: (after) => Promise.resolve(dbSeqs(server.dataDir, after)) };
}

async function postgresTarget(postgres: TemporaryPostgres, instances: number): Promise<Target & { cluster: Cluster }> {
  const cluster = await startCluster(await postgres.createDatabase(), instances);
  return { name: `PostgreSQL, ${instances} instance${instances > 1 ? 's' : ''}`, servers: cluster.servers, logSeqs: (after) => cluster.seqs(after), cluster };
}

type CreateRound = Awaited<ReturnType<typeof closedLoop>>;

/** A project on the target and a warm-up of createTask on every instance. */
async function prepareCreates(target: Target): Promise<string> {
  const projectId = await createProject(target.servers[0]!, 'create');
  for (let i = 0; i < WARM_UP; i++) await createTask(target.servers[i % target.servers.length]!, projectId, `warm ${i}`);
  return projectId;
}

function createRound(target: Target, projectId: string): Promise<CreateRound> {
  const { servers } = target;
  return closedLoop(CREATES_PER_ROUND, CLIENTS, (i, worker) => createTask(servers[worker % servers.length]!, projectId, `task ${i}`).then(() => {}));
}

async function fanOutOn(target: Target) {
  const projectId = await createProject(target.servers[0]!, 'fan-out');
  const taskId = await createTask(target.servers[0]!, projectId, 'fan-out');
  return fanOutAcross(target.servers, (after) => target.logSeqs(after), taskId, SUBSCRIBERS, FAN_RATE, FAN_SECONDS);
}

/** The raw floor: the same rows and columns the store reads (EVENT_COLUMNS, array rows), one SELECT through `pg`. */
async function rawScan(pool: pg.Pool, afterSeq: number) {
  const client = await pool.connect();
  try {
    const started = performance.now();
    const { rows } = await client.query({ text: `SELECT ${EVENT_COLUMNS} FROM "Event" WHERE "seq" > $1 ORDER BY "seq"`, values: [afterSeq], rowMode: 'array' });
    return { rows: rows.length, perSec: rows.length / ((performance.now() - started) / 1000) };
  } finally {
    client.release();
  }
}

async function catchUp(target: Target & { cluster: Cluster }) {
  const server = target.servers[0]!;
  const projectId = await createProject(server, 'catch-up');
  const taskId = await createTask(server, projectId, 'catch-up');
  const head = (await execute(server, EvHead)).data!.events;
  const after = head.pageInfo.endCursor!;
  const afterSeq = head.edges.at(-1)!.node.seq;
  const pool = new pg.Pool({ connectionString: target.cluster.databaseUrl, max: 1 });
  pool.on('error', () => {});
  try {
    const insertStarted = performance.now();
    await pool.query(
      `INSERT INTO "Event" ("kind", "projectId", "taskId", "actor", "payload", "createdAt")
       SELECT 'TASK_UPDATED', $1, $2, 'bulk', json_build_object('bulk', g, 'filler', repeat('x', 200))::text, now() AT TIME ZONE 'UTC'
       FROM generate_series(1, $3::int) AS g`,
      [rawId(projectId), rawId(taskId), CATCH_UP],
    );
    const insertSeconds = (performance.now() - insertStarted) / 1000;
    // Rows written behind the servers' backs: one real append makes the instance hear of the new head.
    await touchTask(server, taskId, 'catch-up head');
    const count = CATCH_UP + 1;
    const rounds: { perSec: number; rawPerSec: number; rawRows: number; ordered: boolean; complete: boolean; seconds: number }[] = [];
    for (let round = 0; round < CATCH_UP_ROUNDS; round++) {
      const raw = await rawScan(pool, afterSeq);
      const replay = await replayOnce(server.wsUrl, after, afterSeq, count);
      rounds.push({ perSec: replay.perSec, seconds: replay.seconds, ordered: replay.ordered, complete: replay.count === count, rawPerSec: raw.perSec, rawRows: raw.rows });
    }
    const ratios = rounds.map((r) => r.perSec / r.rawPerSec);
    const mid = [...rounds].sort((a, b) => a.perSec / a.rawPerSec - b.perSec / b.rawPerSec)[Math.floor(rounds.length / 2)]!;
    return { ...mid, count, insertSeconds, ratioMin: Math.min(...ratios), ratioMax: Math.max(...ratios), allOrdered: rounds.every((r) => r.ordered && r.complete) };
  } finally {
    await pool.end();
  }
}

async function main() {
  const loadAtStart = load();
  console.log(
    `scale-out bench: createTask ${CLIENTS} clients × ${CREATE_ROUNDS} rounds of ${CREATES_PER_ROUND}; fan-out ${SUBSCRIBERS} × ${FAN_RATE}/s × ${FAN_SECONDS} s; catch-up ${CATCH_UP} (load avg ${loadAtStart})`,
  );
  const started = performance.now();
  const postgres = await startTemporaryPostgres();
  const clusters: Cluster[] = [];
  try {
    const sqlite = await sqliteTarget();
    const pg1 = await postgresTarget(postgres, 1);
    const pg3 = await postgresTarget(postgres, 3);
    clusters.push(pg1.cluster, pg3.cluster);
    const targets: Target[] = [sqlite, pg1, pg3];
    console.log(`servers up after ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const projects: string[] = [];
    for (const target of targets) projects.push(await prepareCreates(target));
    const creates: CreateRound[][] = targets.map(() => []);
    for (let round = 0; round < CREATE_ROUNDS; round++) {
      for (const [i, target] of targets.entries()) creates[i]!.push(await createRound(target, projects[i]!));
    }
    const create = creates.map((rs) => ({ perSec: median(rs.map((r) => r.perSec)), p50: median(rs.map((r) => r.p50)), p99: median(rs.map((r) => r.p99)) }));
    console.log('createTask', targets.map((t, i) => ({ target: t.name, ...create[i] })));

    const fans: Awaited<ReturnType<typeof fanOutOn>>[] = [];
    for (const target of targets) {
      const fan = await fanOutOn(target);
      console.log('fan-out', target.name, fan);
      fans.push(fan);
    }

    const catchup = await catchUp(pg1);
    console.log('catch-up', catchup);
    const loadAtEnd = load();
    const totalSeconds = (performance.now() - started) / 1000;

    const rows: string[][] = [];
    const [c0, c1, c3] = create as [(typeof create)[0], (typeof create)[0], (typeof create)[0]];
    const createText = (c: typeof c0) => `${Math.round(c.perSec)}/s, p50 ${msf(c.p50)}, p99 ${msf(c.p99)}`;
    const createMeasure = (t: Target) =>
      `createTask over HTTP, ${t.name}: ${CLIENTS} clients${t.servers.length > 1 ? ' spread over the instances' : ''} (median of ${CREATE_ROUNDS} rounds of ${CREATES_PER_ROUND})`;
    rows.push([createMeasure(sqlite), createText(c0), '(baseline of the rows below)', '1.00×']);
    rows.push([createMeasure(pg1), createText(c1), `SQLite: ${createText(c0)}`, `${times(c1.perSec / c0.perSec)} rate, ${times(c1.p99 / c0.p99)} p99`]);
    rows.push([
      createMeasure(pg3),
      createText(c3),
      `SQLite: ${Math.round(c0.perSec)}/s; PostgreSQL 1 instance: ${Math.round(c1.perSec)}/s`,
      `${times(c3.perSec / c0.perSec)} SQLite rate, ${times(c3.perSec / c1.perSec)} PG-1 rate; ${times(c3.p99 / c0.p99)} SQLite p99`,
    ]);
    const fanText = (f: (typeof fans)[0]) =>
      `p50 ${msf(f.latency.p50)}, p99 ${msf(f.latency.p99)} (max ${msf(f.latency.max)}); ${f.written} written (${Math.round(f.achievedRate)}/s), ${f.deliveries} deliveries; lost ${f.lost}, duplicated ${f.duplicated}, out of order ${f.misordered}; Maestro CPU ${f.serverCores.toFixed(2)} cores`;
    const fanMeasure = (t: Target) =>
      `fan-out, ${t.name}: ${SUBSCRIBERS} subscribers × ${FAN_RATE} events/s × ${FAN_SECONDS} s${t.servers.length > 1 ? ', subscribers and writes spread over the instances' : ''}: commit → receive`;
    const [f0, f1, f3] = fans as [(typeof fans)[0], (typeof fans)[0], (typeof fans)[0]];
    // Latencies are whole milliseconds (createdAt has ms precision): a p99 of 0 counts as 1 ms.
    const p99 = (f: typeof f0) => Math.max(1, f.latency.p99);
    rows.push([fanMeasure(sqlite), fanText(f0), '(baseline of the rows below)', '1.00×']);
    rows.push([fanMeasure(pg1), fanText(f1), `SQLite: p99 ${msf(f0.latency.p99)}`, `${times(p99(f1) / p99(f0))} p99`]);
    rows.push([fanMeasure(pg3), fanText(f3), `SQLite: p99 ${msf(f0.latency.p99)}; PostgreSQL 1 instance: p99 ${msf(f1.latency.p99)}`, `${times(p99(f3) / p99(f0))} SQLite p99, ${times(p99(f3) / p99(f1))} PG-1 p99`]);
    rows.push([
      `catch-up, PostgreSQL 1 instance: ${catchup.count} events replayed to one resuming client (median of ${CATCH_UP_ROUNDS} rounds by ratio, each beside its own raw scan)`,
      `${Math.round(catchup.perSec)} events/s (${catchup.seconds.toFixed(2)} s); every round complete and in order: ${catchup.allOrdered}`,
      `raw \`pg\` SELECT of the same ${catchup.rawRows} rows and 13 columns (array rows, one query): ${Math.round(catchup.rawPerSec)} rows/s`,
      `${((catchup.perSec / catchup.rawPerSec) * 100).toFixed(1)} % of raw (rounds ${(catchup.ratioMin * 100).toFixed(1)}–${(catchup.ratioMax * 100).toFixed(1)} %)`,
    ]);
    const table = ['| measure | Maestro | floor / baseline, same run | ratio |', '|---|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
    console.log(`\n${table}\n`);

    const cpu = cpus();
    const machine = `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}`;
    const section = [
      `## Scale-out (issue 18) — ${new Date().toISOString().slice(0, 16)}Z, \`npx tsx bench/scale-out.ts\`${SCALE !== 1 ? ` (BENCH_SCALE=${SCALE})` : ''}`,
      '',
      `Machine: ${machine}; load average ${loadAtStart} at start, ${loadAtEnd} at the end (the machine is shared with other work); ` +
        `whole run ${totalSeconds.toFixed(0)} s. Servers from dist/server.mjs with --no-runner; one temporary PostgreSQL ` +
        `(tools/temporary-postgres.ts, fsync and synchronous_commit on) holding one database per PostgreSQL target; the 3 instances ` +
        'share one database. Every instance, PostgreSQL, and every client (HTTP clients, the fan-out producer, the shared client ' +
        'library subscribers, the raw scan) run on the same two cores. "Maestro CPU" counts the Maestro processes only, not ' +
        `PostgreSQL. Catch-up rows were inserted with one raw INSERT … SELECT (${catchup.insertSeconds.toFixed(2)} s for ${CATCH_UP}).`,
      '',
      table,
      '',
    ].join('\n');
    if (process.env.BENCH_NO_WRITE !== '1') {
      replaceSection('## Scale-out (issue 18)', section);
      console.log(`written to ${BENCHMARKS_FILE}`);
    }
  } finally {
    await stopAllServers();
    await Promise.all(clusters.map((c) => c.close().catch(() => {})));
    await postgres.stop();
  }
}

await main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
