/**
 * DomainRows in SQLite's own SQL, on the connection Prisma's transaction runs on (the SQLite store
 * has one Prisma connection behind its gate; while a `withEvents` transaction holds the gate, its
 * BEGIN IMMEDIATE is open there, so these statements run inside it and roll back with it).
 * Statements are prepared once and kept. Rows are built as Prisma builds them (src/store/types.ts,
 * DomainRows): keys in the model's order, DateTime columns as Date, `acceptanceCriteria` parsed,
 * `done` as a boolean, ids from Prisma's cuid() (src/store/cuid.ts), createdAt = updatedAt on
 * insert as Prisma's now() gives both.
 */
import type Database from 'better-sqlite3';
import type { Subtask, Task } from '../generated/prisma/client.ts';
import { cuid } from './cuid.ts';
import { storedOrNull, storedTimestamp } from './sqlite-rows.ts';
import type { DomainRows, SubtaskChanges, TaskChanges } from './types.ts';

type Prepare = (sql: string) => Database.Statement;

const TASK_COLUMNS = `"id", "projectId", "title", "description", "status", "priority", "acceptanceCriteria", "createdAt", "updatedAt", "startedAt", "completedAt"`;
const SUBTASK_COLUMNS = `"id", "taskId", "title", "description", "done", "completedAt", "position", "version", "createdAt", "updatedAt"`;
const SUBTASK_COLUMNS_OF_S = SUBTASK_COLUMNS.split(', ').map((c) => `s.${c}`).join(', ');

/** What the connection returns: Prisma's adapter turns on safe integers, so INTEGER columns come back as bigint. */
type Stored = string | number | bigint | null;

/** A DateTime column as Prisma reads it: Prisma writes `…T03:04:05.678+00:00` text; numbers are epoch ms. */
function dateOf(value: Stored): Date {
  return new Date(typeof value === 'string' ? value : Number(value));
}
const dateOrNull = (value: Stored) => (value === null ? null : dateOf(value));

function taskOf(raw: Stored[]): Task {
  return {
    id: raw[0] as string,
    projectId: raw[1] as string,
    title: raw[2] as string,
    description: raw[3] as string,
    status: raw[4] as string,
    priority: raw[5] as string,
    acceptanceCriteria: JSON.parse(raw[6] as string),
    createdAt: dateOf(raw[7]!),
    updatedAt: dateOf(raw[8]!),
    startedAt: dateOrNull(raw[9]!),
    completedAt: dateOrNull(raw[10]!),
  };
}

function subtaskOf(raw: Stored[]): Subtask {
  return {
    id: raw[0] as string,
    taskId: raw[1] as string,
    title: raw[2] as string,
    description: raw[3] as string,
    done: Number(raw[4]) === 1,
    completedAt: dateOrNull(raw[5]!),
    position: Number(raw[6]),
    version: Number(raw[7]),
    createdAt: dateOf(raw[8]!),
    updatedAt: dateOf(raw[9]!),
  };
}

/** How a changed column is written (Dates as Prisma's text, JSON as text, booleans as 0/1). */
const TASK_CHANGE_COLUMNS = ['title', 'description', 'status', 'priority', 'acceptanceCriteria', 'startedAt', 'completedAt'] as const;
const SUBTASK_CHANGE_COLUMNS = ['taskId', 'title', 'description', 'done', 'completedAt', 'position'] as const;

function stored(value: unknown): unknown {
  if (value instanceof Date) return storedTimestamp(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (Array.isArray(value)) return JSON.stringify(value);
  return value;
}

/** `"a" = ?, "b" = ?` for the keys of `changes` that are set, in a fixed order (one cached statement per combination). */
function setClause<K extends string>(columns: readonly K[], changes: Partial<Record<K, unknown>>): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const column of columns) {
    const value = changes[column];
    if (value === undefined) continue;
    parts.push(`"${column}" = ?`);
    params.push(stored(value));
  }
  return { sql: parts.map((p) => `${p}, `).join(''), params };
}

/**
 * `prepare` prepares (and keeps) a statement on Prisma's connection; `statement` runs each one, under
 * the current transaction's rules (SerialisedSqliteFactory.runStatement: counted, refused once SQLite
 * has rolled the transaction back, its error kept for the rest of a group-commit chain).
 */
