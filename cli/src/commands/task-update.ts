import { defineCommand } from 'citty';
import { graphql } from '../gql/index.ts';
import { enumArg, nonEmpty, repeated } from '../lib/args.ts';
import { execute } from '../lib/client.ts';
import { casesExhausted, domainError, UsageError } from '../lib/errors.ts';
import { printResult } from '../lib/output.ts';
import { taskDetails } from '../lib/render.ts';
import { sharedArgs, TASK_PRIORITIES, TASK_STATUSES } from './_shared.ts';
import { resolveTask, taskArgDescription } from './subtask-common.ts';

const TaskUpdate = graphql(`
  mutation CliTaskUpdate($input: UpdateTaskInput!) {
    updateTask(input: $input) {
      __typename
      ... on UpdateTaskPayload { task { ...CliTaskFields } }
      ... on ValidationError { message fields { path message } }
      ... on Error { message }
    }
  }
`);

export default defineCommand({
  meta: { name: 'update', description: 'Change a task\'s fields; the ones not given keep their value (appends TASK_UPDATED)' },
  args: {
    id: { type: 'positional', required: false, valueHint: 'id', description: taskArgDescription },
    title: { type: 'string', valueHint: 'text', description: 'New title, 1–200 characters' },
    description: { type: 'string', valueHint: 'text', description: 'New description ("" clears it)' },
    priority: { type: 'string', valueHint: 'priority', description: `New priority: ${TASK_PRIORITIES.join(', ')}` },
    status: { type: 'string', valueHint: 'status', description: `New status; startedAt and completedAt follow it: ${TASK_STATUSES.join(', ')}` },
    criterion: { type: 'string', valueHint: 'text', description: 'Replaces ALL acceptance criteria; repeat for several, in order' },
    'clear-criteria': { type: 'boolean', description: 'Remove every acceptance criterion' },
    project: { type: 'string', valueHint: 'id', description: 'Refuse unless the task belongs to this project (a guard)' },
    ...sharedArgs,
  },
  async run({ args, rawArgs }) {
    const criteria = repeated(rawArgs, 'criterion');
    if (criteria.length && args['clear-criteria']) throw new UsageError('Give either --criterion or --clear-criteria, not both.');
    const changes = {
      title: args.title ?? null,
      description: args.description ?? null,
      priority: enumArg(args.priority, 'priority', TASK_PRIORITIES) ?? null,
      status: enumArg(args.status, 'status', TASK_STATUSES) ?? null,
      acceptanceCriteria: args['clear-criteria'] ? [] : criteria.length ? criteria : null,
    };
    if (Object.values(changes).every((v) => v === null)) {
      throw new UsageError('Nothing to update.', 'Give at least one of --title, --description, --priority, --status, --criterion, --clear-criteria.');
    }
    const { updateTask: result } = await execute(args, TaskUpdate, {
      input: { id: resolveTask(args.id), projectId: nonEmpty(args.project, 'project') ?? null, ...changes },
    });
    switch (result.__typename) {
      case 'UpdateTaskPayload':
        return printResult(args.json, result.task, (t) => [`Updated task ${t.title}`, ...taskDetails(t)]);
      case 'ValidationError':
      case 'NotFoundError':
      case 'BaseError':
        throw domainError(result);
      default:
        return casesExhausted(result);
    }
  },
});
