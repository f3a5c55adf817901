/**
 * Agent-initiated spawn: `maestro session spawn` inside a session, authenticated by its token. An
 * orchestrator's child is linked to it; a worker is refused with FORBIDDEN.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeRaw } from '../helpers/graphql.ts';
import { startServer, stopAllServers, tempDir, type TestServer } from '../helpers/server.ts';
import { agentFlags, agentLog, killAgents, seed, sessionInfo, spawnOne, startsOf, waitForExited, waitForSession } from './helpers.ts';

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

describe('agent-initiated spawn', () => {
  it('should let an orchestrator session spawn a worker through the CLI, linked to it as its child, with worker skills', async () => {
    const { projectId, taskId } = await seed(server);
    const { session } = await spawnOne(server, { projectId, taskIds: [taskId], role: 'ORCHESTRATOR', agent: 'fake-spawner' });
    const parent = await waitForExited(server, session.id, 'the orchestrator to spawn and exit', (s) => s.children.edges.length === 1);
    expect(parent.status).toBe('ENDED');
    expect(parent.skills.map((s) => s.name).sort()).toEqual(['maestro-cli', 'maestro-orchestrator']);
    expect(startsOf(logPath, session.id)[0].env.MAESTRO_ROLE).toBe('orchestrator');

    const childId = parent.children.edges[0]!.node.id;
    const child = await waitForExited(server, childId, 'the worker to run and exit');
    expect(child).toMatchObject({ role: 'WORKER', status: 'ENDED', parent: { id: session.id } });
    expect(child.skills.map((s) => s.name).sort()).toEqual(['maestro-cli', 'maestro-worker']);
    const [childStart] = startsOf(logPath, childId);
    expect(childStart.parentSessionId).toBe(session.id);
    expect(childStart.env).toMatchObject({ MAESTRO_ROLE: 'worker', MAESTRO_TASK_IDS: taskId, MAESTRO_PROJECT_ID: projectId });
    const spawned = agentLog(logPath).find((e) => e.sessionId === session.id && e.event === 'spawned');
    expect(spawned).toMatchObject({ code: 0, envelope: { ok: true, data: { session: { id: childId, parent: { id: session.id } } } } });
  });

  it('should refuse a worker session that tries to spawn with FORBIDDEN, through the CLI and over GraphQL', async () => {
    const { projectId, taskId } = await seed(server);
    const { session, token } = await spawnOne(server, { projectId, taskIds: [taskId], agent: 'fake-spawner' });
    await waitForSession(server, session.id, (s) => s.spawn?.state === 'EXITED', 'the worker to exit');
    const spawned = agentLog(logPath).find((e) => e.sessionId === session.id && e.event === 'spawned');
    expect(spawned).toMatchObject({ code: 1, envelope: { ok: false, error: { code: 'FORBIDDEN' } } });
    expect((await sessionInfo(server, session.id)).children.edges).toEqual([]);

    // The worker has exited: its token no longer works at all.
    const spawnDoc = 'mutation ($input: SpawnSessionInput!) { spawnSession(input: $input) { __typename } }';
    const ended = await executeRaw(server, spawnDoc, { input: { projectId, taskIds: [taskId] } }, { authorization: `Bearer ${token}` });
    expect(ended.status).toBe(401);
    expect(ended.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(ended.body.errors?.[0]?.message).toContain('has ended');

    // A live worker's token is refused with FORBIDDEN.
    const live = await executeRaw(
      server,
      'mutation ($input: CreateSessionInput!) { createSession(input: $input) { ... on CreateSessionPayload { token } } }',
      { input: { projectId, name: 'live worker' } },
    );
    const { body } = await executeRaw(server, spawnDoc, { input: { projectId, taskIds: [taskId] } }, { authorization: `Bearer ${live.body.data.createSession.token}` });
    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(body.errors?.[0]?.message).toContain('Only orchestrator sessions may spawn');
  });

  it('should refuse an unknown skill with a ValidationError naming input.skills, and spawn nothing', async () => {
    const { projectId, taskId } = await seed(server);
    const { body } = await executeRaw(
      server,
      'mutation ($input: SpawnSessionInput!) { spawnSession(input: $input) { __typename ... on ValidationError { message fields { path } } } }',
      { input: { projectId, taskIds: [taskId], skills: ['no-such-skill'] } },
    );
    expect(body.data.spawnSession).toMatchObject({ __typename: 'ValidationError', fields: [{ path: ['input', 'skills'] }] });
    expect(body.data.spawnSession.message).toContain('no-such-skill');
  });
});
