/**
 * Runners on other machines (issue 18): `maestro runner` processes with their own host ids and data
 * directories, talking to the server only through the API, and the fencing rule on takeovers.
 *
 *   - three runners with different host ids and separate data directories compete for 30 spawns:
 *     each is launched exactly once, from the session directory its runner wrote under its own data
 *     directory, and its hook events reach the server (relayed from that runner's spool);
 *   - a runner frozen (SIGSTOP) past its lease on host A is not relaunched over by host B while host A
 *     reports (heartbeats, past the host-dead timeout too); after `maestro runner declare-dead A`, B
 *     takes it over and launches it again; A, thawed, stops its own agent;
 *   - a host silent past the host-dead timeout is taken over without a declaration;
 *   - the new inputs refuse session tokens, unknown and malformed host ids.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, type Config } from '../../src/config.ts';
import { runCli } from '../cli/cli.ts';
import { executeRaw } from '../helpers/graphql.ts';
import { startServer, stopAllServers, tempDir, type TestServer } from '../helpers/server.ts';
import { agentFlags, killAgents, seed, sessionInfo, spawnOne, startRunner, startsOf, stopAllRunners, storedEvents, waitForExited, waitForSession, type RunnerProc } from './helpers.ts';

/** The host-dead timeout of the test server: short enough to wait past it, long next to the 1.5 s lease. */
const HOST_DEAD_MS = 4000;

let server: TestServer;
let logPath: string;
beforeAll(async () => {
  logPath = join(tempDir('maestro-agents-'), 'agents.log');
  server = await startServer({ args: ['--no-runner', '--runner-host-dead-ms', String(HOST_DEAD_MS), ...agentFlags()] });
});
afterEach(async () => {
  await stopAllRunners();
  killAgents(logPath);
});
afterAll(() => stopAllServers());

/** `maestro runner` on its own host: its own data directory and host id. */
function runnerOn(hostId: string, env: Record<string, string> = {}): RunnerProc & { dataDir: string } {
  const dataDir = tempDir(`maestro-runner-${hostId}-`);
  return Object.assign(startRunner(server, { FAKE_AGENT_LOG: logPath, MAESTRO_DATA_DIR: dataDir, MAESTRO_RUNNER_HOST_ID: hostId, ...env }), { dataDir });
}

const gql = (query: string, variables?: unknown, token?: string) => executeRaw(server, query, variables, token ? { authorization: `Bearer ${token}` } : {});

const RENEW = 'mutation($input: RunnerRenewLeasesInput!) { runnerRenewLeases(input: $input) { __typename ... on ValidationError { message fields { path } } } }';
/** A heartbeat of `hostId` alone, as an idle runner of that host sends it. */
const heartbeat = (hostId: string) => gql(RENEW, { input: { runnerId: `${hostId}:heartbeat`, hostId, sessionIds: [], leaseMs: 1500 } });

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

