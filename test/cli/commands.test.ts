/**
 * The `maestro` CLI as users run it: the real executable against a real server, every command's
 * happy path, the exact --json envelopes, exit codes (1 domain error, 2 usage error, 3 unreachable)
 * and --help for every command.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands, type CommandName } from '../../cli/src/main.ts';
import { startServer, stopAllServers, tempDir, type TestServer } from '../helpers/server.ts';
import { cliData, closedPort, runCli } from './cli.ts';

/** Every command must be listed here; the --help test below runs for each. */
const covered: Record<CommandName, 'tested'> = {
  'project list': 'tested',
  'project create': 'tested',
  'project show': 'tested',
  'task list': 'tested',
  'task create': 'tested',
  'task show': 'tested',
  'task update': 'tested',
  'subtask list': 'tested', // the subtask commands in test/cli/subtask.test.ts
  'subtask add': 'tested',
  'subtask done': 'tested',
  'subtask undo': 'tested',
  'subtask edit': 'tested',
  'subtask mv': 'tested',
  'subtask rm': 'tested',
  'events tail': 'tested', // history here, --follow in events.test.ts
  'events list': 'tested',
  'skill list': 'tested', // the skill commands in test/skills/cli.test.ts
  'skill info': 'tested',
  'skill validate': 'tested',
  hook: 'tested', // hook, hooks install and spool flush in test/hooks/cli-hook.test.ts and install.test.ts
  'hooks install': 'tested',
  'spool flush': 'tested',
  'session list': 'tested', // list, show, watch and register in test/hooks/session-cli.test.ts
  'session show': 'tested',
  'session watch': 'tested',
  'session register': 'tested',
  'session spawn': 'tested', // session spawn and runner in test/runner/*.test.ts
  'session agents': 'tested', // agent profiles in test/runner/profiles.test.ts
  'session cleanup': 'tested', // worktrees in test/runner/worktree.test.ts
  'session wait': 'tested', // test/runner/session-wait.test.ts
  runner: 'tested',
  'runner hosts': 'tested', // test/runner/hosts.test.ts
  'runner declare-dead': 'tested', // test/runner/hosts.test.ts
};

/** Commands without --json, and why. */
const WITHOUT_JSON: Partial<Record<CommandName, string>> = {
  hook: 'Claude Code reads a command hook\'s stdout as its answer, so `maestro hook` prints nothing at all',
};

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => stopAllServers());

const missingTaskId = Buffer.from('Task:does-not-exist').toString('base64');

