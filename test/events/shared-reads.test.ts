/**
 * Shared reads at the live edge (src/events/stream.ts SharedPages): subscriptions waiting at the
 * same place with the same filter run one log query per wake-up between them, and still each get
 * exactly their filter's events — while other filters and positions read for themselves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../helpers/graphql.ts';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { createProject, createTask, dbSeqs, EvHead, metric, pool, rawId, subscribeRaw, touchTask, waitFor } from './helpers.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => stopAllServers());

const READS = 'maestro_event_log_reads_total';

async function head() {
  const cursor = (await execute(server, EvHead)).data!.events.pageInfo.endCursor!;
  return { cursor, seq: dbSeqs(server.dataDir).at(-1)! };
}

describe('shared reads', () => {
  it('should serve 40 subscribers of one filter with about one read per event', async () => {
    const project = await createProject(server, 'Shared');
    const task = await createTask(server, project);
    const start = await head();
    const subs = Array.from({ length: 40 }, () => subscribeRaw(server.wsUrl, { after: start.cursor, filter: { projectId: project } }));
    // Every subscription is up (and idle at the head) once each has seen one event.
    await touchTask(server, task, 'warm-up');
    await Promise.all(subs.map((s) => s.until((e) => e.length === 1)));

    const before = await metric(server.url, READS);
    for (let i = 0; i < 30; i++) {
      await touchTask(server, task, `one at a time ${i}`);
      await Promise.all(subs.map((s) => s.until((e) => e.length === i + 2)));
    }
    const reads = (await metric(server.url, READS)) - before;
    // Unshared, that is 40 × 30 = 1200 reads; shared, one per event and filter (plus the odd
    // stream that woke at a different head).
    expect(reads).toBeGreaterThanOrEqual(30);
    expect(reads).toBeLessThan(120);

    const expected = dbSeqs(server.dataDir, start.seq, '"projectId" = ?', [rawId(project)]);
    for (const s of subs) expect(s.events.map((e) => e.seq)).toEqual(expected);
    subs.forEach((s) => s.close());
  });

  it('should give every subscriber exactly its own filter under concurrent writes', async () => {
    const p1 = await createProject(server, 'P1');
    const p2 = await createProject(server, 'P2');
    const t1 = await createTask(server, p1);
    const t2 = await createTask(server, p2);
    const start = await head();
    const groups = [
      { filter: { projectId: p1 }, where: '"projectId" = ?', params: [rawId(p1)], n: 20 },
      { filter: { projectId: p2 }, where: '"projectId" = ?', params: [rawId(p2)], n: 10 },
      { filter: { taskId: t1 }, where: '"taskId" = ?', params: [rawId(t1)], n: 10 },
      { filter: { kinds: ['TASK_CREATED'] }, where: '"kind" = ?', params: ['TASK_CREATED'], n: 5 },
      { filter: null, where: '1 = 1', params: [], n: 5 },
    ].map((g) => ({ ...g, subs: Array.from({ length: g.n }, () => subscribeRaw(server.wsUrl, { after: start.cursor, filter: g.filter })) }));

    await pool(300, 8, (i) =>
      i % 10 === 9 ? createTask(server, i % 20 === 9 ? p1 : p2, `new ${i}`) : touchTask(server, i % 2 ? t1 : t2, `write ${i}`),
    );

    for (const g of groups) {
      const expected = dbSeqs(server.dataDir, start.seq, g.where, g.params);
      expect(expected.length).toBeGreaterThan(0);
      for (const s of g.subs) {
        await waitFor(() => s.events.length >= expected.length, 20_000, () => `${JSON.stringify(g.filter)}: ${s.events.length} of ${expected.length}`);
        expect({ filter: g.filter, seqs: s.events.map((e) => e.seq) }).toEqual({ filter: g.filter, seqs: expected });
        expect(s.errors).toBeNull();
        s.close();
      }
    }
  });
});
