import { defineCommand } from 'citty';
import { graphql } from '../gql/index.ts';
import { UsageError, casesExhausted } from '../lib/errors.ts';
import { printResult } from '../lib/output.ts';
import { sharedArgs } from './_shared.ts';
import { isTaskId, mutate, resolveTask, subtaskError, subtaskTable, TASK_IDS_ENV } from './subtask-common.ts';

const SubtaskAdd = graphql(`
  mutation CliSubtaskAdd($input: CreateSubtasksInput!) {
    createSubtasks(input: $input) {
      __typename
      ... on CreateSubtasksPayload { subtasks { ...CliSubtaskFields } }
      ... on ConflictError { message currentVersion current { ...CliSubtaskFields } }
      ... on ValidationError { message fields { path message } }
      ... on Error { message }
    }
  }
`);

export default defineCommand({
  meta: {
    name: 'add',
    description: 'Add subtasks at the end of a task, in the order given; several titles are added together or not at all (appends SUBTASK_CREATED each)',
  },
  args: {
    task: {
      type: 'positional',
      required: false,
      valueHint: 'id',
      description: `The task's ID (from \`maestro task list\`). The first argument is TASK only if it is a Task ID, otherwise a title; default: the first of ${TASK_IDS_ENV}`,
    },
    title: {
      type: 'positional',
      required: false,
      valueHint: 'text',
      description: 'TITLE… one or more titles, 1–500 characters each (quote each one); all are added or none',
      variadic: true,
    },
    description: { type: 'string', valueHint: 'text', description: 'Details, given to every subtask added by this command' },
    ...sharedArgs,
  },
  async run({ args }) {
    const positionals = args._.map(String);
    const [first, ...others] = positionals;
    const explicitTask = first !== undefined && isTaskId(first);
    const titles = explicitTask ? others : positionals;
    if (!titles.length) {
      throw new UsageError('Give at least one TITLE.', 'Example: maestro subtask add "Write the test" "Fix the parser" (quote each title).');
    }
    const taskId = resolveTask(explicitTask ? first : undefined);
    const description = args.description ?? null;
    const { createSubtasks: result } = await mutate(args, SubtaskAdd, (clientMutationId) => ({
      input: { taskId, clientMutationId, items: titles.map((title) => ({ title, description })) },
    }));
    switch (result.__typename) {
      case 'CreateSubtasksPayload':
        return printResult(args.json, { subtasks: result.subtasks }, (d) => [
          `Added ${d.subtasks.length} subtask${d.subtasks.length === 1 ? '' : 's'} to ${d.subtasks[0]?.task.title ?? 'the task'} (${taskId}):`,
          subtaskTable(d.subtasks),
        ]);
      case 'ConflictError':
      case 'ValidationError':
      case 'NotFoundError':
      case 'BaseError':
        throw subtaskError(result);
      default:
        return casesExhausted(result);
    }
  },
});
