/**
 * Issue 19: Maestro beside floors measured in the same run, one row per target.
 *
 * - createTask over HTTP, 1 and 8 clients, beside a bare node:http JSON server (bench/lib/http-floor.ts,
 *   its own process) doing the same durable work: the task and its event in one BEGIN IMMEDIATE
 *   transaction, WAL + synchronous=FULL, reply after the commit. Rounds alternate the two servers.
 * - 50 concurrent createSubtask on one task (wall time of the burst) beside 50 raw better-sqlite3
 *   transactions (subtask + event, synchronous=FULL) on the real schema, in this process.
 * - fan-out: 20 subscribers at 100 and 400 events/s (updateTask over HTTP); server CPU per event
 *   (mutation, commit and 20 deliveries) and commit → receive p99, beside a bare `ws` broadcaster
 *   sending the same payload to 20 clients at the same rate (bench/lib/fan-out.ts).
 * - cold start: spawn → first successful GraphQL query, on a fresh and on an existing data directory,
 *   beside spawn → first answer of the bare node:http server; interleaved, median of 5.
 * - RSS: idle (after warm-up) and after the fan-out runs, beside the bare node:http server idle.
 * - listing 1 000 tasks in pages of 100 (project.tasks connection), beside the floor server paging
 *   the same 1 000 rows with a raw SELECT + JSON.stringify; median of 7 walks each.
 *
 * Catch-up replay and hook ingest have their own benches (bench/events.ts, bench/ingest.ts).
 * Prints a table and puts it in docs/BENCHMARKS.md in place of its previous section.
 *
 *   npx tsx bench/issue19.ts                (also run by `npm run bench`)
 *   BENCH_SCALE=0.5 npx tsx bench/issue19.ts  (shorter: counts and durations × scale)
 *   BENCH_NO_WRITE=1 …                        (print only)
 *   BENCH_ONLY=create,subtasks,fanout,start,rss,list …  (a subset, printed only)
 */
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from '../src/store/sqlite-migrate.ts';
import { graphql } from '../test/gql/index.ts';
import type { Perf19TasksQuery, Perf19TasksQueryVariables } from '../test/gql/graphql.ts';
import { execute } from '../test/helpers/graphql.ts';
import { SERVER_BUNDLE, startServer, stopAllServers, tempDir, type TestServer } from '../test/helpers/server.ts';
import { freePort, rssKb, sleep } from '../test/events/helpers.ts';
import { closedLoop } from './lib/closed-loop.ts';
import { timeProcess, timeToFirstAnswer } from './lib/cold-start.ts';
import { fanOut, wsBroadcastFloor } from './lib/fan-out.ts';
import { httpFloorArgs, startHttpFloor, type HttpFloor } from './lib/http-floor.ts';
import { BENCHMARKS_FILE, replaceSection } from './lib/record.ts';
import { median } from './lib/stats.ts';

const Perf19Project = graphql(`
  mutation Perf19Project($input: CreateProjectInput!) {
    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } }
  }
`);
const Perf19Task = graphql(`
  mutation Perf19Task($input: CreateTaskInput!) {
    createTask(input: $input) { __typename ... on CreateTaskPayload { task { id title status priority createdAt } } ... on Error { message } }
  }
`);
const Perf19Subtask = graphql(`
  mutation Perf19Subtask($input: CreateSubtaskInput!) { createSubtask(input: $input) { __typename } }
`);
const Perf19Tasks = graphql(`
  query Perf19Tasks($projectId: ID!, $after: String) {
    project(id: $projectId) {
      tasks(first: 100, after: $after) { edges { node { id title status priority createdAt updatedAt } } pageInfo { endCursor hasNextPage } }
    }
  }
`);
const FIRST_QUERY = JSON.stringify({ query: 'query Perf19First { projects(first: 1) { edges { node { id } } } }' });

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const ONLY = new Set((process.env.BENCH_ONLY ?? '').split(',').filter(Boolean));
const runs = (part: string) => ONLY.size === 0 || ONLY.has(part);
const CREATE_ROUNDS = 3;
const CREATES_PER_ROUND = Math.max(50, Math.round(300 * SCALE));
const SUBTASK_ROUNDS = 7;
const FAN_SECONDS = Math.max(4, Math.round(10 * SCALE));
const STARTS = 5;
const LIST_TASKS = 1000;
const LIST_WALKS = 7;

