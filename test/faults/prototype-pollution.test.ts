/**
 * Hook input names keys of the server's bookkeeping (tool names, tool_use_ids, agent ids). A key
 * such as "__proto__" must be counted like any other name and must not reach Object.prototype: a
 * polluted prototype shows up in every object of the process (Prisma then refuses every query).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { createProject, createSession, postHook, sessionStatus } from '../hooks/helpers.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => stopAllServers());

describe('hook input keyed by __proto__, constructor and prototype', () => {
  it('should count them as ordinary tool names and leave the server process unharmed', async () => {
    const session = await createSession(server);
    const names = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty'];
    for (const [i, name] of names.entries()) {
      const base = { session_id: 'agent-proto', tool_name: name, tool_use_id: i === 0 ? '__proto__' : `toolu_${i}`, tool_input: { x: i } };
      expect((await postHook(server, session.token, { hook_event_name: 'PreToolUse', ...base })).status).toBe(200);
      expect((await postHook(server, session.token, { hook_event_name: 'PostToolUse', ...base, tool_response: {} })).status).toBe(200);
    }
    const sub = { session_id: 'agent-proto', agent_id: '__proto__', agent_type: 'general-purpose' };
    expect((await postHook(server, session.token, { hook_event_name: 'SubagentStart', ...sub })).status).toBe(200);
    expect((await postHook(server, session.token, { hook_event_name: 'PreToolUse', ...sub, tool_name: 'Bash', tool_use_id: 'toolu_sub', tool_input: {} })).status).toBe(200);

    const status = await sessionStatus(server, session.id);
    const byTool = new Map(status.toolCalls.map((t) => [t.tool, t]));
    for (const name of names) expect(byTool.get(name)).toMatchObject({ calls: 1, completed: 1 });
    expect(status.subagents).toEqual(expect.arrayContaining([expect.objectContaining({ agentId: '__proto__', agentType: 'general-purpose' })]));

    // The process is unharmed: ordinary writes and reads still work.
    const other = await createProject(server, 'After pollution attempt');
    expect(other).toBeTruthy();
    const again = await sessionStatus(server, session.id);
    expect(again.toolCalls.length).toBe(status.toolCalls.length);
  });
});
