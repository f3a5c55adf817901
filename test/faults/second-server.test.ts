/**
 * One server per data directory: a second server on the same directory refuses to start with one
 * clear line naming the holder; once the holder dies (even by kill -9), the next server starts at once.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, stopAllServers } from '../helpers/server.ts';

afterAll(() => stopAllServers());

describe('a second server on the same data directory', () => {
  it('should refuse to start while the first lives, and start once it was killed', async () => {
    const first = await startServer();
    const refused = await startServer({ dataDir: first.dataDir }).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(refused).toContain(`another Maestro server (pid ${first.proc.pid} on `);
    expect(refused).toContain('Stop it, or start this one with another --data-dir.');
    expect(refused).not.toMatch(/\n\s+at /); // one line, no stack trace
    expect((await fetch(`${first.url}/readyz`)).status).toBe(200); // the first is unharmed

    expect(await first.stop('SIGKILL')).toBe('SIGKILL');
    const second = await startServer({ dataDir: first.dataDir });
    expect((await fetch(`${second.url}/readyz`)).status).toBe(200);
    expect(await second.stop()).toBe(0);
    // A clean stop releases the lock: a third starts too.
    const third = await startServer({ dataDir: first.dataDir });
    expect(await third.stop()).toBe(0);
  }, 90_000);
});
