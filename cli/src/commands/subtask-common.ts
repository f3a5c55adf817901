/**
 * What the `maestro subtask …` commands share: the subtask fields they select, the task a command
 * acts on (TASK, or the spawned session's MAESTRO_TASK_IDS), --expected-version, mutations sent with
 * a clientMutationId and retried once on TIMEOUT/NETWORK, and the typed errors of their results.
 */
import { randomUUID } from 'node:crypto';
import type { ArgsDef } from 'citty';
import { RequestError, type TypedDocument } from '../../../src/client/request.ts';
import { graphql } from '../gql/index.ts';
import type { CliSubtaskFieldsFragment } from '../gql/graphql.ts';
import { intArg } from '../lib/args.ts';
import { execute, type ConnectionArgs } from '../lib/client.ts';
import { CliError, domainError, fieldLabel, typenameToCode, UsageError } from '../lib/errors.ts';
import { table, truncate } from '../lib/output.ts';

graphql(`
  fragment CliSubtaskFields on Subtask {
    id
    title
    description
    done
    completedAt
    position
    version
    createdAt
    updatedAt
    task { id title }
  }
`);

export type Subtask = CliSubtaskFieldsFragment;

export const TASK_IDS_ENV = 'MAESTRO_TASK_IDS';

export const subtaskIdArg = {
  id: { type: 'positional', required: true, valueHint: 'id', description: 'The subtask\'s ID (from `maestro subtask list`)' },
} as const satisfies ArgsDef;

export const expectedVersionArgs = {
  'expected-version': {
    type: 'string',
    valueHint: 'n',
    description: 'Apply only if the subtask is still at this version (VERSION in `maestro subtask list`); otherwise CONFLICT_ERROR, nothing changes',
  },
} as const satisfies ArgsDef;

export const taskArgDescription = `The task's ID (from \`maestro task list\`); default: the session's task, the first of ${TASK_IDS_ENV}`;

export function expectedVersion(args: { 'expected-version'?: string }): number | null {
  return intArg(args['expected-version'], 'expected-version', { min: 0, max: 2 ** 31 - 1 }) ?? null;
}

/** True when `value` is a Task global ID: the base64 of `Task:<id>` (re-encoding gives it back). */
export function isTaskId(value: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  return /^Task:./s.test(decoded) && Buffer.from(decoded, 'utf8').toString('base64') === value;
}

/** The first task of a spawned session (MAESTRO_TASK_IDS is a comma-separated list of global IDs). */
export function sessionTask(): string | null {
  return (process.env[TASK_IDS_ENV] ?? '').split(',').map((id) => id.trim()).find((id) => id !== '') ?? null;
}

/** TASK as given, else the session's task; neither → usage error (exit 2). */
export function resolveTask(given: string | undefined): string {
  if (given !== undefined && given.trim() !== '') return given.trim();
  const fromEnv = sessionTask();
  if (fromEnv) return fromEnv;
  throw new UsageError(
    `TASK is missing and ${TASK_IDS_ENV} is empty: give the task's ID.`,
    `Find it with \`maestro task list\`; inside a spawned session ${TASK_IDS_ENV} names the session's task.`,
  );
}

const RETRY_DELAY_MS = 300;
const RETRIED = new Set(['TIMEOUT', 'NETWORK']);

/**
 * Sends a mutation with a fresh clientMutationId. On TIMEOUT or NETWORK it tries once more with the
 * same id: the server answers a repeated id with the first result, so the change never applies twice.
 */
export async function mutate<TResult, TVariables>(
  args: ConnectionArgs,
  document: TypedDocument<TResult, TVariables>,
  variables: (clientMutationId: string) => TVariables,
): Promise<TResult> {
  const vars = variables(randomUUID());
  try {
    return await execute(args, document, vars);
  } catch (error) {
    if (!(error instanceof RequestError) || !RETRIED.has(error.code)) throw error;
    await new Promise((r) => setTimeout(r, RETRY_DELAY_MS));
    return execute(args, document, vars);
  }
}

/** Input fields of the subtask mutations, as the command line spells them. */
const FIELD_NAMES: Record<string, string> = {
  taskId: 'TASK',
  id: 'ID',
  afterId: '--after',
  beforeId: '--before',
  toTaskId: '--to-task',
};

function subtaskFieldLabel(path: readonly string[]): string {
  const [input, field, index, sub] = path;
  if (input === 'input' && field === 'items' && index !== undefined && /^\d+$/.test(index)) {
    return `${sub === 'description' ? 'description of TITLE' : 'TITLE'} #${Number(index) + 1}`;
  }
  if (input === 'input' && field !== undefined && path.length === 2 && FIELD_NAMES[field]) return FIELD_NAMES[field]!;
  return fieldLabel(path);
}

type FailedResult =
  | { __typename: 'ValidationError'; message: string; fields: readonly { path: readonly string[]; message: string }[] }
  | { __typename: 'NotFoundError'; message: string }
  | { __typename: 'BaseError'; message: string }
  | { __typename: 'ConflictError'; message: string; currentVersion: number; current: Subtask };

/** A typed error of a subtask mutation as a CliError (exit 1); a conflict shows the current value and version. */
export function subtaskError(result: FailedResult): CliError {
  switch (result.__typename) {
    case 'ConflictError': {
      const s = result.current;
      const value = `"${truncate(s.title, 80)}", ${s.done ? 'done' : 'open'}${s.description ? `, description "${truncate(s.description, 80)}"` : ''}`;
      // Built from the typed fields: the global ID people pass back, the current value and version.
      return new CliError(
        typenameToCode(result.__typename),
        `Subtask ${s.id} is now at version ${result.currentVersion} (${value}); it changed since that version was read, so nothing was changed.`,
        { hint: `Check the current value, then re-run with --expected-version ${result.currentVersion}.` },
      );
    }
    case 'ValidationError': {
      const details = result.fields.map((f) => `${subtaskFieldLabel(f.path)} (${f.path.join('.')}): ${f.message}`);
      return new CliError(typenameToCode(result.__typename), result.message, {
        details,
        hint: 'Fix the values above and run the command again; nothing was changed.',
      });
    }
    case 'NotFoundError':
      return new CliError(typenameToCode(result.__typename), result.message, {
        hint: 'Check the ID: `maestro task list` shows the tasks, `maestro subtask list TASK` their subtasks.',
      });
    default:
      return domainError(result);
  }
}

/** `[x] ID  title` rows in position order (with the version --expected-version wants). */
export function subtaskTable(subtasks: readonly Subtask[]): string {
  return table(
    ['', 'ID', 'VERSION', 'TITLE'],
    subtasks.map((s) => [s.done ? '[x]' : '[ ]', s.id, String(s.version), truncate(s.title, 70)]),
  );
}

/** One subtask, after a change. */
export function subtaskSummary(verb: string, s: Subtask): string[] {
  return [
    `${verb} ${s.done ? '[x]' : '[ ]'} ${s.title}`,
    `  id ${s.id}, version ${s.version}, task ${truncate(s.task.title, 50)} (${s.task.id})`,
    ...(s.description ? [`  ${truncate(s.description, 200)}`] : []),
  ];
}
