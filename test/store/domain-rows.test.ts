/**
 * DomainRows (src/store/types.ts) cannot drift from Prisma's row shapes: the same scenario of port
 * calls runs on a real SQLite file (the store's raw SQL, src/store/sqlite-domain-rows.ts), on the
 * Prisma path (src/store/prisma-domain-rows.ts) over the same SQLite transaction, and on a real
 * temporary PostgreSQL (whose port is the Prisma path), and every result is compared field by field:
 * the same keys in the same order, the same types (Date, parsed JSON, booleans, numbers) and values.
 * Only generated values differ between runs: ids (checked to be Prisma-style cuids) and
 * createdAt/updatedAt (checked to be the time of the call). Rows the raw path wrote are read back
 * through Prisma and must equal what it returned, exactly, and the other way round. On both engines
 * a failed transaction leaves none of its port writes or events behind, and `emit`'s events read
 * back from the log with their seq, columns and createdAt.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { prismaDomainRows } from '../../src/store/prisma-domain-rows.ts';
import type { DomainRows, Store, Tx } from '../../src/store/types.ts';
import { usePostgres } from '../helpers/postgres.ts';
import { tempDir } from '../helpers/server.ts';

const CUID = /^c[a-z0-9]{24}$/;
const STARTED = new Date('2026-03-04T05:06:07.089Z');
const COMPLETED = new Date('2026-03-05T01:02:03.004Z');

type Call = { call: string; result: unknown };

/** Every port method, with what each returned, in order. `check` runs after each write (read-back through Prisma). */
async function scenario(tx: Tx, rows: DomainRows, run: string, check: (tx: Tx, row: unknown, model: 'task' | 'subtask') => Promise<void>): Promise<Call[]> {
  const calls: Call[] = [];
  const record = async <T>(call: string, result: Promise<T>) => {
    const value = await result;
    calls.push({ call, result: value });
    return value;
  };
  const project = await tx.project.create({ data: { name: `parity ${run}` } });
  await record('projectExists(project)', rows.projectExists(project.id));
  await record('projectExists(missing)', rows.projectExists('missing'));

  const task = await record(
    'insertTask',
    rows.insertTask({ projectId: project.id, title: 'first', description: 'd', status: 'IN_PROGRESS', priority: 'HIGH', acceptanceCriteria: ['a', 'b "quoted"'], startedAt: STARTED, completedAt: null }),
  );
  await check(tx, task, 'task');
  const other = await record(
    'insertTask(defaults)',
    rows.insertTask({ projectId: project.id, title: 'second', description: '', status: 'TODO', priority: 'MEDIUM', acceptanceCriteria: [], startedAt: null, completedAt: null }),
  );
  await check(tx, other, 'task');
  await record('findTask', rows.findTask(task.id));
  await record('findTask(missing)', rows.findTask('missing'));
  await check(tx, await record('updateTask(columns)', rows.updateTask(task.id, { title: 'renamed', status: 'DONE', acceptanceCriteria: [], completedAt: COMPLETED })), 'task');
  await check(tx, await record('updateTask(clear)', rows.updateTask(task.id, { startedAt: null, completedAt: null, description: undefined })), 'task');
  await check(tx, await record('updateTask(nothing)', rows.updateTask(task.id, {})), 'task');

  const subtasks = [];
  for (const [i, position] of [1024, 2048, 3072.5].entries()) {
    const subtask = await record(`insertSubtask ${i}`, rows.insertSubtask({ taskId: task.id, title: `s${i}`, description: i === 1 ? 'x' : '', position }));
    await check(tx, subtask, 'subtask');
    subtasks.push(subtask);
  }
  const [s0, s1, s2] = subtasks as [(typeof subtasks)[0], (typeof subtasks)[0], (typeof subtasks)[0]];
  await record('lastSubtaskPosition', rows.lastSubtaskPosition(task.id));
  await record('lastSubtaskPosition(except last)', rows.lastSubtaskPosition(task.id, s2.id));
  await record('lastSubtaskPosition(no subtasks)', rows.lastSubtaskPosition(other.id));
  await record('neighbourPosition(after)', rows.neighbourPosition(task.id, 2048, 'after'));
  await record('neighbourPosition(before)', rows.neighbourPosition(task.id, 2048, 'before'));
  await record('neighbourPosition(before, except first)', rows.neighbourPosition(task.id, 2048, 'before', s0.id));
  await record('neighbourPosition(after last)', rows.neighbourPosition(task.id, 3072.5, 'after'));
  await record('findSubtask', rows.findSubtask(s1.id));
  await record('findSubtask(missing)', rows.findSubtask('missing'));
  await record('findSubtaskWithProject', rows.findSubtaskWithProject(s1.id));
  await record('findSubtaskWithProject(missing)', rows.findSubtaskWithProject('missing'));
  await check(tx, await record('updateSubtask(done)', rows.updateSubtask(s1.id, { done: true, completedAt: COMPLETED, title: 'done one' })), 'subtask');
  await check(tx, await record('updateSubtask(reopen)', rows.updateSubtask(s1.id, { done: false, completedAt: null })), 'subtask');
  await check(tx, await record('updateSubtask(move)', rows.updateSubtask(s0.id, { taskId: other.id, position: 0.25 })), 'subtask');
  await record('subtaskIdsOf', rows.subtaskIdsOf(task.id));
  await record('findReceipt(missing)', rows.findReceipt(`parity:${run}`));
  await record('saveReceipt', rows.saveReceipt(`parity:${run}`, '{"id":"x"}'));
  await record('findReceipt', rows.findReceipt(`parity:${run}`));
  await record('deleteSubtask', rows.deleteSubtask(s2.id));
  await record('findSubtask(deleted)', rows.findSubtask(s2.id));
  await record('deleteTask', rows.deleteTask(task.id));
  await record('findTask(deleted)', rows.findTask(task.id));
  await record('subtaskIdsOf(cascaded)', rows.subtaskIdsOf(task.id));
  await record('findSubtask(moved away, kept)', rows.findSubtask(s0.id));
  return calls;
}

