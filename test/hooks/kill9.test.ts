import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, stopAllServers, tempDir, type TestServer } from '../helpers/server.ts';
import { createSession } from './helpers.ts';

afterAll(() => stopAllServers());

const ITERATIONS = Number(process.env.KILL9_ITERATIONS ?? 20);
const POSTERS = 10;
const RATE = 300; // events per second, all posters together

/** Posts at RATE until stopped; returns the ids the server acked with 2xx. */
function posters(server: TestServer, token: string, iteration: number) {
  const acked: string[] = [];
  let stopped = false;
  let sent = 0;
  const inFlight = new Set<Promise<void>>();
  const timers = Array.from({ length: POSTERS }, (_, p) =>
    setInterval(() => {
      if (stopped) return;
      const id = `i${iteration}-p${p}-${sent++}`;
      const body = JSON.stringify({ hook_event_name: 'Notification', session_id: 'kill9', message: id, notification_type: 'idle_prompt' });
      const request = fetch(`${server.url}/hooks/claude`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': id },
        body,
      })
        .then(async (res) => {
          await res.arrayBuffer();
          if (res.ok) acked.push(id);
        })
        .catch(() => {});
      inFlight.add(request);
      void request.finally(() => inFlight.delete(request));
    }, (1000 * POSTERS) / RATE),
  );
  return {
    acked,
    get sent() {
      return sent;
    },
    async stop() {
      stopped = true;
      timers.forEach(clearInterval);
      await Promise.allSettled([...inFlight]);
    },
  };
}

/** Resolves once the posters have `count` acks; fails the test if they do not get there in 30 s. */
async function waitForAcks(load: ReturnType<typeof posters>, count: number) {
  for (const deadline = Date.now() + 30_000; load.acked.length < count; ) {
    if (Date.now() > deadline) throw new Error(`only ${load.acked.length}/${count} hook posts acked in 30 s`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function stored(dataDir: string): Map<string, number> {
  const conn = new Database(join(dataDir, 'maestro.db'), { readonly: true });
  try {
    const counts = new Map<string, number>();
    for (const row of conn.prepare(`SELECT payload FROM "Event" WHERE kind = 'HOOK_RECEIVED'`).all() as { payload: string }[]) {
      const id = (JSON.parse(row.payload) as { message: string }).message;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  } finally {
    conn.close();
  }
}

describe('hook ingest durability', () => {
  it(`should keep every acked event exactly once across ${ITERATIONS} kill -9s under load (posting at up to ${RATE} events/s)`, async () => {
    const dataDir = tempDir('maestro-kill9-');
    let server = await startServer({ dataDir });
    const { token } = await createSession(server);
    const acked: string[] = [];
    let sent = 0;
    for (let i = 0; i < ITERATIONS; i++) {
      // Warm the fresh server up (JIT, query plans for a few batch sizes), so the kill lands under load.
      const warm = await Promise.all(
        Array.from({ length: 20 }, (_, w) =>
          fetch(`${server.url}/hooks/claude`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': `warm-${i}-${w}` },
            body: JSON.stringify({ hook_event_name: 'Notification', session_id: 'kill9', message: `warm-${i}-${w}` }),
          }).then((r) => r.status),
        ),
      );
      expect(warm.every((status) => status === 200)).toBe(true);
      acked.push(...warm.map((_, w) => `warm-${i}-${w}`));
      const load = posters(server, token, i);
      // Kill under load, counted rather than timed (a loaded machine acks fewer than RATE/s): once
      // the posters have had 30 acks, at a random moment within the next 0–1 s.
      await waitForAcks(load, 30);
      await new Promise((r) => setTimeout(r, Math.random() * 1000));
      await server.stop('SIGKILL');
      await load.stop();
      acked.push(...load.acked);
      sent += load.sent;
      server = await startServer({ dataDir, port: server.port });
      const counts = stored(dataDir);
      const missing = acked.filter((id) => counts.get(id) !== 1);
      expect({ iteration: i, missingOrDuplicated: missing }).toEqual({ iteration: i, missingOrDuplicated: [] });
      expect([...counts.values()].every((n) => n === 1)).toBe(true);
    }
    await server.stop('SIGKILL');
    const conn = new Database(join(dataDir, 'maestro.db'));
    try {
      expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      conn.close();
    }
    expect(sent).toBeGreaterThanOrEqual(acked.length - ITERATIONS * 20); // warm-up posts are not counted in `sent`
  }, 400_000);
});
