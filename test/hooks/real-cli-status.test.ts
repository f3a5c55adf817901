/**
 * The status machine on the event orders the real Claude Code CLI produces (issue 15): each case
 * posts the hook bodies in the CLI's order to a real server and reads the session back over GraphQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { execute } from '../helpers/graphql.ts';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { createProject, createSession, fixture } from './helpers.ts';
import { ev, play, SID } from './script.ts';

const RcSession = graphql(`
  query RcSession($id: ID!) {
    session(id: $id) {
      status needsInput { kind message } lastPrompt lastAssistantMessage model
      toolCallCount pendingToolCalls failures refusedToolCalls permissionRequests
      toolCalls { tool calls completed failures }
      subagents { agentId agentType toolCalls }
      lastError { at error details message }
    }
  }
`);

const RcSessionsByStatus = graphql(`
  query RcSessionsByStatus($projectId: ID!, $status: SessionStatus!) {
    sessions(projectId: $projectId, status: $status, first: 100) { edges { node { id } } }
  }
`);

const RcSpawn = graphql(`
  mutation RcSpawn($input: SpawnSessionInput!) {
    spawnSession(input: $input) { __typename ... on SpawnSessionPayload { session { id model } token } ... on Error { message } }
  }
`);

let server: TestServer;
let quick: TestServer;
beforeAll(async () => {
  // --no-runner: the spawned session of the model case must not be launched (no agent here).
  [server, quick] = await Promise.all([startServer({ args: ['--no-runner'] }), startServer({ args: ['--no-runner', '--session-stale-seconds', '1'] })]);
});
afterAll(() => stopAllServers());

async function session(s: TestServer, id: string) {
  const r = await execute(s, RcSession, { id });
  if (!r.data?.session) throw new Error(JSON.stringify(r));
  return r.data.session;
}

type Ev = Record<string, unknown>;
const headless = (e: Ev): Ev => ({ ...e, permission_mode: 'default' });
const npm = { command: 'npm install express-rate-limit@7', description: 'Install rate limiting middleware' };
const test = { command: 'npm test', description: 'Run the tests' };
/** PostToolBatch as the CLI sends it: every call of the step, tool_response as the string the model saw. */
const batch = (promptId: string, calls: { id: string; tool: string; input: Ev; response: string }[]): Ev => ({
  ...fixture('PostToolBatch'),
  prompt_id: promptId,
  tool_calls: calls.map((c) => ({ tool_name: c.tool, tool_input: c.input, tool_use_id: c.id, tool_response: c.response })),
});
const modelSwitch = (name: string, model: string): Ev => ({ session_id: SID, cwd: '/home/dev/project', prompt_id: 'p1', permission_mode: 'default', hook_event_name: name, model });
const stopAgain = (promptId: string, message: string): Ev => ({ ...ev.stop(promptId, message), stop_hook_active: true });