type Row = { measure: string; maestro: string; floor: string; ratio: number; target: string; met: boolean };
const rows: Row[] = [];
const fmt = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const msf = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;

async function ok(res: Response): Promise<boolean> {
  const text = await res.text();
  return res.status === 200 && !text.includes('"errors"');
}

async function postJson(url: string, body: unknown) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) });
  return res.json() as Promise<unknown>;
}

/** A migrated database file with one project, for the floors; returns its path and the project id. */
function floorDatabase(): { dir: string; path: string; projectId: string } {
  const dir = tempDir('maestro-bench-floor-');
  const path = join(dir, 'floor.db');
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  migrate(db);
  const projectId = `p${randomUUID()}`;
  const at = new Date().toISOString();
  db.prepare(`INSERT INTO "Project" ("id", "name", "createdAt", "updatedAt") VALUES (?, 'floor', ?, ?)`).run(projectId, at, at);
  db.close();
  return { dir, path, projectId };
}

async function createProject(server: TestServer, name: string): Promise<string> {
  const r = await execute(server, Perf19Project, { input: { name } });
  if (r.data?.createProject.__typename !== 'CreateProjectPayload') throw new Error(`createProject: ${JSON.stringify(r)}`);
  return r.data.createProject.project.id;
}

async function maestroCreate(server: TestServer, projectId: string, title: string) {
  const r = await execute(server, Perf19Task, { input: { projectId, title } });
  if (r.data?.createTask.__typename !== 'CreateTaskPayload') throw new Error(`createTask: ${JSON.stringify(r)}`);
  return r.data.createTask.task.id;
}

async function floorCreate(floor: HttpFloor, projectId: string, title: string) {
  const r = (await postJson(`${floor.url}/tasks`, { projectId, title })) as { task?: { id: string } };
  if (!r.task) throw new Error(`floor create: ${JSON.stringify(r)}`);
}

async function createTaskRows(server: TestServer, floor: HttpFloor, floorProject: string) {
  const projectId = await createProject(server, 'create');
  for (let i = 0; i < 50; i++) {
    await maestroCreate(server, projectId, `warm ${i}`);
    await floorCreate(floor, floorProject, `warm ${i}`);
  }
  for (const clients of [1, 8]) {
    const m: { perSec: number; p50: number; p99: number }[] = [];
    const f: typeof m = [];
    for (let round = 0; round < CREATE_ROUNDS; round++) {
      // Alternating, so drifting machine load hits both alike.
      f.push(await closedLoop(CREATES_PER_ROUND, clients, (i) => floorCreate(floor, floorProject, `task ${i}`)));
      m.push(await closedLoop(CREATES_PER_ROUND, clients, (i) => maestroCreate(server, projectId, `task ${i}`).then(() => {})));
    }
    const mRate = median(m.map((x) => x.perSec));
    const fRate = median(f.map((x) => x.perSec));
    const mP50 = median(m.map((x) => x.p50));
    const fP50 = median(f.map((x) => x.p50));
    const target = clients === 1 ? 0.45 : 0.4;
    rows.push({
      measure: `createTask over HTTP, ${clients} client${clients > 1 ? 's' : ''} (rate; median of ${CREATE_ROUNDS} rounds of ${CREATES_PER_ROUND})`,
      maestro: `${Math.round(mRate)}/s, p50 ${msf(mP50)}, p99 ${msf(median(m.map((x) => x.p99)))}`,
      floor: `${Math.round(fRate)}/s, p50 ${msf(fP50)}, p99 ${msf(median(f.map((x) => x.p99)))}`,
      ratio: mRate / fRate,
      target: `≥ ${target.toFixed(2)}× rate`,
      met: mRate / fRate >= target,
    });
    if (clients === 1) {
      rows.push({ measure: 'createTask over HTTP, 1 client (p50 latency)', maestro: msf(mP50), floor: msf(fP50), ratio: mP50 / fP50, target: '≤ 2× p50', met: mP50 / fP50 <= 2 });
    }
  }
}

