/** Write rules for tasks. Each function is one transaction that appends its event. */
import { z } from 'zod';
import type { DomainRows, Store } from '../store/types.ts';
import { NotFoundError } from './errors.ts';
import { changedKeys } from './projects.ts';
import { descriptionField, LIMITS, nameField, parseInput } from './validation.ts';

export const TASK_STATUSES = ['TODO', 'IN_PROGRESS', 'BLOCKED', 'IN_REVIEW', 'DONE', 'CANCELLED'] as const;
export const TASK_PRIORITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

const criteria = z
  .array(z.string().trim().min(1, 'must not be empty').max(LIMITS.criterion, `must be at most ${LIMITS.criterion} characters`))
  .max(LIMITS.criteria, `at most ${LIMITS.criteria} criteria`);

const CreateTask = z.object({
  title: nameField('title'),
  description: descriptionField.nullish(),
  status: z.enum(TASK_STATUSES).nullish(),
  priority: z.enum(TASK_PRIORITIES).nullish(),
  acceptanceCriteria: criteria.nullish(),
});

const UpdateTask = CreateTask.extend({ title: nameField('title').nullish() });

/**
 * startedAt is the first time work began and is cleared only by going back to TODO;
 * completedAt is when the task was closed (DONE or CANCELLED) and is cleared when it reopens.
 */
export function statusTimestamps(
  from: { status: string; startedAt: Date | null; completedAt: Date | null },
  to: TaskStatus,
  now = new Date(),
) {
  if (from.status === to) return {};
  if (to === 'TODO') return { startedAt: null, completedAt: null };
  const closed = to === 'DONE' || to === 'CANCELLED';
  return {
    startedAt: from.startedAt ?? (to === 'CANCELLED' ? null : now),
    completedAt: closed ? now : null,
  };
}

async function findTask(rows: DomainRows, id: string, projectId?: string | null) {
  const task = await rows.findTask(id);
  if (!task) throw new NotFoundError('Task', id);
  if (projectId && task.projectId !== projectId) {
    throw new NotFoundError('Task', id, `Task ${id} does not belong to project ${projectId}`);
  }
  return task;
}

export async function createTask(store: Store, actor: string, projectId: string, input: z.input<typeof CreateTask>) {
  const data = parseInput(CreateTask, input);
  return store.withEvents(actor, async (_tx, emit, rows) => {
    if (!(await rows.projectExists(projectId))) throw new NotFoundError('Project', projectId);
    const status = data.status ?? 'TODO';
    const task = await rows.insertTask({
      projectId,
      title: data.title,
      description: data.description ?? '',
      status,
      priority: data.priority ?? 'MEDIUM',
      acceptanceCriteria: data.acceptanceCriteria ?? [],
      startedAt: null,
      completedAt: null,
      ...statusTimestamps({ status: 'TODO', startedAt: null, completedAt: null }, status),
    });
    await emit({ kind: 'TASK_CREATED', projectId, taskId: task.id, payload: { task } });
    return task;
  });
}

export async function updateTask(
  store: Store,
  actor: string,
  id: string,
  input: z.input<typeof UpdateTask>,
  expectedProjectId?: string | null,
) {
  const data = parseInput(UpdateTask, input);
  return store.withEvents(actor, async (_tx, emit, rows) => {
    const existing = await findTask(rows, id, expectedProjectId);
    const task = await rows.updateTask(id, {
      title: data.title ?? undefined,
      description: data.description ?? undefined,
      status: data.status ?? undefined,
      priority: data.priority ?? undefined,
      acceptanceCriteria: data.acceptanceCriteria ?? undefined,
      ...(data.status ? statusTimestamps(existing, data.status) : {}),
    });
    await emit({
      kind: 'TASK_UPDATED',
      projectId: task.projectId,
      taskId: id,
      payload: { task, changed: changedKeys(data), previousStatus: existing.status },
    });
    return task;
  });
}

export async function deleteTask(store: Store, actor: string, id: string, expectedProjectId?: string | null) {
  return store.withEvents(actor, async (_tx, emit, rows) => {
    const existing = await findTask(rows, id, expectedProjectId);
    // The delete cascades to the task's subtasks: TASK_DELETED names them (payload.cascade).
    const subtasks = await rows.subtaskIdsOf(id);
    await rows.deleteTask(id);
    await emit({ kind: 'TASK_DELETED', projectId: existing.projectId, taskId: id, payload: { task: existing, cascade: { subtasks } } });
    return existing;
  });
}