describe('status machine on the real CLI\'s event orders', () => {
  it('should go on working after a Stop that a Stop hook blocked, and show the permission dialog that follows', async () => {
    const s = await createSession(server);
    await play(server, s, [
      { event: ev.start(), expect: 'IDLE' },
      { event: ev.prompt('p1', 'add rate limiting'), expect: 'WORKING' },
      { event: ev.pre('p1', 'toolu_1', 'Bash', test), expect: 'WORKING' },
      { event: ev.post('p1', 'toolu_1', 'Bash', test, { stdout: 'ok' }, 40), expect: 'WORKING' },
      { event: ev.stop('p1', 'Done.'), expect: 'IDLE', label: 'the Stop the Stop hook blocks' },
      { event: ev.pre('p1', 'toolu_2', 'Bash', npm), expect: 'WORKING', label: 'same prompt_id, a new call: the turn goes on' },
      { event: ev.permission('p1', 'Bash', npm), expect: 'NEEDS_INPUT' },
      { event: ev.post('p1', 'toolu_2', 'Bash', npm, { stdout: 'added 1 package' }, 900), expect: 'WORKING' },
      { event: ev.post('p1', 'toolu_1', 'Bash', test, { stdout: 'ok' }, 40), expect: 'WORKING', label: 'a repeated Post stays inert' },
      { event: stopAgain('p1', 'Installed and wired.'), expect: 'IDLE', label: 'second Stop, stop_hook_active: true' },
      // A Pre of that turn spooled by `maestro hook` before the Stop and delivered now is late.
      { event: ev.pre('p1', 'toolu_3', 'Read', { file_path: '/home/dev/project/a.ts' }), expect: 'IDLE', headers: { 'x-maestro-hook-time': String(Date.now() - 60_000) }, label: 'spooled old Pre' },
      { event: ev.pre('p1', 'toolu_4', 'Grep', { pattern: 'x' }, 'a0123456789abcdef'), expect: 'IDLE', label: 'a background subagent\'s call' },
    ]);
    const after = await session(server, s.id);
    // Open: only the background subagent's call (the late Pre's turn had ended, so its call did too).
    expect(after).toMatchObject({ lastAssistantMessage: 'Installed and wired.', permissionRequests: 1, failures: 0, pendingToolCalls: 1 });
    expect(after.toolCalls.find((t) => t.tool === 'Bash')).toEqual({ tool: 'Bash', calls: 2, completed: 2, failures: 0 });
  });

  it('should count a headless refusal as failed and refused, and leave NEEDS_INPUT when its PostToolBatch arrives', async () => {
    const s = await createSession(server);
    const read = { file_path: '/home/dev/project/package.json' };
    await play(server, s, [
      { event: ev.start(), expect: 'IDLE' },
      { event: headless(ev.prompt('p1', 'install it')), expect: 'WORKING' },
      { event: headless(ev.pre('p1', 'toolu_r', 'Read', read)), expect: 'WORKING' },
      { event: headless(ev.pre('p1', 'toolu_n', 'Bash', npm)), expect: 'WORKING' },
      { event: headless(ev.post('p1', 'toolu_r', 'Read', read, { type: 'text' }, 3)), expect: 'WORKING' },
      { event: headless(ev.permission('p1', 'Bash', npm)), expect: 'NEEDS_INPUT' },
      {
        event: batch('p1', [
          { id: 'toolu_r', tool: 'Read', input: read, response: '     1\t{\n' },
          { id: 'toolu_n', tool: 'Bash', input: npm, response: 'This command requires approval' },
        ]),
        expect: 'WORKING',
        label: 'PostToolBatch with the refusal',
      },
      { event: batch('p1', [{ id: 'toolu_n', tool: 'Bash', input: npm, response: 'This command requires approval' }]), expect: 'WORKING', label: 'the batch again counts nothing' },
      { event: headless(ev.pre('p1', 'toolu_w', 'Write', { file_path: '/home/dev/project/x.ts', content: '' })), expect: 'WORKING' },
      { event: headless(ev.permission('p1', 'Write', { file_path: '/home/dev/project/x.ts', content: '' })), expect: 'NEEDS_INPUT' },
      {
        event: batch('p1', [{ id: 'toolu_w', tool: 'Write', input: { file_path: '/home/dev/project/x.ts', content: '' }, response: "Claude requested permissions to write to /home/dev/project/x.ts, but you haven't granted it yet." }]),
        expect: 'WORKING',
        label: 'the other refusal text',
      },
      { event: ev.stop('p1', 'I could not install it: the command needs approval.'), expect: 'IDLE' },
    ]);
    const after = await session(server, s.id);
    expect(after).toMatchObject({ toolCallCount: 3, failures: 2, refusedToolCalls: 2, pendingToolCalls: 0, permissionRequests: 2 });
    expect(after.toolCalls).toEqual(
      expect.arrayContaining([
        { tool: 'Bash', calls: 1, completed: 0, failures: 1 },
        { tool: 'Read', calls: 1, completed: 1, failures: 0 },
        { tool: 'Write', calls: 1, completed: 0, failures: 1 },
      ]),
    );
  });

  it('should leave NEEDS_INPUT on a PermissionDenied, with or without its tool_use_id', async () => {
    const s = await createSession(server);
    const clean = { command: 'rm -rf dist node_modules/.cache', description: 'Clean build caches' };
    const denied = (id: string | null): Ev => {
      const e: Ev = { ...fixture('PermissionDenied.Bash'), prompt_id: 'p1', tool_input: clean };
      if (id) e['tool_use_id'] = id;
      else delete e['tool_use_id'];
      return e;
    };
    await play(server, s, [
      { event: ev.start(), expect: 'IDLE' },
      { event: ev.prompt('p1', 'clean up'), expect: 'WORKING' },
      { event: ev.pre('p1', 'toolu_a', 'Read', { file_path: '/home/dev/project/a.ts' }), expect: 'WORKING' },
      { event: ev.pre('p1', 'toolu_d1', 'Bash', clean), expect: 'WORKING' },
      { event: ev.permission('p1', 'Bash', clean), expect: 'NEEDS_INPUT' },
      { event: denied('toolu_d1'), expect: 'WORKING', label: 'denied: the wait is over' },
      { event: ev.pre('p1', 'toolu_d2', 'Bash', clean), expect: 'WORKING' },
      { event: ev.permission('p1', 'Bash', clean), expect: 'NEEDS_INPUT' },
      { event: denied(null), expect: 'WORKING', label: 'a denial without tool_use_id pairs by input' },
      { event: ev.post('p1', 'toolu_a', 'Read', { file_path: '/home/dev/project/a.ts' }, {}, 2), expect: 'WORKING' },
    ]);
    const after = await session(server, s.id);
    expect(after).toMatchObject({ toolCallCount: 3, failures: 2, pendingToolCalls: 0, needsInput: null });
  });

  it('should keep a session waiting for a person NEEDS_INPUT through silence, where sessions(status: NEEDS_INPUT) finds it', async () => {
    const project = await createProject(quick);
    const waiting = await createSession(quick, project);
    const working = await createSession(quick, project);
    await play(quick, waiting, [
      { event: ev.start(), expect: 'IDLE' },
      { event: ev.prompt('p1', 'go'), expect: 'WORKING' },
      { event: ev.pre('p1', 'toolu_1', 'Bash', npm), expect: 'WORKING' },
      { event: ev.permission('p1', 'Bash', npm), expect: 'NEEDS_INPUT' },
    ]);
    // Silent since after the waiting one: once the sweeper has marked it STALE, it has swept the other too.
    await play(quick, working, [{ event: ev.start(), expect: 'IDLE' }, { event: ev.prompt('p1', 'think'), expect: 'WORKING' }]);
    const deadline = Date.now() + 20_000;
    while ((await session(quick, working.id)).status !== 'STALE' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect((await session(quick, working.id)).status).toBe('STALE');
    expect((await session(quick, waiting.id)).status).toBe('NEEDS_INPUT');
    const listed = await execute(quick, RcSessionsByStatus, { projectId: project, status: 'NEEDS_INPUT' });
    expect(listed.data!.sessions.edges.map((e) => e.node.id)).toEqual([waiting.id]);
  });

  it('should take the model from the spawn and from PostModelSwitch', async () => {
    const project = await createProject(server);
    const spawned = await execute(server, RcSpawn, { input: { projectId: project, prompt: 'go', model: 'claude-sonnet-4-6' } });
    if (spawned.data?.spawnSession.__typename !== 'SpawnSessionPayload') throw new Error(JSON.stringify(spawned));
    const { session: created, token } = spawned.data.spawnSession;
    expect(created.model).toBe('claude-sonnet-4-6');
    const s = { id: created.id, token: token! };
    await play(server, s, [
      { event: ev.start('startup'), expect: 'IDLE', label: 'SessionStart at startup names no model' },
      { event: ev.prompt('p1', 'go'), expect: 'WORKING' },
    ]);
    expect((await session(server, s.id)).model).toBe('claude-sonnet-4-6');
    await play(server, s, [
      { event: modelSwitch('PreModelSwitch', 'claude-opus-5-5'), expect: 'WORKING', label: 'a switch asked for (may be refused)' },
    ]);
    expect((await session(server, s.id)).model).toBe('claude-sonnet-4-6');
    await play(server, s, [{ event: modelSwitch('PostModelSwitch', 'claude-opus-5-5'), expect: 'WORKING' }]);
    expect((await session(server, s.id)).model).toBe('claude-opus-5-5');
  });

  it('should not add a subagent for /compact nor take a <task-notification> for the user\'s prompt', async () => {
    const s = await createSession(server);
    const agentInput = { description: 'find', prompt: 'find the login handler', subagent_type: 'Explore' };
    const compactAgent = { session_id: SID, cwd: '/home/dev/project', prompt_id: 'p1', agent_id: 'a00000000000000c1', agent_type: '' };
    await play(server, s, [
      { event: ev.start(), expect: 'IDLE' },
      { event: ev.prompt('p1', 'rate-limit POST /login'), expect: 'WORKING' },
      { event: ev.pre('p1', 'toolu_agent', 'Agent', agentInput), expect: 'WORKING' },
      { event: ev.subStart('p1', 'a0123456789abcdef'), expect: 'WORKING' },
      { event: ev.post('p1', 'toolu_agent', 'Agent', agentInput, { status: 'async_launched', agentId: 'a0123456789abcdef' }, 20), expect: 'WORKING' },
      { event: ev.stop('p1', 'launched'), expect: 'IDLE' },
      { event: ev.subStop('p1', 'a0123456789abcdef', 'found src/auth/login.ts'), expect: 'IDLE' },
      { event: ev.prompt('p2', '<task-notification>\n<task-id>a0123456789abcdef</task-id>\n<status>completed</status>\n</task-notification>'), expect: 'WORKING', label: 'the subagent reports back' },
      { event: ev.stop('p2', 'The explorer found src/auth/login.ts.'), expect: 'IDLE' },
      { event: ev.prompt('p2', '<task-notification>\n<task-id>b0123456789abcdef</task-id>\n<status>completed</status>\n</task-notification>'), expect: 'WORKING', label: 'another report into the stopped turn' },
      { event: ev.stop('p2', 'Both explorers are done.'), expect: 'IDLE' },
      { event: ev.prompt('p2', '<task-notification>late</task-notification>'), expect: 'IDLE', headers: { 'x-maestro-hook-time': String(Date.now() - 60_000) }, label: 'a spooled old report' },
      { event: { ...fixture('PreCompact.auto'), prompt_id: 'p2', trigger: 'manual' }, expect: 'IDLE', label: '/compact' },
      { event: { ...compactAgent, hook_event_name: 'SubagentStart' }, expect: 'IDLE', label: 'compaction\'s untyped agent starts' },
      { event: { ...compactAgent, hook_event_name: 'SubagentStop', last_assistant_message: 'summary' }, expect: 'IDLE' },
      { event: { ...fixture('PostCompact.auto'), prompt_id: 'p2', trigger: 'manual' }, expect: 'IDLE' },
      { event: ev.start('compact', { model: 'claude-opus-5-5' }), expect: 'IDLE' },
    ]);
    const after = await session(server, s.id);
    expect(after.lastPrompt).toBe('rate-limit POST /login');
    expect(after.subagents).toEqual([{ agentId: 'a0123456789abcdef', agentType: 'Explore', toolCalls: 0 }]);
  });

  it('should expose the error of a StopFailure as lastError', async () => {
    const s = await createSession(server);
    expect((await session(server, s.id)).lastError).toBeNull();
    await play(server, s, [
      { event: ev.start(), expect: 'IDLE' },
      { event: ev.prompt('p1', 'go'), expect: 'WORKING' },
      { event: { ...fixture('MessageDisplay'), prompt_id: 'p1' }, expect: 'WORKING' },
      { event: ev.stopFailure('p1'), expect: 'IDLE' },
      { event: ev.prompt('p2', 'again'), expect: 'WORKING' },
      { event: ev.stop('p2', 'Done.'), expect: 'IDLE' },
    ]);
    const after = await session(server, s.id);
    expect(after.lastError).toMatchObject({ error: 'rate_limit', details: '429 Too Many Requests', message: 'API Error: Rate limit reached' });
    expect(Number.isNaN(Date.parse(String(after.lastError!.at)))).toBe(false);
    expect(after.lastAssistantMessage).toBe('Done.');
  });
});
