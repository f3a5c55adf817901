/**
 * A spawned session is configured so the worker/orchestrator protocol works under Claude Code's
 * `-p` mode: its settings.json allows exactly `Bash(maestro *)` (plus the permission mode the spawner
 * chose, never a broader grant of its own), the agent runs in the project's folder while the session
 * directory keeps manifest, settings, skills and bin, and the CLI takes project, task and session
 * from the session's environment so no command needs a `$VAR`.
 *
 * The server runs with --no-runner and a `maestro runner` process launches the fake agent, so the
 * first test can remove a working directory between spawn and launch.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bypassRefusal } from '../../src/agents/sandbox.ts';
import { execute, executeRaw } from '../helpers/graphql.ts';
import { startServer, stopAllServers, tempDir, type TestServer } from '../helpers/server.ts';
import { runCli } from '../cli/cli.ts';
import { graphql } from '../gql/index.ts';
import { agentFlags, killAgents, RnSpawn, RnStop, seed, startRunner, startsOf, stopAllRunners, storedEvents, waitForExited, waitForSession } from './helpers.ts';

const PrCreateProject = graphql(`
  mutation PrCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } ... on Error { message } }
  }
`);

const PrSessionCwd = graphql(`
  query PrSessionCwd($id: ID!) { session(id: $id) { id cwd spawn { sessionDir } } }
`);

let server: TestServer;
let logPath: string;
let gone: string;
let goneSessionId: string;

beforeAll(async () => {
  logPath = join(tempDir('maestro-agents-'), 'agents.log');
  server = await startServer({ args: ['--no-runner', ...agentFlags()] });
  // Spawned while no runner runs, its folder removed before one starts (the first test checks it).
  gone = tempDir('maestro-gone-');
  const spawned = await spawn({ projectId: await projectIn(gone), agent: 'fake' });
  if (spawned.__typename !== 'SpawnSessionPayload') throw new Error(JSON.stringify(spawned));
  goneSessionId = spawned.session.id;
  rmSync(gone, { recursive: true });
  startRunner(server, { FAKE_AGENT_LOG: logPath });
}, 120_000);
afterAll(async () => {
  killAgents(logPath);
  await stopAllRunners();
  await stopAllServers();
});

async function projectIn(workingDir: string) {
  const r = await execute(server, PrCreateProject, { input: { name: `In ${workingDir}`, workingDir } });
  if (r.data?.createProject.__typename !== 'CreateProjectPayload') throw new Error(JSON.stringify(r));
  return r.data.createProject.project.id;
}

/** spawnSession with any input (also invalid ones): its result union. */
async function spawn(input: Record<string, unknown>) {
  const r = await execute(server, RnSpawn, { input: input as never });
  return r.data!.spawnSession;
}

const settingsOf = (sessionDir: string) => JSON.parse(readFileSync(join(sessionDir, 'settings.json'), 'utf8'));

