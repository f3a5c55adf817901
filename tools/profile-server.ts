/**
 * CPU profiles of the server bundle (dist/server.mjs) under `node --cpu-prof`, summarised by
 * tools/cpuprofile-summary.ts. Workloads:
 *
 * - start: spawn on a fresh data directory → first successful query, then SIGTERM (sampling every 100 µs);
 * - create: 2 000 createTask over HTTP from 1 client after 100 warm-up creates, then SIGTERM;
 * - list: 1 000 tasks created, then 50 walks over them in pages of 100 (project.tasks), then SIGTERM.
 *
 *   npx tsx tools/profile-server.ts start|create|list [--keep DIR] [--top N]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { summarise } from './cpuprofile-summary.ts';

const ROOT = resolve(import.meta.dirname, '..');
const workload = process.argv[2];
if (workload !== 'start' && workload !== 'create' && workload !== 'list') throw new Error('usage: tsx tools/profile-server.ts start|create|list [--keep DIR] [--top N]');
const flag = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const profDir = flag('--keep') ?? mkdtempSync(join(tmpdir(), 'maestro-prof-'));
mkdirSync(profDir, { recursive: true });
const dataDir = mkdtempSync(join(tmpdir(), 'maestro-prof-data-'));
const port = 20000 + Math.floor(Math.random() * 20000);
const url = `http://127.0.0.1:${port}/graphql`;

const gql = async (query: string, variables?: { [name: string]: unknown }) => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: any; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
};

const started = performance.now();
const child = spawn(
  process.execPath,
  ['--cpu-prof', `--cpu-prof-dir=${profDir}`, ...(workload === 'start' ? ['--cpu-prof-interval', '100'] : []), process.env.BENCH_SERVER_BUNDLE ?? join(ROOT, 'dist', 'server.mjs'), '--port', String(port), '--data-dir', dataDir],
  { cwd: ROOT, env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' }, stdio: ['ignore', 'ignore', 'inherit'] },
);
const exited = new Promise<void>((r) => child.once('exit', () => r()));
for (;;) {
  const answered = await gql('query ProfFirst { projects(first: 1) { edges { node { id } } } }').then(() => true, () => false);
  if (answered) break;
  await new Promise((r) => setTimeout(r, 2));
}
console.log(`first query answered after ${(performance.now() - started).toFixed(0)} ms`);
let walksFromUs: number | undefined;
let walksToUs: number | undefined;
if (workload === 'create' || workload === 'list') {
  const project = await gql('mutation ProfProject($input: CreateProjectInput!) { createProject(input: $input) { ... on CreateProjectPayload { project { id } } } }', { input: { name: 'prof' } });
  const projectId = project.createProject.project.id as string;
  const create = (title: string) =>
    gql('mutation ProfTask($input: CreateTaskInput!) { createTask(input: $input) { __typename ... on CreateTaskPayload { task { id title status priority createdAt } } } }', { input: { projectId, title } });
  if (workload === 'create') {
    for (let i = 0; i < 100; i++) await create(`warm ${i}`);
    const t = performance.now();
    for (let i = 0; i < 2000; i++) await create(`task ${i}`);
    console.log(`2000 createTask in ${(performance.now() - t).toFixed(0)} ms`);
  } else {
    for (let i = 0; i < 1000; i++) await create(`task ${i}`);
    const page = 'query ProfTasks($projectId: ID!, $after: String) { project(id: $projectId) { tasks(first: 100, after: $after) { edges { node { id title status priority createdAt updatedAt } } pageInfo { endCursor hasNextPage } } } }';
    const t = performance.now();
    walksFromUs = Number(process.hrtime.bigint() / 1000n);
    for (let walk = 0; walk < 50; walk++) {
      let after: string | null = null;
      for (;;) {
        const tasks: { pageInfo: { hasNextPage: boolean; endCursor: string } } = (await gql(page, { projectId, after })).project.tasks;
        if (!tasks.pageInfo.hasNextPage) break;
        after = tasks.pageInfo.endCursor;
      }
    }
    walksToUs = Number(process.hrtime.bigint() / 1000n);
    console.log(`50 walks of 1000 tasks in ${(performance.now() - t).toFixed(0)} ms (the profile below covers only the walks)`);
  }
}
child.kill('SIGTERM');
await exited;
rmSync(dataDir, { recursive: true, force: true });
const file = readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(profDir, f)).at(-1);
if (!file) throw new Error(`no profile written in ${profDir}`);
const window = walksFromUs !== undefined && walksToUs !== undefined ? { fromUs: walksFromUs, toUs: walksToUs } : undefined;
const s = summarise(JSON.parse(readFileSync(file, 'utf8')), Number(flag('--top') ?? 15), window);
console.log(`profile ${file}\ntotal sampled: ${s.totalMs.toFixed(0)} ms\n\n${s.modules}\n\n${s.functions}`);
if (!flag('--keep')) rmSync(profDir, { recursive: true, force: true });
