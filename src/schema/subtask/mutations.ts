import { rules } from '../../auth/scopes.ts';
import { builder } from '../../builder.ts';
import { ConflictError } from '../../services/errors.ts';
import {
  createSubtask,
  createSubtasks,
  deleteSubtask,
  moveSubtask,
  setSubtaskDone,
  updateSubtask,
} from '../../services/subtasks.ts';
import { COMMON_ERRORS, ErrorInterface } from '../errors.ts';
import { parseGlobalId, toGlobalId } from '../ids.ts';
import { SubtaskRef } from './types.ts';

builder.objectType(ConflictError, {
  name: 'ConflictError',
  description: 'expectedVersion was stale: the object changed after it was read (by anyone, including the caller). Nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    currentVersion: t.exposeInt('currentVersion', { description: 'The version the object has now.' }),
    current: t.field({
      type: SubtaskRef,
      description: 'The object as it is now (the other writer\'s values).',
      resolve: (error) => error.current as never,
    }),
  }),
});

const ERRORS = [...COMMON_ERRORS, ConflictError] as const;
const subtaskId = (value: string | number, field = 'id') => parseGlobalId(String(value), 'Subtask', ['input', field]);
const optionalSubtaskId = (value: string | number | null | undefined, field: string) => (value == null ? null : subtaskId(value, field));
const taskId = (value: string | number, field = 'taskId') => parseGlobalId(String(value), 'Task', ['input', field]);

const clientMutationIdField = (t: { string: (o: { description: string }) => unknown }) =>
  t.string({ description: 'Any unique string: a retry with the same value returns the first result and changes nothing twice.' });
const expectedVersionField = (t: { int: (o: { description: string }) => unknown }) =>
  t.int({ description: 'Apply only if the subtask is still at this version; otherwise ConflictError. Omit to apply to the current row.' });

const CreateSubtaskInput = builder.inputType('CreateSubtaskInput', {
  description: 'A new subtask; at the end of the task unless afterId or beforeId is given.',
  fields: (t) => ({
    taskId: t.id({ required: true, description: 'The task\'s global ID.' }),
    title: t.string({ required: true, description: 'What to do (1–500 characters).' }),
    description: t.string({ description: 'Details (up to 10 000 characters).' }),
    afterId: t.id({ description: 'Place it right after this subtask of the same task.' }),
    beforeId: t.id({ description: 'Place it right before this subtask of the same task.' }),
    clientMutationId: clientMutationIdField(t) as never,
  }),
});

const SubtaskItemInput = builder.inputType('SubtaskItemInput', {
  description: 'One subtask of a batch.',
  fields: (t) => ({
    title: t.string({ required: true, description: 'What to do (1–500 characters).' }),
    description: t.string({ description: 'Details (up to 10 000 characters).' }),
  }),
});

const CreateSubtasksInput = builder.inputType('CreateSubtasksInput', {
  description: 'Several subtasks appended in order, atomically (all or none; up to 100).',
  fields: (t) => ({
    taskId: t.id({ required: true, description: 'The task\'s global ID.' }),
    items: t.field({ type: [SubtaskItemInput], required: true, description: 'The subtasks, in order.' }),
    clientMutationId: clientMutationIdField(t) as never,
  }),
});

const UpdateSubtaskInput = builder.inputType('UpdateSubtaskInput', {
  description: 'Changes to a subtask; omitted fields keep their value.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The subtask\'s global ID.' }),
    title: t.string({ description: 'New title (1–500 characters).' }),
    description: t.string({ description: 'New description.' }),
    expectedVersion: expectedVersionField(t) as never,
    clientMutationId: clientMutationIdField(t) as never,
  }),
});

// completeSubtask, reopenSubtask and deleteSubtask take the same fields, but each mutation has its
// own <Mutation>Input type so one can grow a field without changing the others' contract.
const subtaskVersionInput = (name: string, description: string) =>
  builder.inputType(name, {
    description,
    fields: (t) => ({
      id: t.id({ required: true, description: 'The subtask\'s global ID.' }),
      expectedVersion: expectedVersionField(t) as never,
      clientMutationId: clientMutationIdField(t) as never,
    }),
  });
const CompleteSubtaskInput = subtaskVersionInput('CompleteSubtaskInput', 'The subtask to tick off, optionally only at an expected version.');
const ReopenSubtaskInput = subtaskVersionInput('ReopenSubtaskInput', 'The subtask to untick, optionally only at an expected version.');
const DeleteSubtaskInput = subtaskVersionInput('DeleteSubtaskInput', 'The subtask to delete, optionally only at an expected version.');

const MoveSubtaskInput = builder.inputType('MoveSubtaskInput', {
  description: 'Where to move a subtask: after or before a sibling, or to another task of the same project (at its end, or after/before one of its subtasks).',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The subtask\'s global ID.' }),
    afterId: t.id({ description: 'Place it right after this subtask.' }),
    beforeId: t.id({ description: 'Place it right before this subtask.' }),
    toTaskId: t.id({ description: 'Move it to this task (same project).' }),
    expectedVersion: expectedVersionField(t) as never,
    clientMutationId: clientMutationIdField(t) as never,
  }),
});

