/**
 * `maestro events tail`: history with filters, and --follow --json receiving live events and
 * keeping going across a server restart (SIGTERM, a new server on the same port and data dir),
 * printing each event exactly once, in seq order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { cliData, closedPort, createTasks, runCli, spawnCli, stopAllClis } from './cli.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await stopAllClis();
  await stopAllServers();
});

type Event = { seq: number; cursor: string; kind: string; projectId: string | null; taskId: string | null; payload: any };
const parse = (lines: string[]) => lines.map((l) => JSON.parse(l) as Event);
const seqs = (events: Event[]) => events.map((e) => e.seq);

describe('maestro events tail (history)', () => {
  let projectA: { id: string };
  let projectB: { id: string };
  let taskA: { id: string };

  beforeAll(async () => {
    projectA = await cliData(server.url, ['project', 'create', '--name', 'History A']);
    projectB = await cliData(server.url, ['project', 'create', '--name', 'History B']);
    taskA = await cliData(server.url, ['task', 'create', '--project', projectA.id, '--title', 'A1']);
    await cliData(server.url, ['task', 'create', '--project', projectB.id, '--title', 'B1']);
    await cliData(server.url, ['task', 'update', taskA.id, '--status', 'IN_PROGRESS']);
  });

  it('should print the whole matching history as one JSON object per line and exit 0', async () => {
    const result = await runCli(server.url, ['events', 'tail', '--project', projectA.id, '--json']);
    expect(result.code).toBe(0);
    const events = parse(result.stdout.trim().split('\n'));
    expect(events.map((e) => e.kind)).toEqual(['PROJECT_CREATED', 'TASK_CREATED', 'TASK_UPDATED']);
    expect(events.every((e) => e.projectId === projectA.id)).toBe(true);
    expect(seqs(events)).toEqual([...seqs(events)].sort((a, b) => a - b));
    expect(Object.keys(events[0]!).sort()).toEqual(['actor', 'createdAt', 'cursor', 'hookEvent', 'kind', 'payload', 'projectId', 'seq', 'sessionId', 'subtaskId', 'taskId', 'toolName']);
  });

  it('should filter by task and by repeated or comma-separated kinds', async () => {
    const byTask = parse((await runCli(server.url, ['events', 'tail', '--task', taskA.id, '--json'])).stdout.trim().split('\n'));
    expect(byTask.map((e) => [e.kind, e.taskId])).toEqual([['TASK_CREATED', taskA.id], ['TASK_UPDATED', taskA.id]]);

    const repeated = await runCli(server.url, ['events', 'tail', '--kind', 'task_created', '--kind', 'PROJECT_CREATED', '--json']);
    const comma = await runCli(server.url, ['events', 'tail', '--kind', 'TASK_CREATED,PROJECT_CREATED', '--json']);
    expect(repeated.stdout).toBe(comma.stdout);
    const kinds = parse(repeated.stdout.trim().split('\n')).map((e) => e.kind);
    expect(kinds.filter((k) => k === 'TASK_CREATED').length).toBeGreaterThanOrEqual(2);
    expect(kinds.every((k) => k === 'TASK_CREATED' || k === 'PROJECT_CREATED')).toBe(true);
  });

  it('should start after --after and page through more than one page of history', async () => {
    const project = await cliData(server.url, ['project', 'create', '--name', 'Many events']);
    // 120 events > one history page of 100.
    await createTasks(server.url, project.id, Array.from({ length: 119 }, (_, i) => `t${i}`));
    const all = parse((await runCli(server.url, ['events', 'tail', '--project', project.id, '--json'])).stdout.trim().split('\n'));
    expect(all).toHaveLength(120);
    expect(new Set(seqs(all)).size).toBe(120);
    expect(seqs(all)).toEqual([...seqs(all)].sort((a, b) => a - b));

    const after = parse((await runCli(server.url, ['events', 'tail', '--project', project.id, '--after', all[99]!.cursor, '--json'])).stdout.trim().split('\n'));
    expect(seqs(after)).toEqual(seqs(all).slice(100));
  });

  it('should print one line per event for people, and the resume cursor on stderr', async () => {
    const result = await runCli(server.url, ['events', 'tail', '--task', taskA.id]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\s*\d+ +\d{4}-\d\d-\d\d \d\d:\d\d:\d\d +TASK_CREATED +task \S+ +"A1" TODO +by operator$/);
    expect(lines[1]).toMatch(/TASK_UPDATED .*IN_PROGRESS changed status/);
    expect(result.stderr).toMatch(/^2 events; continue with: maestro events tail --follow --after \S+$/m);
  });

  it('should exit 2 for an event kind the server does not know, with or without --follow', async () => {
    for (const follow of [[], ['--follow']]) {
      const result = await runCli(server.url, ['events', 'tail', ...follow, '--kind', 'TASK_CREATED,NO_SUCH_KIND', '--json']);
      expect(result.code).toBe(2);
      expect(result.json()).toEqual({ ok: false, error: { code: 'USAGE_ERROR', message: expect.stringContaining('NO_SUCH_KIND') } });
    }
  });

  it('should exit 1 with CURSOR_INVALID for a malformed cursor, and 2 for --after with --from-start', async () => {
    for (const follow of [[], ['--follow']]) {
      const bad = await runCli(server.url, ['events', 'tail', ...follow, '--after', 'not-a-cursor', '--json']);
      expect(bad.code).toBe(1);
      expect(bad.json()).toEqual({ ok: false, error: { code: 'CURSOR_INVALID', message: expect.any(String) } });
    }
    const both = await runCli(server.url, ['events', 'tail', '--after', 'x', '--from-start']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('either --after or --from-start');
  });
});

describe('maestro events tail --follow', () => {
  it('should exit 3 with the "is it running" hint when the server is down at start', async () => {
    const down = `http://127.0.0.1:${await closedPort()}`;
    const result = await runCli(down, ['events', 'tail', '--follow']);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Is it running?');
  });

  it('should stream replayed and live events of its filter as JSON lines, state changes on stderr only', async () => {
    const project = await cliData(server.url, ['project', 'create', '--name', 'Live']);
    const other = await cliData(server.url, ['project', 'create', '--name', 'Not followed']);
    const tail = spawnCli(server.url, ['events', 'tail', '--follow', '--from-start', '--project', project.id, '--json']);
    await tail.waitFor(({ lines, stderr }) => lines.length === 1 && /connected to ws:/.test(stderr), 'the replayed PROJECT_CREATED');

    const task = await cliData(server.url, ['task', 'create', '--project', project.id, '--title', 'live one']);
    await cliData(server.url, ['task', 'create', '--project', other.id, '--title', 'elsewhere']);
    await cliData(server.url, ['task', 'update', task.id, '--status', 'DONE']);
    await tail.waitFor(({ lines }) => lines.length >= 3, 'two live events');

    const events = parse(tail.lines());
    expect(events.map((e) => e.kind)).toEqual(['PROJECT_CREATED', 'TASK_CREATED', 'TASK_UPDATED']);
    expect(events.every((e) => e.projectId === project.id)).toBe(true);
    expect(events[2]!.payload.task.status).toBe('DONE');
    expect(await tail.stop()).toBe(0);
    expect(tail.lines()).toHaveLength(3);
    expect(tail.stderr()).toMatch(/connecting to ws:\/\/127\.0\.0\.1:\d+\/graphql/);
  });

  it('should keep going across a server restart and print every event exactly once, in seq order', async () => {
    const first = await startServer();
    const project = await cliData(first.url, ['project', 'create', '--name', 'Restart']);
    const tail = spawnCli(first.url, ['events', 'tail', '--follow', '--from-start', '--json']);
    await cliData(first.url, ['task', 'create', '--project', project.id, '--title', 'before 1']);
    await cliData(first.url, ['task', 'create', '--project', project.id, '--title', 'before 2']);
    await tail.waitFor(({ lines }) => lines.length === 3, 'the three events written before the restart');

    expect(await first.stop('SIGTERM')).toBe(0);
    await tail.waitFor(({ stderr }) => /reconnecting/.test(stderr), 'the CLI to notice the drop');
    const second = await startServer({ port: first.port, dataDir: first.dataDir });
    await cliData(second.url, ['task', 'create', '--project', project.id, '--title', 'after 1']);
    await cliData(second.url, ['task', 'create', '--project', project.id, '--title', 'after 2']);
    await cliData(second.url, ['task', 'create', '--project', project.id, '--title', 'after 3']);
    await tail.waitFor(({ lines }) => lines.length >= 6, 'the three events written after the restart', 45_000);

    const history = await cliData(second.url, ['events', 'list', '--first', '100']);
    const events = parse(tail.lines());
    expect(seqs(events)).toEqual(history.events.map((e: Event) => e.seq));
    expect(events.map((e) => e.payload.task?.title ?? e.payload.project?.name)).toEqual(['Restart', 'before 1', 'before 2', 'after 1', 'after 2', 'after 3']);
    // It says where it resumed, instead of claiming to follow "from the start" again.
    expect(tail.stderr().match(/following from the start/g)).toHaveLength(1);
    expect(tail.stderr()).toMatch(new RegExp(`reconnected to ws://\\S+, resuming after seq ${events[2]!.seq}\n`));
    expect(await tail.stop()).toBe(0);
    expect(tail.lines()).toHaveLength(6);
  });

  it('should stop with exit 1 and CURSOR_UNKNOWN when the restarted server has another database', async () => {
    const first = await startServer();
    await cliData(first.url, ['project', 'create', '--name', 'Old database']);
    const tail = spawnCli(first.url, ['events', 'tail', '--follow', '--from-start', '--json']);
    await tail.waitFor(({ lines }) => lines.length === 1, 'the one event of the old database');
    await first.stop('SIGTERM');
    await startServer({ port: first.port });
    expect(await tail.exited).toBe(1);
    const lines = tail.lines();
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1]!)).toEqual({ ok: false, error: { code: 'CURSOR_UNKNOWN', message: expect.any(String) } });
  });
});
