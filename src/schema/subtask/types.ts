import { rules } from '../../auth/scopes.ts';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { CONNECTION_LIMITS } from '../project/types.ts';
import { TaskRef } from '../task/types.ts';

export const SubtaskRef = builder.prismaNode('Subtask', {
  id: { field: 'id' },
  authScopes: (subtask) => rules.ofTask(subtask.taskId),
  // node(id)/nodes(ids) answer null for an id that names nothing (default: findUniqueOrThrow, a masked error).
  nullable: true,
  description: 'One step of a task. Ordered by `position`; `version` increases on every change (optimistic concurrency).',
  fields: (t) => ({
    // A deduplicating loader rather than t.relation: Prisma's relation load sends one bind
    // parameter per subtask (not per task), so a large board would be split into chunks of 999.
    task: t.loadable({
      type: TaskRef,
      description: 'The task the subtask belongs to.',
      load: async (ids: string[], ctx: Context) => {
        const tasks = await ctx.store.prisma.task.findMany({ where: { id: { in: ids } } });
        const byId = new Map(tasks.map((task) => [task.id, task]));
        return ids.map((id) => byId.get(id) ?? new Error(`Task ${id} not found`));
      },
      resolve: (subtask) => subtask.taskId,
    }),
    title: t.exposeString('title', { description: 'What to do (1–500 characters).' }),
    description: t.exposeString('description', { description: 'Details (up to 10 000 characters).' }),
    done: t.exposeBoolean('done', { description: 'Whether it is ticked off.' }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true, description: 'When it was ticked off; null while open.' }),
    position: t.exposeFloat('position', { description: 'Sort key within the task (ascending). Opaque: only the order is meaningful.' }),
    version: t.exposeInt('version', { description: 'Increases on every change; pass it as expectedVersion to detect concurrent edits.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
  }),
});

const SubtaskProgressRef = builder.objectRef<{ total: number; done: number }>('SubtaskProgress').implement({
  description: 'How many of a task\'s subtasks are done.',
  fields: (t) => ({
    total: t.exposeInt('total', { description: 'Number of subtasks.' }),
    done: t.exposeInt('done', { description: 'Number of subtasks ticked off.' }),
  }),
});

builder.prismaObjectFields('Task', (t) => ({
  subtasks: t.relatedConnection('subtasks', {
    ...CONNECTION_LIMITS,
    description: 'The task\'s subtasks in order (by position).',
    cursor: 'id',
    query: { orderBy: [{ position: 'asc' }] },
    totalCount: true,
  }),
  subtaskProgress: t.loadable({
    type: SubtaskProgressRef,
    description: 'Subtasks done out of total, exact at all times. Batched: one query for every task in a response.',
    load: async (taskIds: string[], ctx: Context) => {
      const groups = await ctx.store.prisma.subtask.groupBy({ by: ['taskId', 'done'], where: { taskId: { in: taskIds } }, _count: { _all: true } });
      return taskIds.map((id) => {
        const mine = groups.filter((g) => g.taskId === id);
        const count = (done: boolean) => mine.find((g) => g.done === done)?._count._all ?? 0;
        return { total: count(true) + count(false), done: count(true) };
      });
    },
    resolve: (task) => task.id,
  }),
}));
