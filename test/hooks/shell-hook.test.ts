/**
 * The hook path of spawned sessions (src/client/spool.ts): the shell hook (SHELL_HOOK_COMMAND) only
 * writes each event to <data dir>/spool/incoming, durably; a flush adopts those files into the spool
 * in the order the hooks ran and sends them with keys made from their names. And `maestro hook`'s
 * retry pause: after a failure, hooks only spool until `retryAfterMs` has passed.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliver, flush, hookConfig, INCOMING_DIR, pending, SHELL_HOOK_COMMAND, spool } from '../../src/client/spool.ts';
import { startServer, stopAllServers, tempDir, type TestServer } from '../helpers/server.ts';
import { createSession, rawId, storedHooks } from './helpers.ts';

let server: TestServer;
let session: { id: string; token: string };
beforeAll(async () => {
  server = await startServer();
  session = await createSession(server);
});
afterAll(() => stopAllServers());

/** Runs the shell hook as Claude Code does (a shell, the payload on stdin); resolves with its exit code. */
function shellHook(env: Record<string, string>, stdin: string | Buffer): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/sh', ['-c', SHELL_HOOK_COMMAND], { env: { PATH: process.env.PATH!, ...env }, stdio: ['pipe', 'ignore', 'inherit'] });
    child.once('error', reject);
    child.once('exit', resolve);
    child.stdin.end(stdin);
  });
}

function hookEnv(dataDir: string, token = session.token, url = server.url) {
  mkdirSync(join(dataDir, 'spool', INCOMING_DIR), { recursive: true });
  return { MAESTRO_DATA_DIR: dataDir, MAESTRO_TOKEN: token, MAESTRO_SERVER_URL: url };
}

const notification = (message: string) => JSON.stringify({ hook_event_name: 'Notification', session_id: 'shell-hook', notification_type: 'idle_prompt', message });
const storedMessages = () =>
  storedHooks(server)
    .filter((row) => row.sessionId === rawId(session.id))
    .map((row) => JSON.parse(row.payload).message as string);

