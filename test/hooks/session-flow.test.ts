import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../helpers/graphql.ts';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { createSession, fixture, HkSessionEvents, sessionStatus } from './helpers.ts';
import { ev, play, type Step } from './script.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => stopAllServers());

const P = '/home/dev/project';
const AGENT = 'aad8a5a38badd48f4';
const loginTs = { file_path: `${P}/src/auth/login.ts` };
const pkg = { file_path: `${P}/package.json` };
const serverTs = { file_path: `${P}/src/server.ts` };
const grep = { pattern: 'router\\.(use|post|get)\\(.*auth', path: `${P}/src`, output_mode: 'files_with_matches' };
const agent = { description: 'Find auth middleware usage', prompt: 'List every place…', subagent_type: 'Explore' };
const write = { file_path: `${P}/src/middleware/rateLimit.ts`, content: 'export const loginLimiter = rateLimit({ limit: 5 });\n' };
const edit1 = { file_path: `${P}/src/auth/login.ts`, old_string: "router.post('/login', async", new_string: "router.post('/login', loginLimiter, async", replace_all: false };
const edit2 = { file_path: `${P}/src/middleware/rateLimit.ts`, old_string: 'limit: 5', new_string: "limit: 5, message: 'Too many attempts'", replace_all: false };
const install = { command: 'npm install express-rate-limit@7', description: 'Install rate limiting middleware' };
const test = { command: 'npm test -- --testPathPattern=auth', description: 'Run auth test suite' };

