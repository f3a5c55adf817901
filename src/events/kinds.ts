/** Every kind of event the log holds. Later domains (subtasks, sessions, hooks) add theirs here. */
export const EVENT_KINDS = [
  'PROJECT_CREATED',
  'PROJECT_UPDATED',
  'PROJECT_DELETED',
  'TASK_CREATED',
  'TASK_UPDATED',
  'TASK_DELETED',
  'SUBTASK_CREATED',
  'SUBTASK_UPDATED',
  'SUBTASK_COMPLETED',
  'SUBTASK_REOPENED',
  'SUBTASK_MOVED',
  'SUBTASK_DELETED',
] as const;

export type EventKind = (typeof EVENT_KINDS)[number];
