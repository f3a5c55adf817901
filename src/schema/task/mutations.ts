import { builder } from '../../builder.ts';
import { createTask, deleteTask, updateTask } from '../../services/tasks.ts';
import { rules } from '../../auth/scopes.ts';
import { COMMON_ERRORS } from '../errors.ts';
import { parseGlobalId, toGlobalId } from '../ids.ts';
import { TaskPriorityEnum, TaskStatusEnum } from './enums.ts';
import { TaskRef } from './types.ts';

const CreateTaskInput = builder.inputType('CreateTaskInput', {
  description: 'A new task in a project.',
  fields: (t) => ({
    projectId: t.id({ required: true, description: 'The project\'s global ID.' }),
    title: t.string({ required: true, description: 'Short title (1–200 characters).' }),
    description: t.string({ description: 'What to do (up to 10 000 characters).' }),
    status: t.field({ type: TaskStatusEnum, description: 'Initial status (default TODO).' }),
    priority: t.field({ type: TaskPriorityEnum, description: 'Priority (default MEDIUM).' }),
    acceptanceCriteria: t.stringList({ description: 'Conditions for done, in order (up to 100).' }),
  }),
});

const UpdateTaskInput = builder.inputType('UpdateTaskInput', {
  description: 'Changes to a task; omitted fields keep their value.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The task\'s global ID.' }),
    projectId: t.id({ description: 'When given, the task must belong to this project (guards against editing the wrong one).' }),
    title: t.string({ description: 'New title (1–200 characters).' }),
    description: t.string({ description: 'New description (up to 10 000 characters).' }),
    status: t.field({ type: TaskStatusEnum, description: 'New status; startedAt and completedAt follow it.' }),
    priority: t.field({ type: TaskPriorityEnum, description: 'New priority.' }),
    acceptanceCriteria: t.stringList({ description: 'Replaces the acceptance criteria.' }),
  }),
});

const DeleteTaskInput = builder.inputType('DeleteTaskInput', {
  description: 'The task to delete.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The task\'s global ID.' }),
    projectId: t.id({ description: 'When given, the task must belong to this project.' }),
  }),
});

const optionalProjectId = (value: string | number | null | undefined) =>
  value == null ? null : parseGlobalId(String(value), 'Project', ['input', 'projectId']);

builder.mutationFields((t) => ({
  createTask: t.field({
    type: TaskRef,
    description: 'Creates a task in a project and appends TASK_CREATED.',
    args: { input: t.arg({ type: CreateTaskInput, required: true, description: 'The new task.' }) },
    authScopes: rules.inputProject,
    errors: {
      types: [...COMMON_ERRORS],
      dataField: { name: 'task', description: 'The created task.' },
      result: { description: 'The task was created.' },
    },
    resolve: (_root, { input }, ctx) =>
      createTask(ctx.store, ctx.actor, parseGlobalId(String(input.projectId), 'Project', ['input', 'projectId']), input),
  }),
  updateTask: t.field({
    type: TaskRef,
    description: 'Changes a task\'s fields and appends TASK_UPDATED.',
    args: { input: t.arg({ type: UpdateTaskInput, required: true, description: 'The changes.' }) },
    authScopes: rules.inputTask('id'),
    errors: {
      types: [...COMMON_ERRORS],
      dataField: { name: 'task', description: 'The task after the change.' },
      result: { description: 'The task was updated.' },
    },
    resolve: (_root, { input }, ctx) =>
      updateTask(
        ctx.store, ctx.actor,
        parseGlobalId(String(input.id), 'Task', ['input', 'id']),
        input,
        optionalProjectId(input.projectId),
      ),
  }),
  deleteTask: t.field({
    type: 'ID',
    description: 'Deletes a task and appends TASK_DELETED.',
    args: { input: t.arg({ type: DeleteTaskInput, required: true, description: 'The task to delete.' }) },
    authScopes: rules.inputTask('id'),
    errors: {
      types: [...COMMON_ERRORS],
      dataField: { name: 'deletedTaskId', description: 'The global ID of the deleted task.' },
      result: { description: 'The task was deleted.' },
    },
    resolve: async (_root, { input }, ctx) => {
      const task = await deleteTask(
        ctx.store, ctx.actor,
        parseGlobalId(String(input.id), 'Task', ['input', 'id']),
        optionalProjectId(input.projectId),
      );
      return toGlobalId('Task', task.id);
    },
  }),
}));
