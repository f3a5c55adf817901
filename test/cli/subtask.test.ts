/**
 * `maestro subtask …` as users and agents run it: the real executable (a child process) against a
 * real server. An e2e table runs every subtask command for people and with --json and checks the
 * server's state over HTTP afterwards; then MAESTRO_TASK_IDS defaulting, the atomic batch of `add`,
 * conflicts on a stale --expected-version, usage errors (exit 2, nothing sent), an unreachable
 * server (exit 3) and the retry with the same clientMutationId after a timeout or a dropped request.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../cli/src/main.ts';
import { graphql } from '../gql/index.ts';
import { execute } from '../helpers/graphql.ts';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { seedTasks } from '../subtasks/helpers.ts';
import { closedPort, runCli, type CliResult } from './cli.ts';

const CliSubTestState = graphql(`
  query CliSubTestState($id: ID!) {
    task(id: $id) {
      subtaskProgress { total done }
      subtasks(first: 100) { edges { node { id title description done version } } }
      created: events(kinds: [SUBTASK_CREATED], first: 1) { totalCount }
    }
  }
`);

const CliSubTestSeed = graphql(`
  mutation CliSubTestSeed($input: CreateSubtasksInput!) {
    createSubtasks(input: $input) {
      __typename
      ... on CreateSubtasksPayload { subtasks { id } }
      ... on Error { message }
    }
  }
`);

const CliSubTestComplete = graphql(`
  mutation CliSubTestComplete($input: CompleteSubtaskInput!) {
    completeSubtask(input: $input) { __typename ... on Error { message } }
  }
`);

const CliSubTestRename = graphql(`
  mutation CliSubTestRename($input: UpdateSubtaskInput!) {
    updateSubtask(input: $input) {
      __typename
      ... on UpdateSubtaskPayload { subtask { version } }
      ... on Error { message }
    }
  }
`);

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => stopAllServers());

/** Runs `maestro subtask …`; MAESTRO_TASK_IDS is empty unless given (the test runner may be a session). */
function subtask(args: readonly string[], options: { env?: Record<string, string>; server?: string } = {}): Promise<CliResult> {
  return runCli(options.server ?? server.url, ['subtask', ...args], { MAESTRO_TASK_IDS: '', ...options.env });
}

/** The task's subtasks in position order, as the server has them. */
async function state(taskId: string) {
  const result = await execute(server, CliSubTestState, { id: taskId });
  const task = result.data?.task;
  if (!task) throw new Error(`no task ${taskId}: ${JSON.stringify(result)}`);
  const subtasks = task.subtasks.edges.map((e) => e.node);
  return { ...task.subtaskProgress, subtasks, titles: subtasks.map((s) => s.title), createdEvents: task.created.totalCount };
}

async function seedSubtasks(taskId: string, titles: readonly string[]): Promise<string[]> {
  const result = await execute(server, CliSubTestSeed, { input: { taskId, items: titles.map((title) => ({ title })) } });
  if (result.data?.createSubtasks.__typename !== 'CreateSubtasksPayload') throw new Error(JSON.stringify(result));
  return result.data.createSubtasks.subtasks.map((s) => s.id);
}

async function complete(id: string) {
  const result = await execute(server, CliSubTestComplete, { input: { id } });
  if (result.data?.completeSubtask.__typename !== 'CompleteSubtaskPayload') throw new Error(JSON.stringify(result));
}

/** A task with subtasks A, B (done) and C, and a second, empty task of the same project. */
type Fixture = { task: string; other: string; a: string; b: string; c: string };
async function fixture(): Promise<Fixture> {
  const { taskIds } = await seedTasks(server, 2, 'CLI subtasks');
  const [a, b, c] = await seedSubtasks(taskIds[0]!, ['A', 'B', 'C']);
  await complete(b!);
  return { task: taskIds[0]!, other: taskIds[1]!, a: a!, b: b!, c: c! };
}

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

