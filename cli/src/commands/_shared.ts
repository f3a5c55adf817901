/** Argument definitions every command shares (nuxt/cli `_shared.ts` style). */
import type { ArgsDef } from 'citty';
import type { TaskPriority, TaskStatus } from '../gql/graphql.ts';

export const connectionArgs = {
  server: {
    type: 'string',
    valueHint: 'url',
    description: 'Server URL (env MAESTRO_SERVER_URL; default http://127.0.0.1:4000)',
  },
  token: {
    type: 'string',
    valueHint: 'token',
    description: 'Bearer token for the server (env MAESTRO_TOKEN)',
  },
} as const satisfies ArgsDef;

export const jsonArgs = {
  json: {
    type: 'boolean',
    description: 'Machine output on stdout: {"ok":true,"data":…} or {"ok":false,"error":{"code":…,"message":…}}',
  },
} as const satisfies ArgsDef;

/** Connection + --json: spread into every command's args. */
export const sharedArgs = { ...connectionArgs, ...jsonArgs } as const satisfies ArgsDef;

export const pageArgs = {
  first: { type: 'string', valueHint: '1-100', description: 'Page size (default 20, at most 100)' },
  after: { type: 'string', valueHint: 'cursor', description: 'Start after this cursor (printed as "next page" by the previous page)' },
} as const satisfies ArgsDef;

export const TASK_STATUSES = ['TODO', 'IN_PROGRESS', 'IN_REVIEW', 'BLOCKED', 'DONE', 'CANCELLED'] as const satisfies readonly TaskStatus[];
export const TASK_PRIORITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const satisfies readonly TaskPriority[];

/** Filters of `events tail` and `events list`; --kind is repeatable (and takes comma lists). */
export const eventFilterArgs = {
  project: { type: 'string', valueHint: 'id', description: 'Only events of this project (default inside a session: its project, MAESTRO_PROJECT_ID)' },
  task: { type: 'string', valueHint: 'id', description: 'Only events of this task' },
  subtask: { type: 'string', valueHint: 'id', description: 'Only events of this subtask' },
  session: { type: 'string', valueHint: 'id', description: 'Only events of this agent session' },
  kind: { type: 'string', valueHint: 'KIND', description: 'Only these kinds (TASK_CREATED, TASK_UPDATED, …: the EventKind enum); repeat or comma-separate' },
} as const satisfies ArgsDef;

// The lists above must name every value of the schema's enums: a new value fails the type check.
// (Event kinds are not listed: they grow with every domain, so the server validates --kind.)
type Covers<All extends string, Listed extends readonly string[]> = [Exclude<All, Listed[number]>] extends [never] ? true : false;
const enumsCovered: [Covers<TaskStatus, typeof TASK_STATUSES>, Covers<TaskPriority, typeof TASK_PRIORITIES>] = [true, true];
void enumsCovered;
