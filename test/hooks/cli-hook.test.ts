import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, stopAllServers, tempDir, type TestServer } from '../helpers/server.ts';
import { buildHookBundle, maestro, pool } from './cli.ts';
import { createSession, loadFixtures, rawId, storedHooks } from './helpers.ts';

const INVOCATIONS = 200;

beforeAll(() => {
  buildHookBundle();
});
afterAll(() => stopAllServers());

const hookEnv = (server: { url: string }, token: string, dataDir: string) => ({ MAESTRO_SERVER_URL: server.url, MAESTRO_TOKEN: token, MAESTRO_DATA_DIR: dataDir });
const spooled = (dataDir: string) => {
  try {
    return readdirSync(join(dataDir, 'spool')).filter((n) => n.endsWith('.hook')).sort();
  } catch {
    return [];
  }
};

describe('maestro hook', () => {
  it('should bundle to a file that imports nothing but Node built-ins', () => {
    const text = readFileSync(buildHookBundle(), 'utf8');
    expect(text).toMatch(/from "node:http"/);
    expect(text).not.toMatch(/from ["'](?!node:)[^"']+["']|import\(["'](?!node:)/);
  });

  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });

  it('should deliver every fixture verbatim, print nothing and exit 0', async () => {
    const session = await createSession(server);
    const dataDir = tempDir('maestro-hook-');
    const fixtures = loadFixtures();
    const runs = [];
    // In order: each invocation finishes before the next (as Claude Code runs one event's hooks).
    for (const f of fixtures) runs.push(await maestro(['hook'], { stdin: f.text, env: hookEnv(server, session.token, dataDir) }));
    expect(runs.map((r) => [r.code, r.stdout])).toEqual(fixtures.map(() => [0, '']));
    const rows = storedHooks(server).filter((r) => r.sessionId === rawId(session.id));
    expect(rows.map((r) => r.payload)).toEqual(fixtures.map((f) => f.text));
    expect(spooled(dataDir)).toEqual([]);
  });

  it('should exit 0 with a 4 MiB body and keep it byte for byte', async () => {
    const session = await createSession(server);
    const dataDir = tempDir('maestro-hook-');
    const body = JSON.stringify({ hook_event_name: 'PostToolUse', tool_name: 'Write', tool_use_id: 'toolu_4mib', tool_input: { content: 'ü✓🚀\\udcb2 '.repeat(420_000) } });
    expect(Buffer.byteLength(body)).toBeGreaterThan(4 * 1024 * 1024);
    const run = await maestro(['hook'], { stdin: body, env: hookEnv(server, session.token, dataDir) });
    expect([run.code, run.stdout]).toEqual([0, '']);
    expect(storedHooks(server).filter((r) => r.sessionId === rawId(session.id)).map((r) => r.payload)).toEqual([body]);
  });
});

describe('maestro hook while the server is down', () => {
  // 200 hooks, 6 at a time, contend for the spool's sequence lock as a busy agent's would.
  it(`should exit 0 for ${INVOCATIONS} invocations, then deliver every event exactly once, in order`, async () => {
    const serverData = tempDir();
    let server = await startServer({ dataDir: serverData });
    const session = await createSession(server);
    const port = server.port;
    await server.stop('SIGTERM');
    const dataDir = tempDir('maestro-hook-');
    const env = hookEnv(server, session.token, dataDir);

    const runs = await pool(INVOCATIONS, 6, (i) =>
      maestro(['hook'], { stdin: JSON.stringify({ hook_event_name: 'Notification', session_id: 'down', notification_type: 'idle_prompt', message: `event ${i}` }), env }),
    );
    expect(runs.filter((r) => r.code !== 0 || r.stdout !== '')).toEqual([]);
    const files = spooled(dataDir);
    expect(files).toHaveLength(INVOCATIONS);
    const order = files.map((name) => JSON.parse(readFileSync(join(dataDir, 'spool', name), 'utf8').split('\n')[1]!).message as string);
    expect(new Set(order).size).toBe(INVOCATIONS);
    // A retried file (same key, as after a crash between send and unlink) must not store twice.
    copyFileSync(join(dataDir, 'spool', files[10]!), join(dataDir, 'spool', `${files[10]!.replace(/^0/, '1')}`));

    server = await startServer({ dataDir: serverData, port });
    const flushed = await maestro(['spool', 'flush', '--json'], { env });
    expect(flushed.code, flushed.stderr).toBe(0);
    expect(JSON.parse(flushed.stdout).data).toMatchObject({ sent: INVOCATIONS + 1, rejected: 0, left: 0 });
    expect(spooled(dataDir)).toEqual([]);

    const stored = storedHooks(server).filter((r) => r.sessionId === rawId(session.id)).map((r) => JSON.parse(r.payload).message as string);
    expect(stored).toEqual(order);
  }, 240_000);

  it('should flush the spool first on the next invocation, keeping the order', async () => {
    const serverData = tempDir();
    let server = await startServer({ dataDir: serverData });
    const session = await createSession(server);
    const port = server.port;
    await server.stop('SIGKILL');
    const dataDir = tempDir('maestro-hook-');
    // No retry pause: the invocation right after the restart must try the server, however fast the
    // restart was (the pause itself is tested in shell-hook.test.ts).
    const env = { ...hookEnv(server, session.token, dataDir), MAESTRO_HOOK_RETRY_AFTER_MS: '0' };
    const body = (n: number) => JSON.stringify({ hook_event_name: 'UserPromptSubmit', session_id: 'next', prompt: `prompt ${n}` });
    for (const n of [1, 2, 3]) expect((await maestro(['hook'], { stdin: body(n), env })).code).toBe(0);
    expect(spooled(dataDir)).toHaveLength(3);
    server = await startServer({ dataDir: serverData, port });
    expect((await maestro(['hook'], { stdin: body(4), env })).code).toBe(0);
    expect(spooled(dataDir)).toEqual([]);
    const stored = storedHooks(server).filter((r) => r.sessionId === rawId(session.id)).map((r) => JSON.parse(r.payload).prompt);
    expect(stored).toEqual(['prompt 1', 'prompt 2', 'prompt 3', 'prompt 4']);
  });

  it('should set aside an event the server refuses instead of blocking the spool', async () => {
    const server = await startServer();
    const dataDir = tempDir('maestro-hook-');
    const run = await maestro(['hook'], { stdin: '{"hook_event_name":"Stop"}', env: hookEnv(server, 'mst_wrong', dataDir) });
    expect([run.code, run.stdout]).toEqual([0, '']);
    expect(spooled(dataDir)).toEqual([]);
    const rejected = readdirSync(join(dataDir, 'spool', 'rejected'));
    expect(rejected.filter((n) => n.endsWith('.reason')).map((n) => readFileSync(join(dataDir, 'spool', 'rejected', n), 'utf8'))).toEqual([
      expect.stringContaining('HTTP 401'),
    ]);
  });
});