function expectOkJson(result: CliResult) {
  expect(result.code, result.stderr).toBe(0);
  expect(result.stderr).toBe('');
  const body = result.json();
  expect(Object.keys(body)).toEqual(['ok', 'data']);
  expect(body.ok).toBe(true);
  return body.data;
}

function expectErrorJson(result: CliResult, exitCode: number, code: string) {
  expect(result.code, result.stdout + result.stderr).toBe(exitCode);
  const body = result.json();
  expect(body).toEqual({ ok: false, error: { code, message: expect.any(String) } });
  return body.error.message as string;
}

const subtaskShape = {
  id: expect.any(String),
  title: expect.any(String),
  description: expect.any(String),
  done: expect.any(Boolean),
  position: expect.any(Number),
  version: expect.any(Number),
  createdAt: expect.any(String),
  updatedAt: expect.any(String),
  task: { id: expect.any(String), title: expect.any(String) },
};

type Row = {
  command: string;
  args: (f: Fixture) => string[];
  human: (stdout: string, f: Fixture) => void;
  json: (data: any, f: Fixture) => void;
  /** The server's state afterwards (the same for both modes). */
  after: (f: Fixture) => Promise<void>;
};

const table: Row[] = [
  {
    command: 'list',
    args: (f) => ['list', f.task],
    human: (out, f) => {
      expect(out).toMatch(/^Task 0 \(.+\): 1\/3 done$/m);
      const rows = out.split('\n').filter((l) => /^\[[x ]\]/.test(l));
      expect(rows).toHaveLength(3);
      expect(rows[0]).toMatch(new RegExp(`^\\[ \\] +${f.a} +1 +A$`));
      expect(rows[1]).toMatch(new RegExp(`^\\[x\\] +${f.b} +2 +B$`));
      expect(rows[2]).toMatch(new RegExp(`^\\[ \\] +${f.c} +1 +C$`));
      expect(out).not.toContain('next page');
    },
    json: (data, f) => {
      expect(data.task).toEqual({ id: f.task, title: 'Task 0' });
      expect(data.progress).toEqual({ total: 3, done: 1 });
      expect(data.nextCursor).toBeNull();
      expect(data.subtasks.map((s: any) => [s.id, s.title, s.done])).toEqual([
        [f.a, 'A', false],
        [f.b, 'B', true],
        [f.c, 'C', false],
      ]);
      expect(data.subtasks[1]).toEqual({ ...subtaskShape, completedAt: expect.any(String) });
      expect(data.subtasks[0]).toEqual({ ...subtaskShape, completedAt: null });
    },
    after: async (f) => expect((await state(f.task)).titles).toEqual(['A', 'B', 'C']),
  },
  {
    command: 'add',
    args: (f) => ['add', f.task, 'D', 'E with spaces'],
    human: (out) => {
      expect(out).toMatch(/^Added 2 subtasks to Task 0 /m);
      expect(out).toMatch(/^\[ \] +\S+ +1 +D$/m);
      expect(out).toMatch(/^\[ \] +\S+ +1 +E with spaces$/m);
    },
    json: (data, f) => {
      expect(data.subtasks).toHaveLength(2);
      expect(data.subtasks.map((s: any) => [s.title, s.done, s.version, s.task.id])).toEqual([
        ['D', false, 1, f.task],
        ['E with spaces', false, 1, f.task],
      ]);
      expect(data.subtasks[0]).toEqual({ ...subtaskShape, completedAt: null });
    },
    after: async (f) => {
      const s = await state(f.task);
      expect(s.titles).toEqual(['A', 'B', 'C', 'D', 'E with spaces']);
      expect(s.createdEvents).toBe(5);
    },
  },
  {
    command: 'done',
    args: (f) => ['done', f.a],
    human: (out, f) => {
      expect(out).toMatch(/^Done \[x\] A$/m);
      expect(out).toContain(`id ${f.a}, version 2`);
    },
    json: (data, f) => expect(data).toEqual({ ...subtaskShape, id: f.a, title: 'A', done: true, version: 2, completedAt: expect.any(String) }),
    after: async (f) => expect((await state(f.task)).subtasks.map((s) => s.done)).toEqual([true, true, false]),
  },
  {
    command: 'undo',
    args: (f) => ['undo', f.b],
    human: (out, f) => {
      expect(out).toMatch(/^Reopened \[ \] B$/m);
      expect(out).toContain(`id ${f.b}, version 3`);
    },
    json: (data, f) => expect(data).toEqual({ ...subtaskShape, id: f.b, title: 'B', done: false, version: 3, completedAt: null }),
    after: async (f) => expect((await state(f.task)).done).toBe(0),
  },
  {
    command: 'edit',
    args: (f) => ['edit', f.c, '--title', 'C renamed', '--description', 'more detail'],
    human: (out) => {
      expect(out).toMatch(/^Updated \[ \] C renamed$/m);
      expect(out).toMatch(/^ {2}more detail$/m);
    },
    json: (data, f) => expect(data).toEqual({ ...subtaskShape, id: f.c, title: 'C renamed', description: 'more detail', version: 2, completedAt: null }),
    after: async (f) => {
      const c = (await state(f.task)).subtasks[2]!;
      expect(c).toMatchObject({ id: f.c, title: 'C renamed', description: 'more detail', version: 2 });
    },
  },
  {
    command: 'mv',
    args: (f) => ['mv', f.a, '--after', f.c],
    human: (out, f) => {
      expect(out).toMatch(/^Moved \[ \] A$/m);
      expect(out).toContain(`task Task 0 (${f.task})`);
    },
    json: (data, f) => expect(data).toMatchObject({ id: f.a, title: 'A', version: 2, task: { id: f.task } }),
    after: async (f) => expect((await state(f.task)).titles).toEqual(['B', 'C', 'A']),
  },
  {
    command: 'mv',
    args: (f) => ['mv', f.c, '--before', f.a],
    human: (out) => expect(out).toMatch(/^Moved \[ \] C$/m),
    json: (data, f) => expect(data).toMatchObject({ id: f.c, task: { id: f.task } }),
    after: async (f) => expect((await state(f.task)).titles).toEqual(['C', 'A', 'B']),
  },
  {
    command: 'mv',
    args: (f) => ['mv', f.b, '--to-task', f.other],
    human: (out, f) => expect(out).toContain(`task Task 1 (${f.other})`),
    json: (data, f) => expect(data).toMatchObject({ id: f.b, title: 'B', done: true, task: { id: f.other, title: 'Task 1' } }),
    after: async (f) => {
      expect((await state(f.task)).titles).toEqual(['A', 'C']);
      expect(await state(f.other)).toMatchObject({ titles: ['B'], total: 1, done: 1 });
    },
  },
  {
    command: 'rm',
    args: (f) => ['rm', f.b],
    human: (out, f) => expect(out.trim()).toBe(`Deleted subtask ${f.b}`),
    json: (data, f) => expect(data).toEqual({ deletedSubtaskId: f.b }),
    after: async (f) => expect(await state(f.task)).toMatchObject({ titles: ['A', 'C'], total: 2, done: 0 }),
  },
];

