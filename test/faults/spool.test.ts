/**
 * The hook spool under a reboot and a stuck or dead flusher (src/client/spool.ts): events spooled
 * after a power loss sort after the ones spooled before it; a live flusher's lock is never taken,
 * however old; a dead flusher's lock is taken over at once.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentProcess, processStartTime } from '../../src/client/process-identity.ts';
import { flush, pending, spool, type Spooled } from '../../src/client/spool.ts';
import { startServer, stopAllServers, tempDir, type TestServer } from '../helpers/server.ts';
import { createSession, storedHooks } from '../hooks/helpers.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => stopAllServers());

const meta = (key: string, token: string | null = null): Spooled => ({ key, time: Date.now(), url: server.url, token });
const body = (prompt: string) => Buffer.from(JSON.stringify({ hook_event_name: 'UserPromptSubmit', session_id: 'spool-faults', prompt }));
const promptOf = (dir: string, name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8').split('\n')[1]!).prompt as string;

/** A process that stays alive until killed; resolves once it runs. */
async function liveProcess() {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  await new Promise((r) => child.once('spawn', r));
  return child;
}

function writeLock(dir: string, holder: { pid: number; startTime: string | null }, ageMs = 0) {
  mkdirSync(dir, { recursive: true });
  const lock = join(dir, '.flush.lock');
  writeFileSync(lock, JSON.stringify({ pid: holder.pid, host: currentProcess().host, startTime: holder.startTime }));
  const at = new Date(Date.now() - ageMs);
  utimesSync(lock, at, at);
}

describe('spool order across a reboot', () => {
  it('should sort an event spooled after a power loss after the events spooled before it', async () => {
    const dir = tempDir('maestro-spool-');
    // Spooled before the power loss, when the machine had been up far longer than it has now: the
    // old names came from the monotonic clock, which restarts at boot.
    const before = `${String(process.hrtime.bigint() + 10n ** 15n).padStart(20, '0')}-1234-old.hook`;
    writeFileSync(join(dir, before), `${JSON.stringify(meta('old'))}\n${body('before the power loss').toString()}`);
    spool(dir, meta('new-1'), body('after the reboot 1'));
    spool(dir, meta('new-2'), body('after the reboot 2'));
    expect(pending(dir).map((name) => promptOf(dir, name))).toEqual(['before the power loss', 'after the reboot 1', 'after the reboot 2']);
  });
});

describe('the flush lock', () => {
  it('should never be taken from a live flusher, however old its lock', async () => {
    const dir = tempDir('maestro-spool-');
    spool(dir, meta('k1'), body('waiting'));
    const holder = await liveProcess();
    try {
      writeLock(dir, { pid: holder.pid!, startTime: processStartTime(holder.pid!) }, 60_000);
      const result = await flush({ spoolDir: dir, timeoutMs: 2000 });
      expect(result).toMatchObject({ busy: true, sent: 0, left: 1 });
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('should be taken over at once when its holder died, and the spool flushed in order', async () => {
    const session = await createSession(server);
    const dir = tempDir('maestro-spool-');
    for (let i = 1; i <= 3; i++) spool(dir, meta(`dead-${i}`, session.token), body(`prompt ${i}`));
    const holder = await liveProcess();
    const identity = { pid: holder.pid!, startTime: processStartTime(holder.pid!) };
    holder.kill('SIGKILL');
    await new Promise((r) => holder.once('exit', r));
    writeLock(dir, identity); // fresh: written a moment ago by a flusher killed mid-flush

    const result = await flush({ spoolDir: dir, timeoutMs: 5000 });
    expect(result).toMatchObject({ busy: false, sent: 3, left: 0, error: null });
    const prompts = storedHooks(server)
      .filter((row) => row.sessionId === Buffer.from(session.id, 'base64').toString().split(':')[1])
      .map((row) => JSON.parse(row.payload).prompt);
    expect(prompts).toEqual(['prompt 1', 'prompt 2', 'prompt 3']);
  });
});
