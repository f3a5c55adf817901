/**
 * Transactional outbox under crashes: 20 times, kill -9 the server at a random moment while
 * concurrent creates, updates and deletes run, and restart it on the same data directory. At the
 * end the database must hold no change without its event and no event without its change: every
 * Task row has its TASK_CREATED event, every TASK_CREATED task not deleted has its row, no deleted
 * task has a row, and each row equals the task in its latest event's payload.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { EvDeleteTask } from './helpers.ts';
import { createProject, createTask, execute, openDb, rawId, sleep, touchTask, waitFor } from './imports.ts';

afterAll(() => stopAllServers());

describe('outbox crash loop', () => {
  it('should keep every task row and its events together across 20 kill -9 crashes under load', async () => {
    let server: TestServer = await startServer();
    const dataDir = server.dataDir;
    const project = await createProject(server);
    const tasks: string[] = [];
    let crashes = 0;
    let acked = 0;

    for (let iteration = 0; iteration < 20; iteration++) {
      let running = true;
      const target = server;
      const worker = async (w: number) => {
        for (let i = 0; running; i++) {
          try {
            const op = (i + w) % 4;
            if (op === 0 || tasks.length < 4) tasks.push(await createTask(target, project, `i${iteration}-w${w}-${i}`));
            else if (op === 3) await execute(target, EvDeleteTask, { input: { id: tasks[Math.floor(Math.random() * tasks.length)]! } });
            else await touchTask(target, tasks[Math.floor(Math.random() * tasks.length)]!, `i${iteration}-w${w}-${i}`);
            acked += 1;
          } catch (error) {
            if (error instanceof TypeError) return; // fetch failed: the server died under this request
            // A typed error (updating a task another worker deleted) is an answer too: go on.
          }
        }
      };
      const ackedBefore = acked;
      const workers = Array.from({ length: 8 }, (_, w) => worker(w));
      // Under load, not before it: the kill lands at a random moment once writes are flowing.
      await waitFor(() => acked >= ackedBefore + 2, 30_000);
      await sleep(Math.random() * 1000);
      expect(await server.stop('SIGKILL')).toBe('SIGKILL');
      crashes += 1;
      running = false;
      await Promise.all(workers);
      server = await startServer({ dataDir });
    }
    expect(crashes).toBe(20);
    expect(acked).toBeGreaterThanOrEqual(40);
    console.log(`outbox: ${acked} acknowledged mutations across ${crashes} crashes`);

    const db = openDb(dataDir);
    try {
      const rows = db.prepare(`SELECT "id", "title", "description" FROM "Task"`).all() as { id: string; title: string; description: string }[];
      const events = db.prepare(`SELECT "seq", "kind", "taskId", "payload" FROM "Event" WHERE "taskId" IS NOT NULL ORDER BY "seq"`).all() as {
        seq: number;
        kind: string;
        taskId: string;
        payload: string;
      }[];
      const created = new Set(events.filter((e) => e.kind === 'TASK_CREATED').map((e) => e.taskId));
      const deleted = new Set(events.filter((e) => e.kind === 'TASK_DELETED').map((e) => e.taskId));
      const latest = new Map<string, { title: string; description: string }>();
      for (const e of events) if (e.kind !== 'TASK_DELETED') latest.set(e.taskId, (JSON.parse(e.payload) as { task: { title: string; description: string } }).task);
      const rowIds = new Set(rows.map((r) => r.id));

      expect(rows.length).toBeGreaterThan(10);
      expect(deleted.size).toBeGreaterThan(0);
      for (const row of rows) {
        expect(created.has(row.id), `task ${row.id} has no TASK_CREATED`).toBe(true);
        expect(deleted.has(row.id), `task ${row.id} was deleted but has a row`).toBe(false);
        expect(latest.get(row.id)).toMatchObject({ title: row.title, description: row.description });
      }
      for (const id of created) if (!deleted.has(id)) expect(rowIds.has(id), `task ${id} has TASK_CREATED but no row`).toBe(true);
      // Every task a client saw acknowledged is durable.
      for (const id of tasks.map(rawId)) expect(created.has(id), `acked task ${id} has no event`).toBe(true);
    } finally {
      db.close();
    }
  }, 420_000);
});