const cases = table.flatMap((row) => (['human', 'json'] as const).map((mode) => ({ ...row, mode, name: `${row.args({ task: 'TASK', other: 'OTHER', a: 'A', b: 'B', c: 'C' }).join(' ')} (${mode})` })));

describe('maestro subtask: every command', () => {
  it('should have a row in the e2e table for every subtask command', () => {
    const subtaskCommands = Object.keys(commands).filter((c) => c.startsWith('subtask '));
    expect(subtaskCommands.sort()).toEqual(['subtask add', 'subtask done', 'subtask edit', 'subtask list', 'subtask mv', 'subtask rm', 'subtask undo']);
    expect([...new Set(table.map((r) => `subtask ${r.command}`))].sort()).toEqual(subtaskCommands.sort());
  });

  it.each(cases)('should run maestro subtask $name', async (row) => {
    const f = await fixture();
    if (row.mode === 'human') {
      const result = await subtask(row.args(f));
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).not.toMatch(/^\{/);
      row.human(result.stdout, f);
    } else {
      row.json(expectOkJson(await subtask([...row.args(f), '--json'])), f);
    }
    await row.after(f);
  });
});

describe('maestro subtask: the session\'s task (MAESTRO_TASK_IDS)', () => {
  it('should list and add to the first task of MAESTRO_TASK_IDS when TASK is not given', async () => {
    const f = await fixture();
    const env = { MAESTRO_TASK_IDS: `${f.task},${f.other}` };
    const listed = expectOkJson(await subtask(['list', '--json'], { env }));
    expect(listed.task.id).toBe(f.task);
    expect(listed.subtasks.map((s: any) => s.title)).toEqual(['A', 'B', 'C']);

    // Titles that are valid base64 but not Task IDs stay titles.
    const added = expectOkJson(await subtask(['add', 'Fix', 'Test', 'Write the docs', '--json'], { env }));
    expect(added.subtasks.map((s: any) => s.title)).toEqual(['Fix', 'Test', 'Write the docs']);
    expect((await state(f.task)).titles).toEqual(['A', 'B', 'C', 'Fix', 'Test', 'Write the docs']);
    expect((await state(f.other)).total).toBe(0);

    const human = await subtask(['list'], { env });
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(new RegExp(`^Task 0 \\(${f.task}\\): 1/6 done$`, 'm'));
  });

  it('should skip empty entries and spaces in MAESTRO_TASK_IDS', async () => {
    const f = await fixture();
    const listed = expectOkJson(await subtask(['list', '--json'], { env: { MAESTRO_TASK_IDS: ` , ${f.other} ,${f.task}` } }));
    expect(listed.task.id).toBe(f.other);
  });

  it('should take a Task ID given first as TASK, over MAESTRO_TASK_IDS', async () => {
    const f = await fixture();
    const env = { MAESTRO_TASK_IDS: f.task };
    expectOkJson(await subtask(['add', f.other, 'Only here', '--json'], { env }));
    expectOkJson(await subtask(['list', f.other, '--json'], { env }));
    expect((await state(f.other)).titles).toEqual(['Only here']);
    expect((await state(f.task)).titles).toEqual(['A', 'B', 'C']);
  });

  it('should take a first argument that is another type\'s ID (a subtask\'s) as a title', async () => {
    const f = await fixture();
    expectOkJson(await subtask(['add', f.a, '--json'], { env: { MAESTRO_TASK_IDS: f.other } }));
    expect((await state(f.other)).titles).toEqual([f.a]);
  });

  it.each([
    ['list', ['list']],
    ['add', ['add', 'A title']],
  ])('should exit 2 saying MAESTRO_TASK_IDS is empty when %s gets no TASK', async (_name, args) => {
    const down = `http://127.0.0.1:${await closedPort()}`;
    const message = expectErrorJson(await subtask([...args, '--json'], { server: down }), 2, 'USAGE_ERROR');
    expect(message).toMatch(/TASK is missing and MAESTRO_TASK_IDS is empty/);
    const human = await subtask(args, { server: down });
    expect(human.code).toBe(2);
    expect(human.stdout).toBe('');
    expect(human.stderr).toMatch(/^maestro: TASK is missing and MAESTRO_TASK_IDS is empty/);
    expect(human.stderr).toContain('maestro task list');
  });
});

