/**
 * Write rules for subtasks. Each mutation is one BEGIN IMMEDIATE transaction (writers are serialised,
 * so reading neighbours' positions and writing a new one cannot race) that appends exactly one event
 * per changed subtask. `expectedVersion` gives optimistic concurrency; without it a change applies
 * to the current row, field by field (never a whole-record overwrite).
 */
import { z } from 'zod';
import type { DomainRows, Emit, Store, Tx } from '../store/types.ts';
import type { Subtask } from '../generated/prisma/client.ts';
import { ConflictError, NotFoundError, ValidationError } from './errors.ts';
import { evenKeys, keyBetween } from './positions.ts';
import { findReceipt, saveReceipt } from './receipts.ts';
import { descriptionField, parseInput } from './validation.ts';

export const SUBTASK_TITLE_MAX = 500;
export const BATCH_MAX = 100;

const title = z.string().trim().min(1, 'title must not be empty').max(SUBTASK_TITLE_MAX, `title must be at most ${SUBTASK_TITLE_MAX} characters`);
const version = z.number().int().min(1, 'must be a positive version');
const clientMutationId = z.string().nullish();

type Placement = { afterId?: string | null; beforeId?: string | null };

async function loadSubtask(rows: DomainRows, id: string) {
  const subtask = await rows.findSubtask(id);
  if (!subtask) throw new NotFoundError('Subtask', id);
  return subtask;
}

async function loadTask(rows: DomainRows, id: string) {
  const task = await rows.findTask(id);
  if (!task) throw new NotFoundError('Task', id);
  return task;
}

/**
 * The subtask a change applies to, with its task's project (one query), after the optimistic
 * concurrency check: a stale `expectedVersion` throws ConflictError carrying the current row.
 */
async function loadForChange(rows: DomainRows, id: string, expectedVersion: number | null | undefined) {
  const row = await rows.findSubtaskWithProject(id);
  if (!row) throw new NotFoundError('Subtask', id);
  const { subtask: existing, projectId } = row;
  if (expectedVersion != null && existing.version !== expectedVersion) throw new ConflictError('Subtask', existing, expectedVersion);
  return { existing, projectId };
}

/**
 * What placing a subtask needs: the transaction's rows for the neighbours' positions, and for the
 * rare renumbering (through Prisma) the transaction client, its emit and the task's project.
 */
type RenumberLog = { tx: Tx; rows: DomainRows; emit: Emit; projectId: string };

/**
 * Renumbers a task's subtasks evenly, keeping their order. Two passes keep (taskId, position) unique.
 * Every sibling whose position changed gets a version bump and a SUBTASK_UPDATED (`changed:
 * ["position"]`, `reason: "renumbered"`), so followers of the log see the move. The subtask being
 * placed (`movingId`) is left to its caller, which writes it again and records that change.
 */
async function renumber(taskId: string, log: RenumberLog, movingId?: string) {
  const { tx } = log;
  const siblings = await tx.subtask.findMany({ where: { taskId }, orderBy: { position: 'asc' }, select: { id: true, position: true } });
  const keys = evenKeys(siblings.length);
  for (const [i, row] of siblings.entries()) await tx.subtask.update({ where: { id: row.id }, data: { position: -(i + 1) } });
  for (const [i, row] of siblings.entries()) {
    const moved = row.position !== keys[i] && row.id !== movingId;
    const subtask = await tx.subtask.update({ where: { id: row.id }, data: { position: keys[i]!, ...(moved ? { version: { increment: 1 } } : {}) } });
    if (moved) await emitFor(log.emit, 'SUBTASK_UPDATED', subtask, log.projectId, { changed: ['position'], reason: 'renumbered' });
  }
}

