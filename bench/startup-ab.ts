/**
 * Interleaved A/B of two server bundles on issue 19's start-up and memory rows (bench/issue19.ts
 * measures them the same way, for one bundle): cold start (spawn → first successful query, fresh and
 * existing data directory) beside a bare node:http server started in the same round, and RSS idle
 * (after 20 creates) and after the fan-out (20 subscribers × 100/s then × 400/s), with the fan-out's
 * server CPU per event so that a memory saving that costs CPU shows.
 *
 *   npx tsx bench/startup-ab.ts [A.mjs] [B.mjs]   (A: /work/main/dist/server.mjs, B: dist/server.mjs)
 *   BENCH_ONLY=start|rss, BENCH_STARTS=N (default 7), BENCH_FAN_SECONDS=N (default 10), BENCH_ROUNDS=N (RSS, default 1)
 */
import { existsSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { SERVER_BUNDLE, startServer, stopAllServers, tempDir, type TestServer } from '../test/helpers/server.ts';
import { execute } from '../test/helpers/graphql.ts';
import { freePort, rssKb, sleep } from '../test/events/helpers.ts';
import { graphql } from '../test/gql/index.ts';
import { firstAnswer, timeToFirstAnswer } from './lib/cold-start.ts';
import { fanOut } from './lib/fan-out.ts';
import { httpFloorArgs, startHttpFloor } from './lib/http-floor.ts';
import { median } from './lib/stats.ts';

const AbProject = graphql(`
  mutation AbProject($input: CreateProjectInput!) {
    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } }
  }
`);
const AbTask = graphql(`
  mutation AbTask($input: CreateTaskInput!) {
    createTask(input: $input) { __typename ... on CreateTaskPayload { task { id } } }
  }
`);
const FIRST_QUERY = JSON.stringify({ query: 'query AbFirst { projects(first: 1) { edges { node { id } } } }' });

const [A = '/work/main/dist/server.mjs', B = SERVER_BUNDLE] = process.argv.slice(2);
const ONLY = process.env.BENCH_ONLY;
const STARTS = Number(process.env.BENCH_STARTS ?? 7);
const FAN_SECONDS = Number(process.env.BENCH_FAN_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
for (const bundle of [A, B]) if (!existsSync(bundle)) throw new Error(`no bundle at ${bundle}: run npm run build`);

const mib = (kb: number) => `${(kb / 1024).toFixed(1)} MiB`;
const ms = (n: number) => `${n.toFixed(0)} ms`;

async function answered(res: Response): Promise<boolean> {
  const text = await res.text();
  return res.status === 200 && !text.includes('"errors"');
}

function coldStart(bundle: string, dataDir: string): Promise<{ ms: number; cpuMs: number }> {
  return freePort().then((port) =>
    firstAnswer([bundle, '--port', String(port), '--data-dir', dataDir], async () =>
      answered(await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: FIRST_QUERY })),
    ),
  );
}

async function startRows() {
  const existing = { A: tempDir('maestro-ab-a-'), B: tempDir('maestro-ab-b-') };
  await coldStart(A, existing.A);
  await coldStart(B, existing.B);
  type Run = { ms: number; cpuMs: number };
  const t = { bare: [] as number[], freshA: [] as Run[], freshB: [] as Run[], againA: [] as Run[], againB: [] as Run[] };
  for (let i = 0; i < STARTS; i++) {
    const port = await freePort();
    t.bare.push(await timeToFirstAnswer(httpFloorArgs(port), async () => answered(await fetch(`http://127.0.0.1:${port}/ping`))));
    // Alternate which bundle goes first, so neither always starts right after the floor.
    for (const which of i % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
      const dir = tempDir('maestro-ab-cold-');
      t[`fresh${which}`].push(await coldStart(which === 'A' ? A : B, dir));
      rmSync(dir, { recursive: true, force: true });
      t[`again${which}`].push(await coldStart(which === 'A' ? A : B, existing[which]));
    }
  }
  for (const dir of Object.values(existing)) rmSync(dir, { recursive: true, force: true });
  const bare = median(t.bare);
  console.log(`\ncold start, median of ${STARTS} (bare node:http ${ms(bare)})`);
  console.log('| row | A | B | A ÷ bare | B ÷ bare | A CPU | B CPU |\n|---|---|---|---|---|---|---|');
  for (const [row, a, b] of [['fresh data dir', t.freshA, t.freshB], ['existing data dir', t.againA, t.againB]] as const) {
    const [wa, wb] = [median(a.map((r) => r.ms)), median(b.map((r) => r.ms))];
    console.log(`| ${row} | ${ms(wa)} | ${ms(wb)} | ${(wa / bare).toFixed(2)}× | ${(wb / bare).toFixed(2)}× | ${ms(median(a.map((r) => r.cpuMs)))} | ${ms(median(b.map((r) => r.cpuMs)))} |`);
  }
}

