import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { MAESTRO, maestro } from './cli.ts';
import { createProject, createTask, postHook } from './helpers.ts';
import { ev } from './script.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => stopAllServers());

const env = () => ({ MAESTRO_SERVER_URL: server.url });
const bash = { command: 'npm install express-rate-limit@7' };

describe('maestro session', () => {
  it('should register a session, then list and show it with its live status and totals', async () => {
    const projectId = await createProject(server, 'CLI sessions');
    const taskId = await createTask(server, projectId, 'Rate limit');
    const reg = await maestro(['session', 'register', '--project', projectId, '--name', 'by hand', '--task', taskId, '--cwd', '/w', '--json'], { env: env() });
    expect(reg.code, reg.stderr).toBe(0);
    const { data } = JSON.parse(reg.stdout) as { data: { token: string; session: { id: string; status: string } } };
    expect(data.session.status).toBe('STARTING');
    const human = await maestro(['session', 'register', '--project', projectId], { env: env() });
    expect(human.stdout).toMatch(/export MAESTRO_TOKEN=mst_/);

    for (const event of [ev.start(), ev.prompt('p1', 'go'), ev.pre('p1', 'toolu_1', 'Bash', bash), ev.permission('p1', 'Bash', bash)]) {
      expect((await postHook(server, data.token, event)).status).toBe(200);
    }
    const list = await maestro(['session', 'list', '--project', projectId], { env: env() });
    expect(list.code).toBe(0);
    const row = list.stdout.split('\n').find((l) => l.startsWith(data.session.id))!;
    expect(row).toContain('!! NEEDS_INPUT');
    expect(row).toContain('Permission to use Bash: npm install express-rate-limit@7');
    const byStatus = await maestro(['session', 'list', '--status', 'needs-input', '--project', projectId, '--json'], { env: env() });
    expect(JSON.parse(byStatus.stdout).data.sessions.map((s: { id: string }) => s.id)).toEqual([data.session.id]);
    const badStatus = await maestro(['session', 'list', '--status', 'sleeping'], { env: env() });
    expect(badStatus.code).toBe(2);

    const show = await maestro(['session', 'show', data.session.id], { env: env() });
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('Status:    NEEDS_INPUT');
    expect(show.stdout).toContain('Tools:     1 calls, 0 failed, 1 running, 1 permission prompts');
    expect(show.stdout).toContain('"Rate limit"');
    const json = JSON.parse((await maestro(['session', 'show', data.session.id, '--json'], { env: env() })).stdout);
    expect(json.data).toMatchObject({ status: 'NEEDS_INPUT', toolCallCount: 1, cwd: '/home/dev/project', needsInput: { kind: 'PERMISSION' } });
    // A turn ended by an API error: its error is shown, not only kept in a status reason.
    expect(show.stdout).not.toContain('Error:');
    expect((await postHook(server, data.token, ev.stopFailure('p1'))).status).toBe(200);
    const failed = await maestro(['session', 'show', data.session.id], { env: env() });
    expect(failed.stdout).toMatch(/^Error: {5}.+ rate_limit \(429 Too Many Requests\): API Error: Rate limit reached$/m);
    const missing = await maestro(['session', 'show', Buffer.from('Session:nope').toString('base64'), '--json'], { env: env() });
    expect([missing.code, JSON.parse(missing.stdout).error.code]).toEqual([1, 'NOT_FOUND_ERROR']);
  });

  it('should watch a session live: hook events and status changes as they happen', async () => {
    const projectId = await createProject(server, 'Watch');
    const reg = JSON.parse((await maestro(['session', 'register', '--project', projectId, '--json'], { env: env() })).stdout);
    const { token, session } = reg.data as { token: string; session: { id: string } };
    const child = spawn(process.execPath, [MAESTRO, 'session', 'watch', session.id], { env: { ...process.env, ...env(), NO_COLOR: '1' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const waitFor = async (test: () => boolean, what: string) => {
      const deadline = Date.now() + 20_000;
      while (!test()) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${out}\n${err}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    await waitFor(() => err.includes('following'), 'the stream to connect');
    await postHook(server, token, ev.start());
    await postHook(server, token, ev.prompt('p1', 'watch me'));
    await postHook(server, token, ev.pre('p1', 'toolu_w', 'Bash', bash));
    await waitFor(() => out.includes('PreToolUse'), 'the PreToolUse line');
    child.kill('SIGINT');
    const code = await new Promise((r) => child.once('exit', r));
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines.map((l) => l.replace(/^\s*\d+\s+\d\d:\d\d:\d\d\s+/, '').replace(/\s+/g, ' '))).toEqual([
      'SessionStart startup',
      'status STARTING → IDLE (SessionStart (startup))',
      'UserPromptSubmit watch me',
      'status IDLE → WORKING (UserPromptSubmit)',
      'PreToolUse Bash npm install express-rate-limit@7',
    ]);
  });
});
