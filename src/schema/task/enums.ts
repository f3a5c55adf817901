import { builder } from '../../builder.ts';
import { TASK_PRIORITIES, TASK_STATUSES } from '../../services/tasks.ts';

const STATUS_DESCRIPTIONS: Record<(typeof TASK_STATUSES)[number], string> = {
  TODO: 'Not started.',
  IN_PROGRESS: 'Being worked on.',
  BLOCKED: 'Cannot go on until something outside the task changes.',
  IN_REVIEW: 'Done by its worker, waiting for review.',
  DONE: 'Finished and accepted.',
  CANCELLED: 'Will not be done.',
};

const PRIORITY_DESCRIPTIONS: Record<(typeof TASK_PRIORITIES)[number], string> = {
  LOW: 'Whenever there is time.',
  MEDIUM: 'Normal work, in turn.',
  HIGH: 'Before normal work.',
  CRITICAL: 'Before anything else; something is broken or blocked without it.',
};

export const TaskStatusEnum = builder.enumType('TaskStatus', {
  description: 'Where a task is in its life.',
  values: Object.fromEntries(TASK_STATUSES.map((s) => [s, { description: STATUS_DESCRIPTIONS[s] }])) as Record<
    (typeof TASK_STATUSES)[number],
    { description: string }
  >,
});

export const TaskPriorityEnum = builder.enumType('TaskPriority', {
  description: 'How urgent a task is. New tasks are MEDIUM unless told otherwise.',
  values: Object.fromEntries(TASK_PRIORITIES.map((p) => [p, { description: PRIORITY_DESCRIPTIONS[p] }])) as Record<
    (typeof TASK_PRIORITIES)[number],
    { description: string }
  >,
});