describe('where the agent runs', () => {
  it('should fail a session whose working directory vanished before launch, instead of running the agent elsewhere', async () => {
    const done = await waitForExited(server, goneSessionId, 'the launch to be refused');
    expect(done.status).toBe('FAILED');
    const exited = storedEvents(server, goneSessionId).find((e) => e.kind === 'SESSION_EXITED');
    expect(exited?.payload.reason).toContain(`the working directory ${gone} no longer exists`);
    expect(startsOf(logPath, goneSessionId)).toEqual([]);
  });

  it('should start the agent in the project\'s workingDir, with manifest, settings, skills and bin in the session directory', async () => {
    const workingDir = tempDir('maestro-project-');
    const projectId = await projectIn(workingDir);
    const spawned = await spawn({ projectId, agent: 'fake' });
    if (spawned.__typename !== 'SpawnSessionPayload') throw new Error(JSON.stringify(spawned));
    const done = await waitForExited(server, spawned.session.id, 'the agent to exit');
    expect(done.status).toBe('ENDED');

    const [start] = startsOf(logPath, spawned.session.id);
    expect(start.cwd).toBe(workingDir);
    const sessionDir = done.spawn!.sessionDir;
    expect(start.settings).toBe(join(sessionDir, 'settings.json'));
    for (const file of ['manifest.json', 'settings.json', 'claude-plugin/skills/maestro-worker/SKILL.md', 'bin/maestro']) expect(existsSync(join(sessionDir, file)), file).toBe(true);
    expect(existsSync(join(workingDir, 'manifest.json'))).toBe(false);
    const session = await execute(server, PrSessionCwd, { id: spawned.session.id });
    expect(session.data?.session?.cwd).toBe(workingDir);
  });

  it('should start the agent in the spawn\'s cwd when given, and refuse a relative or missing one', async () => {
    const projectId = await projectIn(tempDir('maestro-project-'));
    const elsewhere = tempDir('maestro-cwd-');
    const spawned = await spawn({ projectId, agent: 'fake', cwd: elsewhere });
    if (spawned.__typename !== 'SpawnSessionPayload') throw new Error(JSON.stringify(spawned));
    await waitForExited(server, spawned.session.id, 'the agent to exit');
    expect(startsOf(logPath, spawned.session.id)[0].cwd).toBe(elsewhere);

    const relative = await spawn({ projectId, agent: 'fake', cwd: 'some/dir' });
    expect(relative).toMatchObject({ __typename: 'ValidationError', message: expect.stringContaining('must be an absolute path') });
    const missing = await spawn({ projectId, agent: 'fake', cwd: join(elsewhere, 'nope') });
    expect(missing).toMatchObject({ __typename: 'ValidationError', message: expect.stringContaining('does not exist') });
  });

  it('should run a session of a project without workingDir in its session directory, and say so', async () => {
    const { projectId } = await seed(server, 'No folder');
    const spawned = await spawn({ projectId, agent: 'fake' });
    if (spawned.__typename !== 'SpawnSessionPayload') throw new Error(JSON.stringify(spawned));
    const done = await waitForExited(server, spawned.session.id, 'the agent to exit');
    const session = await execute(server, PrSessionCwd, { id: spawned.session.id });
    expect(session.data?.session?.cwd).toBe(done.spawn!.sessionDir);
    expect(startsOf(logPath, spawned.session.id)[0].cwd).toBe(done.spawn!.sessionDir);
  });
});

describe('what the agent may run', () => {
  it('should allow exactly Bash(maestro *) by default, and no permission mode', async () => {
    const { projectId, taskId } = await seed(server, 'Permissions');
    const spawned = await spawn({ projectId, taskIds: [taskId], agent: 'fake-subtasks' });
    if (spawned.__typename !== 'SpawnSessionPayload') throw new Error(JSON.stringify(spawned));
    const done = await waitForExited(server, spawned.session.id, 'the agent to exit');
    expect(done.status).toBe('ENDED');
    const settings = settingsOf(done.spawn!.sessionDir);
    expect(settings.permissions).toEqual({ allow: ['Bash(maestro *)'] });
    expect(Object.keys(settings.hooks).length).toBeGreaterThan(5);
  });

  it('should write the chosen permissionMode into settings.json as permissions.defaultMode', async () => {
    const { projectId } = await seed(server, 'Modes');
    const spawned = await spawn({ projectId, agent: 'fake', permissionMode: 'acceptEdits' });
    if (spawned.__typename !== 'SpawnSessionPayload') throw new Error(JSON.stringify(spawned));
    const done = await waitForExited(server, spawned.session.id, 'the agent to exit');
    expect(settingsOf(done.spawn!.sessionDir).permissions).toEqual({ allow: ['Bash(maestro *)'], defaultMode: 'acceptEdits' });
    // The mode never reaches a command line.
    expect(startsOf(logPath, spawned.session.id)[0].argv.join(' ')).not.toContain('acceptEdits');
  });

  it('should refuse a permission mode Claude Code does not have, listing the ones it has', async () => {
    const { projectId } = await seed(server, 'Bad mode');
    const bad = await spawn({ projectId, agent: 'fake', permissionMode: 'yolo' });
    expect(bad).toMatchObject({ __typename: 'ValidationError', message: expect.stringContaining('default, acceptEdits, plan, bypassPermissions') });
  });

  it('should refuse bypassPermissions as root unless IS_SANDBOX=1 (Claude Code would refuse to start)', () => {
    expect(bypassRefusal({}, 0)).toMatch(/IS_SANDBOX=1/);
    expect(bypassRefusal({ IS_SANDBOX: '1' }, 0)).toBeNull();
    expect(bypassRefusal({}, 1000)).toBeNull();
  });

  it('should give a child its parent\'s permission mode and refuse a session widening it', async () => {
    const { projectId, taskId } = await seed(server, 'Children');
    const parent = await spawn({ projectId, taskIds: [taskId], agent: 'fake-hang', role: 'ORCHESTRATOR', permissionMode: 'plan' });
    if (parent.__typename !== 'SpawnSessionPayload') throw new Error(JSON.stringify(parent));
    const asParent = { authorization: `Bearer ${parent.token}` };
    const query = 'mutation($input: SpawnSessionInput!) { spawnSession(input: $input) { __typename ... on SpawnSessionPayload { manifestPath session { id } } ... on Error { message } } }';

    const wider = await executeRaw(server, query, { input: { projectId, taskIds: [taskId], agent: 'fake', permissionMode: 'acceptEdits' } }, asParent);
    expect(wider.body.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('own permission mode (plan)') });
    const child = await executeRaw(server, query, { input: { projectId, taskIds: [taskId], agent: 'fake-hang' } }, asParent);
    expect(child.body.data?.spawnSession.__typename).toBe('SpawnSessionPayload');
    expect(JSON.parse(readFileSync(child.body.data.spawnSession.manifestPath, 'utf8')).permissionMode).toBe('plan');

    for (const id of [parent.session.id, child.body.data.spawnSession.session.id]) {
      await waitForSession(server, id, (s) => s.spawn?.state === 'RUNNING', 'the agent to run');
      await execute(server, RnStop, { input: { id, graceMs: 100 } });
      await waitForExited(server, id, 'the agent to stop');
    }
  });
});