describe('a whole realistic session', () => {
  it('should report the right status after every event and exact derived totals', async () => {
    const s = await createSession(server);
    const batch = { ...fixture('PostToolBatch'), prompt_id: 'p1' };
    const steps: Step[] = [
      { event: ev.start('startup', { model: 'claude-sonnet-4-6' }), expect: 'IDLE' },
      { event: ev.prompt('p1', 'Add rate limiting to POST /login and cover it with tests.'), expect: 'WORKING' },
      // Two parallel reads; their posts arrive out of order, then the batch repeats them.
      { event: ev.pre('p1', 'toolu_r1', 'Read', loginTs), expect: 'WORKING' },
      { event: ev.pre('p1', 'toolu_r2', 'Read', pkg), expect: 'WORKING' },
      { event: ev.post('p1', 'toolu_r2', 'Read', pkg, { type: 'text', file: { filePath: pkg.file_path } }, 6), expect: 'WORKING' },
      { event: ev.post('p1', 'toolu_r1', 'Read', loginTs, { type: 'text', file: { filePath: loginTs.file_path } }, 8), expect: 'WORKING' },
      { event: batch, expect: 'WORKING', label: 'PostToolBatch adds no calls' },
      // A subagent with two calls of its own.
      { event: ev.pre('p1', 'toolu_ag', 'Agent', agent), expect: 'WORKING' },
      { event: ev.subStart('p1', AGENT), expect: 'WORKING' },
      { event: ev.pre('p1', 'toolu_g1', 'Grep', grep, AGENT), expect: 'WORKING' },
      { event: ev.post('p1', 'toolu_g1', 'Grep', grep, { filenames: ['src/auth/login.ts'], numFiles: 1 }, 12, AGENT), expect: 'WORKING' },
      { event: ev.pre('p1', 'toolu_g2', 'Read', serverTs, AGENT), expect: 'WORKING' },
      { event: ev.post('p1', 'toolu_g2', 'Read', serverTs, { type: 'text' }, 3, AGENT), expect: 'WORKING' },
      { event: ev.subStop('p1', AGENT, 'Auth middleware is registered in 2 places.'), expect: 'WORKING' },
      { event: ev.post('p1', 'toolu_ag', 'Agent', agent, { status: 'completed', agentId: AGENT }, 21950), expect: 'WORKING' },
      // Writes and edits.
      { event: ev.pre('p1', 'toolu_w1', 'Write', write), expect: 'WORKING' },
      { event: ev.post('p1', 'toolu_w1', 'Write', write, { type: 'create', filePath: write.file_path }, 11), expect: 'WORKING' },
      { event: ev.pre('p1', 'toolu_e1', 'Edit', edit1), expect: 'WORKING' },
      { event: ev.post('p1', 'toolu_e1', 'Edit', edit1, { filePath: edit1.file_path }, 38), expect: 'WORKING' },
      // A permission prompt, approved.
      { event: ev.pre('p1', 'toolu_b1', 'Bash', install), expect: 'WORKING' },
      { event: ev.permission('p1', 'Bash', install), expect: 'NEEDS_INPUT' },
      { event: ev.notify('p1', 'permission_prompt', 'Claude needs your permission to use Bash'), expect: 'NEEDS_INPUT' },
      { event: ev.post('p1', 'toolu_b1', 'Bash', install, { stdout: 'added 1 package' }, 4000), expect: 'WORKING' },
      // A failing test run, a fix, a passing run.
      { event: ev.pre('p1', 'toolu_t1', 'Bash', test), expect: 'WORKING' },
      { event: ev.fail('p1', 'toolu_t1', 'Bash', test, 'Exit code 1\nFAIL tests/auth/rateLimit.test.ts', 5187), expect: 'WORKING' },
      { event: ev.pre('p1', 'toolu_e2', 'Edit', edit2), expect: 'WORKING' },
      { event: ev.post('p1', 'toolu_e2', 'Edit', edit2, { filePath: edit2.file_path }, 20), expect: 'WORKING' },
      { event: ev.pre('p1', 'toolu_t2', 'Bash', test), expect: 'WORKING' },
      { event: ev.post('p1', 'toolu_t2', 'Bash', test, { stdout: 'Tests: 11 passed' }, 4210), expect: 'WORKING' },
      { event: ev.stop('p1', 'Done. POST /login is now limited to 5 attempts per minute per IP.'), expect: 'IDLE' },
      // Compaction, then the end.
      { event: { ...fixture('PreCompact.auto'), trigger: 'manual' }, expect: 'IDLE' },
      { event: fixture('PostCompact.auto'), expect: 'IDLE' },
      { event: fixture('SessionStart.resume'), expect: 'IDLE', label: 'SessionStart without model' },
      { event: { ...ev.start('compact') }, expect: 'IDLE' },
      { event: fixture('SessionEnd.prompt_input_exit'), expect: 'ENDED' },
    ];
    await play(server, s, steps);

    const totals = await sessionStatus(server, s.id);
    expect(totals).toMatchObject({
      status: 'ENDED',
      toolCallCount: 11,
      pendingToolCalls: 0,
      failures: 1,
      permissionRequests: 1,
      model: 'claude-sonnet-4-6',
      title: 'login rate limiting',
      lastPrompt: 'Add rate limiting to POST /login and cover it with tests.',
      lastAssistantMessage: 'Done. POST /login is now limited to 5 attempts per minute per IP.',
      needsInput: null,
      agentSessionId: '5e2c8a71-3f4d-4a9b-8c16-d07e9b3f2a48',
    });
    expect(totals.toolCalls).toEqual([
      { tool: 'Bash', calls: 3, completed: 2, failures: 1, totalDurationMs: 4000 + 5187 + 4210 },
      { tool: 'Read', calls: 3, completed: 3, failures: 0, totalDurationMs: 6 + 8 + 3 },
      { tool: 'Edit', calls: 2, completed: 2, failures: 0, totalDurationMs: 58 },
      { tool: 'Agent', calls: 1, completed: 1, failures: 0, totalDurationMs: 21950 },
      { tool: 'Grep', calls: 1, completed: 1, failures: 0, totalDurationMs: 12 },
      { tool: 'Write', calls: 1, completed: 1, failures: 0, totalDurationMs: 11 },
    ]);
    expect(totals.filesTouched).toEqual({
      written: [`${P}/src/middleware/rateLimit.ts`, `${P}/src/auth/login.ts`],
      onlyRead: [`${P}/package.json`, `${P}/src/server.ts`],
    });
    expect(totals.subagents).toEqual([
      { agentId: AGENT, agentType: 'Explore', running: false, toolCalls: 2, failures: 0, lastAssistantMessage: 'Auth middleware is registered in 2 places.', toolUseId: 'toolu_ag' },
    ]);

    const log = await execute(server, HkSessionEvents, { id: s.id, first: 100 });
    const nodes = log.data!.session!.events.edges.map((e) => e.node);
    expect(nodes.filter((n) => n.kind === 'HOOK_RECEIVED')).toHaveLength(steps.length);
    expect(nodes.filter((n) => n.kind === 'SESSION_STATUS_CHANGED').map((n) => (n.payload as { to: string }).to)).toEqual([
      'IDLE', 'WORKING', 'NEEDS_INPUT', 'WORKING', 'IDLE', 'ENDED',
    ]);
  });
});