async function until(what: string, predicate: () => boolean | Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('runners on other hosts', () => {
  it('should launch each of 30 spawns exactly once with three runners of different hosts and data directories competing', async () => {
    const { projectId, taskId } = await seed(server, 'Three hosts');
    // A lease long enough that no takeover happens on a loaded machine: this test is about the race to claim.
    const runners = new Map(['host-1', 'host-2', 'host-3'].map((h) => [h, runnerOn(h, { LEASE_MS: '20000' })]));
    await Promise.all([...runners.values()].map((r) => r.waitFor('maestro runner')));
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push((await spawnOne(server, { projectId, taskIds: [taskId], agent: 'fake' })).session.id);
    const hosts = new Set<string>();
    for (const id of ids) {
      const done = await waitForExited(server, id, `session ${id} to exit`, (s) => s.status === 'ENDED', 60_000);
      expect(done.spawn!.attempts).toBe(1);
      const starts = startsOf(logPath, id);
      expect(starts).toHaveLength(1);
      const claims = storedEvents(server, id).filter((e) => e.kind === 'SPAWN_CLAIMED');
      expect(claims).toHaveLength(1);
      const runner = runners.get(claims[0].payload.hostId);
      expect(runner, `claimed by ${claims[0].payload.hostId}`).toBeDefined();
      hosts.add(claims[0].payload.hostId);
      // The agent ran from the session directory its runner wrote under its own data directory, not the server's.
      expect(starts[0].env.MAESTRO_MANIFEST_PATH.startsWith(join(runner!.dataDir, 'sessions'))).toBe(true);
      expect(starts[0].env.MAESTRO_MANIFEST_PATH.startsWith(server.dataDir)).toBe(false);
      // Its hook events went through that runner's spool and the API.
      expect(storedEvents(server, id).filter((e) => e.kind === 'HOOK_RECEIVED').length).toBeGreaterThan(0);
      // The ended session's clear token is left on neither disk (the server drops its copy when the exit is recorded).
      expect(existsSync(join(done.spawn!.sessionDir, 'token'))).toBe(false);
      await until(`the runner to remove its copy of ${id}'s token`, () => !existsSync(join(starts[0].env.MAESTRO_MANIFEST_PATH, '..', 'token')));
    }
    expect([...hosts].every((h) => ['host-1', 'host-2', 'host-3'].includes(h))).toBe(true);
  }, 240_000);

  it('should not relaunch a frozen runner\'s agent from another host while its host reports, and should after declare-dead', async () => {
    const { projectId, taskId } = await seed(server, 'Fencing');
    const a = runnerOn('host-a');
    const { session } = await spawnOne(server, { projectId, taskIds: [taskId], agent: 'fake-hang' });
    await waitForSession(server, session.id, (s) => s.spawn?.state === 'RUNNING' && startsOf(logPath, session.id).length === 1, 'host A to launch the agent');
    const held = (await sessionInfo(server, session.id)).spawn!.runnerId;
    const [first] = startsOf(logPath, session.id);

    a.proc.kill('SIGSTOP');
    // Host A stays alive: its heartbeats go on (as another idle runner of host A would send them).
    let beating = true;
    let beats = 0;
    const beater = (async () => {
      while (beating) {
        expect((await heartbeat('host-a')).body.data.runnerRenewLeases.__typename).toBe('RunnerRenewLeasesPayload');
        beats++;
        await new Promise((r) => setTimeout(r, 250));
      }
    })();
    try {
      const b = runnerOn('host-b');
      await b.waitFor('not taking over: its agent may still be alive on host host-a');
      // Past the host-dead timeout too (counted in heartbeats of 250 ms): A reports, so B keeps off.
      const from = beats;
      await until('heartbeats past the host-dead timeout', () => beats - from > (2 * HOST_DEAD_MS) / 250, 60_000);
      const info = await sessionInfo(server, session.id);
      expect(info.spawn).toMatchObject({ state: 'RUNNING', runnerId: held, attempts: 1 });
      expect(startsOf(logPath, session.id)).toHaveLength(1);

      const hosts = await runCli(server.url, ['runner', 'hosts', '--json']);
      expect(hosts.code).toBe(0);
      expect(hosts.json().data.runnerHosts).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ id: 'host-a', status: 'ALIVE', launched: 1 }),
          expect.objectContaining({ id: 'host-b', status: 'ALIVE', launched: 0 }),
        ]),
      );

      // The operator's word: host A is gone. Its heartbeats stop (a heartbeat after the declaration would make it alive again).
      beating = false;
      await beater;
      const declared = await runCli(server.url, ['runner', 'declare-dead', 'host-a', '--json']);
      expect(declared.code).toBe(0);
      expect(declared.json().data).toMatchObject({ id: 'host-a', status: 'DECLARED_DEAD', launched: 1 });

      await waitForSession(server, session.id, (s) => s.spawn?.state === 'RUNNING' && s.spawn.runnerId !== held && startsOf(logPath, session.id).length === 2, 'host B to take over and launch again');
      const second = startsOf(logPath, session.id)[1];
      expect((await gql('query($id: ID!) { session(id: $id) { spawn { runnerHost } } }', { id: session.id })).body.data.session.spawn.runnerHost).toBe('host-b');
      expect(second.env.MAESTRO_MANIFEST_PATH.startsWith(join(b.dataDir, 'sessions'))).toBe(true);
      const claims = storedEvents(server, session.id).filter((e) => e.kind === 'SPAWN_CLAIMED');
      expect(claims.map((e) => [e.payload.hostId, e.payload.previousState, e.payload.previousHost])).toEqual([
        ['host-a', 'REQUESTED', null],
        ['host-b', 'RUNNING', 'host-a'],
      ]);

      // A thaws, finds its request held by host B and stops its own agent: one agent runs, B's.
      a.proc.kill('SIGCONT');
      await a.waitFor('another host took this request over: stopping our agent');
      await until('host A\'s agent to be stopped', () => gone(first.pid));
      expect(gone(second.pid)).toBe(false);
      expect((await sessionInfo(server, session.id)).spawn).toMatchObject({ state: 'RUNNING', attempts: 2 });
    } finally {
      beating = false;
      await beater;
      a.proc.kill('SIGCONT');
    }
  }, 180_000);

  it('should take over from a host silent past the host-dead timeout without a declaration', async () => {
    const { projectId, taskId } = await seed(server, 'Silent host');
    const a = runnerOn('host-silent');
    const { session } = await spawnOne(server, { projectId, taskIds: [taskId], agent: 'fake-hang' });
    await waitForSession(server, session.id, (s) => s.spawn?.state === 'RUNNING' && startsOf(logPath, session.id).length === 1, 'the agent to run on the silent host');
    a.proc.kill('SIGSTOP');
    try {
      const b = runnerOn('host-taker');
      await waitForSession(server, session.id, (s) => startsOf(logPath, session.id).length === 2 && s.spawn?.state === 'RUNNING', 'the takeover after the host-dead timeout', 60_000);
      const claims = storedEvents(server, session.id).filter((e) => e.kind === 'SPAWN_CLAIMED');
      expect(claims.map((e) => e.payload.hostId)).toEqual(['host-silent', 'host-taker']);
      // Taken over only once host-silent had been silent for the timeout: its last report was its last renewal.
      const hosts = (await gql('{ runnerHosts { id status lastSeenAt } }')).body.data.runnerHosts as { id: string; status: string; lastSeenAt: string }[];
      const silent = hosts.find((h) => h.id === 'host-silent')!;
      expect(silent.status).toBe('SILENT');
      const takeoverAt = Date.parse(claims[1].payload.leaseUntil) - 1500;
      expect(takeoverAt - Date.parse(silent.lastSeenAt)).toBeGreaterThan(HOST_DEAD_MS);
      expect(b.output()).toContain('taking over from a dead host: launching again');
    } finally {
      a.proc.kill('SIGCONT');
    }
  }, 120_000);
});