/** Ids become `id1`, `id2`… in order of appearance; createdAt/updatedAt become `<now>` once checked to be a recent Date. */
function normalised(calls: Call[], since: number): unknown {
  const ids = new Map<string, string>();
  const walk = (value: unknown, key?: string): unknown => {
    if (value instanceof Date) {
      expect(Number.isNaN(value.getTime())).toBe(false);
      if (key === 'createdAt' || key === 'updatedAt') {
        expect(value.getTime()).toBeGreaterThanOrEqual(since);
        expect(value.getTime()).toBeLessThanOrEqual(Date.now());
        return '<now>';
      }
      return `Date ${value.toISOString()}`;
    }
    if (typeof value === 'string' && CUID.test(value)) {
      if (!ids.has(value)) ids.set(value, `id${ids.size + 1}`);
      return ids.get(value);
    }
    if (Array.isArray(value)) return value.map((v) => walk(v));
    if (value && typeof value === 'object') {
      // Keys in order, so a difference in order shows up too.
      return Object.entries(value).map(([k, v]) => [k, walk(v, k)]);
    }
    return value;
  };
  return calls.map(({ call, result }) => ({ call, result: walk(result) }));
}

/** The row `row` read back through Prisma equals it exactly (ids, Dates to the ms, key order). */
async function readBackWithPrisma(tx: Tx, row: unknown, model: 'task' | 'subtask') {
  const { id } = row as { id: string };
  const stored = model === 'task' ? await tx.task.findUnique({ where: { id } }) : await tx.subtask.findUnique({ where: { id } });
  expect(stored).toStrictEqual(row);
  expect(Object.keys(stored!)).toEqual(Object.keys(row as object));
  expect((row as { id: string }).id).toMatch(CUID);
}