describe('maestro CLI commands', () => {
  it('should account for every command in the coverage table', () => {
    expect(Object.keys(covered).sort()).toEqual(Object.keys(commands).sort());
  });

  it('should create a project and print it for people and as {"ok":true,"data":…}', async () => {
    // An existing directory: a missing one gets a warning (test/cli/rough-edges.test.ts).
    const workingDir = tempDir('maestro-human-');
    const human = await runCli(server.url, ['project', 'create', '--name', 'Human project', '--working-dir', workingDir]);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('Created project Human project');
    expect(human.stdout).toContain(`Working dir: ${workingDir}`);
    expect(human.stderr).toBe('');

    const result = await runCli(server.url, ['project', 'create', '--name', 'Json project', '--description', 'made by a test', '--json']);
    expect(result.code).toBe(0);
    const body = result.json();
    expect(Object.keys(body)).toEqual(['ok', 'data']);
    expect(body).toEqual({
      ok: true,
      data: {
        id: expect.any(String),
        name: 'Json project',
        description: 'made by a test',
        workingDir: '',
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      },
    });
  });

  it('should list projects a page at a time and print the next cursor', async () => {
    await cliData(server.url, ['project', 'create', '--name', 'Paged A']);
    await cliData(server.url, ['project', 'create', '--name', 'Paged B']);
    const all = await cliData(server.url, ['project', 'list', '--first', '100']);
    expect(all.nextCursor).toBeNull();
    expect(all.totalCount).toBe(all.projects.length);
    expect(all.projects.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['Paged A', 'Paged B']));

    const first = await cliData(server.url, ['project', 'list', '--first', '1']);
    expect(first.projects).toHaveLength(1);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await cliData(server.url, ['project', 'list', '--first', '1', '--after', first.nextCursor]);
    expect(second.projects[0].id).toBe(all.projects[1].id);

    const human = await runCli(server.url, ['project', 'list', '--first', '1']);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^ID +NAME +WORKING DIR +CREATED$/m);
    expect(human.stdout).toContain(`next page: maestro project list --after ${first.nextCursor}`);
  });

  it('should create tasks with repeated criteria, then list, show and update them', async () => {
    const project = await cliData(server.url, ['project', 'create', '--name', 'Tasks']);
    const task = await cliData(server.url, [
      'task', 'create', '--project', project.id, '--title', 'Write the parser', '--description', 'tokens first',
      '--priority', 'high', '--criterion', 'tests pass', '--criterion', 'docs, updated',
    ]);
    expect(task).toMatchObject({
      title: 'Write the parser',
      description: 'tokens first',
      priority: 'HIGH',
      status: 'TODO',
      acceptanceCriteria: ['tests pass', 'docs, updated'],
      project: { id: project.id, name: 'Tasks' },
    });
    const second = await cliData(server.url, ['task', 'create', '--project', project.id, '--title', 'Review', '--status', 'in-progress']);
    expect(second.status).toBe('IN_PROGRESS');

    const listed = await cliData(server.url, ['task', 'list', '--project', project.id]);
    expect(listed.tasks.map((t: { id: string }) => t.id)).toEqual([task.id, second.id]);
    const inProgress = await cliData(server.url, ['task', 'list', '--project', project.id, '--status', 'IN_PROGRESS']);
    expect(inProgress.tasks.map((t: { id: string }) => t.id)).toEqual([second.id]);
    const page = await cliData(server.url, ['task', 'list', '--project', project.id, '--first', '1']);
    expect(page.tasks.map((t: { id: string }) => t.id)).toEqual([task.id]);
    const next = await cliData(server.url, ['task', 'list', '--project', project.id, '--first', '1', '--after', page.nextCursor]);
    expect(next).toEqual({ tasks: [expect.objectContaining({ id: second.id })], nextCursor: null });
    const table = await runCli(server.url, ['task', 'list', '--project', project.id, '--first', '1']);
    expect(table.stdout).toMatch(new RegExp(`^${task.id} +TODO +HIGH +Write the parser$`, 'm'));
    expect(table.stdout).toContain(`next page: maestro task list --project ${project.id} --first 1 --after ${page.nextCursor}`);

    const updated = await cliData(server.url, ['task', 'update', task.id, '--status', 'done', '--criterion', 'only this']);
    expect(updated).toMatchObject({ id: task.id, status: 'DONE', acceptanceCriteria: ['only this'], completedAt: expect.any(String) });
    const cleared = await cliData(server.url, ['task', 'update', task.id, '--clear-criteria', '--title', 'Parser']);
    expect(cleared).toMatchObject({ title: 'Parser', acceptanceCriteria: [], status: 'DONE' });

    const shown = await cliData(server.url, ['task', 'show', task.id]);
    expect(shown).toMatchObject({ id: task.id, title: 'Parser', eventCount: 3 });
    expect(shown.recentEvents.map((e: { kind: string }) => e.kind)).toEqual(['TASK_CREATED', 'TASK_UPDATED', 'TASK_UPDATED']);
    const humanShow = await runCli(server.url, ['task', 'show', task.id]);
    expect(humanShow.code).toBe(0);
    expect(humanShow.stdout).toMatch(/Status: +DONE/);
    expect(humanShow.stdout).toContain('TASK_CREATED');

    const projectShown = await cliData(server.url, ['project', 'show', project.id]);
    expect(projectShown).toMatchObject({ id: project.id, name: 'Tasks', taskCount: 2 });
    expect(projectShown.tasks.map((t: { title: string }) => t.title)).toEqual(['Parser', 'Review']);
    const humanProject = await runCli(server.url, ['project', 'show', project.id]);
    expect(humanProject.stdout).toContain('Tasks (2):');
    expect(humanProject.stdout).toMatch(new RegExp(`^${second.id} +IN_PROGRESS +MEDIUM +Review$`, 'm'));
  });

  it('should page through event history with events list', async () => {
    const project = await cliData(server.url, ['project', 'create', '--name', 'Event paging']);
    await cliData(server.url, ['task', 'create', '--project', project.id, '--title', 'one']);
    const page = await cliData(server.url, ['events', 'list', '--project', project.id, '--first', '1']);
    expect(page.totalCount).toBe(2);
    expect(page.events).toEqual([expect.objectContaining({ kind: 'PROJECT_CREATED', projectId: project.id, seq: expect.any(Number), cursor: expect.any(String) })]);
    const rest = await cliData(server.url, ['events', 'list', '--project', project.id, '--after', page.nextCursor]);
    expect(rest.events.map((e: { kind: string }) => e.kind)).toEqual(['TASK_CREATED']);
    expect(rest.nextCursor).toBeNull();
  });
});