describe('maestro session spawn --permission-mode', () => {
  it('should hand Claude Code\'s mode to the session\'s manifest, and refuse another word with a usage error (exit 2)', async () => {
    const { projectId } = await seed(server, 'CLI mode');
    const ok = await runCli(server.url, ['session', 'spawn', '--project', projectId, '--agent', 'fake', '--permission-mode', 'plan', '--json']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(readFileSync(ok.json().data.manifestPath, 'utf8')).permissionMode).toBe('plan');
    await waitForExited(server, ok.json().data.session.id, 'the agent to exit');

    const bad = await runCli(server.url, ['session', 'spawn', '--project', projectId, '--agent', 'fake', '--permission-mode', 'yolo', '--json']);
    expect(bad.code).toBe(2);
    expect(bad.json().error.message).toContain('--permission-mode must be one of default, acceptEdits, plan, bypassPermissions');
  });
});

describe('the CLI inside a session', () => {
  it('should take project, task and session from the session environment, so the skills need no $VAR', async () => {
    const { projectId, taskId } = await seed(server, 'Defaults');
    const spawned = await spawn({ projectId, taskIds: [taskId], agent: 'fake-hang' });
    if (spawned.__typename !== 'SpawnSessionPayload') throw new Error(JSON.stringify(spawned));
    const env = { MAESTRO_PROJECT_ID: projectId, MAESTRO_TASK_IDS: taskId, MAESTRO_SESSION_ID: spawned.session.id };
    const cli = (...args: string[]) => runCli(server.url, [...args, '--json'], env);

    expect((await cli('task', 'show')).json().data).toMatchObject({ id: taskId });
    expect((await cli('project', 'show')).json().data).toMatchObject({ id: projectId });
    expect((await cli('session', 'show')).json().data).toMatchObject({ id: spawned.session.id, project: { id: projectId } });
    const created = (await cli('task', 'create', '--title', 'Follow-up')).json().data;
    expect(created).toMatchObject({ title: 'Follow-up', project: { id: projectId } });
    expect((await cli('task', 'update', '--status', 'IN_PROGRESS')).json().data).toMatchObject({ id: taskId, status: 'IN_PROGRESS' });
    const listed = (await cli('task', 'list')).json().data.tasks.map((t: { id: string }) => t.id);
    expect(listed.sort()).toEqual([taskId, created.id].sort());

    // Outside a session nothing is assumed: a missing ID is a usage error that says where it would come from.
    const outside = await runCli(server.url, ['task', 'create', '--title', 'x', '--json']);
    expect(outside.code).toBe(2);
    expect(outside.json().error.message).toContain("Give the project's ID");

    await execute(server, RnStop, { input: { id: spawned.session.id, graceMs: 100 } });
    await waitForExited(server, spawned.session.id, 'the agent to stop');
  });
});
