/**
 * Group commit seen from outside (src/store/sqlite-chain.ts): 50 clients add a subtask to one task
 * at once over HTTP. Every one is answered with its subtask, positions are unique and grow with the
 * log's seq, there is one SUBTASK_CREATED each, and the server paid fewer real COMMITs than it ran
 * transactions (maestro_db_commits_total).
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { executeRaw } from '../helpers/graphql.ts';
import { startServer, stopAllServers } from '../helpers/server.ts';
import { createProject, createTask, metricValue, scrapeMetrics } from '../server/support.ts';

afterAll(() => stopAllServers());

const CREATE_SUBTASK = `mutation ($input: CreateSubtaskInput!) {
  createSubtask(input: $input) { __typename ... on CreateSubtaskPayload { subtask { id position } } ... on Error { message } }
}`;

describe('group commit over HTTP', () => {
  it('should answer 50 concurrent createSubtask on one task after fewer COMMITs, with unique positions in seq order', async () => {
    const server = await startServer({ args: ['--no-runner'] });
    const projectId = await createProject(server, 'Group commit');
    const taskId = await createTask(server, projectId, 'burst');
    const burst = (round: string) =>
      Promise.all(
        Array.from({ length: 50 }, async (_, i) => {
          const r = await executeRaw(server, CREATE_SUBTASK, { input: { taskId, title: `${round} ${i}` } });
          const result = r.body.data?.createSubtask;
          expect(result?.__typename, JSON.stringify(r.body)).toBe('CreateSubtaskPayload');
          return result.subtask as { id: string; position: number };
        }),
      );
    // The first burst opens the clients' connections (its requests arrive one by one as they connect).
    await burst('warm-up');
    const commits = async () => metricValue(await scrapeMetrics(server), 'maestro_db_commits_total') ?? NaN;
    const before = await commits();
    const subtasks = await burst('measured');
    const paid = (await commits()) - before;
    expect(paid).toBeGreaterThan(0);
    expect(paid).toBeLessThan(50);

    expect(new Set(subtasks.map((s) => s.position)).size).toBe(50);
    const conn = new Database(join(server.dataDir, 'maestro.db'), { readonly: true });
    try {
      const rows = conn
        .prepare(`SELECT "subtaskId" AS id FROM "Event" WHERE "kind" = 'SUBTASK_CREATED' AND "subtaskId" IN (${subtasks.map(() => '?').join(', ')}) ORDER BY "seq"`)
        .all(...subtasks.map((s) => Buffer.from(s.id, 'base64').toString().split(':')[1])) as { id: string }[];
      expect(rows).toHaveLength(50);
      const positionOf = new Map(subtasks.map((s) => [Buffer.from(s.id, 'base64').toString().split(':')[1], s.position]));
      const positions = rows.map((r) => positionOf.get(r.id)!);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    } finally {
      conn.close();
    }
  });
});