describe('maestro CLI failures', () => {
  it('should exit 1 with VALIDATION_ERROR and list each field for people', async () => {
    const project = await cliData(server.url, ['project', 'create', '--name', 'Invalid input']);
    const json = await runCli(server.url, ['task', 'create', '--project', project.id, '--title', '', '--criterion', '', '--json']);
    expect(json.code).toBe(1);
    expect(json.json()).toEqual({ ok: false, error: { code: 'VALIDATION_ERROR', message: expect.stringContaining('title') } });
    expect(Object.keys(json.json().error)).toEqual(['code', 'message']);

    const human = await runCli(server.url, ['task', 'create', '--project', project.id, '--title', '', '--criterion', 'fine', '--criterion', '']);
    expect(human.code).toBe(1);
    expect(human.stdout).toBe('');
    expect(human.stderr).toContain('VALIDATION_ERROR');
    expect(human.stderr).toMatch(/^ {2}--title \(input\.title\): .+$/m);
    expect(human.stderr).toMatch(/^ {2}--criterion #2 \(input\.acceptanceCriteria\.1\): .+$/m);
    expect(human.stderr).toContain('nothing was changed');
  });

  it('should exit 1 with NOT_FOUND_ERROR for an unknown task, from a query and from a mutation', async () => {
    const shown = await runCli(server.url, ['task', 'show', missingTaskId, '--json']);
    expect(shown.code).toBe(1);
    expect(shown.json()).toEqual({ ok: false, error: { code: 'NOT_FOUND_ERROR', message: expect.stringContaining('not found') } });
    const updated = await runCli(server.url, ['task', 'update', missingTaskId, '--title', 'x']);
    expect(updated.code).toBe(1);
    expect(updated.stderr).toMatch(/not found/);
    expect(updated.stderr).toContain('maestro task list');
  });

  it.each([
    ['a missing required option', ['task', 'create', '--title', 'x'], /--project/],
    ['a missing positional argument', ['task', 'show'], /ID/],
    ['an unknown option', ['task', 'list', '--stauts', 'DONE'], /Unknown option --stauts/],
    ['a malformed enum value', ['task', 'list', '--status', 'finished'], /--status must be one of TODO, IN_PROGRESS/],
    ['a malformed number', ['project', 'list', '--first', '1000'], /--first must be a whole number from 1 to 100/],
    ['an unquoted title', ['task', 'create', '--project', 'P', '--title', 'two', 'words'], /Unexpected argument "words"/],
    ['an update with no change', ['task', 'update', missingTaskId], /Nothing to update/],
    ['an unknown command', ['project', 'delete'], /Unknown command "delete"/],
    ['a group without its command', ['task'], /needs a command/],
  ])('should exit 2 on %s, without sending anything', async (_what, args, message) => {
    // An unreachable server proves nothing was sent: a request would have exited 3.
    const unreachable = `http://127.0.0.1:${await closedPort()}`;
    const human = await runCli(unreachable, args);
    expect(human.code).toBe(2);
    expect(human.stderr).toMatch(message);
    const json = await runCli(unreachable, [...args, '--json']);
    expect(json.code).toBe(2);
    expect(json.json()).toEqual({ ok: false, error: { code: 'USAGE_ERROR', message: expect.stringMatching(message) } });
  });

  it('should exit 3 with the "is it running" hint when the server is down', async () => {
    const down = `http://127.0.0.1:${await closedPort()}`;
    const human = await runCli(down, ['project', 'list']);
    expect(human.code).toBe(3);
    expect(human.stdout).toBe('');
    expect(human.stderr).toMatch(/Cannot reach the Maestro server at http:\/\/127\.0\.0\.1:\d+\/graphql/);
    expect(human.stderr).toContain('Is it running?');
    const json = await runCli(null, ['task', 'list', '--server', down, '--json']);
    expect(json.code).toBe(3);
    expect(json.json()).toEqual({ ok: false, error: { code: 'NETWORK', message: expect.stringContaining('Is it running?') } });
  });

  it('should use --server over MAESTRO_SERVER_URL', async () => {
    const down = `http://127.0.0.1:${await closedPort()}`;
    const result = await runCli(down, ['project', 'list', '--server', server.url, '--json']);
    expect(result.code).toBe(0);
    expect(result.json().ok).toBe(true);
  });
});

describe('maestro --help', () => {
  it('should document the commands, the environment and the exit codes at the root', async () => {
    const result = await runCli(null, ['--help']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    for (const group of ['project', 'task', 'events']) expect(result.stdout).toMatch(new RegExp(`^ +${group} +\\S`, 'm'));
    expect(result.stdout).toContain('MAESTRO_SERVER_URL');
    expect(result.stdout).toContain('MAESTRO_TOKEN');
    expect(result.stdout).toMatch(/EXIT CODES[\s\S]*0 +success[\s\S]*1 [\s\S]*VALIDATION_ERROR[\s\S]*2 +usage error[\s\S]*3 +the server could not be reached/);
    expect(result.stdout).not.toMatch(/\u001B\[/);
  });

  it.each(Object.keys(covered) as CommandName[])('should print a description and every option for `maestro %s --help`', async (name) => {
    const command = await commands[name]();
    const result = await runCli(null, [...name.split(' '), '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`maestro ${name}`);
    expect(result.stdout).toContain(String((command.meta as { description: string }).description));
    for (const [arg, def] of Object.entries(command.args as Record<string, { type: string }>)) {
      expect(result.stdout).toContain(def.type === 'positional' ? arg.toUpperCase() : `--${arg}`);
    }
    expect(result.stdout).toContain('Exit codes: 0 ok, 1 failed');
    if (!(name in WITHOUT_JSON)) expect(result.stdout).toMatch(/^ +--json +\S/m);
  });
});
