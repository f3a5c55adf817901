/**
 * One poison hook body among 150 concurrent deliveries of other sessions: the group commit fails
 * only the poison (a 4xx saying why), every other delivery is acked and stored, none is lost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { createProject, createSession, postHook, storedHooks } from '../hooks/helpers.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => stopAllServers());

const DEPTH = 20_000;
const deeplyNested = `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`;

describe('a poison hook body in a group-commit batch', () => {
  it('should fail alone with a 4xx while the 149 other deliveries are stored', async () => {
    const projectId = await createProject(server, 'Poison');
    const sessions = [];
    for (let i = 0; i < 150; i++) sessions.push(await createSession(server, projectId, `agent ${i}`));
    const poisonAt = 75;
    const bodies = sessions.map((s, i) =>
      i === poisonAt
        ? `{"hook_event_name":"PreToolUse","session_id":"poison","tool_name":"Bash","tool_use_id":"toolu_poison","tool_input":${deeplyNested}}`
        : JSON.stringify({ hook_event_name: 'PreToolUse', session_id: `agent-${i}`, tool_name: 'Bash', tool_use_id: `toolu_${i}`, tool_input: { command: `echo ${i}` } }),
    );
    const results = await Promise.all(sessions.map((s, i) => postHook(server, s.token, bodies[i])));

    const poison = results[poisonAt]!;
    expect(poison.status).toBe(400);
    expect(JSON.parse(poison.body).error.code).toBe('TOO_DEEP');
    const good = results.filter((_, i) => i !== poisonAt);
    expect(good.map((r) => r.status)).toEqual(good.map(() => 200));

    const stored = storedHooks(server);
    const goodSessions = new Set(sessions.filter((_, i) => i !== poisonAt).map((s) => s.id));
    const storedGood = stored.filter((row) => row.toolUseId?.startsWith('toolu_') && row.toolUseId !== 'toolu_poison');
    expect(storedGood).toHaveLength(149);
    expect(new Set(storedGood.map((row) => row.toolUseId))).toHaveProperty('size', 149);
    expect(stored.some((row) => row.toolUseId === 'toolu_poison')).toBe(false);
    expect(goodSessions.size).toBe(149);
  }, 120_000);

  it('should store, raw, a body within the depth limit whose tool input is nested to it', async () => {
    const session = await createSession(server);
    const nested = `${'['.repeat(60)}1${']'.repeat(60)}`;
    const body = `{"hook_event_name":"PreToolUse","session_id":"deep-ok","tool_name":"Bash","tool_use_id":"toolu_deep_ok","tool_input":${nested}}`;
    const res = await postHook(server, session.token, body);
    expect(res.status).toBe(200);
    const row = storedHooks(server).find((r) => r.toolUseId === 'toolu_deep_ok');
    expect(row?.payload).toBe(body);
  });
});