async function memory(bundle: string) {
  const server: TestServer = await startServer({ bundle });
  try {
    const p = await execute(server, AbProject, { input: { name: 'ab' } });
    if (p.data?.createProject.__typename !== 'CreateProjectPayload') throw new Error(JSON.stringify(p));
    const projectId = p.data.createProject.project.id;
    let taskId = '';
    for (let i = 0; i < 20; i++) {
      const r = await execute(server, AbTask, { input: { projectId, title: `warm ${i}` } });
      if (r.data?.createTask.__typename !== 'CreateTaskPayload') throw new Error(JSON.stringify(r));
      taskId = r.data.createTask.task.id;
    }
    await sleep(2000);
    const idle = rssKb(server.proc.pid!);
    const cpu: number[] = [];
    for (const rate of [100, 400]) cpu.push((await fanOut(server, taskId, 20, rate, FAN_SECONDS)).cpuPerEvent * 1000);
    await sleep(2000);
    return { idle, after: rssKb(server.proc.pid!), cpu };
  } finally {
    await stopAllServers();
  }
}

async function rssRows() {
  const floor = await startHttpFloor();
  for (let i = 0; i < 200; i++) await (await fetch(`${floor.url}/ping`)).text();
  await sleep(1000);
  const bare = rssKb(floor.proc.pid!);
  await floor.stop();
  const runs: Record<'A' | 'B', Awaited<ReturnType<typeof memory>>[]> = { A: [], B: [] };
  for (let i = 0; i < ROUNDS; i++) {
    for (const which of i % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)) runs[which].push(await memory(which === 'A' ? A : B));
  }
  type Memory = Awaited<ReturnType<typeof memory>>;
  const m = (which: 'A' | 'B', f: (r: Memory) => number) => median(runs[which].map(f));
  console.log(`\nRSS, median of ${ROUNDS} (bare node:http idle ${mib(bare)}); fan-out ${FAN_SECONDS} s per rate`);
  console.log('| row | A | B | A ÷ bare | B ÷ bare |\n|---|---|---|---|---|');
  const rssRows: [string, (r: Memory) => number][] = [['RSS idle', (r) => r.idle], ['RSS after the fan-out', (r) => r.after]];
  for (const [row, f] of rssRows) {
    console.log(`| ${row} | ${mib(m('A', f))} | ${mib(m('B', f))} | ${(m('A', f) / bare).toFixed(2)}× | ${(m('B', f) / bare).toFixed(2)}× |`);
  }
  for (const [i, rate] of [100, 400].entries()) {
    console.log(`| fan-out ${rate}/s, server CPU per event | ${m('A', (r) => r.cpu[i]!).toFixed(2)} ms | ${m('B', (r) => r.cpu[i]!).toFixed(2)} ms | | |`);
  }
}

console.log(`A ${A}\nB ${B}\nload average at start ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
if (!ONLY || ONLY === 'start') await startRows();
if (!ONLY || ONLY === 'rss') await rssRows();
console.log(`\nload average at the end ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
