/**
 * Group commit of the SQLite store's Prisma transactions (src/store/sqlite-chain.ts), on a real
 * store over a real file in this process, through the real services. Transactions that queue up at
 * the store's gate share one COMMIT; each still fails alone when it rolls back, all of a chain fail
 * when its COMMIT fails, and nothing outside the chain sees its rows before that COMMIT.
 *
 * Chains are made predictable with the store's `groupCommit` limits: the transactions of a test are
 * all queued in one tick, and the time limit is far beyond what they take, so they form one chain
 * (`members` caps it); `members: 1` is the store without group commit (the control).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createProject } from '../../src/services/projects.ts';
import { createSubtask } from '../../src/services/subtasks.ts';
import { createTask } from '../../src/services/tasks.ts';
import { dbCommitCount } from '../../src/store/query-count.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import type { Store } from '../../src/store/types.ts';
import { tempDir } from '../helpers/server.ts';

const open: { store: Store; dir: string }[] = [];

afterEach(async () => {
  for (const { store, dir } of open.splice(0)) {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

async function freshStore(members = 64): Promise<Store> {
  const dir = tempDir('maestro-group-commit-');
  const store = await openSqliteStore(`file:${join(dir, 'maestro.db')}`, { groupCommit: { members, ms: 60_000 } });
  open.push({ store, dir });
  return store;
}

/** Runs `n` calls started in the same tick; resolves with each one's outcome, in call order. */
function together<T>(n: number, call: (i: number) => Promise<T>) {
  return Promise.allSettled(Array.from({ length: n }, (_, i) => call(i)));
}

const fulfilled = <T>(r: PromiseSettledResult<T>): T => {
  if (r.status === 'rejected') throw r.reason;
  return r.value;
};

async function createdSubtaskEvents(store: Store, taskId: string) {
  const rows = await store.readAfter({ taskId, kinds: ['SUBTASK_CREATED'] }, 0, 1000);
  return rows.map((r) => ({ seq: r.seq, subtask: (JSON.parse(r.payload) as { subtask: { id: string; position: number } }).subtask }));
}