export function sqliteDomainRows(prepare: Prepare, statement: <R>(run: () => R) => R): DomainRows {
  const one = (sql: string, ...params: unknown[]) => statement(() => prepare(sql).raw(true).get(...params) as Stored[] | undefined);
  const run = (sql: string, ...params: unknown[]) => statement(() => prepare(sql).run(...params));
  return {
    projectExists: async (id) => one(`SELECT 1 FROM "Project" WHERE "id" = ?`, id) !== undefined,
    findTask: async (id) => {
      const raw = one(`SELECT ${TASK_COLUMNS} FROM "Task" WHERE "id" = ?`, id);
      return raw ? taskOf(raw) : null;
    },
    insertTask: async (task) => {
      const now = storedTimestamp(new Date());
      const raw = one(
        `INSERT INTO "Task" (${TASK_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING ${TASK_COLUMNS}`,
        cuid(), task.projectId, task.title, task.description, task.status, task.priority, JSON.stringify(task.acceptanceCriteria),
        now, now, storedOrNull(task.startedAt), storedOrNull(task.completedAt),
      );
      return taskOf(raw!);
    },
    updateTask: async (id, changes: TaskChanges) => {
      const set = setClause(TASK_CHANGE_COLUMNS, changes);
      const raw = one(`UPDATE "Task" SET ${set.sql}"updatedAt" = ? WHERE "id" = ? RETURNING ${TASK_COLUMNS}`, ...set.params, storedTimestamp(new Date()), id);
      if (!raw) throw new Error(`Task ${id} does not exist (it was read in this transaction: this is a bug).`);
      return taskOf(raw);
    },
    deleteTask: async (id) => void run(`DELETE FROM "Task" WHERE "id" = ?`, id),
    subtaskIdsOf: async (taskId) => {
      return statement(() => prepare(`SELECT "id" FROM "Subtask" WHERE "taskId" = ? ORDER BY "position" ASC`).pluck(true).all(taskId) as string[]);
    },
    findSubtask: async (id) => {
      const raw = one(`SELECT ${SUBTASK_COLUMNS} FROM "Subtask" WHERE "id" = ?`, id);
      return raw ? subtaskOf(raw) : null;
    },
    findSubtaskWithProject: async (id) => {
      const raw = one(`SELECT ${SUBTASK_COLUMNS_OF_S}, t."projectId" FROM "Subtask" s JOIN "Task" t ON t."id" = s."taskId" WHERE s."id" = ?`, id);
      return raw ? { subtask: subtaskOf(raw), projectId: raw[10] as string } : null;
    },
    lastSubtaskPosition: async (taskId, exceptId) => {
      const raw = exceptId
        ? one(`SELECT "position" FROM "Subtask" WHERE "taskId" = ? AND "id" <> ? ORDER BY "position" DESC LIMIT 1`, taskId, exceptId)
        : one(`SELECT "position" FROM "Subtask" WHERE "taskId" = ? ORDER BY "position" DESC LIMIT 1`, taskId);
      return raw ? Number(raw[0]) : null;
    },
    neighbourPosition: async (taskId, position, side, exceptId) => {
      const [op, order] = side === 'after' ? ['>', 'ASC'] : ['<', 'DESC'];
      const raw = exceptId
        ? one(`SELECT "position" FROM "Subtask" WHERE "taskId" = ? AND "position" ${op} ? AND "id" <> ? ORDER BY "position" ${order} LIMIT 1`, taskId, position, exceptId)
        : one(`SELECT "position" FROM "Subtask" WHERE "taskId" = ? AND "position" ${op} ? ORDER BY "position" ${order} LIMIT 1`, taskId, position);
      return raw ? Number(raw[0]) : null;
    },
    insertSubtask: async (subtask) => {
      const now = storedTimestamp(new Date());
      const raw = one(
        `INSERT INTO "Subtask" (${SUBTASK_COLUMNS}) VALUES (?, ?, ?, ?, 0, NULL, ?, 1, ?, ?) RETURNING ${SUBTASK_COLUMNS}`,
        cuid(), subtask.taskId, subtask.title, subtask.description, subtask.position, now, now,
      );
      return subtaskOf(raw!);
    },
    updateSubtask: async (id, changes: SubtaskChanges) => {
      const set = setClause(SUBTASK_CHANGE_COLUMNS, changes);
      const raw = one(
        `UPDATE "Subtask" SET ${set.sql}"version" = "version" + 1, "updatedAt" = ? WHERE "id" = ? RETURNING ${SUBTASK_COLUMNS}`,
        ...set.params, storedTimestamp(new Date()), id,
      );
      if (!raw) throw new Error(`Subtask ${id} does not exist (it was read in this transaction: this is a bug).`);
      return subtaskOf(raw);
    },
    deleteSubtask: async (id) => void run(`DELETE FROM "Subtask" WHERE "id" = ?`, id),
    findReceipt: async (key) => {
      const raw = one(`SELECT "result" FROM "MutationReceipt" WHERE "key" = ?`, key);
      return raw ? (raw[0] as string) : null;
    },
    saveReceipt: async (key, result) =>
      void run(`INSERT INTO "MutationReceipt" ("key", "result", "createdAt") VALUES (?, ?, ?)`, key, result, storedTimestamp(new Date())),
  };
}
