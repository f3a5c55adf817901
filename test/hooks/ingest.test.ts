import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../helpers/graphql.ts';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { createSession, fixture, HkSessionEvents, loadFixtures, postHook, rawId, storedHooks } from './helpers.ts';

let server: TestServer;
let small: TestServer;
beforeAll(async () => {
  [server, small] = await Promise.all([startServer(), startServer({ args: ['--hook-max-body-bytes', '65536'] })]);
});
afterAll(() => stopAllServers());

const rowsOf = (s: TestServer, sessionId: string) => storedHooks(s).filter((r) => r.sessionId === sessionId);

describe('POST /hooks/claude', () => {
  it('should store every fixture verbatim with its normalised columns and ack with an empty 200', async () => {
    const session = await createSession(server);
    const fixtures = loadFixtures();
    expect(fixtures.length).toBeGreaterThanOrEqual(43);
    for (const f of fixtures) {
      const res = await postHook(server, session.token, f.text);
      expect({ file: f.file, status: res.status, body: res.body }).toEqual({ file: f.file, status: 200, body: '' });
    }
    const rows = rowsOf(server, rawId(session.id));
    expect(rows).toHaveLength(fixtures.length);
    rows.forEach((row, i) => {
      const f = fixtures[i]!;
      expect(row.payload).toBe(f.text);
      expect(row.hookEvent).toBe(f.payload['hook_event_name']);
      expect(row.toolName).toBe(f.payload['tool_name'] ?? null);
      expect(row.toolUseId).toBe(f.payload['tool_use_id'] ?? null);
      expect(row.agentId).toBe(f.payload['agent_id'] ?? null);
    });
    // And through GraphQL, as clients read it.
    const read = await execute(server, HkSessionEvents, { id: session.id, first: 100, kinds: ['HOOK_RECEIVED'] });
    const nodes = read.data!.session!.events.edges.map((e) => e.node);
    expect(nodes.map((n) => n.payload)).toEqual(fixtures.map((f) => f.payload));
    expect(nodes.map((n) => n.hookEvent)).toEqual(fixtures.map((f) => f.payload['hook_event_name']));
    expect(nodes.find((n) => n.agentId)?.agentId).toBe('aad8a5a38badd48f4');
  });

  it('should attribute hook events and the status changes they cause to the session whose token sent them, also when two sessions share a batch', async () => {
    const [a, b] = await Promise.all([createSession(server), createSession(server)]);
    // Concurrent deliveries of both sessions: group commit writes them in shared batches.
    const names = ['SessionStart.startup', 'UserPromptSubmit', 'PreToolUse.Bash', 'PostToolUse.Bash', 'Stop'];
    await Promise.all([a, b].flatMap((s) => names.map((n) => postHook(server, s.token, { ...fixture(n), session_id: `agent-${s.id}` }))));
    for (const s of [a, b]) {
      const read = await execute(server, HkSessionEvents, { id: s.id, first: 100 });
      const byHooks = read.data!.session!.events.edges.map((e) => e.node).filter((n) => n.kind === 'HOOK_RECEIVED' || n.kind === 'SESSION_STATUS_CHANGED');
      expect(byHooks.filter((n) => n.kind === 'HOOK_RECEIVED')).toHaveLength(names.length);
      expect(byHooks.some((n) => n.kind === 'SESSION_STATUS_CHANGED')).toBe(true);
      expect([...new Set(byHooks.map((n) => n.actor))]).toEqual([`session:${s.id}`]);
    }
  });

  it('should keep unicode, lone surrogates and a 4 MiB Edit body exactly as sent', async () => {
    const session = await createSession(server);
    const odd = `{"hook_event_name":"Notification","session_id":"s-odd","message":"caf\\u00e9 \\ud83d\\ude80 lone:\\udcb2 \\ud800 end","title":"日本語 ✓ \u{1F680}"}`;
    expect((await postHook(server, session.token, odd)).status).toBe(200);
    const oddName = `{"hook_event_name":"Weird\\udcb2Event","session_id":"s-odd","tool_name":"\\ud800"}`;
    expect((await postHook(server, session.token, oddName)).status).toBe(200);

    const big = fixture('PostToolUse.Edit') as Record<string, any>;
    const line = 'const greeting = "héllo wörld — ✓ 🚀";\n';
    big.tool_response = { ...big.tool_response, originalFile: line.repeat(Math.ceil((4 * 1024 * 1024) / Buffer.byteLength(line))) };
    big.tool_use_id = 'toolu_big_edit';
    big.session_id = 's-odd';
    const bigText = JSON.stringify(big);
    expect(Buffer.byteLength(bigText)).toBeGreaterThan(4 * 1024 * 1024);
    expect((await postHook(server, session.token, bigText)).status).toBe(200);

    const rows = rowsOf(server, rawId(session.id));
    expect(rows.map((r) => r.payload)).toEqual([odd, oddName, bigText]);
    const read = await execute(server, HkSessionEvents, { id: session.id, first: 10, kinds: ['HOOK_RECEIVED'] });
    const nodes = read.data!.session!.events.edges.map((e) => e.node);
    expect(nodes[0]!.payload).toEqual(JSON.parse(odd));
    expect(nodes[1]!.hookEvent).toBe('Weird\udcb2Event');
    expect(nodes[2]!.payload).toEqual(big);
  });

  it('should store a duplicate delivery once and keep identical events that have no key', async () => {
    const session = await createSession(server);
    const pre = fixture('PreToolUse.Bash');
    const a = await postHook(server, session.token, pre, { 'idempotency-key': 'k-1' });
    const b = await postHook(server, session.token, pre, { 'idempotency-key': 'k-1' });
    const c = await postHook(server, session.token, pre, { 'idempotency-key': 'k-2' }); // same tool_use_id: same event
    const d = await postHook(server, session.token, pre); // an http hook copy of it
    expect([a, b, c, d].map((r) => [r.status, r.body])).toEqual([[200, ''], [200, ''], [200, ''], [200, '']]);
    expect([a, b, c, d].map((r) => r.headers.get('x-maestro-duplicate'))).toEqual([null, '1', '1', '1']);

    const stop = fixture('Stop');
    await postHook(server, session.token, stop, { 'idempotency-key': 'stop-1' });
    await postHook(server, session.token, stop, { 'idempotency-key': 'stop-1' });
    const idle = fixture('Notification.idle_prompt');
    await postHook(server, session.token, idle);
    await postHook(server, session.token, idle);
    // Concurrent retries of one event race into the same group commit: still stored once.
    const perm = fixture('PermissionRequest.Bash');
    const racing = await Promise.all(Array.from({ length: 8 }, () => postHook(server, session.token, perm, { 'idempotency-key': 'perm-1' })));
    expect(racing.every((r) => r.status === 200)).toBe(true);
    expect(racing.filter((r) => r.headers.get('x-maestro-duplicate') === null)).toHaveLength(1);

    const names = rowsOf(server, rawId(session.id)).map((r) => r.hookEvent);
    expect(names).toEqual(['PreToolUse', 'Stop', 'Notification', 'Notification', 'PermissionRequest']);
    // The same tool_use_id in another session is another event.
    const other = await createSession(server);
    expect((await postHook(server, other.token, pre)).headers.get('x-maestro-duplicate')).toBeNull();
  });

  it('should keep an unknown hook event name with its fields', async () => {
    const session = await createSession(server);
    const body = { session_id: 'x', hook_event_name: 'FutureEvent2027', cwd: '/p', brand_new_field: { nested: [1, 2] } };
    const res = await postHook(server, session.token, body);
    expect([res.status, res.body]).toEqual([200, '']);
    const rows = rowsOf(server, rawId(session.id));
    expect(rows.map((r) => [r.hookEvent, JSON.parse(r.payload)])).toEqual([['FutureEvent2027', body]]);
  });

  it('should answer 401 without a valid token and 403 across sessions and projects, storing nothing', async () => {
    const before = storedHooks(server).length;
    const a = await createSession(server);
    const b = await createSession(server);
    const pre = fixture('PreToolUse.Edit');
    expect((await postHook(server, null, pre)).status).toBe(401);
    const wrong = await postHook(server, 'mst_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', pre);
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body).error.code).toBe('UNAUTHENTICATED');
    expect((await postHook(server, 'not-a-token', pre)).status).toBe(401);
    // Token of A addressed at B's session.
    const addressed = await postHook(server, a.token, pre, { 'x-maestro-session': b.id });
    expect(addressed.status).toBe(403);
    // B's agent session id (from B's own events) written with A's token.
    await postHook(server, b.token, { ...fixture('SessionStart.startup'), session_id: 'agent-of-b' });
    await postHook(server, a.token, { ...fixture('SessionStart.startup'), session_id: 'agent-of-a' });
    const cross = await postHook(server, a.token, { ...fixture('UserPromptSubmit'), session_id: 'agent-of-b' });
    expect(cross.status).toBe(403);
    expect(JSON.parse(cross.body).error.code).toBe('FORBIDDEN');
    expect(storedHooks(server).length).toBe(before + 2);
    expect(rowsOf(server, rawId(a.id)).map((r) => JSON.parse(r.payload).session_id)).toEqual(['agent-of-a']);
  });

  it('should refuse bad input with a clear 4xx, store nothing and keep serving', async () => {
    const session = await createSession(small);
    const cases: [string, () => Promise<{ status: number; body: string }>, number, string][] = [
      ['invalid JSON', () => postHook(small, session.token, '{"hook_event_name": "Stop",'), 400, 'INVALID_JSON'],
      ['an array', () => postHook(small, session.token, '[{"hook_event_name":"Stop"}]'), 400, 'NOT_AN_OBJECT'],
      ['a string', () => postHook(small, session.token, '"Stop"'), 400, 'NOT_AN_OBJECT'],
      ['no event name', () => postHook(small, session.token, { session_id: 'x' }), 400, 'MISSING_HOOK_EVENT_NAME'],
      ['empty body', () => postHook(small, session.token, ''), 400, 'INVALID_JSON'],
      ['text/plain', () => postHook(small, session.token, fixture('Stop'), { 'content-type': 'text/plain' }), 415, 'UNSUPPORTED_MEDIA_TYPE'],
      ['over the cap', () => postHook(small, session.token, { hook_event_name: 'Stop', pad: 'x'.repeat(70_000) }), 413, 'PAYLOAD_TOO_LARGE'],
      ['over the cap, chunked', () => chunked(small, session.token, 70_000), 413, 'PAYLOAD_TOO_LARGE'],
      ['a long Idempotency-Key', () => postHook(small, session.token, fixture('Stop'), { 'idempotency-key': 'k'.repeat(201) }), 400, 'BAD_IDEMPOTENCY_KEY'],
      ['GET', async () => { const r = await fetch(`${small.url}/hooks/claude`); return { status: r.status, body: await r.text() }; }, 405, 'METHOD_NOT_ALLOWED'],
    ];
    for (const [label, send, status, code] of cases) {
      const res = await send();
      expect({ label, status: res.status, code: JSON.parse(res.body).error.code }).toEqual({ label, status, code });
      expect(JSON.parse(res.body).error.message.length).toBeGreaterThan(10);
    }
    expect(rowsOf(small, rawId(session.id))).toHaveLength(0);
    // Just under the cap is fine, and the server still serves.
    const fits = await postHook(small, session.token, { hook_event_name: 'Stop', pad: 'x'.repeat(60_000) });
    expect(fits.status).toBe(200);
    expect(rowsOf(small, rawId(session.id))).toHaveLength(1);
    expect((await fetch(`${small.url}/healthz`)).status).toBe(200);
  });
});

/** A chunked upload (no Content-Length) of `size` bytes of valid JSON. */
function chunked(s: TestServer, token: string, size: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${s.url}/hooks/claude`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'transfer-encoding': 'chunked' },
    });
    req.on('response', (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.write('{"hook_event_name":"Stop","pad":"');
    for (let sent = 0; sent < size; sent += 8192) req.write('y'.repeat(8192));
    req.end('"}');
  });
}
