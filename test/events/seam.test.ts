/**
 * The seam between replay and live: 200 subscribers each start at a random recent cursor while a
 * producer writes continuously; each one's received seq list must equal the log's own list for its
 * filter after its cursor, read from the database file at the end (no loss, no duplicate, same order).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { createProject, createTask, dbSeqs, execute, rawId, sleep, subscribeRaw, touchTask, waitFor } from './imports.ts';
import { EvCreateTask } from './helpers.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => stopAllServers());

type Trial = { filter: Record<string, unknown> | null; where: string; params: unknown[]; after: number; sub: ReturnType<typeof subscribeRaw> };

describe('replay-then-live seam', () => {
  it('should deliver exactly the log after a random recent cursor, for 200 concurrent subscribers with filters', async () => {
    const p1 = await createProject(server, 'P1');
    const p2 = await createProject(server, 'P2');
    const t1 = await createTask(server, p1);
    const t2 = await createTask(server, p2);

    // Every committed event, as a raw subscriber from the start sees it: the pool of recent cursors.
    const all = subscribeRaw(server.wsUrl, { fromStart: true });
    let stop = false;
    let written = 0;
    const producer = (async () => {
      const writers = Array.from({ length: 4 }, async (_, w) => {
        for (let i = 0; !stop; i++) {
          const choice = (i + w) % 5;
          if (choice === 0) await execute(server, EvCreateTask, { input: { projectId: w % 2 ? p1 : p2, title: `n${i}` } });
          else await touchTask(server, choice % 2 ? t1 : t2, `w${w}-${i}`);
          written += 1;
        }
      });
      await Promise.all(writers);
    })();
    await all.until((e) => e.length >= 30);

    const filters: { filter: Record<string, unknown> | null; where: string; params: unknown[] }[] = [
      { filter: null, where: '1 = 1', params: [] },
      { filter: { projectId: p1 }, where: '"projectId" = ?', params: [rawId(p1)] },
      { filter: { taskId: t2 }, where: '"taskId" = ?', params: [rawId(t2)] },
      { filter: { kinds: ['TASK_CREATED'] }, where: '"kind" = ?', params: ['TASK_CREATED'] },
      { filter: { projectId: p2, kinds: ['TASK_UPDATED', 'TASK_CREATED'] }, where: '"projectId" = ? AND "kind" IN (?, ?)', params: [rawId(p2), 'TASK_UPDATED', 'TASK_CREATED'] },
    ];

    const trials: Trial[] = [];
    for (let round = 0; round < 5; round++) {
      const batch: Trial[] = [];
      for (let i = 0; i < 40; i++) {
        const recent = all.events.slice(-60);
        const at = recent[Math.floor(Math.random() * recent.length)]!;
        const f = filters[(round * 40 + i) % filters.length]!;
        batch.push({ ...f, after: at.seq, sub: subscribeRaw(server.wsUrl, { after: at.cursor, filter: f.filter }) });
        await sleep(Math.random() * 15);
      }
      trials.push(...batch);
      // Let some writes land between batches, counted rather than timed: on a loaded machine a
      // fixed sleep may see few writes, and then the live side of the seam is barely exercised.
      const before = written;
      await waitFor(() => written >= before + 10, 30_000, () => `${written - before}/10 writes since the batch`);
    }
    // Every subscriber must also see a run of events that were committed after it joined (live).
    const lastJoined = written;
    await waitFor(() => written >= lastJoined + 50, 30_000, () => `${written - lastJoined}/50 writes after the last subscriber joined`);
    stop = true;
    await producer;

    for (const trial of trials) {
      const expected = dbSeqs(server.dataDir, trial.after, trial.where, trial.params);
      await waitFor(() => trial.sub.events.length >= expected.length, 20_000, () => `${trial.sub.events.length}/${expected.length}`).catch(() => {});
      await sleep(0);
      expect(trial.sub.errors).toBeNull();
      expect(trial.sub.events.map((e) => e.seq)).toEqual(expected);
    }
    // Nothing extra arrives afterwards either.
    await sleep(300);
    for (const trial of trials) {
      expect(trial.sub.events.length).toBe(dbSeqs(server.dataDir, trial.after, trial.where, trial.params).length);
      trial.sub.close();
    }
    all.close();
  }, 120_000);
});
