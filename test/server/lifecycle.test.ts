/**
 * The server's life: schema/migration drift, restart on the same data directory, refusal of an
 * edited applied migration, readiness, and SIGTERM with requests and WebSockets in flight.
 */
import { Agent, request } from 'node:http';
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, describe, expect, it } from 'vitest';
import { diffMigrationsToSchema } from '../../tools/schema-engine.ts';
import { graphql } from '../gql/index.ts';
import { execute } from '../helpers/graphql.ts';
import { ROOT, startServer, stopAllServers, tempDir, type TestServer } from '../helpers/server.ts';
import { createProject, createTask, SrvCreateTask, waitFor } from './support.ts';

const Snapshot = graphql(`
  query SrvLifecycleSnapshot {
    projects(first: 100) { edges { node { id name tasks(first: 100) { edges { node { id title status } } } } } }
    events(first: 100) { totalCount edges { cursor node { seq kind } } }
  }
`);

const TaskIds = graphql(`
  query SrvLifecycleTasks($projectId: ID!) { tasks(projectId: $projectId, first: 100) { edges { node { id } } } }
`);

const LiveEvents = graphql(`
  subscription SrvLifecycleLive { events { seq kind } }
`);

const dirs: string[] = [];
/** A temporary directory removed after the file, whatever happens to the servers using it. */
function scratch(prefix = 'maestro-life-'): string {
  const dir = tempDir(prefix);
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  await stopAllServers(false);
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const PRISMA_DIR = join(ROOT, 'prisma');

function migrationRows(dataDir: string) {
  const conn = new Database(join(dataDir, 'maestro.db'), { readonly: true });
  try {
    return conn.prepare('SELECT name, checksum, appliedAt FROM _maestro_migrations ORDER BY name').all() as {
      name: string;
      checksum: string;
      appliedAt: string;
    }[];
  } finally {
    conn.close();
  }
}

/** Starts a server expected to refuse; resolves with its exit message. */
async function expectRefusal(options: Parameters<typeof startServer>[0]): Promise<string> {
  const outcome = await startServer(options).then(
    async (server) => {
      await server.stop('SIGKILL');
      return null;
    },
    (error: Error) => error.message,
  );
  if (outcome === null) throw new Error('the server started but should have refused');
  return outcome;
}

describe('migrations drift', () => {
  it('should find prisma/migrations in sync with prisma/schema.prisma', async () => {
    const { exitCode, sql } = await diffMigrationsToSchema();
    expect(sql.trim().replace(/^-- This is an empty migration\.$/m, '')).toBe('');
    expect(exitCode).toBe(0);
  });

  it('should find prisma/postgresql/migrations in sync with prisma/postgresql/schema.prisma', async () => {
    // A temporary PostgreSQL server holds the shadow database the engine replays the migrations in.
    const { exitCode, sql } = await diffMigrationsToSchema({ engine: 'postgresql' });
    expect(sql.trim().replace(/^-- This is an empty migration\.$/m, '')).toBe('');
    expect(exitCode).toBe(0);
  });

  it('should report PostgreSQL drift when the schema gains a column its migrations lack', async () => {
    const copy = scratch('maestro-prisma-pg-');
    cpSync(join(PRISMA_DIR, 'postgresql'), copy, { recursive: true });
    const schemaPath = join(copy, 'schema.prisma');
    const schema = readFileSync(schemaPath, 'utf8');
    const drifted = schema.replace(/model Project \{\n/, 'model Project {\n  driftProbe  String?\n');
    expect(drifted).not.toBe(schema);
    writeFileSync(schemaPath, drifted);

    const { exitCode, sql } = await diffMigrationsToSchema({ engine: 'postgresql', schemaPath, migrationsDir: join(copy, 'migrations') });
    expect(exitCode).toBe(2);
    expect(sql).toMatch(/ALTER TABLE "Project" ADD COLUMN\s+"driftProbe" TEXT/);
  });

  it('should report drift when the schema gains a column the migrations lack', async () => {
    const copy = scratch('maestro-prisma-');
    cpSync(PRISMA_DIR, copy, { recursive: true });
    const schemaPath = join(copy, 'schema.prisma');
    const schema = readFileSync(schemaPath, 'utf8');
    const drifted = schema.replace(/model Project \{\n/, 'model Project {\n  driftProbe  String?\n');
    expect(drifted).not.toBe(schema);
    writeFileSync(schemaPath, drifted);

    const { exitCode, sql } = await diffMigrationsToSchema({ schemaPath, migrationsDir: join(copy, 'migrations') });
    expect(exitCode).toBe(2);
    expect(sql).toMatch(/ALTER TABLE "Project" ADD COLUMN "driftProbe" TEXT/);
  });

  it('should report drift when a migration is missing', async () => {
    const copy = scratch('maestro-prisma-');
    cpSync(PRISMA_DIR, copy, { recursive: true });
    const migrations = readdirSync(join(copy, 'migrations'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    rmSync(join(copy, 'migrations', migrations.at(-1)!), { recursive: true });
    const { exitCode } = await diffMigrationsToSchema({ schemaPath: join(copy, 'schema.prisma'), migrationsDir: join(copy, 'migrations') });
    expect(exitCode).toBe(2);
  });
});

describe('restart', () => {
  it('should keep every row and event across a restart on the same data directory', async () => {
    const dataDir = scratch();
    const first = await startServer({ dataDir });
    const projectId = await createProject(first, 'Survivor');
    await createTask(first, projectId, 'still here', { status: 'IN_PROGRESS' });
    const before = (await execute(first, Snapshot)).data!;
    const appliedBefore = migrationRows(dataDir);
    expect(appliedBefore.length).toBeGreaterThan(0);
    expect(await first.stop()).toBe(0);

    const second = await startServer({ dataDir });
    const after = (await execute(second, Snapshot)).data!;
    expect(after).toEqual(before); // including event cursors: same log, same epoch
    expect(after.projects.edges[0]!.node.tasks.edges[0]!.node).toMatchObject({ title: 'still here', status: 'IN_PROGRESS' });
    expect(migrationRows(dataDir)).toEqual(appliedBefore); // nothing re-applied
    expect(await second.stop()).toBe(0);
  });
});

describe('tampered migrations', () => {
  it('should refuse to start when an applied migration.sql was edited, and name it', async () => {
    const dataDir = scratch();
    const migrations = scratch('maestro-migrations-');
    cpSync(join(PRISMA_DIR, 'migrations'), migrations, { recursive: true });
    const env = { MAESTRO_MIGRATIONS_DIR: migrations };

    const server = await startServer({ dataDir, env });
    expect(await server.stop(), server.output()).toBe(0);
    const names = migrationRows(dataDir).map((r) => r.name);
    const victim = names[0]!;
    appendFileSync(join(migrations, victim, 'migration.sql'), '\n-- an innocent-looking edit\n');

    const message = await expectRefusal({ dataDir, env });
    expect(message).toMatch(/exited with 1 before listening/);
    expect(message).toContain(`maestro: Migration ${victim} was changed after it was applied to this database`);
    expect(message).toMatch(/Restore the original migration\.sql and add a new migration instead/);
    expect(message).not.toMatch(/\n\s+at /); // a message for a person, not a stack trace
  });

  it('should refuse to start when the recorded checksum no longer matches', async () => {
    const dataDir = scratch();
    const server = await startServer({ dataDir });
    expect(await server.stop(), server.output()).toBe(0);
    const conn = new Database(join(dataDir, 'maestro.db'));
    const { name } = conn.prepare('SELECT name FROM _maestro_migrations ORDER BY name LIMIT 1').get() as { name: string };
    conn.prepare('UPDATE _maestro_migrations SET checksum = ? WHERE name = ?').run('0'.repeat(64), name);
    conn.close();

    const message = await expectRefusal({ dataDir });
    expect(message).toContain(`Migration ${name} was changed after it was applied`);
  });

  it('should apply a new migration on restart and record it once', async () => {
    const dataDir = scratch();
    const migrations = scratch('maestro-migrations-');
    cpSync(join(PRISMA_DIR, 'migrations'), migrations, { recursive: true });
    const env = { MAESTRO_MIGRATIONS_DIR: migrations };
    const first = await startServer({ dataDir, env });
    const projectId = await createProject(first, 'Before the new migration');
    const countBefore = migrationRows(dataDir).length;

    // While running, a migration that is on disk but not applied makes the server not ready.
    mkdirSync(join(migrations, '29990101000000_test_extra'));
    writeFileSync(join(migrations, '29990101000000_test_extra', 'migration.sql'), 'CREATE TABLE "TestExtra" ("id" INTEGER NOT NULL PRIMARY KEY);\n');
    const notReady = await fetch(`${first.url}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await first.stop()).toBe(0);

    const second = await startServer({ dataDir, env });
    expect((await fetch(`${second.url}/readyz`)).status).toBe(200);
    const rows = migrationRows(dataDir);
    expect(rows).toHaveLength(countBefore + 1);
    expect(rows.at(-1)!.name).toBe('29990101000000_test_extra');
    const tasks = await execute(second, TaskIds, { projectId });
    expect(tasks.errors).toBeUndefined(); // old data still readable
    expect(await second.stop()).toBe(0);
  });
});

describe('readiness', () => {
  it('should answer /readyz 200 as soon as the server says it is listening', async () => {
    const server = await startServer({ dataDir: scratch() });
    const res = await fetch(`${server.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ready\n');
    expect(await server.stop(), server.output()).toBe(0);
  });
});

describe('SIGTERM', () => {
  it('should answer every request already sent on open connections before exiting 0', async () => {
    const dataDir = scratch();
    const server = await startServer({ dataDir });
    const projectId = await createProject(server, 'Drain');
    // 20 keep-alive connections the server has accepted, as a client's connection pool would hold.
    const agent = new Agent({ keepAlive: true, maxSockets: 20 });
    const send = (method: string, path: string, body?: string) =>
      new Promise<{ status: number; body: string } | { error: string }>((resolve) => {
        const req = request(`${server.url}${path}`, { method, agent, headers: body ? { 'content-type': 'application/json' } : {} }, (res) => {
          let text = '';
          res.on('data', (d) => (text += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
          res.on('error', (error) => resolve({ error: String(error) }));
        });
        req.on('error', (error) => resolve({ error: String(error) }));
        req.end(body);
      });
    try {
      await Promise.all(Array.from({ length: 20 }, () => send('GET', '/healthz')));
      expect(Object.values(agent.freeSockets).flat()).toHaveLength(20);

      let firstAnswer!: () => void;
      const answered = new Promise<void>((r) => (firstAnswer = r));
      const requests = Array.from({ length: 20 }, (_, i) =>
        send('POST', '/graphql', JSON.stringify({ query: SrvCreateTask.toString(), variables: { input: { projectId, title: `drained ${i}` } } })).then(
          (outcome) => {
            firstAnswer();
            return outcome;
          },
        ),
      );
      await answered;
      const exit = server.stop('SIGTERM');
      const outcomes = await Promise.all(requests);
      // Exit 0 is the within-10-s proof: past 10 s the server's own shutdown timer exits 1. The
      // test does not time it itself, since a loaded machine slows the test's clock side too.
      expect(await exit).toBe(0);
      for (const outcome of outcomes) {
        expect(outcome).toMatchObject({ status: 200 });
        expect(JSON.parse((outcome as { body: string }).body).data.createTask.__typename).toBe('CreateTaskPayload');
      }
    } finally {
      agent.destroy();
    }
    const again = await startServer({ dataDir });
    expect((await execute(again, TaskIds, { projectId })).data!.tasks.edges).toHaveLength(20);
    expect(await again.stop()).toBe(0);
  });

  it('should answer a burst of new connections completely or refuse them, close WebSockets with 1001 and exit 0 within 10 s', async () => {
    const dataDir = scratch();
    const server: TestServer = await startServer({ dataDir });
    const projectId = await createProject(server, 'Shutdown');

    // A live subscription over graphql-ws, to see how the socket is closed.
    const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, onNonLazyError: () => {} });
    const closeCode = new Promise<number>((resolve) => client.on('closed', (event) => resolve((event as { code: number }).code)));
    let subscribed = false;
    client.on('connected', () => (subscribed = true));
    client.subscribe({ query: LiveEvents.toString() }, { next: () => {}, error: () => {}, complete: () => {} });
    await waitFor(() => subscribed, 10_000, 'graphql-ws connected');

    type Outcome = { kind: 'response'; status: number; body: string } | { kind: 'failed'; error: string };
    let firstAnswer!: () => void;
    const answered = new Promise<void>((r) => (firstAnswer = r));
    const requests = Array.from({ length: 20 }, (_, i) =>
      fetch(server.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SrvCreateTask.toString(), variables: { input: { projectId, title: `in flight ${i}` } } }),
      }).then(
        async (res): Promise<Outcome> => {
          const body = await res.text();
          firstAnswer();
          return { kind: 'response', status: res.status, body };
        },
        (error: Error): Outcome => ({ kind: 'failed', error: String(error.cause ?? error) }),
      ),
    );
    await answered; // the server is busy with the burst: now stop it
    const exit = server.stop('SIGTERM');
    const outcomes = await Promise.all(requests);
    const code = await exit;

    expect(code).toBe(0); // past 10 s the server's shutdown timer would have exited 1
    expect(await closeCode).toBe(1001);

    const responses = outcomes.filter((o): o is Extract<Outcome, { kind: 'response' }> => o.kind === 'response');
    expect(responses.length).toBeGreaterThan(0);
    const acked: string[] = [];
    for (const response of responses) {
      expect(response.status).toBe(200);
      const parsed = JSON.parse(response.body) as { data: { createTask: { __typename: string; task: { id: string; title: string } } } };
      expect(parsed.data.createTask.__typename).toBe('CreateTaskPayload');
      expect(parsed.data.createTask.task.title).toMatch(/^in flight \d+$/);
      acked.push(parsed.data.createTask.task.id);
    }
    // The rest never reached a handler: refused or reset at the connection, never a half answer.
    for (const failure of outcomes.filter((o) => o.kind === 'failed')) {
      expect((failure as { error: string }).error).toMatch(/ECONNREFUSED|ECONNRESET|socket|closed|terminated/i);
    }

    // Every acknowledged task is durable.
    const again = await startServer({ dataDir });
    const stored = await execute(again, TaskIds, { projectId });
    const storedIds = stored.data!.tasks.edges.map((e) => e.node.id);
    expect(storedIds).toEqual(expect.arrayContaining(acked));
    expect(await again.stop()).toBe(0);
    await client.dispose();
  });
});