/** The scenario through `store`'s own port and through the Prisma path, each in one transaction. */
async function runBoth(store: Store, label: string) {
  const since = Date.now();
  const port = await store.withEvents('test', (tx, _emit, rows) => scenario(tx, rows, `${label} port`, readBackWithPrisma));
  const prisma = await store.withEvents('test', (tx, _emit, rows) =>
    scenario(tx, prismaDomainRows(tx), `${label} prisma`, async (tx2, row, model) => {
      // The other way round: what Prisma wrote, the store's port reads back exactly.
      const { id } = row as { id: string };
      const read = model === 'task' ? await rows.findTask(id) : await rows.findSubtask(id);
      expect(read).toStrictEqual(row);
      expect(Object.keys(read!)).toEqual(Object.keys(row as object));
      await readBackWithPrisma(tx2, row, model);
    }),
  );
  return { port: normalised(port, since), prisma: normalised(prisma, since) };
}

/** The port's writes and `emit`'s events commit and roll back with `withEvents`' transaction. */
function transactionChecks(store: () => Store) {
  it('should take back its raw writes and its events when the transaction fails', async () => {
    const before = await store().lastCommittedSeq();
    let taskId = '';
    await expect(
      store().withEvents('test', async (tx, emit, rows) => {
        const project = await tx.project.create({ data: { name: 'rolled back' } });
        const task = await rows.insertTask({ projectId: project.id, title: 't', description: '', status: 'TODO', priority: 'LOW', acceptanceCriteria: [], startedAt: null, completedAt: null });
        taskId = task.id;
        await emit({ kind: 'TASK_CREATED', projectId: project.id, taskId: task.id, payload: { task } });
        expect(await rows.findTask(task.id)).not.toBeNull();
        throw new Error('fail after the writes');
      }),
    ).rejects.toThrow('fail after the writes');
    expect(taskId).toMatch(CUID);
    expect(await store().prisma.task.findUnique({ where: { id: taskId } })).toBeNull();
    expect(await store().lastCommittedSeq()).toBe(before);
    expect(await store().countEvents({ taskId })).toBe(0);
  });

  it('should append events whose seq, columns and createdAt the log reads back', async () => {
    const since = Date.now();
    const seqs = await store().withEvents('actor-1', async (tx, emit) => {
      const project = await tx.project.create({ data: { name: 'events' } });
      return [
        await emit({ kind: 'PROJECT_CREATED', projectId: project.id, payload: { n: 1 } }),
        await emit({ kind: 'PROJECT_UPDATED', projectId: project.id, payload: { n: 2 }, actor: 'someone-else' }),
      ];
    });
    expect(seqs[1]).toBe(seqs[0]! + 1);
    expect(await store().lastCommittedSeq()).toBe(seqs[1]);
    const events = await store().readAfter({}, seqs[0]! - 1, 10);
    expect(events.map((e) => [e.seq, e.kind, e.actor, e.payload])).toEqual([
      [seqs[0], 'PROJECT_CREATED', 'actor-1', '{"n":1}'],
      [seqs[1], 'PROJECT_UPDATED', 'someone-else', '{"n":2}'],
    ]);
    for (const e of events) {
      expect(e.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(Date.parse(e.createdAt)).toBeGreaterThanOrEqual(since);
    }
  });
}

const results = new Map<string, { port: unknown; prisma: unknown }>();

describe('DomainRows on SQLite (raw SQL) against the Prisma path', () => {
  let dir: string;
  let store: Store;
  beforeAll(async () => {
    dir = tempDir('maestro-domain-rows-');
    store = await openStore(`file:${join(dir, 'maestro.db')}`);
  });
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('should return rows equal field by field to Prisma\'s, and rows Prisma reads back unchanged', async () => {
    const both = await runBoth(store, 'sqlite');
    expect(both.port).toEqual(both.prisma);
    results.set('sqlite', both);
  });

  transactionChecks(() => store);
});

describe('DomainRows on PostgreSQL (the Prisma path) against SQLite\'s raw SQL', () => {
  const pg = usePostgres();
  let store: Store;
  beforeAll(async () => {
    store = await openStore(pg.url);
  });
  afterAll(async () => {
    await store?.close();
  });

  it('should return the same rows as the SQLite store, call by call', async () => {
    const both = await runBoth(store, 'postgresql');
    expect(both.port).toEqual(both.prisma);
    const sqlite = results.get('sqlite');
    if (!sqlite) throw new Error('the SQLite run above must run first (same file, in order)');
    expect(both.port).toEqual(sqlite.port);
  });

  transactionChecks(() => store);
});