describe('the shell hook of spawned sessions', () => {
  it('should leave each event on disk for the runner, then be sent in the order the hooks ran, byte for byte', async () => {
    const dataDir = tempDir('maestro-shell-hook-');
    const env = hookEnv(dataDir);
    const messages = Array.from({ length: 30 }, (_, i) => `shell event ${i} ✓ "quoted" \\ back`);
    for (const message of messages) expect(await shellHook(env, notification(message))).toBe(0);
    const big = notification(`big ${'x'.repeat(1024 * 1024)}`);
    expect(await shellHook(env, big)).toBe(0);

    const incoming = readdirSync(join(dataDir, 'spool', INCOMING_DIR)).sort();
    expect(incoming).toHaveLength(31);
    expect(incoming.every((name) => /^\d{19}-\d+\.hook$/.test(name))).toBe(true);

    const spoolDir = join(dataDir, 'spool');
    expect(await flush({ spoolDir, timeoutMs: 10_000 })).toMatchObject({ sent: 31, rejected: 0, left: 0, error: null });
    expect(readdirSync(join(spoolDir, INCOMING_DIR))).toEqual([]);
    const stored = storedHooks(server).filter((row) => row.sessionId === rawId(session.id));
    expect(stored.map((row) => JSON.parse(row.payload).message).slice(-31, -1)).toEqual(messages);
    expect(stored.at(-1)!.payload).toBe(big);
    expect(stored.at(-1)!.idempotencyKey?.endsWith(`:key:in-${incoming.at(-1)!.replace(/\.hook$/, '')}`)).toBe(true);
  });

  it('should keep everything while the server is down and send each event once when it is back', async () => {
    const down = await closedPort();
    const dataDir = tempDir('maestro-shell-hook-');
    const spoolDir = join(dataDir, 'spool');
    for (const i of [1, 2, 3]) expect(await shellHook(hookEnv(dataDir, session.token, `http://127.0.0.1:${down}`), notification(`while down ${i}`))).toBe(0);
    const failed = await flush({ spoolDir, timeoutMs: 2000, url: `http://127.0.0.1:${down}` });
    expect(failed.sent).toBe(0);
    expect(failed.error).toMatch(/ECONNREFUSED/);
    expect(pending(spoolDir)).toHaveLength(3); // adopted, in order, waiting

    // A crash between adopting a file and removing it leaves both copies: one key, stored once.
    expect(await shellHook(hookEnv(dataDir), notification('adopted twice'))).toBe(0);
    const [name] = readdirSync(join(spoolDir, INCOMING_DIR));
    spool(spoolDir, { key: `in-${name!.replace(/\.hook$/, '')}`, time: Date.now(), url: server.url, token: session.token }, Buffer.from(notification('adopted twice')));

    expect(await flush({ spoolDir, timeoutMs: 10_000, url: server.url })).toMatchObject({ sent: 5, rejected: 0, left: 0 });
    expect(storedMessages().filter((m) => /while down|adopted twice/.test(m))).toEqual(['while down 1', 'while down 2', 'while down 3', 'adopted twice']);
  });

  it('should finish writing an event when signalled, as Claude Code signals the hooks it stops waiting for', async () => {
    const dataDir = tempDir('maestro-shell-hook-');
    const incoming = join(dataDir, 'spool', INCOMING_DIR);
    const body = notification('signalled mid-write');
    const child = spawn('/bin/sh', ['-c', SHELL_HOOK_COMMAND], { env: { PATH: process.env.PATH!, ...hookEnv(dataDir) }, stdio: ['pipe', 'ignore', 'inherit'], detached: true });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.stdin.write(body.slice(0, 20));
    // The header is written, cat waits for the rest: the hook is past its trap and mid-write.
    for (const deadline = Date.now() + 30_000; !readdirSync(incoming).some((n) => n.endsWith('.tmp')); ) {
      if (Date.now() > deadline) throw new Error('the shell hook did not start writing');
      await new Promise((r) => setTimeout(r, 10));
    }
    for (const signal of ['SIGTERM', 'SIGHUP', 'SIGINT'] as const) process.kill(-child.pid!, signal); // sh, cat and all
    child.stdin.end(body.slice(20));
    expect(await exited).toBe(0);
    const files = readdirSync(incoming);
    expect(files).toHaveLength(1);
    expect(readFileSync(join(incoming, files[0]!), 'utf8').split('\n')[1]).toBe(body);
  });

  it('should set aside an incoming file without a usable header instead of blocking the others', async () => {
    const dataDir = tempDir('maestro-shell-hook-');
    const spoolDir = join(dataDir, 'spool');
    hookEnv(dataDir);
    writeFileSync(join(spoolDir, INCOMING_DIR, '0000000000000000001-1.hook'), 'not a header\n{"hook_event_name":"Notification"}');
    expect(await shellHook(hookEnv(dataDir), notification('after the broken one'))).toBe(0);
    expect(await flush({ spoolDir, timeoutMs: 10_000, url: server.url })).toMatchObject({ sent: 1, rejected: 1, left: 0 });
    expect(readdirSync(join(spoolDir, 'rejected')).filter((n) => n.endsWith('.reason'))).toHaveLength(1);
    expect(storedMessages()).toContain('after the broken one');
  });
});

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** A server that accepts connections and never answers, as a frozen Maestro does; counts connections. */
async function hungServer() {
  const sockets: Socket[] = [];
  const hung = createServer((socket) => void sockets.push(socket));
  await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(hung.address() as { port: number }).port}`,
    connections: () => sockets.length,
    close: () => {
      sockets.forEach((s) => s.destroy());
      hung.close();
    },
  };
}

describe('maestro hook against a hung server', () => {
  const body = (i: number) => Buffer.from(notification(`hung ${i}`));

  it('should try the server once, then only spool until the retry pause has passed', async () => {
    const hung = await hungServer();
    try {
      const dataDir = tempDir('maestro-hook-hung-');
      const config = hookConfig({ MAESTRO_DATA_DIR: dataDir, MAESTRO_SERVER_URL: hung.url, MAESTRO_TOKEN: session.token, MAESTRO_HOOK_TIMEOUT_MS: '300', MAESTRO_HOOK_RETRY_AFTER_MS: '600000' });
      for (let i = 0; i < 5; i++) expect(await deliver(config, body(i))).toBe('spooled');
      expect(hung.connections()).toBe(1);
      expect(pending(config.spoolDir)).toHaveLength(5);
      expect(existsSync(join(config.spoolDir, '.unreachable'))).toBe(true);
    } finally {
      hung.close();
    }
  });

  it('should try the server on every event without the pause (retry after 0 ms), keeping the order', async () => {
    const hung = await hungServer();
    try {
      const dataDir = tempDir('maestro-hook-hung-');
      const config = hookConfig({ MAESTRO_DATA_DIR: dataDir, MAESTRO_SERVER_URL: hung.url, MAESTRO_TOKEN: session.token, MAESTRO_HOOK_TIMEOUT_MS: '300', MAESTRO_HOOK_RETRY_AFTER_MS: '0' });
      for (let i = 0; i < 3; i++) expect(await deliver(config, body(i))).toBe('spooled');
      expect(hung.connections()).toBe(3);
      const prompts = pending(config.spoolDir).map((name) => JSON.parse(readFileSync(join(config.spoolDir, name), 'utf8').split('\n')[1]!).message);
      expect(prompts).toEqual(['hung 0', 'hung 1', 'hung 2']);
    } finally {
      hung.close();
    }
  });
});
