/**
 * Exactly-once launches with `maestro runner` processes against a server started with --no-runner:
 * a request made while no runner runs, two runners racing, and a runner killed with SIGKILL between
 * its launch record and exec, and between exec and its report; and a request whose manifest predates
 * agent profiles (a client-given command line) is ended, never executed.
 */
import { appendFileSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execute } from '../helpers/graphql.ts';
import { startServer, stopAllServers, tempDir, type TestServer } from '../helpers/server.ts';
import { agentFlags, killAgents, RnStop, seed, sessionInfo, spawnOne, startRunner, startsOf, stopAllRunners, storedEvents, waitForExited, waitForSession } from './helpers.ts';

let server: TestServer;
let logPath: string;
beforeEach(async () => {
  logPath = join(tempDir('maestro-agents-'), 'agents.log');
  server = await startServer({ args: ['--no-runner', ...agentFlags()] });
});
afterEach(async () => {
  await stopAllRunners();
  killAgents(logPath);
});
afterAll(() => stopAllServers());

/** The process no longer runs (an orphan whose runner was killed may stay a zombie until it is reaped). */
const gone = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
};

const claims = (id: string) => storedEvents(server, id).filter((e) => e.kind === 'SPAWN_CLAIMED');

describe('runner claims', () => {
  it('should launch a request made while no runner was running exactly once when a runner starts', async () => {
    const { projectId, taskId } = await seed(server);
    const { session } = await spawnOne(server, { projectId, taskIds: [taskId], agent: 'fake' });
    await new Promise((r) => setTimeout(r, 700));
    expect((await sessionInfo(server, session.id)).spawn).toMatchObject({ state: 'REQUESTED', attempts: 0 });
    expect(startsOf(logPath, session.id)).toEqual([]);

    startRunner(server, { FAKE_AGENT_LOG: logPath });
    const done = await waitForExited(server, session.id, 'the agent to run and exit');
    expect(done.status).toBe('ENDED');
    expect(done.spawn!.attempts).toBe(1);
    expect(startsOf(logPath, session.id)).toHaveLength(1);
    expect(claims(session.id)).toHaveLength(1);
  });

  it('should launch each request exactly once with two runners racing for them', async () => {
    const { projectId, taskId } = await seed(server);
    // A lease long enough that no takeover happens on a loaded machine: this test is about the race to claim.
    const a = startRunner(server, { FAKE_AGENT_LOG: logPath, LEASE_MS: '20000' });
    const b = startRunner(server, { FAKE_AGENT_LOG: logPath, LEASE_MS: '20000' });
    await Promise.all([a.waitFor('maestro runner'), b.waitFor('maestro runner')]);
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) ids.push((await spawnOne(server, { projectId, taskIds: [taskId], agent: 'fake' })).session.id);
    for (const id of ids) {
      const done = await waitForExited(server, id, `session ${id} to exit`);
      expect(startsOf(logPath, id)).toHaveLength(1);
      expect(claims(id)).toHaveLength(1);
      expect(done.status).toBe('ENDED');
      expect(done.spawn!.attempts).toBe(1);
    }
  });

  it('should launch once, not lose the request, when the runner is killed with SIGKILL after its launch record and before exec', async () => {
    const { projectId, taskId } = await seed(server);
    const first = startRunner(server, { FAKE_AGENT_LOG: logPath, MAESTRO_RUNNER_PAUSE_AT: 'after-record:60000' });
    const { session } = await spawnOne(server, { projectId, taskIds: [taskId], agent: 'fake' });
    await first.waitFor('paused after-record');
    expect((await sessionInfo(server, session.id)).spawn).toMatchObject({ state: 'LAUNCHING', attempts: 1 });
    await first.kill('SIGKILL');
    expect(startsOf(logPath, session.id)).toEqual([]);

    startRunner(server, { FAKE_AGENT_LOG: logPath });
    const done = await waitForExited(server, session.id, 'the takeover to launch the agent');
    expect(done.status).toBe('ENDED');
    expect(done.spawn!.attempts).toBe(2);
    expect(startsOf(logPath, session.id)).toHaveLength(1);
    expect(claims(session.id).map((e) => [e.payload.takeover, e.payload.previousState])).toEqual([
      [false, 'REQUESTED'],
      [true, 'LAUNCHING'],
    ]);
  });

  it('should adopt the running agent instead of starting it again when the runner is killed with SIGKILL after exec', async () => {
    const { projectId, taskId } = await seed(server);
    const first = startRunner(server, { FAKE_AGENT_LOG: logPath, MAESTRO_RUNNER_PAUSE_AT: 'after-exec:60000' });
    const { session } = await spawnOne(server, { projectId, taskIds: [taskId], agent: 'fake-hang' });
    await first.waitFor('paused after-exec');
    await waitForSession(server, session.id, (s) => s.status === 'IDLE' && startsOf(logPath, session.id).length === 1, 'the agent to start and finish its turn');
    await first.kill('SIGKILL');

    startRunner(server, { FAKE_AGENT_LOG: logPath });
    const adopted = await waitForSession(server, session.id, (s) => s.spawn?.state === 'RUNNING', 'the new runner to adopt the agent');
    const launched = storedEvents(server, session.id).filter((e) => e.kind === 'SESSION_LAUNCHED');
    expect(launched.map((e) => e.payload.adopted)).toEqual([true]);
    expect(adopted.spawn!.attempts).toBe(1);
    // The launched process is the group leader: the agent itself, or the /bin/sh running a command-line profile.
    const [start] = startsOf(logPath, session.id);
    const pid = start.pid as number;
    expect(adopted.spawn!.pid).toBe(start.pgid);

    // The adopted process is still supervised: stopSession reaches it.
    const r = await execute(server, RnStop, { input: { id: session.id, graceMs: 1000 } });
    expect(r.data?.stopSession.__typename).toBe('StopSessionPayload');
    const done = await waitForExited(server, session.id, 'the adopted agent to stop');
    expect(done.status).toBe('ENDED');
    expect(gone(pid)).toBe(true);
    expect(startsOf(logPath, session.id)).toHaveLength(1);
  });

  it('should end a request whose manifest predates agent profiles FAILED, without running its command line', async () => {
    const { projectId, taskId } = await seed(server);
    const { session, manifestPath } = await spawnOne(server, { projectId, taskIds: [taskId], agent: 'fake' });
    // A version-1 manifest: `agent` was the command line the client sent.
    const trap = join(tempDir('maestro-trap-'), 'ran');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: 1, agent: `touch ${trap}` }));
    startRunner(server, { FAKE_AGENT_LOG: logPath });
    const done = await waitForExited(server, session.id, 'the runner to end the old request');
    expect(done.status).toBe('FAILED');
    expect(done.spawn!.pid).toBeNull();
    const exited = storedEvents(server, session.id).find((e) => e.kind === 'SESSION_EXITED');
    expect(exited!.payload.reason).toBe('the manifest names no agent profile (it predates agent profiles): spawn the session again');
    expect(existsSync(trap)).toBe(false);
    expect(startsOf(logPath, session.id)).toEqual([]);
  });

  it('should end a request FAILED, without launching, when a pinned skill changed since the spawn', async () => {
    const { projectId, taskId } = await seed(server);
    const { session, manifestPath, skills } = await spawnOne(server, { projectId, taskIds: [taskId], agent: 'fake' });
    expect(skills.length).toBeGreaterThan(0);
    // The first pinned skill's files, edited after the spawn pinned their hash.
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const edited = join(tempDir('maestro-skill-'), manifest.skills[0].name);
    cpSync(manifest.skills[0].source, edited, { recursive: true });
    appendFileSync(join(edited, 'SKILL.md'), '\nA line added after the spawn.\n');
    manifest.skills[0].source = edited;
    writeFileSync(manifestPath, JSON.stringify(manifest));
    startRunner(server, { FAKE_AGENT_LOG: logPath });
    const done = await waitForExited(server, session.id, 'the runner to refuse the changed skill');
    expect(done.status).toBe('FAILED');
    expect(done.spawn!.pid).toBeNull();
    const exited = storedEvents(server, session.id).find((e) => e.kind === 'SESSION_EXITED');
    expect(exited!.payload.reason).toMatch(new RegExp(`^could not prepare the session: skill ${manifest.skills[0].name} \\S+ changed since the session was spawned \\(content hash ${skills.find((s) => s.name === manifest.skills[0].name)!.contentHash.slice(0, 12)} pinned`));
    expect(startsOf(logPath, session.id)).toEqual([]);
  });
});
