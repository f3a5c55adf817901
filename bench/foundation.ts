/**
 * Foundation benchmarks (issue 3), each beside a raw baseline measured in the same run:
 *
 * - cold start to ready: spawn the server on a fresh data directory (migrations applied from
 *   scratch) and time until /readyz answers 200; median of 5, beside `node -e 0`. The server runs
 *   from its bundle (dist/server.mjs, `npm run build`), as `npm start` runs it.
 * - createTask throughput over HTTP with 1 and 16 concurrent clients, beside raw better-sqlite3
 *   writing the same rows (task + its event, one transaction each) with the same durability
 *   settings: WAL, synchronous=FULL, BEGIN IMMEDIATE.
 *
 * Prints a table and puts it in docs/BENCHMARKS.md in place of its previous section.
 *
 *   npx tsx bench/foundation.ts            (also run by `npm run bench`)
 *   BENCH_CREATES=500 npx tsx bench/foundation.ts   (a quicker run)
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from '../src/store/sqlite-migrate.ts';
import { graphql } from '../test/gql/index.ts';
import { execute } from '../test/helpers/graphql.ts';
import { ROOT, SERVER_BUNDLE, startServer, stopAllServers, tempDir } from '../test/helpers/server.ts';
import { timeProcess } from './lib/cold-start.ts';
import { BENCHMARKS_FILE, replaceSection } from './lib/record.ts';

const BenchFoundationProject = graphql(`
  mutation BenchFoundationProject($input: CreateProjectInput!) {
    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } }
  }
`);
const BenchFoundationTask = graphql(`
  mutation BenchFoundationTask($input: CreateTaskInput!) {
    createTask(input: $input) { __typename ... on CreateTaskPayload { task { id } } ... on Error { message } }
  }
`);

const STARTS = 5;
const CREATES = Number(process.env.BENCH_CREATES ?? 2000);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const fmtMs = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
const fmtRate = (n: number) => `${Math.round(n)}/s`;

/** Spawns the server on a fresh data dir; ms from spawn until /readyz answers 200. */
async function coldStart(): Promise<number> {
  const dataDir = tempDir('maestro-bench-cold-');
  const started = performance.now();
  const child = spawn(process.execPath, [SERVER_BUNDLE, '--port', '0', '--data-dir', dataDir], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  try {
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        out += d;
        const match = /maestro listening on (http:\/\/\S+)/.exec(out);
        if (match) resolve(match[1]!);
      });
      child.stderr.on('data', (d) => (out += d));
      void exited.then((code) => reject(new Error(`server exited ${code} before listening:\n${out}`)));
    });
    for (;;) {
      const res = await fetch(`${url}/readyz`).catch(() => null);
      if (res?.status === 200) {
        await res.text();
        return performance.now() - started;
      }
      await new Promise((r) => setTimeout(r, 5));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Raw better-sqlite3 on the real schema: a task row and its event row per transaction. */
function rawInserts(rows: number, withEvent: boolean): number {
  const dir = tempDir('maestro-bench-raw-');
  const db = new Database(join(dir, 'raw.db'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    migrate(db);
    const projectId = `p${randomUUID()}`;
    const now = () => new Date().toISOString();
    db.prepare(`INSERT INTO "Project" ("id", "name", "createdAt", "updatedAt") VALUES (?, ?, ?, ?)`).run(projectId, 'raw', now(), now());
    const task = db.prepare(
      `INSERT INTO "Task" ("id", "projectId", "title", "description", "status", "priority", "acceptanceCriteria", "createdAt", "updatedAt")
       VALUES (?, ?, ?, '', 'TODO', 'MEDIUM', '[]', ?, ?)`,
    );
    const event = db.prepare(`INSERT INTO "Event" ("kind", "projectId", "taskId", "actor", "payload", "createdAt") VALUES (?, ?, ?, 'bench', ?, ?)`);
    const one = db.transaction((i: number) => {
      const id = `t${i}-${randomUUID()}`;
      const at = now();
      task.run(id, projectId, `raw task ${i}`, at, at);
      if (withEvent) event.run('TASK_CREATED', projectId, id, JSON.stringify({ task: { id, projectId, title: `raw task ${i}` } }), at);
    });
    const started = performance.now();
    for (let i = 0; i < rows; i++) one.immediate(i);
    return rows / ((performance.now() - started) / 1000);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function httpCreates(concurrency: number): Promise<{ perSec: number; p50: number; p99: number }> {
  const server = await startServer();
  try {
    const project = await execute(server, BenchFoundationProject, { input: { name: 'bench' } });
    if (project.data?.createProject.__typename !== 'CreateProjectPayload') throw new Error(`createProject: ${JSON.stringify(project)}`);
    const projectId = project.data.createProject.project.id;
    // Warm up: JIT, prepared statements, connection pool.
    for (let i = 0; i < 50; i++) await execute(server, BenchFoundationTask, { input: { projectId, title: `warm ${i}` } });

    const latencies: number[] = [];
    let next = 0;
    const worker = async () => {
      while (next < CREATES) {
        const i = next++;
        const t = performance.now();
        const r = await execute(server, BenchFoundationTask, { input: { projectId, title: `task ${i}` } });
        latencies.push(performance.now() - t);
        if (r.data?.createTask.__typename !== 'CreateTaskPayload') throw new Error(`createTask: ${JSON.stringify(r)}`);
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    return { perSec: CREATES / seconds, p50: pct(latencies, 50), p99: pct(latencies, 99) };
  } finally {
    await stopAllServers();
  }
}

async function main() {
  const load = loadavg().map((n) => n.toFixed(2)).join(' ');
  console.log(`foundation bench: ${STARTS} cold starts, ${CREATES} createTask per concurrency level (load avg ${load})`);

  const nodeBare: number[] = [];
  const cold: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    // Interleaved, so a burst of noise on the machine hits both alike.
    nodeBare.push(await timeProcess(['-e', '0']));
    cold.push(await coldStart());
  }
  const coldMs = median(cold);
  const bareMs = median(nodeBare);

  // Each HTTP figure is paired with a raw run right before it, so both face the same machine.
  const rawTaskOnly = rawInserts(CREATES, false);
  const raw1 = rawInserts(CREATES, true);
  const c1 = await httpCreates(1);
  const raw16 = rawInserts(CREATES, true);
  const c16 = await httpCreates(16);

  const rows: [string, string, string, string][] = [
    ['cold start → /readyz 200 (fresh data dir, median of 5)', fmtMs(coldMs), `\`node -e 0\`: ${fmtMs(bareMs)}`, `${(coldMs / bareMs).toFixed(1)}× slower`],
    [
      'createTask over HTTP, 1 client',
      `${fmtRate(c1.perSec)}, p50 ${fmtMs(c1.p50)}, p99 ${fmtMs(c1.p99)}`,
      `${fmtRate(raw1)} task+event inserts, 1 tx each`,
      `${(c1.perSec / raw1).toFixed(3)}×`,
    ],
    [
      'createTask over HTTP, 16 clients',
      `${fmtRate(c16.perSec)}, p50 ${fmtMs(c16.p50)}, p99 ${fmtMs(c16.p99)}`,
      `${fmtRate(raw16)} task+event inserts, 1 tx each`,
      `${(c16.perSec / raw16).toFixed(3)}×`,
    ],
    ['(raw: task row only, 1 tx each)', fmtRate(rawTaskOnly), `${fmtRate(raw1)} task+event`, `${(rawTaskOnly / raw1).toFixed(3)}×`],
  ];

  const table = [
    '| measure | Maestro | raw baseline, same run | ratio |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
  console.log(`\n${table}\n`);

  const cpu = cpus();
  const machine = `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${process.platform}; load average at start ${load}`;
  const section = [
    `## Foundation (issue 3) — ${new Date().toISOString().slice(0, 16)}Z, \`npx tsx bench/foundation.ts\``,
    '',
    `Machine: ${machine}. Durability on both sides: WAL, synchronous=FULL, one write transaction (BEGIN IMMEDIATE) per task. ` +
      `${CREATES} creates per concurrency level after 50 warm-up creates; the server runs from its bundle as \`npm start\` does (without its build step).` +
      (loadavg()[0]! > cpu.length ? ` The machine was busy (load above its ${cpu.length} cores): absolute figures are pessimistic, the same-run ratios less so.` : ''),
    '',
    table,
    '',
  ].join('\n');
  replaceSection('## Foundation (issue 3)', section);
  console.log(`written to ${BENCHMARKS_FILE}`);
}

await main();