describe('runner host inputs', () => {
  it('should refuse runnerHosts, runnerDeclareHostDead and claims to a session token', async () => {
    const { projectId, taskId } = await seed(server, 'Tokens');
    const { token, session } = await spawnOne(server, { projectId, taskIds: [taskId], agent: 'fake' });
    const hosts = await gql('{ runnerHosts { id } }', undefined, token!);
    expect(hosts.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const declare = await gql('mutation($input: RunnerDeclareHostDeadInput!) { runnerDeclareHostDead(input: $input) { __typename } }', { input: { hostId: 'host-x' } }, token!);
    expect(declare.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const claim = await gql(
      'mutation($input: RunnerClaimSpawnInput!) { runnerClaimSpawn(input: $input) { __typename ... on RunnerClaimSpawnPayload { claimed token manifest } } }',
      { input: { sessionId: session.id, runnerId: 'rogue', hostId: 'rogue-host', leaseMs: 5000 } },
      token!,
    );
    expect(claim.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(claim.body)).not.toContain('mst_');
    expect((await sessionInfo(server, session.id)).spawn!.state).toBe('REQUESTED');
  });

  it('should answer declare-dead of a host that never reported with a NotFoundError saying how to list hosts', async () => {
    const r = await runCli(server.url, ['runner', 'declare-dead', 'never-reported', '--json']);
    expect(r.code).toBe(1);
    expect(r.json().error).toEqual({ code: 'NOT_FOUND_ERROR', message: 'No runner of host never-reported ever reported to this server: list the known hosts with `maestro runner hosts`' });
  });

  it('should refuse oversized and malformed host ids with a ValidationError on input.hostId', async () => {
    const long = 'h'.repeat(101);
    for (const hostId of [long, 'has space', '../etc', '']) {
      const renew = await gql(RENEW, { input: { runnerId: 'r', hostId, sessionIds: [], leaseMs: 1500 } });
      expect(renew.body.data.runnerRenewLeases, hostId).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'hostId'] }] });
      const declare = await gql('mutation($input: RunnerDeclareHostDeadInput!) { runnerDeclareHostDead(input: $input) { __typename ... on ValidationError { fields { path } } } }', { input: { hostId } });
      expect(declare.body.data.runnerDeclareHostDead, hostId).toEqual({ __typename: 'ValidationError', fields: [{ path: ['input', 'hostId'] }] });
    }
    const hosts = (await gql('{ runnerHosts { id } }')).body.data.runnerHosts as { id: string }[];
    expect(hosts.map((h) => h.id)).not.toContain(long);
  });

  it('should refuse a --runner-host-dead-ms that is not a whole number of milliseconds from 1000 to a day', () => {
    for (const value of ['999', '86400001', '5s', '1.5']) {
      expect(() => parseConfig(['--data-dir', tempDir(), '--runner-host-dead-ms', value], {}), value).toThrow(
        new ConfigError(`Invalid --runner-host-dead-ms "${value}": use a whole number of milliseconds from 1000 to 86400000 (a day).`),
      );
    }
    expect((parseConfig(['--data-dir', tempDir()], { MAESTRO_RUNNER_HOST_DEAD_MS: '1000' }) as Config).runnerHostDeadMs).toBe(1000);
    expect((parseConfig(['--data-dir', tempDir()], {}) as Config).runnerHostDeadMs).toBe(60_000);
  });

  it('should refuse a malformed --host-id as a usage error before starting', async () => {
    const r = await runCli(server.url, ['runner', '--host-id', 'not a host id', '--data-dir', tempDir('maestro-runner-bad-')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--host-id "not a host id" is not a host id: use 1 to 100 letters, digits and . _ : -');
  });
});
