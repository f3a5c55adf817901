/**
 * Issue 6: "the next invocation, `maestro spool flush` and the runner flush the spool in order with the
 * same idempotency keys". This is the runner's part: events `maestro hook` spooled under the server's
 * data directory while the server was down arrive once the server (with its in-server runner) is back,
 * without another `maestro hook` or `maestro spool flush`.
 */
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, stopAllServers, tempDir } from '../helpers/server.ts';
import { buildHookBundle, maestro } from './cli.ts';
import { createSession, rawId, storedHooks } from './helpers.ts';

beforeAll(() => {
  buildHookBundle();
});
afterAll(() => stopAllServers());

const spooled = (dataDir: string) => {
  try {
    return readdirSync(join(dataDir, 'spool')).filter((n) => n.endsWith('.hook')).sort();
  } catch {
    return [];
  }
};

describe('the in-server runner', () => {
  it('should flush the data directory spool on start: in order, exactly once, same idempotency keys', async () => {
    const serverData = tempDir();
    let server = await startServer({ dataDir: serverData });
    const session = await createSession(server);
    const port = server.port;
    await server.stop('SIGKILL');

    // As an agent the runner launched would: MAESTRO_DATA_DIR is the server's data directory.
    const env = { MAESTRO_SERVER_URL: server.url, MAESTRO_TOKEN: session.token, MAESTRO_DATA_DIR: serverData };
    const body = (n: number) => JSON.stringify({ hook_event_name: 'UserPromptSubmit', session_id: 'runner-flush', prompt: `prompt ${n}` });
    for (let n = 1; n <= 12; n++) expect((await maestro(['hook'], { stdin: body(n), env })).code).toBe(0);
    const files = spooled(serverData);
    expect(files).toHaveLength(12);
    const keys = files.map((name) => JSON.parse(readFileSync(join(serverData, 'spool', name), 'utf8').split('\n')[0]!).key as string);
    // A file sent again with its key (as after a crash between the POST and the unlink) must not store twice.
    copyFileSync(join(serverData, 'spool', files[5]!), join(serverData, 'spool', files[5]!.replace(/^0/, '1')));

    server = await startServer({ dataDir: serverData, port });
    const deadline = Date.now() + 20_000;
    while (spooled(serverData).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(spooled(serverData)).toEqual([]);
    // Give a second (erroneous) delivery a chance to show up before counting.
    await new Promise((r) => setTimeout(r, 500));
    const rows = storedHooks(server).filter((r) => r.sessionId === rawId(session.id));
    expect(rows.map((r) => JSON.parse(r.payload).prompt)).toEqual(Array.from({ length: 12 }, (_, i) => `prompt ${i + 1}`));
    // Stored namespaced by session: hook:<session>:key:<the key the hook chose>.
    expect(rows.map((r) => r.idempotencyKey?.split(':key:')[1])).toEqual(keys);
    expect(server.output()).not.toMatch(/hook spool flush (failed|stopped)/);
  }, 60_000);
});