type VersionArgs = { expectedVersion?: number | null; clientMutationId?: string | null };
const versionArgs = (input: VersionArgs) => ({ expectedVersion: input.expectedVersion, clientMutationId: input.clientMutationId });

builder.mutationFields((t) => ({
  createSubtask: t.field({
    type: SubtaskRef,
    description: 'Adds one subtask and appends SUBTASK_CREATED.',
    args: { input: t.arg({ type: CreateSubtaskInput, required: true, description: 'The new subtask.' }) },
    authScopes: rules.inputTask('taskId'),
    errors: { types: [...ERRORS], dataField: { name: 'subtask', description: 'The created subtask.' }, result: { description: 'The subtask was created.' } },
    resolve: (_root, { input }, ctx) =>
      createSubtask(ctx.store, ctx.actor, taskId(input.taskId), {
        ...input,
        afterId: optionalSubtaskId(input.afterId, 'afterId'),
        beforeId: optionalSubtaskId(input.beforeId, 'beforeId'),
      }),
  }),
  createSubtasks: t.field({
    type: [SubtaskRef],
    description: 'Adds several subtasks at the end of a task atomically; appends one SUBTASK_CREATED per subtask.',
    args: { input: t.arg({ type: CreateSubtasksInput, required: true, description: 'The batch.' }) },
    authScopes: rules.inputTask('taskId'),
    errors: { types: [...ERRORS], dataField: { name: 'subtasks', description: 'The created subtasks, in order.' }, result: { description: 'Every subtask was created.' } },
    resolve: (_root, { input }, ctx) => createSubtasks(ctx.store, ctx.actor, taskId(input.taskId), input),
  }),
  updateSubtask: t.field({
    type: SubtaskRef,
    description: 'Changes a subtask\'s title or description and appends SUBTASK_UPDATED.',
    args: { input: t.arg({ type: UpdateSubtaskInput, required: true, description: 'The changes.' }) },
    authScopes: rules.inputSubtask,
    errors: { types: [...ERRORS], dataField: { name: 'subtask', description: 'The subtask after the change.' }, result: { description: 'The subtask was updated.' } },
    resolve: (_root, { input }, ctx) => updateSubtask(ctx.store, ctx.actor, subtaskId(input.id), { ...input, ...versionArgs(input) }),
  }),
  completeSubtask: t.field({
    type: SubtaskRef,
    description: 'Ticks a subtask off and appends SUBTASK_COMPLETED (already done: no change, no event).',
    args: { input: t.arg({ type: CompleteSubtaskInput, required: true, description: 'The subtask.' }) },
    authScopes: rules.inputSubtask,
    errors: { types: [...ERRORS], dataField: { name: 'subtask', description: 'The subtask after the change.' }, result: { description: 'The subtask is done.' } },
    resolve: (_root, { input }, ctx) => setSubtaskDone(ctx.store, ctx.actor, subtaskId(input.id), true, versionArgs(input)),
  }),
  reopenSubtask: t.field({
    type: SubtaskRef,
    description: 'Unticks a subtask and appends SUBTASK_REOPENED (already open: no change, no event).',
    args: { input: t.arg({ type: ReopenSubtaskInput, required: true, description: 'The subtask.' }) },
    authScopes: rules.inputSubtask,
    errors: { types: [...ERRORS], dataField: { name: 'subtask', description: 'The subtask after the change.' }, result: { description: 'The subtask is open.' } },
    resolve: (_root, { input }, ctx) => setSubtaskDone(ctx.store, ctx.actor, subtaskId(input.id), false, versionArgs(input)),
  }),
  moveSubtask: t.field({
    type: SubtaskRef,
    description: 'Reorders a subtask or moves it to another task of the same project; appends SUBTASK_MOVED.',
    args: { input: t.arg({ type: MoveSubtaskInput, required: true, description: 'Where to.' }) },
    authScopes: rules.inputSubtask,
    errors: { types: [...ERRORS], dataField: { name: 'subtask', description: 'The subtask after the move.' }, result: { description: 'The subtask was moved.' } },
    resolve: (_root, { input }, ctx) =>
      moveSubtask(ctx.store, ctx.actor, subtaskId(input.id), {
        ...versionArgs(input),
        afterId: optionalSubtaskId(input.afterId, 'afterId'),
        beforeId: optionalSubtaskId(input.beforeId, 'beforeId'),
        toTaskId: input.toTaskId == null ? null : taskId(input.toTaskId, 'toTaskId'),
      }),
  }),
  deleteSubtask: t.field({
    type: 'ID',
    description: 'Deletes a subtask and appends SUBTASK_DELETED.',
    args: { input: t.arg({ type: DeleteSubtaskInput, required: true, description: 'The subtask.' }) },
    authScopes: rules.inputSubtask,
    errors: { types: [...ERRORS], dataField: { name: 'deletedSubtaskId', description: 'The global ID of the deleted subtask.' }, result: { description: 'The subtask was deleted.' } },
    resolve: async (_root, { input }, ctx) => toGlobalId('Subtask', (await deleteSubtask(ctx.store, ctx.actor, subtaskId(input.id), versionArgs(input))).id),
  }),
}));
