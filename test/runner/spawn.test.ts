/**
 * spawnSession → the in-server runner → the fake agent, end to end over real HTTP, hooks and CLI:
 * the environment contract, the installed skills, the hooks configuration, subtasks through the
 * CLI, exit codes and output tails, the ordered story in the log, and stopSession.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, stopAllServers, tempDir, type TestServer } from '../helpers/server.ts';
import { execute } from '../helpers/graphql.ts';
import { agentFlags, agentLog, killAgents, RnStop, seed, spawnOne, startsOf, storedEvents, waitForExited, waitForSession } from './helpers.ts';
import { SHELL_HOOK_COMMAND } from '../../src/client/spool.ts';

let server: TestServer;
let logPath: string;
beforeAll(async () => {
  logPath = join(tempDir('maestro-agents-'), 'agents.log');
  server = await startServer({ args: agentFlags(), env: { FAKE_AGENT_LOG: logPath } });
});
afterAll(async () => {
  killAgents(logPath);
  await stopAllServers();
});

describe('spawnSession with the in-server runner', () => {
  it('should launch the fake agent with the env contract and worker skills, take its hooks to WORKING, let it add and complete subtasks through the CLI, and end ENDED on exit 0', async () => {
    const { projectId, taskId } = await seed(server);
    const spawned = await spawnOne(server, { projectId, taskIds: [taskId], agent: 'fake-subtasks' });
    const id = spawned.session.id;
    expect(spawned.session.status).toBe('STARTING');
    expect(spawned.token).toMatch(/^mst_/);
    expect(spawned.skills.map((s) => s.name).sort()).toEqual(['maestro-cli', 'maestro-worker']);

    const done = await waitForExited(server, id, 'the agent to exit');
    expect(done.status).toBe('ENDED');
    expect(done.spawn).toMatchObject({ exitCode: 0, exitSignal: null, attempts: 1 });
    expect(done.spawn!.outputTail).toContain('fake-agent: exiting with 0');
    expect(done.skills.map((s) => [s.name, s.scope])).toEqual(expect.arrayContaining([['maestro-worker', 'BUNDLED'], ['maestro-cli', 'BUNDLED']]));
    expect(done.skills.every((s) => /^[0-9a-f]{64}$/.test(s.contentHash))).toBe(true);

    // The agent's side: the env contract, the skills it found, maestro on PATH.
    const [start, ...more] = startsOf(logPath, id);
    expect(more).toEqual([]);
    expect(start.env).toEqual({
      MAESTRO_SESSION_ID: id,
      MAESTRO_TASK_IDS: taskId,
      MAESTRO_PROJECT_ID: projectId,
      MAESTRO_SERVER_URL: server.url,
      MAESTRO_MANIFEST_PATH: spawned.manifestPath,
      MAESTRO_TOKEN: spawned.token,
      MAESTRO_ROLE: 'worker',
    });
    expect(start.skills.map((s: { name: string }) => s.name).sort()).toEqual(['maestro-cli', 'maestro-worker']);
    expect(start.pathHasMaestro).toBe(true);

    // The manifest: tasks with acceptance criteria, role, skills with versions and hashes, server URL.
    const manifest = JSON.parse(readFileSync(spawned.manifestPath, 'utf8'));
    expect(manifest).toMatchObject({ sessionId: id, role: 'worker', serverUrl: server.url });
    expect(manifest.tasks[0]).toMatchObject({ id: taskId, acceptanceCriteria: ['5 attempts per minute per IP', 'covered by tests'] });
    expect(manifest.skills.map((s: any) => `${s.name}@${s.version}:${s.contentHash}`).sort()).toEqual(spawned.skills.map((s) => `${s.name}@${s.version}:${s.contentHash}`).sort());

    // The hooks configuration: every event runs the shell hook that spools for this host's runner.
    const settings = JSON.parse(readFileSync(join(done.spawn!.sessionDir, 'settings.json'), 'utf8'));
    for (const event of ['PreToolUse', 'SessionStart', 'StopFailure']) {
      expect(settings.hooks[event][0].hooks, event).toEqual([{ type: 'command', command: SHELL_HOOK_COMMAND, timeout: 10 }]);
    }
    expect(settings.hooks.WorktreeCreate).toBeUndefined();
    // The session's model changes only through these (SessionStart at startup names none).
    expect([settings.hooks.PreModelSwitch?.[0].hooks[0].type, settings.hooks.PostModelSwitch?.[0].hooks[0].type]).toEqual(['command', 'command']);
    expect(existsSync(join(done.spawn!.sessionDir, 'claude-plugin', 'skills', 'maestro-worker', 'SKILL.md'))).toBe(true);

    // The clear token lives only in the agent's environment and the 0600 token file, which the runner
    // removes once the agent has exited (the manifest and the settings never carry it).
    expect(readFileSync(spawned.manifestPath, 'utf8')).not.toContain(spawned.token!);
    expect(readFileSync(join(done.spawn!.sessionDir, 'settings.json'), 'utf8')).not.toContain(spawned.token!);
    const tokenFile = join(done.spawn!.sessionDir, 'token');
    for (const deadline = Date.now() + 15_000; existsSync(tokenFile) && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(tokenFile)).toBe(false);

    // The subtask commands succeeded and the subtasks are done.
    const commands = agentLog(logPath).filter((e) => e.sessionId === id && e.event === 'command');
    expect(commands.map((c) => [c.command.split(' ').slice(0, 3).join(' '), c.code])).toEqual([
      ['maestro subtask add', 0],
      ['maestro subtask done', 0],
      ['maestro subtask done', 0],
    ]);

    // The whole story, in log order. The hooks reach the log through the runner's relay of the
    // spool, the subtask commands straight from the CLI: a command's PreToolUse may be stored after
    // the change it announced (the relay is asynchronous, and a fast CLI can commit first), its
    // PostToolUse never (written only once the command has ended). So: the story without the
    // PreToolUse hooks in order, and every hook in order.
    const story = storedEvents(server, id, taskId).map((e) =>
      e.kind === 'HOOK_RECEIVED' ? `HOOK ${e.hookEvent}` : e.kind === 'SESSION_STATUS_CHANGED' ? `STATUS ${e.payload.to}` : e.kind,
    );
    const expected = [
      'SESSION_CREATED',
      'SPAWN_REQUESTED',
      'SPAWN_CLAIMED',
      'SESSION_LAUNCHED',
      'HOOK SessionStart',
      'STATUS IDLE',
      'HOOK UserPromptSubmit',
      'STATUS WORKING',
      'HOOK PreToolUse',
      'SUBTASK_CREATED',
      'SUBTASK_CREATED',
      'HOOK PostToolUse',
      'HOOK PreToolUse',
      'SUBTASK_COMPLETED',
      'HOOK PostToolUse',
      'HOOK PreToolUse',
      'SUBTASK_COMPLETED',
      'HOOK PostToolUse',
      'HOOK Stop',
      'STATUS IDLE',
      'HOOK SessionEnd',
      'STATUS ENDED',
      'SESSION_EXITED',
    ];
    const notPre = (s: string) => s !== 'HOOK PreToolUse';
    expect(story.filter(notPre)).toEqual(expected.filter(notPre));
    const hook = (s: string) => s.startsWith('HOOK ');
    expect(story.filter(hook)).toEqual(expected.filter(hook));
  });

  it('should record FAILED with the exit code and the tail of the output when the agent exits non-zero', async () => {
    const { projectId, taskId } = await seed(server);
    const { session } = await spawnOne(server, { projectId, taskIds: [taskId], agent: 'fake-fail' });
    const done = await waitForExited(server, session.id, 'the agent to exit');
    expect(done.status).toBe('FAILED');
    expect(done.spawn).toMatchObject({ exitCode: 3, exitSignal: null });
    expect(done.spawn!.outputTail).toContain('fake-agent: exiting with 3');
    const change = storedEvents(server, session.id).filter((e) => e.kind === 'SESSION_STATUS_CHANGED').at(-1)!;
    expect(change.payload).toMatchObject({ to: 'FAILED', reason: 'process ended: exit code 3' });
  });

  it('should record FAILED with exit code 127 when the agent command does not exist', async () => {
    const { projectId } = await seed(server);
    const { session } = await spawnOne(server, { projectId, agent: 'missing' });
    const done = await waitForExited(server, session.id, 'the launch to fail');
    expect(done.status).toBe('FAILED');
    expect(done.spawn!.exitCode).toBe(127);
    expect(done.spawn!.outputTail).toContain('definitely-not-an-agent-command');
  });

  it('should stop a running agent with SIGTERM on stopSession, and SIGKILL it after the grace period when it ignores SIGTERM', async () => {
    const { projectId, taskId } = await seed(server);
    const polite = await spawnOne(server, { projectId, taskIds: [taskId], agent: 'fake-hang' });
    const stubborn = await spawnOne(server, { projectId, taskIds: [taskId], agent: 'fake-stubborn' });
    for (const s of [polite, stubborn]) {
      await waitForSession(server, s.session.id, (x) => x.spawn?.state === 'RUNNING' && x.status === 'IDLE', 'the agent to run and finish its turn');
    }
    const pids = [polite, stubborn].map((s) => startsOf(logPath, s.session.id)[0].pid as number);

    const t0 = Date.now();
    for (const s of [polite, stubborn]) {
      const r = await execute(server, RnStop, { input: { id: s.session.id, graceMs: 1000 } });
      expect(r.data?.stopSession.__typename).toBe('StopSessionPayload');
    }
    const a = await waitForExited(server, polite.session.id, 'the polite agent to exit');
    const b = await waitForExited(server, stubborn.session.id, 'the stubborn agent to be killed');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1000);
    expect(a.status).toBe('ENDED');
    expect(a.spawn).toMatchObject({ exitCode: 143 });
    expect(b.status).toBe('ENDED');
    expect(b.spawn).toMatchObject({ exitCode: null, exitSignal: 'SIGKILL' });
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();
    const kinds = storedEvents(server, stubborn.session.id).map((e) => e.kind);
    expect(kinds.indexOf('SESSION_STOP_REQUESTED')).toBeGreaterThan(kinds.indexOf('SESSION_LAUNCHED'));
    expect(kinds.at(-2)).toBe('SESSION_EXITED');
    expect(storedEvents(server, stubborn.session.id).at(-1)!.payload).toMatchObject({ to: 'ENDED', reason: 'stopped by stopSession (signal SIGKILL)' });
    expect(agentLog(logPath).filter((e) => e.sessionId === stubborn.session.id && e.event === 'signal')).toEqual([expect.objectContaining({ signal: 'SIGTERM', ignored: true })]);
  });
});