/** The position for a subtask placed in `taskId` after/before a sibling (default: at the end). */
async function positionFor(taskId: string, placement: Placement, log: RenumberLog, movingId?: string): Promise<number> {
  if (placement.afterId && placement.beforeId) {
    throw ValidationError.field(['input', 'afterId'], 'give afterId or beforeId, not both');
  }
  const { rows } = log;
  for (let attempt = 0; attempt < 2; attempt++) {
    let before: number | null = null;
    let after: number | null = null;
    if (placement.afterId || placement.beforeId) {
      const field = placement.afterId ? 'afterId' : 'beforeId';
      const anchorId = (placement.afterId ?? placement.beforeId)!;
      if (anchorId === movingId) throw ValidationError.field(['input', field], 'a subtask cannot be placed relative to itself');
      const anchor = await rows.findSubtask(anchorId);
      if (!anchor) throw new NotFoundError('Subtask', anchorId);
      if (anchor.taskId !== taskId) throw ValidationError.field(['input', field], `subtask ${anchorId} belongs to another task`);
      if (placement.afterId) {
        before = anchor.position;
        after = await rows.neighbourPosition(taskId, anchor.position, 'after', movingId);
      } else {
        after = anchor.position;
        before = await rows.neighbourPosition(taskId, anchor.position, 'before', movingId);
      }
    } else {
      before = await rows.lastSubtaskPosition(taskId, movingId);
    }
    const key = keyBetween(before, after);
    if (key !== null) return key;
    await renumber(taskId, log, movingId);
  }
  throw new Error(`could not find a position in task ${taskId} after renumbering`);
}

async function emitFor(emit: Emit, kind: Parameters<Emit>[0]['kind'], subtask: Subtask, projectId: string, extra?: Record<string, unknown>) {
  await emit({ kind, projectId, taskId: subtask.taskId, subtaskId: subtask.id, payload: { subtask, ...extra } });
}

// ---------------------------------------------------------------------------------------------

const CreateSubtask = z.object({
  title,
  description: descriptionField.nullish(),
  afterId: z.string().nullish(),
  beforeId: z.string().nullish(),
  clientMutationId,
});

export async function createSubtask(store: Store, actor: string, taskId: string, input: z.input<typeof CreateSubtask>) {
  const data = parseInput(CreateSubtask, input);
  return store.withEvents(actor, async (tx, emit, rows) => {
    const replay = await findReceipt<{ id: string }>(rows, 'createSubtask', data.clientMutationId);
    if (replay) return loadSubtask(rows, replay.id);
    const task = await loadTask(rows, taskId);
    const position = await positionFor(taskId, data, { tx, rows, emit, projectId: task.projectId });
    const subtask = await rows.insertSubtask({ taskId, title: data.title, description: data.description ?? '', position });
    await emitFor(emit, 'SUBTASK_CREATED', subtask, task.projectId);
    await saveReceipt(rows, 'createSubtask', data.clientMutationId, { id: subtask.id });
    return subtask;
  });
}

const CreateSubtasks = z.object({
  items: z
    .array(z.object({ title, description: descriptionField.nullish() }))
    .min(1, 'give at least one item')
    .max(BATCH_MAX, `at most ${BATCH_MAX} items per batch`),
  clientMutationId,
});

/** Appends several subtasks at the end, atomically: all are created or none. One event each. */
export async function createSubtasks(store: Store, actor: string, taskId: string, input: z.input<typeof CreateSubtasks>) {
  const data = parseInput(CreateSubtasks, input);
  return store.withEvents(actor, async (tx, emit, rows) => {
    const replay = await findReceipt<{ ids: string[] }>(rows, 'createSubtasks', data.clientMutationId);
    if (replay) {
      return tx.subtask.findMany({ where: { id: { in: replay.ids } }, orderBy: { position: 'asc' } });
    }
    const task = await loadTask(rows, taskId);
    const created: Subtask[] = [];
    for (const item of data.items) {
      const position = await positionFor(taskId, {}, { tx, rows, emit, projectId: task.projectId });
      const subtask = await rows.insertSubtask({ taskId, title: item.title, description: item.description ?? '', position });
      await emitFor(emit, 'SUBTASK_CREATED', subtask, task.projectId);
      created.push(subtask);
    }
    await saveReceipt(rows, 'createSubtasks', data.clientMutationId, { ids: created.map((s) => s.id) });
    return created;
  });
}

const UpdateSubtask = z.object({
  title: title.nullish(),
  description: descriptionField.nullish(),
  expectedVersion: version.nullish(),
  clientMutationId,
});