describe('group commit of concurrent transactions (SQLite)', () => {
  it('should commit 50 concurrent createSubtask on one task with fewer COMMITs, unique positions and one event each in commit order', async () => {
    const store = await freshStore(25);
    const project = await createProject(store, 'test', { name: 'Chains' });
    const task = await createTask(store, 'test', project.id, { title: 'burst' });

    const acknowledged: string[] = [];
    const commitsBefore = dbCommitCount();
    const results = await together(50, (i) =>
      createSubtask(store, 'test', task.id, { title: `s${i}` }).then((s) => {
        acknowledged.push(s.id);
        return s;
      }),
    );
    const commits = dbCommitCount() - commitsBefore;
    const subtasks = results.map(fulfilled);

    // 50 transactions in chains of at most 25: 2 COMMITs (without chaining, 50).
    expect(commits).toBe(2);
    expect(new Set(subtasks.map((s) => s.position)).size).toBe(50);
    const events = await createdSubtaskEvents(store, task.id);
    expect(events).toHaveLength(50);
    // seq order is commit order is the order the callers were answered, and each transaction saw
    // the (not yet committed) subtasks of the ones chained before it: positions grow with seq.
    expect(events.map((e) => e.subtask.id)).toEqual(acknowledged);
    const positions = events.map((e) => e.subtask.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(await store.prisma.subtask.count({ where: { taskId: task.id } })).toBe(50);
  });

  it('should COMMIT once per transaction without group commit (members: 1), the control of the test above', async () => {
    const store = await freshStore(1);
    const project = await createProject(store, 'test', { name: 'No chains' });
    const commitsBefore = dbCommitCount();
    const results = await together(20, (i) => createTask(store, 'test', project.id, { title: `t${i}` }));
    expect(results.map(fulfilled)).toHaveLength(20);
    expect(dbCommitCount() - commitsBefore).toBe(20);
  });

  it('should commit 50 concurrent createTask in one project with one COMMIT and one TASK_CREATED each', async () => {
    const store = await freshStore(64);
    const project = await createProject(store, 'test', { name: 'Tasks' });
    const commitsBefore = dbCommitCount();
    const tasks = (await together(50, (i) => createTask(store, 'test', project.id, { title: `t${i}` }))).map(fulfilled);
    expect(dbCommitCount() - commitsBefore).toBe(1);
    const events = await store.readAfter({ projectId: project.id, kinds: ['TASK_CREATED'] }, 0, 1000);
    expect(events.map((e) => e.taskId)).toEqual(tasks.map((t) => t.id));
    expect(await store.prisma.task.count({ where: { projectId: project.id } })).toBe(50);
  });

  it('should fail a transaction of the chain alone (an error after its event, NOT_FOUND, a unique violation) and commit its neighbours', async () => {
    const store = await freshStore(64);
    const project = await createProject(store, 'test', { name: 'Neighbours' });
    const task = await createTask(store, 'test', project.id, { title: 'one' });
    const commitsBefore = dbCommitCount();
    const results = await together(12, async (i) => {
      if (i === 3) {
        return store.withEvents('test', async (_tx, emit) => {
          await emit({ kind: 'TASK_UPDATED', projectId: project.id, taskId: task.id, payload: { failing: 3 } });
          throw new Error('refused after emitting');
        });
      }
      if (i === 6) return createSubtask(store, 'test', 'no-such-task', { title: 'orphan' });
      if (i === 9) {
        // The same primary key as an existing task: SQLite refuses the INSERT (unique violation).
        return store.withEvents('test', async (tx, emit) => {
          await emit({ kind: 'TASK_UPDATED', projectId: project.id, taskId: task.id, payload: { failing: 9 } });
          return tx.task.create({ data: { id: task.id, projectId: project.id, title: 'duplicate' } });
        });
      }
      return createTask(store, 'test', project.id, { title: `t${i}` });
    });
    expect(dbCommitCount() - commitsBefore).toBe(1);
    const failed = results.flatMap((r, i) => (r.status === 'rejected' ? [i] : []));
    expect(failed).toEqual([3, 6, 9]);
    expect((results[6] as PromiseRejectedResult).reason).toMatchObject({ type: 'Task', id: 'no-such-task' });

    const events = await store.readAfter({ projectId: project.id }, 0, 1000);
    expect(events.filter((e) => e.kind === 'TASK_UPDATED')).toEqual([]);
    const created = events.filter((e) => e.kind === 'TASK_CREATED').map((e) => e.taskId);
    const committed = results.flatMap((r) => (r.status === 'fulfilled' ? [(r.value as { id: string }).id] : []));
    expect(created).toEqual([task.id, ...committed]);
    expect(await store.prisma.subtask.count()).toBe(0);
    expect(await store.prisma.task.count({ where: { projectId: project.id } })).toBe(10);
  });

  it('should fail every transaction of a chain whose COMMIT fails, store nothing of it, and serve the next request', async () => {
    const store = await freshStore(64);
    const project = await createProject(store, 'test', { name: 'Failed commit' });
    const task = await createTask(store, 'test', project.id, { title: 'one' });
    const headBefore = await store.lastCommittedSeq();
    const commitsBefore = dbCommitCount();
    // The fault: a deferred foreign-key violation, which SQLite checks at COMMIT and nowhere before
    // (RELEASE of a savepoint inside a transaction does not check). Its transaction's own statements
    // all succeed; the chain's real COMMIT fails with SQLITE_CONSTRAINT_FOREIGNKEY.
    const results = await together(8, async (i) => {
      if (i === 4) {
        return store.withEvents('test', async (tx, emit) => {
          await tx.$executeRawUnsafe('PRAGMA defer_foreign_keys = ON');
          await tx.subtask.create({ data: { taskId: 'no-such-task', title: 'orphan', position: 1 } });
          return emit({ kind: 'TASK_UPDATED', projectId: project.id, taskId: task.id, payload: { orphan: true } });
        });
      }
      return createSubtask(store, 'test', task.id, { title: `s${i}` });
    });
    expect(results.map((r) => r.status)).toEqual(Array(8).fill('rejected'));
    for (const r of results) expect(String((r as PromiseRejectedResult).reason)).toMatch(/ForeignKeyConstraintViolation/);
    expect(dbCommitCount() - commitsBefore).toBe(0);

    expect(await store.lastCommittedSeq()).toBe(headBefore);
    expect(await store.readAfter({}, headBefore, 100)).toEqual([]);
    expect(await store.prisma.subtask.count()).toBe(0);

    const next = await createSubtask(store, 'test', task.id, { title: 'after' });
    expect((await createdSubtaskEvents(store, task.id)).map((e) => e.subtask.id)).toEqual([next.id]);
  });

  it('should keep a plain query and the log reader out of an open chain until its COMMIT', async () => {
    const store = await freshStore(64);
    const project = await createProject(store, 'test', { name: 'Readers' });
    const order: string[] = [];
    let secondRunning!: () => void;
    const secondStarted = new Promise<void>((r) => (secondRunning = r));
    let finishSecond!: () => void;
    const secondMayFinish = new Promise<void>((r) => (finishSecond = r));

    const announcedBefore = store.wakeUp.latest;
    const first = createTask(store, 'test', project.id, { title: 'first' }).then((t) => (order.push('first acknowledged'), t));
    const second = store.withEvents('test', async (tx, emit) => {
      secondRunning();
      await secondMayFinish;
      const t = await tx.task.create({ data: { projectId: project.id, title: 'second' } });
      await emit({ kind: 'TASK_CREATED', projectId: project.id, taskId: t.id, payload: { task: t } });
      return t;
    });
    await secondStarted;
    // The first transaction sent COMMIT and handed the open transaction to the second: its rows
    // exist only inside the chain now.
    const plainRead = store.prisma.task.findMany({ where: { projectId: project.id } }).then((rows) => (order.push('plain read answered'), rows));
    expect(await store.readAfter({ projectId: project.id, kinds: ['TASK_CREATED'] }, 0, 10)).toEqual([]);
    expect(order).toEqual([]);
    expect(store.wakeUp.latest, 'no wake-up for the first transaction before the COMMIT').toBe(announcedBefore);
    finishSecond();

    const [t1, t2, rows] = await Promise.all([first, second, plainRead]);
    expect(order).toEqual(['first acknowledged', 'plain read answered']);
    expect(store.wakeUp.latest).toBe(await store.lastCommittedSeq());
    expect(rows.map((r) => r.id).sort()).toEqual([t1.id, t2.id].sort());
    expect((await store.readAfter({ projectId: project.id, kinds: ['TASK_CREATED'] }, 0, 10)).map((e) => e.taskId)).toEqual([t1.id, t2.id]);
  });
});
