/**
 * Hook ingest across three instances on one PostgreSQL database: the group commit's own SQL
 * (withHookBatch) dedupes a delivery retried on other instances, even racing, and the session's
 * state and timestamps read the same everywhere. The instances run in a time zone far from UTC,
 * so a timestamp stored or read as local time would be hours off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute, executeRaw } from '../helpers/graphql.ts';
import { usePostgres } from '../helpers/postgres.ts';
import { stopAllServers } from '../helpers/server.ts';
import { createSession, fixture, HkSessionEvents, postHook, rawId, sessionStatus } from '../hooks/helpers.ts';
import { startCluster, type Cluster } from './cluster.ts';

const postgres = usePostgres();
let cluster: Cluster;
beforeAll(async () => {
  cluster = await startCluster(await postgres.freshDatabase(), 3, { env: { TZ: 'Pacific/Kiritimati' } }); // UTC+14
});
afterAll(async () => {
  await stopAllServers();
  await cluster?.close();
});

const minutesFromNow = (iso: string | null | undefined) => Math.abs(Date.parse(iso ?? '') - Date.now()) / 60_000;

describe('hook ingest on three instances', () => {
  it('should store a delivery retried on other instances once, also when the retries race', async () => {
    const [a, b, c] = cluster.servers as [typeof cluster.servers[0], typeof cluster.servers[0], typeof cluster.servers[0]];
    const session = await createSession(a);
    const pre = fixture('PreToolUse.Bash');
    const first = await postHook(a, session.token, pre, { 'idempotency-key': 'k-1' });
    const retries = [await postHook(b, session.token, pre, { 'idempotency-key': 'k-1' }), await postHook(c, session.token, pre, { 'idempotency-key': 'k-1' })];
    expect([first, ...retries].map((r) => [r.status, r.headers.get('x-maestro-duplicate')])).toEqual([[200, null], [200, '1'], [200, '1']]);

    const perm = fixture('PermissionRequest.Bash');
    const racing = await Promise.all(Array.from({ length: 9 }, (_, i) => postHook(cluster.servers[i % 3]!, session.token, perm, { 'idempotency-key': 'perm-1' })));
    expect(racing.every((r) => r.status === 200)).toBe(true);
    expect(racing.filter((r) => r.headers.get('x-maestro-duplicate') === null)).toHaveLength(1);
    expect((await postHook(b, session.token, fixture('PostToolUse.Bash'), { 'idempotency-key': 'k-2' })).status).toBe(200);

    const stored = await cluster.seqs(0, `"kind" = 'HOOK_RECEIVED' AND "sessionId" = $2`, [rawId(session.id)]);
    expect(stored).toHaveLength(3);
    const read = await execute(c, HkSessionEvents, { id: session.id, first: 10, kinds: ['HOOK_RECEIVED'] });
    expect(read.data!.session!.events.edges.map((e) => e.node.hookEvent)).toEqual(['PreToolUse', 'PermissionRequest', 'PostToolUse']);

    const events = await executeRaw(a, '{ events(last: 5) { edges { node { kind createdAt } } } }');
    const edges = (events.body.data?.events.edges ?? []) as { node: { createdAt: string } }[];
    expect(edges).toHaveLength(5);
    for (const { node } of edges) expect(minutesFromNow(node.createdAt)).toBeLessThan(10);

    // Every instance reads the state the batches wrote, with timestamps in UTC.
    for (const server of cluster.servers) {
      const status = await sessionStatus(server, session.id);
      expect(status.toolCallCount).toBe(1);
      expect(minutesFromNow(status.lastEvidenceAt)).toBeLessThan(10);
    }
  });
});
