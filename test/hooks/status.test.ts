import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { execute } from '../helpers/graphql.ts';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { createSession, HkSessionEvents, postHook, sessionStatus } from './helpers.ts';
import { ev, play } from './script.ts';

const ReportExit = graphql(`
  mutation HkReportSessionExit($input: ReportSessionExitInput!) {
    reportSessionExit(input: $input) { __typename ... on ReportSessionExitPayload { session { status endedAt } } ... on Error { message } }
  }
`);

let server: TestServer;
let quick: TestServer;
beforeAll(async () => {
  [server, quick] = await Promise.all([startServer(), startServer({ args: ['--session-stale-seconds', '1'] })]);
});
afterAll(() => stopAllServers());

async function statusChanges(s: TestServer, id: string) {
  const r = await execute(s, HkSessionEvents, { id, first: 100, kinds: ['SESSION_STATUS_CHANGED'] });
  return r.data!.session!.events.edges.map((e) => e.node.payload as { from: string; to: string; evidenceSeq: number | null; reason: string; hookEvent: string | null });
}

const bash = { command: 'npm install express-rate-limit@7', description: 'Install rate limiting middleware' };
const read = (file: string) => ({ file_path: `/home/dev/project/${file}` });

describe('session status machine', () => {
  it('should follow a plain turn, with a permission prompt, and name the evidence of every change', async () => {
    const s = await createSession(server);
    const seqs = await play(server, s, [
      { event: ev.start('startup', { model: 'claude-sonnet-4-6' }), expect: 'IDLE' },
      { event: ev.prompt('p1', 'add rate limiting'), expect: 'WORKING' },
      { event: ev.pre('p1', 'toolu_1', 'Bash', bash), expect: 'WORKING' },
      { event: ev.permission('p1', 'Bash', bash), expect: 'NEEDS_INPUT' },
      { event: ev.notify('p1', 'permission_prompt', 'Claude needs your permission to use Bash'), expect: 'NEEDS_INPUT' },
      { event: ev.post('p1', 'toolu_1', 'Bash', bash, { stdout: 'added 1 package' }, 900), expect: 'WORKING' },
      { event: ev.stop('p1', 'Done.'), expect: 'IDLE' },
      { event: ev.notify('p1', 'idle_prompt', 'Claude is waiting for your input'), expect: 'IDLE' },
      { event: ev.end(), expect: 'ENDED' },
    ]);
    const changes = await statusChanges(server, s.id);
    expect(changes.map((c) => [c.from, c.to, c.evidenceSeq, c.hookEvent])).toEqual([
      ['STARTING', 'IDLE', seqs[0], 'SessionStart'],
      ['IDLE', 'WORKING', seqs[1], 'UserPromptSubmit'],
      ['WORKING', 'NEEDS_INPUT', seqs[3], 'PermissionRequest'],
      ['NEEDS_INPUT', 'WORKING', seqs[5], 'PostToolUse'],
      ['WORKING', 'IDLE', seqs[6], 'Stop'],
      ['IDLE', 'ENDED', seqs[8], 'SessionEnd'],
    ]);
    const after = await sessionStatus(server, s.id);
    expect(after.endedAt).not.toBeNull();
    expect(after.needsInput).toBeNull();
  });

  it('should expose why a session needs input, and flag an idle session waiting for attention', async () => {
    const s = await createSession(server);
    await play(server, s, [
      { event: ev.start(), expect: 'IDLE' },
      { event: ev.prompt('p1', 'go'), expect: 'WORKING' },
      { event: ev.pre('p1', 'toolu_1', 'Bash', bash), expect: 'WORKING' },
      { event: ev.permission('p1', 'Bash', bash), expect: 'NEEDS_INPUT' },
    ]);
    expect((await sessionStatus(server, s.id)).needsInput).toMatchObject({ kind: 'PERMISSION', message: 'Permission to use Bash: npm install express-rate-limit@7' });
    await play(server, s, [
      { event: ev.stop('p1', 'Stopped: permission denied.'), expect: 'IDLE', label: 'denied: the turn just ends' },
      { event: ev.notify('p1', 'idle_prompt', 'Claude is waiting for your input'), expect: 'IDLE' },
    ]);
    const idle = await sessionStatus(server, s.id);
    expect(idle.needsInput).toMatchObject({ kind: 'IDLE_PROMPT', message: 'Claude is waiting for your input' });
    expect(idle.pendingToolCalls).toBe(0);
    await play(server, s, [{ event: ev.prompt('p2', 'again'), expect: 'WORKING' }]);
    expect((await sessionStatus(server, s.id)).needsInput).toBeNull();
  });

  it('should not move on duplicate deliveries', async () => {
    const s = await createSession(server);
    await play(server, s, [
      { event: ev.start(), expect: 'IDLE' },
      { event: ev.start(), expect: 'IDLE', label: 'SessionStart twice (--resume bug, CL 2.1.73)' },
      { event: ev.prompt('p1', 'go'), expect: 'WORKING' },
      { event: ev.pre('p1', 'toolu_1', 'Read', read('a.ts')), expect: 'WORKING' },
      { event: ev.post('p1', 'toolu_1', 'Read', read('a.ts'), {}, 5), expect: 'WORKING' },
      { event: ev.stop('p1', 'done'), expect: 'IDLE' },
      { event: ev.stop('p1', 'done'), expect: 'IDLE', label: 'Stop again (plugin + settings handler)' },
      { event: ev.prompt('p1', 'go'), expect: 'IDLE', label: 'the closed turn\'s prompt again' },
      { event: ev.pre('p1', 'toolu_1', 'Read', read('a.ts')), expect: 'IDLE', label: 'a finished call again' },
      { event: ev.post('p1', 'toolu_1', 'Read', read('a.ts'), {}, 5), expect: 'IDLE', label: 'its post again' },
      { event: ev.end(), expect: 'ENDED' },
      { event: ev.end(), expect: 'ENDED' },
    ]);
    const changes = await statusChanges(server, s.id);
    expect(changes.map((c) => c.to)).toEqual(['IDLE', 'WORKING', 'IDLE', 'ENDED']);
    const totals = await sessionStatus(server, s.id);
    expect(totals.toolCallCount).toBe(1);
    expect(totals.toolCalls).toEqual([{ tool: 'Read', calls: 1, completed: 1, failures: 0, totalDurationMs: 5 }]);
  });

  it('should not move on reordered deliveries', async () => {
    const s = await createSession(server);
    const install = { command: 'npm i' };
    await play(server, s, [
      { event: ev.start(), expect: 'IDLE' },
      { event: ev.prompt('p1', 'go'), expect: 'WORKING' },
      { event: ev.pre('p1', 'toolu_a', 'Read', read('a.ts')), expect: 'WORKING' },
      { event: ev.pre('p1', 'toolu_b', 'Read', read('b.ts')), expect: 'WORKING' },
      { event: ev.pre('p1', 'toolu_c', 'Bash', install), expect: 'WORKING' },
      { event: ev.post('p1', 'toolu_c', 'Bash', install, {}, 30), expect: 'WORKING', label: 'the permission\'s post before the request' },
      { event: ev.permission('p1', 'Bash', install), expect: 'WORKING', label: 'late PermissionRequest of a finished call' },
      { event: ev.pre('p1', 'toolu_d', 'Bash', bash), expect: 'WORKING' },
      { event: ev.permission('p1', 'Bash', bash), expect: 'NEEDS_INPUT' },
      { event: ev.post('p1', 'toolu_b', 'Read', read('b.ts'), {}, 4), expect: 'NEEDS_INPUT', label: 'another call\'s post does not answer the dialog' },
      { event: ev.post('p1', 'toolu_d', 'Bash', bash, {}, 700), expect: 'WORKING' },
      { event: ev.stop('p1', 'done'), expect: 'IDLE' },
      { event: ev.post('p1', 'toolu_a', 'Read', read('a.ts'), {}, 3), expect: 'IDLE', label: 'a parallel post after Stop' },
      { event: ev.prompt('p2', 'next'), expect: 'WORKING' },
      { event: ev.stop('p1', 'done'), expect: 'WORKING', label: 'the older turn\'s Stop after the next prompt' },
      { event: ev.pre('p1', 'toolu_late', 'Read', read('z.ts')), expect: 'WORKING' },
      { event: ev.stop('p2', 'done 2'), expect: 'IDLE' },
      // Spooled before the Stop, delivered after it (a new call after the Stop would reopen the turn: a blocked Stop).
      { event: ev.pre('p2', 'toolu_late2', 'Read', read('y.ts')), expect: 'IDLE', headers: { 'x-maestro-hook-time': String(Date.now() - 60_000) }, label: 'a spooled Pre of a closed turn' },
      { event: ev.prompt('p2', 'next'), expect: 'IDLE', label: 'the closed prompt delivered late' },
      { event: ev.end(), expect: 'ENDED' },
      { event: ev.prompt('p3', 'late'), expect: 'ENDED', label: 'nothing revives an ended session but SessionStart' },
      { event: ev.post('p3', 'toolu_x', 'Read', read('x.ts'), {}, 1), expect: 'ENDED' },
      // A SessionStart spooled by `maestro hook` an hour ago, delivered now, is older evidence.
      { event: ev.start('startup'), expect: 'ENDED', headers: { 'x-maestro-hook-time': String(Date.now() - 3600_000) }, label: 'old spooled SessionStart' },
      { event: ev.start('resume'), expect: 'IDLE', label: 'resume revives it' },
    ]);
    const totals = await sessionStatus(server, s.id);
    expect(totals.lastAssistantMessage).toBe('done 2');
    expect(totals.lastPrompt).toBe('late'); // derived data records it; only the status ignores it
  });

  it('should keep working through compaction and keep fields an event omits', async () => {
    const s = await createSession(server);
    await play(server, s, [
      { event: ev.start('startup', { model: 'claude-opus-4-1', session_title: 'login rate limiting' }), expect: 'IDLE' },
      { event: ev.prompt('p1', 'go'), expect: 'WORKING' },
      { event: ev.preCompact(), expect: 'WORKING' },
      { event: ev.start('compact'), expect: 'WORKING', label: 'SessionStart(compact) continues' },
      { event: ev.stop('p1', 'ok'), expect: 'IDLE' },
      { event: ev.start('resume'), expect: 'IDLE' },
    ]);
    const after = await sessionStatus(server, s.id);
    expect(after).toMatchObject({ model: 'claude-opus-4-1', title: 'login rate limiting', lastPrompt: 'go', cwd: '/home/dev/project' });
  });

  it('should not let a background subagent wake an idle session, and fall back to the message of an untyped notification', async () => {
    const s = await createSession(server);
    await play(server, s, [
      { event: ev.start(), expect: 'IDLE' },
      { event: ev.prompt('p1', 'explore'), expect: 'WORKING' },
      { event: ev.pre('p1', 'toolu_agent', 'Agent', { description: 'find', prompt: 'find', subagent_type: 'Explore' }), expect: 'WORKING' },
      { event: ev.subStart('p1', 'a0123456789abcdef'), expect: 'WORKING' },
      { event: ev.post('p1', 'toolu_agent', 'Agent', { description: 'find', prompt: 'find', subagent_type: 'Explore' }, { status: 'async_launched', agentId: 'a0123456789abcdef' }, 20), expect: 'WORKING' },
      { event: ev.stop('p1', 'launched'), expect: 'IDLE' },
      { event: ev.pre('p1', 'toolu_s1', 'Grep', { pattern: 'x' }, 'a0123456789abcdef'), expect: 'IDLE' },
      { event: ev.post('p1', 'toolu_s1', 'Grep', { pattern: 'x' }, {}, 10, 'a0123456789abcdef'), expect: 'IDLE' },
      { event: ev.subStop('p1', 'a0123456789abcdef', 'found 2'), expect: 'IDLE' },
      { event: ev.prompt('p2', 'install'), expect: 'WORKING' },
      { event: ev.pre('p2', 'toolu_i', 'Bash', bash), expect: 'WORKING' },
      { event: ev.notify('p2', null, 'Claude needs your permission to use Bash'), expect: 'NEEDS_INPUT', label: 'notification without notification_type' },
      { event: ev.post('p2', 'toolu_i', 'Bash', bash, {}, 5), expect: 'WORKING' },
      { event: ev.stopFailure('p2'), expect: 'IDLE' },
    ]);
    const after = await sessionStatus(server, s.id);
    expect(after.subagents).toEqual([
      { agentId: 'a0123456789abcdef', agentType: 'Explore', running: false, toolCalls: 1, failures: 0, lastAssistantMessage: 'found 2', toolUseId: 'toolu_agent' },
    ]);
  });

  it('should mark a session FAILED when its process exits without SessionEnd, and not after it', async () => {
    const s = await createSession(server);
    await play(server, s, [{ event: ev.start(), expect: 'IDLE' }, { event: ev.prompt('p1', 'go'), expect: 'WORKING' }]);
    const exit = await execute(server, ReportExit, { input: { id: s.id, exitCode: 137 } });
    expect(exit.data?.reportSessionExit).toMatchObject({ session: { status: 'FAILED' } });
    const ended = await createSession(server);
    await play(server, ended, [{ event: ev.start(), expect: 'IDLE' }, { event: ev.end(), expect: 'ENDED' }]);
    const after = await execute(server, ReportExit, { input: { id: ended.id, exitCode: 0 } });
    expect(after.data?.reportSessionExit).toMatchObject({ session: { status: 'ENDED' } });
    expect((await statusChanges(server, s.id)).at(-1)).toMatchObject({ from: 'WORKING', to: 'FAILED', evidenceSeq: null });
  });

  it('should turn STALE after the configured silence and come back with the next event', async () => {
    const s = await createSession(quick);
    const ended = await createSession(quick);
    await play(quick, s, [{ event: ev.start(), expect: 'IDLE' }, { event: ev.prompt('p1', 'think hard'), expect: 'WORKING' }]);
    await play(quick, ended, [{ event: ev.start(), expect: 'IDLE' }, { event: ev.end(), expect: 'ENDED' }]);
    const deadline = Date.now() + 10_000;
    while ((await sessionStatus(quick, s.id)).status !== 'STALE' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect((await sessionStatus(quick, s.id)).status).toBe('STALE');
    expect((await sessionStatus(quick, ended.id)).status).toBe('ENDED');
    await postHook(quick, s.token, ev.pre('p1', 'toolu_1', 'Read', read('a.ts')));
    expect((await sessionStatus(quick, s.id)).status).toBe('WORKING');
    const changes = await statusChanges(quick, s.id);
    expect(changes.slice(-2).map((c) => [c.from, c.to, c.evidenceSeq === null])).toEqual([
      ['WORKING', 'STALE', true],
      ['STALE', 'WORKING', false],
    ]);
  });
});
