import { rules } from '../../auth/scopes.ts';
import { projectWhere } from '../../auth/confinement.ts';
import { builder } from '../../builder.ts';
import type { TaskStatus } from '../../services/tasks.ts';
import { CONNECTION_LIMITS, ProjectRef } from '../project/types.ts';
import { TaskPriorityEnum, TaskStatusEnum } from './enums.ts';

export const TaskRef = builder.prismaNode('Task', {
  id: { field: 'id' },
  // node(id)/nodes(ids) answer null for an id that names nothing (default: findUniqueOrThrow, a masked error).
  nullable: true,
  authScopes: (task) => rules.ofProject(task.projectId),
  description: 'A unit of work in a project, with acceptance criteria, that agent sessions work on.',
  fields: (t) => ({
    project: t.relation('project', { description: 'The project the task belongs to.' }),
    title: t.exposeString('title', { description: 'Short title (1–200 characters).' }),
    description: t.exposeString('description', { description: 'What to do (up to 10 000 characters).' }),
    status: t.field({
      type: TaskStatusEnum,
      description: 'Where the task is in its life.',
      resolve: (task) => task.status as TaskStatus,
    }),
    priority: t.field({
      type: TaskPriorityEnum,
      description: 'How urgent the task is.',
      resolve: (task) => task.priority as 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL',
    }),
    acceptanceCriteria: t.stringList({
      description: 'Conditions that must hold for the task to be done, in order.',
      resolve: (task) => (Array.isArray(task.acceptanceCriteria) ? task.acceptanceCriteria.map(String) : []),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the task was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the task last changed.' }),
    startedAt: t.expose('startedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When work first began (status left TODO); cleared when the task goes back to TODO.',
    }),
    completedAt: t.expose('completedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the task was closed (DONE or CANCELLED); cleared when it reopens.',
    }),
  }),
});

builder.queryFields((t) => ({
  tasks: t.prismaConnection({
    ...CONNECTION_LIMITS,
    type: 'Task',
    cursor: 'id',
    description: 'Tasks across projects, oldest first, optionally filtered by project and status.',
    args: {
      projectId: t.arg.globalID({ required: false, for: ProjectRef, description: 'Only this project\'s tasks.' }),
      status: t.arg({ type: TaskStatusEnum, required: false, description: 'Only tasks with this status.' }),
    },
    authScopes: rules.optionalProjectArg,
    resolve: (query, _root, { projectId, status }, ctx) =>
      ctx.store.prisma.task.findMany({
        ...query,
        where: { ...(projectId ? { projectId: projectId.id } : {}), ...projectWhere(ctx.viewer), ...(status ? { status } : {}) },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
  }),
  task: t.prismaField({
    type: 'Task',
    nullable: true,
    description: 'One task by global ID; null when it does not exist.',
    args: { id: t.arg.globalID({ required: true, for: TaskRef, description: 'The task\'s global ID.' }) },
    resolve: (query, _root, { id }, ctx) => ctx.store.prisma.task.findUnique({ ...query, where: { id: id.id } }),
  }),
}));