async function subtaskBurst(server: TestServer) {
  const projectId = await createProject(server, 'subtasks');
  const taskId = await maestroCreate(server, projectId, 'burst');
  const burst = async (round: number) => {
    const t = performance.now();
    await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const r = await execute(server, Perf19Subtask, { input: { taskId, title: `r${round}-${i}` } });
        if (r.data?.createSubtask.__typename !== 'CreateSubtaskPayload') throw new Error(`createSubtask: ${JSON.stringify(r)}`);
      }),
    );
    return performance.now() - t;
  };
  await burst(-1); // warm-up

  const { dir, path, projectId: floorProject } = floorDatabase();
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  const floorTask = `t${randomUUID()}`;
  const at0 = new Date().toISOString();
  db.prepare(`INSERT INTO "Task" ("id", "projectId", "title", "description", "status", "priority", "acceptanceCriteria", "createdAt", "updatedAt") VALUES (?, ?, 'burst', '', 'TODO', 'MEDIUM', '[]', ?, ?)`).run(floorTask, floorProject, at0, at0);
  const last = db.prepare('SELECT MAX("position") AS p FROM "Subtask" WHERE "taskId" = ?');
  const insert = db.prepare(`INSERT INTO "Subtask" ("id", "taskId", "title", "position", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?)`);
  const event = db.prepare(`INSERT INTO "Event" ("kind", "projectId", "taskId", "subtaskId", "actor", "payload", "createdAt") VALUES ('SUBTASK_CREATED', ?, ?, ?, 'floor', ?, ?)`);
  const one = db.transaction((title: string) => {
    const id = `s${randomUUID()}`;
    const at = new Date().toISOString();
    const position = ((last.get(floorTask) as { p: number | null }).p ?? 0) + 1024;
    insert.run(id, floorTask, title, position, at, at);
    event.run(floorProject, floorTask, id, JSON.stringify({ subtask: { id, taskId: floorTask, title, position } }), at);
  });
  const rawBurst = (round: number) => {
    const t = performance.now();
    for (let i = 0; i < 50; i++) one.immediate(`r${round}-${i}`);
    return performance.now() - t;
  };
  rawBurst(-1);
  const m: number[] = [];
  const f: number[] = [];
  for (let round = 0; round < SUBTASK_ROUNDS; round++) {
    f.push(rawBurst(round));
    m.push(await burst(round));
  }
  db.close();
  rmSync(dir, { recursive: true, force: true });
  const mw = median(m);
  const fw = median(f);
  rows.push({
    measure: `50 concurrent createSubtask on one task (wall; median of ${SUBTASK_ROUNDS})`,
    maestro: msf(mw),
    floor: `${msf(fw)} for 50 raw better-sqlite3 transactions (subtask + event, synchronous=FULL)`,
    ratio: mw / fw,
    target: '≤ 2×',
    met: mw / fw <= 2,
  });
}

async function fanOutRows(server: TestServer) {
  const projectId = await createProject(server, 'fan-out');
  const taskId = await maestroCreate(server, projectId, 'fan-out');
  for (const rate of [100, 400]) {
    const fan = await fanOut(server, taskId, 20, rate, FAN_SECONDS);
    const floor = await wsBroadcastFloor(20, rate, FAN_SECONDS, Math.max(0, fan.sampleBytes - 40));
    const lossNote = fan.lost || fan.duplicated || fan.misordered ? `; LOST ${fan.lost}, duplicated ${fan.duplicated}, out of order ${fan.misordered}` : '; lost 0, duplicated 0';
    rows.push({
      measure: `fan-out, 20 subscribers × ${rate}/s × ${FAN_SECONDS} s: server CPU per event (updateTask + commit + 20 deliveries)`,
      maestro: `${fmt(fan.cpuPerEvent * 1000)} ms (${Math.round(fan.achievedRate)}/s achieved, ${fan.serverCores.toFixed(2)} cores${lossNote})`,
      floor: `${fmt(floor.cpuPerEvent * 1000, 3)} ms per broadcast to 20 (bare ws)`,
      ratio: fan.cpuPerEvent / floor.cpuPerEvent,
      target: '≤ 2×',
      met: fan.cpuPerEvent / floor.cpuPerEvent <= 2,
    });
    // Both latencies are whole milliseconds (createdAt has ms precision): a floor of 0 counts as 1 ms.
    const floorP99 = Math.max(1, floor.latency.p99);
    rows.push({
      measure: `fan-out, 20 × ${rate}/s: commit → receive p99`,
      maestro: `p50 ${fan.latency.p50} ms, p99 ${fan.latency.p99} ms`,
      floor: `p50 ${floor.latency.p50} ms, p99 ${floor.latency.p99} ms (${floor.received}/${floor.expected} received)`,
      ratio: fan.latency.p99 / floorP99,
      target: '≤ 5× p99',
      met: fan.latency.p99 / floorP99 <= 5,
    });
  }
}

