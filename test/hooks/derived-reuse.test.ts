/**
 * Hook ingest keeps each session's parsed `derived` between batches and reuses it only while the
 * row still holds the text this process committed (src/hooks/ingest.ts, committedDerived). These
 * tests change the row behind the server's back, as another writer would, and check that the next
 * batch folds into what the row holds then, not into the remembered copy.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawId } from '../events/helpers.ts';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { createSession, fixture, postHook, sessionStatus } from './helpers.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => stopAllServers());

function bash(toolUseId: string) {
  return { ...fixture('PostToolUse.Bash'), tool_use_id: toolUseId };
}

/** Writes the Session row directly in the database file (WAL: the running server sees it at its next read). */
function overwriteDerived(sessionId: string, derived: string) {
  const conn = new Database(join(server.dataDir, 'maestro.db'));
  try {
    conn.pragma('busy_timeout = 5000');
    conn.prepare(`UPDATE "Session" SET "derived" = ? WHERE "id" = ?`).run(derived, rawId(sessionId));
  } finally {
    conn.close();
  }
}

describe('derived state between ingest batches', () => {
  it('should fold the next event into the row as it is now when another writer changed it', async () => {
    const session = await createSession(server);
    for (const id of ['toolu_a1', 'toolu_a2', 'toolu_a3']) expect((await postHook(server, session.token, bash(id))).status).toBe(200);
    expect((await sessionStatus(server, session.id)).toolCallCount).toBe(3);

    overwriteDerived(session.id, '{}');
    expect((await postHook(server, session.token, bash('toolu_a4'))).status).toBe(200);

    // A remembered copy would say 4; the row said 0 calls before this one.
    const after = await sessionStatus(server, session.id);
    expect(after.toolCallCount).toBe(1);
    expect(after.toolCalls).toEqual([expect.objectContaining({ tool: 'Bash', calls: 1 })]);
  });

  it('should keep counting across many batches when nothing else writes the row', async () => {
    const session = await createSession(server);
    const ids = Array.from({ length: 60 }, (_, i) => `toolu_b${i}`);
    // Sequential and concurrent posts, so some batches hold one event and some several.
    for (const id of ids.slice(0, 20)) expect((await postHook(server, session.token, bash(id))).status).toBe(200);
    const statuses = await Promise.all(ids.slice(20).map((id) => postHook(server, session.token, bash(id)).then((r) => r.status)));
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect((await sessionStatus(server, session.id)).toolCallCount).toBe(60);
  });
});
