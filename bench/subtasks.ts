/**
 * Subtask benchmarks (issue 5): createSubtask throughput and latency with 1 and 50 concurrent
 * writers over HTTP, and the 50 tasks × 20 subtasks board query, each beside raw better-sqlite3
 * doing the same rows with the same durability settings (WAL, synchronous=FULL), in the same run.
 *
 *   npx tsx bench/subtasks.ts        (also run by `npm run bench`)
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { graphql } from '../test/gql/index.ts';
import { execute } from '../test/helpers/graphql.ts';
import { startServer, stopAllServers, tempDir } from '../test/helpers/server.ts';
import { replaceSection } from './lib/record.ts';

const BenchSubProject = graphql(`
  mutation BenchSubProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } } }
`);
const BenchSubTask = graphql(`
  mutation BenchSubTask($input: CreateTaskInput!) { createTask(input: $input) { __typename ... on CreateTaskPayload { task { id } } } }
`);
const BenchSubCreate = graphql(`
  mutation BenchSubCreate($input: CreateSubtaskInput!) { createSubtask(input: $input) { __typename } }
`);
const BenchSubBatch = graphql(`
  mutation BenchSubBatch($input: CreateSubtasksInput!) { createSubtasks(input: $input) { __typename } }
`);
const BenchSubBoard = graphql(`
  query BenchSubBoard($projectId: ID!) {
    project(id: $projectId) {
      tasks(first: 50) { edges { node { id title subtaskProgress { total done } subtasks(first: 20) { edges { node { id title done position version } } } } } }
    }
  }
`);

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (n: number) => `${n.toFixed(2)} ms`;

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const r = await fn();
  return [performance.now() - t, r];
}

function rawSqlite(rows: number) {
  const dir = tempDir('maestro-bench-raw-');
  const db = new Database(join(dir, 'raw.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE Subtask (id TEXT PRIMARY KEY, taskId TEXT, title TEXT, description TEXT, done INTEGER, position REAL, version INTEGER, createdAt TEXT, updatedAt TEXT);
           CREATE TABLE Event (seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT, taskId TEXT, payload TEXT, createdAt TEXT);
           CREATE UNIQUE INDEX st ON Subtask (taskId, position);`);
  const insert = db.prepare('INSERT INTO Subtask VALUES (?, ?, ?, ?, 0, ?, 1, ?, ?)');
  const event = db.prepare('INSERT INTO Event (kind, taskId, payload, createdAt) VALUES (?, ?, ?, ?)');
  const one = db.transaction((i: number) => {
    const now = new Date().toISOString();
    insert.run(`s${i}`, `t${i % 50}`, `subtask ${i}`, '', i, now, now);
    event.run('SUBTASK_CREATED', `t${i % 50}`, JSON.stringify({ title: `subtask ${i}` }), now);
  });
  const t = performance.now();
  for (let i = 0; i < rows; i++) one.immediate(i);
  const insertPerSec = rows / ((performance.now() - t) / 1000);
  const select = db.prepare('SELECT * FROM Subtask WHERE taskId = ? ORDER BY position LIMIT 20');
  const selects: number[] = [];
  for (let round = 0; round < 50; round++) {
    const s = performance.now();
    for (let task = 0; task < 50; task++) select.all(`t${task}`);
    selects.push(performance.now() - s);
  }
  db.close();
  selects.sort((a, b) => a - b);
  return { insertPerSec, boardP50: pct(selects, 50), boardP99: pct(selects, 99) };
}

async function main() {
  const server = await startServer();
  try {
    const project = await execute(server, BenchSubProject, { input: { name: 'bench' } });
    if (project.data?.createProject.__typename !== 'CreateProjectPayload') throw new Error('project');
    const projectId = project.data.createProject.project.id;
    const tasks: string[] = [];
    for (let i = 0; i < 51; i++) {
      const r = await execute(server, BenchSubTask, { input: { projectId, title: `t${i}` } });
      if (r.data?.createTask.__typename !== 'CreateTaskPayload') throw new Error('task');
      tasks.push(r.data.createTask.task.id);
    }
    const writers = async (concurrency: number, perWriter: number) => {
      const latencies: number[] = [];
      const [total] = await timed(() =>
        Promise.all(
          Array.from({ length: concurrency }, async (_, w) => {
            for (let i = 0; i < perWriter; i++) {
              const [t, r] = await timed(() => execute(server, BenchSubCreate, { input: { taskId: tasks[50]!, title: `w${w}-${i}` } }));
              if (r.data?.createSubtask.__typename !== 'CreateSubtaskPayload') throw new Error(JSON.stringify(r));
              latencies.push(t);
            }
          }),
        ),
      );
      latencies.sort((a, b) => a - b);
      return { perSec: latencies.length / (total / 1000), p50: pct(latencies, 50), p99: pct(latencies, 99) };
    };
    await writers(4, 25); // warm-up
    const single = await writers(1, 1000);
    const fifty = await writers(50, 40);
    for (const taskId of tasks.slice(0, 50)) {
      await execute(server, BenchSubBatch, { input: { taskId, items: Array.from({ length: 20 }, (_, i) => ({ title: `s${i}` })) } });
    }
    const boards: number[] = [];
    for (let i = 0; i < 60; i++) {
      const [t, r] = await timed(() => execute(server, BenchSubBoard, { projectId }));
      if (r.data?.project?.tasks.edges.length !== 50) throw new Error('board');
      if (i >= 10) boards.push(t);
    }
    boards.sort((a, b) => a - b);
    const raw = rawSqlite(2000);

    const lines = [
      `## Subtasks (issue 5) — ${new Date().toISOString().slice(0, 16)}Z, \`npx tsx bench/subtasks.ts\``,
      '',
      '| measure | Maestro (HTTP → GraphQL → Prisma → SQLite) | raw better-sqlite3, same run | ratio |',
      '|---|---|---|---|',
      `| createSubtask, 1 writer | ${single.perSec.toFixed(0)}/s, p50 ${ms(single.p50)}, p99 ${ms(single.p99)} | ${raw.insertPerSec.toFixed(0)} subtask+event inserts/s (1 tx each, synchronous=FULL) | ${(single.perSec / raw.insertPerSec).toFixed(3)}× |`,
      `| createSubtask, 50 writers on one task | ${fifty.perSec.toFixed(0)}/s, p50 ${ms(fifty.p50)}, p99 ${ms(fifty.p99)} | ${raw.insertPerSec.toFixed(0)}/s | ${(fifty.perSec / raw.insertPerSec).toFixed(3)}× |`,
      `| board query 50 tasks × 20 subtasks | p50 ${ms(pct(boards, 50))}, p99 ${ms(pct(boards, 99))} | 50 indexed SELECTs: p50 ${ms(raw.boardP50)}, p99 ${ms(raw.boardP99)} | ${(pct(boards, 50) / raw.boardP50).toFixed(1)}× slower (p50) |`,
      '',
    ];
    console.log(lines.join('\n'));
    replaceSection('## Subtasks (issue 5)', lines.join('\n'));
  } finally {
    await stopAllServers();
  }
}

await main();