async function coldStartRows() {
  const existing = tempDir('maestro-bench-existing-');
  const bare: number[] = [];
  const fresh: number[] = [];
  const again: number[] = [];
  const nodeE0: number[] = [];
  const maestro = async (dataDir: string) => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/graphql`;
    return timeToFirstAnswer([SERVER_BUNDLE, '--port', String(port), '--data-dir', dataDir], async () =>
      ok(await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: FIRST_QUERY })),
    );
  };
  await maestro(existing); // creates it: later starts find an existing database
  for (let i = 0; i < STARTS; i++) {
    const port = await freePort();
    bare.push(await timeToFirstAnswer(httpFloorArgs(port), async () => ok(await fetch(`http://127.0.0.1:${port}/ping`))));
    const dir = tempDir('maestro-bench-cold-');
    fresh.push(await maestro(dir));
    rmSync(dir, { recursive: true, force: true });
    again.push(await maestro(existing));
    nodeE0.push(await timeProcess(['-e', '0']));
  }
  rmSync(existing, { recursive: true, force: true });
  const b = median(bare);
  const note = `bare node:http: ${msf(b)} (\`node -e 0\`: ${msf(median(nodeE0))})`;
  rows.push({ measure: `cold start, spawn → first successful query, fresh data dir (median of ${STARTS})`, maestro: msf(median(fresh)), floor: note, ratio: median(fresh) / b, target: '≤ 5×', met: median(fresh) / b <= 5 });
  rows.push({ measure: `cold start, existing data dir (median of ${STARTS})`, maestro: msf(median(again)), floor: note, ratio: median(again) / b, target: '≤ 5×', met: median(again) / b <= 5 });
}

/** RSS of the bare node:http server after it answered 200 requests, idle. */
async function bareRssKb(): Promise<number> {
  const floor = await startHttpFloor();
  for (let i = 0; i < 200; i++) await (await fetch(`${floor.url}/ping`)).text();
  await sleep(1000);
  const kb = rssKb(floor.proc.pid!);
  await floor.stop();
  return kb;
}

