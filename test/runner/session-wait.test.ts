/**
 * `maestro session wait ID`: how an orchestrator waits for a worker it spawned. It returns once the
 * session is over (its process exited), with how it ended, whatever the outcome; it gives up after
 * --timeout with WAIT_TIMEOUT; bad input is refused before anything is sent.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, spawnCli } from '../cli/cli.ts';
import { startServer, stopAllServers, tempDir, type TestServer } from '../helpers/server.ts';
import { execute } from '../helpers/graphql.ts';
import { agentFlags, FAKE_PROFILES, fakeAgent, killAgents, RnStop, seed, sessionInfo, spawnOne } from './helpers.ts';

let server: TestServer;
let logPath: string;
beforeAll(async () => {
  logPath = join(tempDir('maestro-agents-'), 'agents.log');
  server = await startServer({ args: agentFlags({ ...FAKE_PROFILES, 'fake-slow': fakeAgent('--sleep', '1500') }), env: { FAKE_AGENT_LOG: logPath } });
});
afterAll(async () => {
  killAgents(logPath);
  await stopAllServers();
});

describe('maestro session wait', () => {
  it('should return once a running session is over, with its status and exit code', async () => {
    const { projectId, taskId } = await seed(server);
    const { session } = await spawnOne(server, { projectId, taskIds: [taskId], agent: 'fake-slow' });
    const waited = await runCli(server.url, ['session', 'wait', session.id, '--json']);
    expect(waited.code, waited.stderr).toBe(0);
    expect(waited.json()).toMatchObject({ ok: true, data: { id: session.id, status: 'ENDED', spawn: { state: 'EXITED', exitCode: 0 } } });
    // It was over when wait returned, not merely about to be.
    expect((await sessionInfo(server, session.id)).spawn).toMatchObject({ state: 'EXITED' });
  });

  it('should say FAILED with the exit code for a session that failed, and exit 0: the wait itself succeeded', async () => {
    const { projectId, taskId } = await seed(server);
    const { session } = await spawnOne(server, { projectId, taskIds: [taskId], agent: 'fake-fail' });
    const waited = await runCli(server.url, ['session', 'wait', session.id]);
    expect(waited.code, waited.stderr).toBe(0);
    expect(waited.stdout.trim()).toBe(`Session ${session.id} FAILED, exit code 3`);
    // And at once when it is already over.
    const again = await runCli(server.url, ['session', 'wait', session.id, '--json']);
    expect(again.json().data).toMatchObject({ status: 'FAILED', spawn: { exitCode: 3 } });
  });

  it('should give up after --timeout with WAIT_TIMEOUT (exit 1), leaving the session running', async () => {
    const { projectId, taskId } = await seed(server);
    const { session } = await spawnOne(server, { projectId, taskIds: [taskId], agent: 'fake-hang' });
    const waited = await runCli(server.url, ['session', 'wait', session.id, '--timeout', '1', '--json']);
    expect(waited.code).toBe(1);
    expect(waited.json()).toMatchObject({ ok: false, error: { code: 'WAIT_TIMEOUT' } });
    expect((await sessionInfo(server, session.id)).spawn?.state).not.toBe('EXITED');
    // A waiter following the live session returns when stopSession ends it.
    const waiter = spawnCli(server.url, ['session', 'wait', session.id]);
    await waiter.waitFor((out) => /following from the start/.test(out.stderr), 'the waiter to follow the session');
    const stop = await execute(server, RnStop, { input: { id: session.id, graceMs: 1000 } });
    expect(stop.data?.stopSession.__typename).toBe('StopSessionPayload');
    expect(await waiter.exited).toBe(0);
    expect(waiter.lines()).toHaveLength(1);
    expect(waiter.lines()[0]).toMatch(new RegExp(`^Session ${session.id} (ENDED|FAILED)`));
  });

  it('should refuse an unknown session (exit 1, NOT_FOUND_ERROR) and a bad --timeout (exit 2) without waiting', async () => {
    const unknown = await runCli(server.url, ['session', 'wait', 'U2Vzc2lvbjpjMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAw', '--json']);
    expect(unknown.code).toBe(1);
    expect(unknown.json().error.code).toBe('NOT_FOUND_ERROR');
    for (const bad of ['0', '-5', '1.5', 'soon', '999999999']) {
      const refused = await runCli(server.url, ['session', 'wait', 'U2Vzc2lvbjpjMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAw', '--timeout', bad]);
      expect(refused.code, bad).toBe(2);
      expect(refused.stderr, bad).toContain('--timeout must be a whole number of seconds');
    }
  });
});
