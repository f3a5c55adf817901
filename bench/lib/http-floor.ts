/**
 * The bare `node:http` JSON server used as a floor (bench/issue19.ts), in its own process and with
 * no framework: what any Node server doing the same work costs on this machine, in the same run.
 *
 * - GET /ping answers `{"ok":true}`: the floor for start-up and idle memory (no database opened).
 * - With a database file (already migrated, `--db PATH`), the same work as Maestro's createTask and
 *   task list, with the same durability: POST /tasks parses the JSON body and inserts the task and
 *   its event in one BEGIN IMMEDIATE transaction (WAL, synchronous=FULL) before replying with the
 *   task as JSON; GET /tasks?projectId=&first=&after= answers a page of tasks in (createdAt, id)
 *   order with an opaque cursor, as JSON.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT } from '../../test/helpers/server.ts';

const FLOOR_HTTP_SERVER = `
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
const [port, dbPath] = process.argv.slice(1);
let createTask = null;
let listTasks = null;
if (dbPath) {
  const Database = (await import('better-sqlite3')).default;
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  const task = db.prepare(\`INSERT INTO "Task" ("id", "projectId", "title", "description", "status", "priority", "acceptanceCriteria", "createdAt", "updatedAt")
    VALUES (?, ?, ?, ?, 'TODO', 'MEDIUM', '[]', ?, ?)\`);
  const event = db.prepare(\`INSERT INTO "Event" ("kind", "projectId", "taskId", "actor", "payload", "createdAt") VALUES ('TASK_CREATED', ?, ?, 'floor', ?, ?)\`);
  const insert = db.transaction((input) => {
    const id = randomUUID();
    const at = new Date().toISOString();
    const row = { id, projectId: input.projectId, title: input.title, description: input.description ?? '', status: 'TODO', priority: 'MEDIUM', createdAt: at };
    task.run(id, row.projectId, row.title, row.description, at, at);
    event.run(row.projectId, id, JSON.stringify({ task: row }), at);
    return row;
  });
  createTask = (input) => insert.immediate(input);
  const first = db.prepare('SELECT "id", "title", "status", "priority", "createdAt", "updatedAt" FROM "Task" WHERE "projectId" = ? ORDER BY "createdAt", "id" LIMIT ?');
  const next = db.prepare('SELECT "id", "title", "status", "priority", "createdAt", "updatedAt" FROM "Task" WHERE "projectId" = ? AND ("createdAt", "id") > (?, ?) ORDER BY "createdAt", "id" LIMIT ?');
  listTasks = (projectId, size, after) => {
    const key = after ? JSON.parse(Buffer.from(after, 'base64url').toString()) : null;
    const rows = key ? next.all(projectId, key[0], key[1], size + 1) : first.all(projectId, size + 1);
    const page = rows.slice(0, size);
    const last = page.at(-1);
    return { tasks: page, endCursor: last ? Buffer.from(JSON.stringify([last.createdAt, last.id])).toString('base64url') : null, hasNextPage: rows.length > size };
  };
}
const json = (res, status, body) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://floor');
  if (url.pathname === '/ping') return json(res, 200, { ok: true });
  if (url.pathname === '/tasks' && req.method === 'POST' && createTask) {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => json(res, 200, { task: createTask(JSON.parse(Buffer.concat(chunks).toString())) }));
    return;
  }
  if (url.pathname === '/tasks' && listTasks) {
    return json(res, 200, listTasks(url.searchParams.get('projectId'), Math.min(100, Number(url.searchParams.get('first') ?? 20)), url.searchParams.get('after')));
  }
  json(res, 404, { error: 'not found' });
});
server.listen(Number(port), '127.0.0.1', () => console.log('floor listening on http://127.0.0.1:' + server.address().port));
`;

/** The node arguments that run the floor server (for timing its start-up like Maestro's). */
export function httpFloorArgs(port: number, dbPath?: string): string[] {
  return ['--input-type=module', '-e', FLOOR_HTTP_SERVER, String(port), ...(dbPath ? [dbPath] : [])];
}

export type HttpFloor = { url: string; proc: ChildProcess; stop(): Promise<void> };

/** Starts the floor server on a free port and resolves once it listens. */
export async function startHttpFloor(dbPath?: string): Promise<HttpFloor> {
  const proc = spawn(process.execPath, httpFloorArgs(0, dbPath), { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    proc.stdout!.on('data', (d) => {
      out += d;
      const match = /floor listening on (\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    proc.once('exit', (code) => reject(new Error(`floor server exited ${code}: ${out}`)));
  });
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  return {
    url,
    proc,
    stop: async () => {
      proc.kill('SIGKILL');
      await exited;
    },
  };
}