async function listRows(server: TestServer, floor: HttpFloor, floorDbPath: string) {
  const projectId = await createProject(server, 'list');
  let created = 0;
  await Promise.all(Array.from({ length: 8 }, async () => {
    while (created < LIST_TASKS) await maestroCreate(server, projectId, `list ${created++}`);
  }));
  const db = new Database(floorDbPath);
  const floorProject = `p${randomUUID()}`;
  const at = new Date().toISOString();
  db.prepare(`INSERT INTO "Project" ("id", "name", "createdAt", "updatedAt") VALUES (?, 'list', ?, ?)`).run(floorProject, at, at);
  const insert = db.prepare(`INSERT INTO "Task" ("id", "projectId", "title", "description", "status", "priority", "acceptanceCriteria", "createdAt", "updatedAt") VALUES (?, ?, ?, '', 'TODO', 'MEDIUM', '[]', ?, ?)`);
  db.transaction(() => {
    for (let i = 0; i < LIST_TASKS; i++) {
      const t = new Date(Date.now() + i).toISOString();
      insert.run(`t${randomUUID()}`, floorProject, `list ${i}`, t, t);
    }
  })();
  db.close();

  const maestroWalk = async () => {
    let after: string | null = null;
    let seen = 0;
    for (;;) {
      const r: Awaited<ReturnType<typeof execute<Perf19TasksQuery, Perf19TasksQueryVariables>>> = await execute(server, Perf19Tasks, { projectId, after });
      const tasks = r.data?.project?.tasks;
      if (!tasks) throw new Error(`tasks: ${JSON.stringify(r)}`);
      seen += tasks.edges.length;
      if (!tasks.pageInfo.hasNextPage) break;
      after = tasks.pageInfo.endCursor ?? null;
    }
    if (seen !== LIST_TASKS) throw new Error(`listed ${seen} tasks, expected ${LIST_TASKS}`);
  };
  const floorWalk = async () => {
    let after: string | null = null;
    let seen = 0;
    for (;;) {
      const page = (await (await fetch(`${floor.url}/tasks?projectId=${floorProject}&first=100${after ? `&after=${after}` : ''}`)).json()) as { tasks: unknown[]; endCursor: string; hasNextPage: boolean };
      seen += page.tasks.length;
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
    if (seen !== LIST_TASKS) throw new Error(`floor listed ${seen} tasks`);
  };
  const timed = async (fn: () => Promise<void>) => {
    const t = performance.now();
    await fn();
    return performance.now() - t;
  };
  await maestroWalk();
  await floorWalk();
  const m: number[] = [];
  const f: number[] = [];
  for (let i = 0; i < LIST_WALKS; i++) {
    f.push(await timed(floorWalk));
    m.push(await timed(maestroWalk));
  }
  rows.push({
    measure: `list ${LIST_TASKS} tasks in pages of 100 (10 requests; median of ${LIST_WALKS} walks)`,
    maestro: msf(median(m)),
    floor: `${msf(median(f))} (node:http, raw SELECT + JSON.stringify, same pages)`,
    ratio: median(m) / median(f),
    target: '≤ 4×',
    met: median(m) / median(f) <= 4,
  });
}

async function main() {
  const load = loadavg().map((n) => n.toFixed(2)).join(' ');
  const startedAt = performance.now();
  console.log(`issue-19 bench (scale ${SCALE}; load average ${load})`);
  const floorDb = floorDatabase();
  const floor = await startHttpFloor(floorDb.path);
  const server = await startServer();
  try {
    const bareKb = runs('rss') ? await bareRssKb() : NaN;
    // Idle: after a few queries of each kind have run (JIT, prepared statements), nothing in flight.
    const warm = await createProject(server, 'warm');
    for (let i = 0; i < 20; i++) await maestroCreate(server, warm, `warm ${i}`);
    await sleep(2000);
    const idleKb = rssKb(server.proc.pid!);
    if (runs('rss')) {
      rows.push({ measure: 'RSS idle (after warm-up)', maestro: `${(idleKb / 1024).toFixed(1)} MiB`, floor: `${(bareKb / 1024).toFixed(1)} MiB (bare node:http, idle)`, ratio: idleKb / bareKb, target: '≤ 1.7×', met: idleKb / bareKb <= 1.7 });
    }
    if (runs('create')) await createTaskRows(server, floor, floorDb.projectId);
    if (runs('subtasks')) await subtaskBurst(server);
    if (runs('list')) await listRows(server, floor, floorDb.path);
    if (runs('fanout')) await fanOutRows(server);
    if (runs('rss')) {
      await sleep(2000);
      const afterKb = rssKb(server.proc.pid!);
      rows.push({ measure: 'RSS after the runs above (fan-out last)', maestro: `${(afterKb / 1024).toFixed(1)} MiB`, floor: `${(bareKb / 1024).toFixed(1)} MiB (bare node:http, idle)`, ratio: afterKb / bareKb, target: '≤ 3×', met: afterKb / bareKb <= 3 });
    }
  } finally {
    await floor.stop();
    await stopAllServers();
    rmSync(floorDb.dir, { recursive: true, force: true });
  }
  if (runs('start')) await coldStartRows();

  const table = [
    '| measure | Maestro | floor, same run | ratio | target | met |',
    '|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.measure} | ${r.maestro} | ${r.floor} | ${fmt(r.ratio)}× | ${r.target} | ${r.met ? 'yes' : '**no**'} |`),
  ].join('\n');
  const seconds = Math.round((performance.now() - startedAt) / 1000);
  console.log(`\n${table}\n\n${rows.filter((r) => r.met).length} of ${rows.length} targets met in ${seconds} s`);

  const cpu = cpus();
  const section = [
    `## Performance (issue 19) — ${new Date().toISOString().slice(0, 16)}Z, \`npx tsx bench/issue19.ts\`${SCALE !== 1 ? ` (BENCH_SCALE=${SCALE})` : ''}`,
    '',
    `Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}; ` +
      `load average at start ${load}, at the end ${loadavg().map((n) => n.toFixed(2)).join(' ')}; ${seconds} s. Server from dist/server.mjs; clients in the bench process ` +
      'on the same cores. Ratios are Maestro ÷ floor: for rates higher is better, for times, CPU and memory lower is better. ' +
      `${rows.filter((r) => r.met).length} of ${rows.length} targets met.`,
    '',
    table,
    '',
  ].join('\n');
  if (process.env.BENCH_NO_WRITE !== '1' && ONLY.size === 0) {
    replaceSection('## Performance (issue 19)', section);
    console.log(`written to ${BENCHMARKS_FILE}`);
  }
}

await main().catch(async (error) => {
  console.error(error);
  await stopAllServers();
  process.exit(1);
});