export async function updateSubtask(store: Store, actor: string, id: string, input: z.input<typeof UpdateSubtask>) {
  const data = parseInput(UpdateSubtask, input);
  return store.withEvents(actor, async (_tx, emit, rows) => {
    const replay = await findReceipt<{ id: string }>(rows, 'updateSubtask', data.clientMutationId);
    if (replay) return loadSubtask(rows, replay.id);
    const { projectId } = await loadForChange(rows, id, data.expectedVersion);
    const subtask = await rows.updateSubtask(id, { title: data.title ?? undefined, description: data.description ?? undefined });
    const changed = (['title', 'description'] as const).filter((k) => data[k] != null);
    await emitFor(emit, 'SUBTASK_UPDATED', subtask, projectId, { changed });
    await saveReceipt(rows, 'updateSubtask', data.clientMutationId, { id });
    return subtask;
  });
}

const SetDone = z.object({ expectedVersion: version.nullish(), clientMutationId });

/** completeSubtask / reopenSubtask. */
export async function setSubtaskDone(store: Store, actor: string, id: string, done: boolean, input: z.input<typeof SetDone>) {
  const data = parseInput(SetDone, input);
  const mutation = done ? 'completeSubtask' : 'reopenSubtask';
  return store.withEvents(actor, async (_tx, emit, rows) => {
    const replay = await findReceipt<{ id: string }>(rows, mutation, data.clientMutationId);
    if (replay) return loadSubtask(rows, replay.id);
    const { existing, projectId } = await loadForChange(rows, id, data.expectedVersion);
    // Completing a done subtask is a no-op success (same for reopening an open one): no version bump,
    // no event, so retries and double clicks are harmless.
    if (existing.done === done) return existing;
    const subtask = await rows.updateSubtask(id, { done, completedAt: done ? new Date() : null });
    await emitFor(emit, done ? 'SUBTASK_COMPLETED' : 'SUBTASK_REOPENED', subtask, projectId);
    await saveReceipt(rows, mutation, data.clientMutationId, { id });
    return subtask;
  });
}

const MoveSubtask = z.object({
  afterId: z.string().nullish(),
  beforeId: z.string().nullish(),
  toTaskId: z.string().nullish(),
  expectedVersion: version.nullish(),
  clientMutationId,
});

/** Moves a subtask within its task (afterId/beforeId) or to another task of the same project (toTaskId). */
export async function moveSubtask(store: Store, actor: string, id: string, input: z.input<typeof MoveSubtask>) {
  const data = parseInput(MoveSubtask, input);
  if (!data.afterId && !data.beforeId && !data.toTaskId) {
    throw ValidationError.field(['input'], 'give afterId, beforeId or toTaskId');
  }
  return store.withEvents(actor, async (tx, emit, rows) => {
    const replay = await findReceipt<{ id: string }>(rows, 'moveSubtask', data.clientMutationId);
    if (replay) return loadSubtask(rows, replay.id);
    const { existing, projectId } = await loadForChange(rows, id, data.expectedVersion);
    let targetTaskId = existing.taskId;
    if (data.toTaskId && data.toTaskId !== existing.taskId) {
      const target = await loadTask(rows, data.toTaskId);
      if (target.projectId !== projectId) {
        throw ValidationError.field(['input', 'toTaskId'], 'a subtask can only move to a task of the same project');
      }
      targetTaskId = target.id;
    }
    const position = await positionFor(targetTaskId, data, { tx, rows, emit, projectId }, id);
    const subtask = await rows.updateSubtask(id, { taskId: targetTaskId, position });
    await emitFor(emit, 'SUBTASK_MOVED', subtask, projectId, { fromTaskId: existing.taskId, toTaskId: targetTaskId });
    await saveReceipt(rows, 'moveSubtask', data.clientMutationId, { id });
    return subtask;
  });
}

const DeleteSubtask = z.object({ expectedVersion: version.nullish(), clientMutationId });

export async function deleteSubtask(store: Store, actor: string, id: string, input: z.input<typeof DeleteSubtask>) {
  const data = parseInput(DeleteSubtask, input);
  return store.withEvents(actor, async (_tx, emit, rows) => {
    const replay = await findReceipt<{ id: string }>(rows, 'deleteSubtask', data.clientMutationId);
    if (replay) return { id: replay.id };
    const { existing, projectId } = await loadForChange(rows, id, data.expectedVersion);
    await rows.deleteSubtask(id);
    await emitFor(emit, 'SUBTASK_DELETED', existing, projectId);
    await saveReceipt(rows, 'deleteSubtask', data.clientMutationId, { id });
    return { id };
  });
}