describe('maestro subtask add: one atomic batch', () => {
  it('should create several titles in order with one SUBTASK_CREATED each', async () => {
    const { taskIds } = await seedTasks(server, 1);
    const titles = Array.from({ length: 12 }, (_, i) => `Step ${i + 1}`);
    const data = expectOkJson(await subtask(['add', taskIds[0]!, ...titles, '--description', 'shared', '--json']));
    expect(data.subtasks.map((s: any) => s.title)).toEqual(titles);
    const s = await state(taskIds[0]!);
    expect(s.titles).toEqual(titles);
    expect(s.subtasks.every((x) => x.description === 'shared')).toBe(true);
    expect(s.createdEvents).toBe(12);
  });

  it.each([
    ['an empty title', ['First', '', 'Third'], /^ {2}TITLE #2 \(input\.items\.1\.title\): .*empty/m],
    ['a title over 500 characters', ['First', 'Second', 'x'.repeat(501)], /^ {2}TITLE #3 \(input\.items\.2\.title\): .*500/m],
  ])('should create nothing and exit 1 when one title is invalid (%s)', async (_name, titles, detail) => {
    const f = await fixture();
    const human = await subtask(['add', f.task, ...titles]);
    expect(human.code).toBe(1);
    expect(human.stdout).toBe('');
    expect(human.stderr).toMatch(/^maestro: the server refused the input \(VALIDATION_ERROR\):$/m);
    expect(human.stderr).toMatch(detail);
    expect(human.stderr).toContain('nothing was changed');

    expectErrorJson(await subtask(['add', f.task, ...titles, '--json']), 1, 'VALIDATION_ERROR');
    const s = await state(f.task);
    expect(s.titles).toEqual(['A', 'B', 'C']);
    expect(s.createdEvents).toBe(3);
  });

  it('should exit 1 with NOT_FOUND_ERROR for a task that does not exist, creating nothing', async () => {
    const missing = globalId('Task', 'does-not-exist');
    const message = expectErrorJson(await subtask(['add', missing, 'Orphan', '--json']), 1, 'NOT_FOUND_ERROR');
    expect(message).toMatch(/not found/i);
    const listed = await subtask(['list', missing, '--json']);
    expectErrorJson(listed, 1, 'NOT_FOUND_ERROR');
  });
});

describe('maestro subtask: --expected-version', () => {
  it('should apply a change at the current version and print the new one', async () => {
    const f = await fixture();
    const data = expectOkJson(await subtask(['edit', f.a, '--title', 'A2', '--expected-version', '1', '--json']));
    expect(data).toMatchObject({ title: 'A2', version: 2 });
    expectOkJson(await subtask(['done', f.a, '--expected-version', '2', '--json']));
    expectOkJson(await subtask(['undo', f.a, '--expected-version', '3', '--json']));
    expectOkJson(await subtask(['mv', f.a, '--after', f.c, '--expected-version', '4', '--json']));
    expectOkJson(await subtask(['rm', f.a, '--expected-version', '5', '--json']));
    expect((await state(f.task)).titles).toEqual(['B', 'C']);
  });

  it.each([
    ['edit', (f: Fixture) => ['edit', f.a, '--title', 'Mine']],
    ['done', (f: Fixture) => ['done', f.a]],
    ['undo', (f: Fixture) => ['undo', f.a]],
    ['mv', (f: Fixture) => ['mv', f.a, '--after', f.c]],
    ['rm', (f: Fixture) => ['rm', f.a]],
  ])('should refuse a stale version on %s with CONFLICT_ERROR, showing the current value and what to do', async (_name, args) => {
    const f = await fixture();
    // Another writer renames A first: version 1 → 2.
    const other = await execute(server, CliSubTestRename, { input: { id: f.a, title: 'Theirs', description: 'their notes' } });
    expect(other.data?.updateSubtask).toEqual({ __typename: 'UpdateSubtaskPayload', subtask: { version: 2 } });

    const json = await subtask([...args(f), '--expected-version', '1', '--json']);
    const message = expectErrorJson(json, 1, 'CONFLICT_ERROR');
    // The global ID the user passed (not the database id inside it), the current version and value.
    expect(message).toBe(`Subtask ${f.a} is now at version 2 ("Theirs", open, description "their notes"); it changed since that version was read, so nothing was changed.`);
    expect(message).not.toContain(Buffer.from(f.a, 'base64').toString('utf8').replace(/^Subtask:/, ''));

    const human = await subtask([...args(f), '--expected-version', '1']);
    expect(human.code).toBe(1);
    expect(human.stdout).toBe('');
    // One line: what happened, then what to do; nobody is blamed (the earlier change may be one's own).
    expect(human.stderr).toBe(`maestro: ${message} Check the current value, then re-run with --expected-version 2.\n`);
    expect(human.stderr).not.toMatch(/someone/i);

    const s = await state(f.task);
    expect(s.titles).toEqual(['Theirs', 'B', 'C']);
    expect(s.subtasks[0]).toMatchObject({ title: 'Theirs', done: false, version: 2 });
  });
});

describe('maestro subtask: failures', () => {
  it.each([
    ['add with a TASK and no title', (f: Fixture) => ['add', f.task], /at least one TITLE/],
    ['add with no arguments', () => ['add'], /at least one TITLE/],
    ['done without an ID', () => ['done'], /ID/],
    ['edit with nothing to change', (f: Fixture) => ['edit', f.a], /Nothing to change/],
    ['mv without a destination', (f: Fixture) => ['mv', f.a], /--after ID, --before ID or --to-task ID/],
    ['mv with --after and --before', (f: Fixture) => ['mv', f.a, '--after', f.b, '--before', f.c], /not both/],
    ['mv with an empty --after', (f: Fixture) => ['mv', f.a, '--after', ''], /--after needs a value/],
    ['a non-number --expected-version', (f: Fixture) => ['done', f.a, '--expected-version', 'two'], /--expected-version must be a whole number/],
    ['a negative --expected-version', (f: Fixture) => ['rm', f.a, '--expected-version', '-1'], /--expected-version must be a whole number/],
    ['list --first 0', (f: Fixture) => ['list', f.task, '--first', '0'], /--first must be a whole number from 1 to 100/],
    ['list with two tasks', (f: Fixture) => ['list', f.task, f.other], /Unexpected argument/],
    ['done with two IDs', (f: Fixture) => ['done', f.a, f.b], /Unexpected argument/],
    ['an unknown option', (f: Fixture) => ['undo', f.a, '--force'], /Unknown option --force/],
    ['an unknown subtask command', () => ['tick'], /Unknown command "tick"/],
  ])('should exit 2 with USAGE_ERROR and send nothing: %s', async (_name, args, message) => {
    const f = await fixture();
    // A closed port: had the command sent anything, it would exit 3 instead.
    const down = `http://127.0.0.1:${await closedPort()}`;
    const env = { MAESTRO_TASK_IDS: f.task };
    const json = await subtask([...args(f), '--json'], { server: down, env });
    expect(expectErrorJson(json, 2, 'USAGE_ERROR')).toMatch(message);
    const human = await subtask(args(f), { server: down, env });
    expect(human.code).toBe(2);
    expect(human.stdout).toBe('');
    expect(human.stderr).toMatch(/^maestro: /);
    expect(human.stderr).toMatch(message);
  });

  it('should exit 1 with NOT_FOUND_ERROR or VALIDATION_ERROR for unknown or malformed IDs', async () => {
    const f = await fixture();
    const missing = globalId('Subtask', 'does-not-exist');
    for (const args of [['done', missing], ['undo', missing], ['edit', missing, '--title', 'x'], ['mv', missing, '--after', f.a], ['rm', missing]]) {
      expectErrorJson(await subtask([...args, '--json']), 1, 'NOT_FOUND_ERROR');
    }
    const human = await subtask(['done', 'not-an-id']);
    expect(human.code).toBe(1);
    expect(human.stderr).toMatch(/^ {2}ID \(input\.id\): .*not a valid Subtask ID/m);
    const wrongType = await subtask(['mv', f.a, '--after', f.task]);
    expect(wrongType.code).toBe(1);
    expect(wrongType.stderr).toMatch(/^ {2}--after \(input\.afterId\): /m);
  });

  it('should refuse to move a subtask to a task of another project (exit 1, --to-task named)', async () => {
    const f = await fixture();
    const elsewhere = (await seedTasks(server, 1, 'Elsewhere')).taskIds[0]!;
    const human = await subtask(['mv', f.a, '--to-task', elsewhere]);
    expect(human.code).toBe(1);
    expect(human.stderr).toMatch(/^ {2}--to-task \(input\.toTaskId\): .*same project/m);
    expectErrorJson(await subtask(['mv', f.a, '--to-task', elsewhere, '--json']), 1, 'VALIDATION_ERROR');
    expect((await state(f.task)).titles).toEqual(['A', 'B', 'C']);
  });

  it.each([
    ['list', (f: Fixture) => ['list', f.task]],
    ['add', (f: Fixture) => ['add', f.task, 'New']],
    ['done', (f: Fixture) => ['done', f.a]],
    ['undo', (f: Fixture) => ['undo', f.a]],
    ['edit', (f: Fixture) => ['edit', f.a, '--title', 'New']],
    ['mv', (f: Fixture) => ['mv', f.a, '--after', f.b]],
    ['rm', (f: Fixture) => ['rm', f.a]],
  ])('should exit 3 with NETWORK and the "is it running" hint when the server is down: %s', async (_name, args) => {
    const ids: Fixture = { task: globalId('Task', 't'), other: globalId('Task', 'o'), a: globalId('Subtask', 'a'), b: globalId('Subtask', 'b'), c: globalId('Subtask', 'c') };
    const down = `http://127.0.0.1:${await closedPort()}`;
    expectErrorJson(await subtask([...args(ids), '--json'], { server: down }), 3, 'NETWORK');
    const human = await subtask(args(ids), { server: down });
    expect(human.code).toBe(3);
    expect(human.stdout).toBe('');
    expect(human.stderr).toMatch(/Cannot reach the Maestro server at http:\/\/127\.0\.0\.1:\d+\/graphql/);
    expect(human.stderr).toContain('npm start');
  });
});

describe('maestro subtask list: pages', () => {
  it('should page with --first/--after in position order and print the next command', async () => {
    const { taskIds } = await seedTasks(server, 1);
    const task = taskIds[0]!;
    await seedSubtasks(task, ['one', 'two', 'three', 'four', 'five']);
    const first = expectOkJson(await subtask(['list', task, '--first', '2', '--json']));
    expect(first.subtasks.map((s: any) => s.title)).toEqual(['one', 'two']);
    expect(first.progress).toEqual({ total: 5, done: 0 });
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = expectOkJson(await subtask(['list', task, '--first', '2', '--after', first.nextCursor, '--json']));
    expect(second.subtasks.map((s: any) => s.title)).toEqual(['three', 'four']);
    const last = expectOkJson(await subtask(['list', task, '--first', '2', '--after', second.nextCursor, '--json']));
    expect(last.subtasks.map((s: any) => s.title)).toEqual(['five']);
    expect(last.nextCursor).toBeNull();

    const human = await subtask(['list', task, '--first', '2']);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/: 0\/5 done$/m);
    expect(human.stdout).toContain(`next page: maestro subtask list ${task} --first 2 --after ${first.nextCursor}`);
  });

  it('should say how to add subtasks when a task has none', async () => {
    const { taskIds } = await seedTasks(server, 1);
    const human = await subtask(['list', taskIds[0]!]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/: 0\/0 done$/m);
    expect(human.stdout).toContain(`maestro subtask add ${taskIds[0]}`);
  });
});

/**
 * A proxy in front of the server that records every request and, per request number, forwards it
 * ('forward'), forwards it but never answers ('hold': the CLI times out after the change applied) or
 * drops the connection without forwarding ('drop').
 */
async function startProxy(plan: (n: number) => 'forward' | 'hold' | 'drop') {
  const seen: { operationName: string | undefined; input: any }[] = [];
  const proxy: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', async () => {
      const parsed = JSON.parse(body);
      seen.push({ operationName: /(?:mutation|query) (\w+)/.exec(parsed.query)?.[1], input: parsed.variables?.input });
      const mode = plan(seen.length);
      if (mode === 'drop') return req.socket.destroy();
      const upstream = await fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const text = await upstream.text();
      if (mode === 'hold') return; // the CLI gives up waiting; closeAllConnections ends it
      res.writeHead(upstream.status, { 'content-type': 'application/json' }).end(text);
    });
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  const { port } = proxy.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () => new Promise<void>((r) => (proxy.closeAllConnections(), proxy.close(() => r()))),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('maestro subtask: retry with the same clientMutationId', () => {
  it('should retry once after a timeout with the same clientMutationId, so the batch applies once', async () => {
    const f = await fixture();
    const proxy = await startProxy((n) => (n === 1 ? 'hold' : 'forward'));
    try {
      const result = await subtask(['add', f.task, 'Once', 'Twice?', '--json'], { server: proxy.url, env: { MAESTRO_TIMEOUT_MS: '1000' } });
      const data = expectOkJson(result);
      expect(data.subtasks.map((s: any) => s.title)).toEqual(['Once', 'Twice?']);
      // One createSubtasks call carrying both titles, sent twice with one id.
      expect(proxy.seen).toHaveLength(2);
      expect(proxy.seen.map((s) => s.operationName)).toEqual(['CliSubtaskAdd', 'CliSubtaskAdd']);
      expect(proxy.seen[0]!.input.items).toEqual([
        { title: 'Once', description: null },
        { title: 'Twice?', description: null },
      ]);
      expect(proxy.seen[0]!.input.clientMutationId).toMatch(UUID);
      expect(proxy.seen[1]!.input).toEqual(proxy.seen[0]!.input);
    } finally {
      await proxy.close();
    }
    const s = await state(f.task);
    expect(s.titles).toEqual(['A', 'B', 'C', 'Once', 'Twice?']);
    expect(s.createdEvents).toBe(5);
  });

  it('should retry once after a dropped connection with the same clientMutationId', async () => {
    const f = await fixture();
    const proxy = await startProxy((n) => (n === 1 ? 'drop' : 'forward'));
    try {
      const data = expectOkJson(await subtask(['done', f.a, '--expected-version', '1', '--json'], { server: proxy.url }));
      expect(data).toMatchObject({ id: f.a, done: true, version: 2 });
      expect(proxy.seen).toHaveLength(2);
      expect(proxy.seen[1]!.input).toEqual({ id: f.a, expectedVersion: 1, clientMutationId: expect.stringMatching(UUID) });
      expect(proxy.seen[1]!.input).toEqual(proxy.seen[0]!.input);
    } finally {
      await proxy.close();
    }
  });

  it('should exit 3 after one retry when both attempts time out, and still apply the change once', async () => {
    const f = await fixture();
    const proxy = await startProxy(() => 'hold');
    try {
      const result = await subtask(['edit', f.a, '--title', 'Edited once', '--json'], { server: proxy.url, env: { MAESTRO_TIMEOUT_MS: '800' } });
      expectErrorJson(result, 3, 'TIMEOUT');
      expect(proxy.seen).toHaveLength(2);
      expect(proxy.seen[1]!.input).toEqual(proxy.seen[0]!.input);
    } finally {
      await proxy.close();
    }
    // Both attempts reached the server; the second answered with the first result.
    expect((await state(f.task)).subtasks[0]).toMatchObject({ title: 'Edited once', version: 2 });
  });

  it('should send a new clientMutationId for every command run, and none for list', async () => {
    const f = await fixture();
    const proxy = await startProxy(() => 'forward');
    try {
      expectOkJson(await subtask(['done', f.a, '--json'], { server: proxy.url }));
      expectOkJson(await subtask(['undo', f.a, '--json'], { server: proxy.url }));
      expectOkJson(await subtask(['done', f.a, '--json'], { server: proxy.url }));
      expectOkJson(await subtask(['list', f.task, '--json'], { server: proxy.url }));
      const ids = proxy.seen.slice(0, 3).map((s) => s.input.clientMutationId);
      expect(new Set(ids).size).toBe(3);
      expect(proxy.seen[3]).toEqual({ operationName: 'CliSubtaskList', input: undefined });
    } finally {
      await proxy.close();
    }
    expect((await state(f.task)).subtasks[0]).toMatchObject({ done: true, version: 4 });
  });
});
