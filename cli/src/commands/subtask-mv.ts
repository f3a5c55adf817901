import { defineCommand } from 'citty';
import { graphql } from '../gql/index.ts';
import { nonEmpty } from '../lib/args.ts';
import { casesExhausted, UsageError } from '../lib/errors.ts';
import { printResult } from '../lib/output.ts';
import { sharedArgs } from './_shared.ts';
import { expectedVersion, expectedVersionArgs, mutate, subtaskError, subtaskIdArg, subtaskSummary } from './subtask-common.ts';

const SubtaskMove = graphql(`
  mutation CliSubtaskMove($input: MoveSubtaskInput!) {
    moveSubtask(input: $input) {
      __typename
      ... on MoveSubtaskPayload { subtask { ...CliSubtaskFields } }
      ... on ConflictError { message currentVersion current { ...CliSubtaskFields } }
      ... on ValidationError { message fields { path message } }
      ... on Error { message }
    }
  }
`);

export default defineCommand({
  meta: {
    name: 'mv',
    description: 'Reorder a subtask (--after or --before a sibling) or move it to another task of the same project (--to-task; appends SUBTASK_MOVED)',
  },
  args: {
    ...subtaskIdArg,
    after: { type: 'string', valueHint: 'id', description: 'Place it right after this subtask' },
    before: { type: 'string', valueHint: 'id', description: 'Place it right before this subtask' },
    'to-task': { type: 'string', valueHint: 'id', description: 'Move it to this task of the same project: at its end, or with --after/--before one of its subtasks' },
    ...expectedVersionArgs,
    ...sharedArgs,
  },
  async run({ args }) {
    const expected = expectedVersion(args);
    const afterId = nonEmpty(args.after, 'after') ?? null;
    const beforeId = nonEmpty(args.before, 'before') ?? null;
    const toTaskId = nonEmpty(args['to-task'], 'to-task') ?? null;
    if (afterId && beforeId) throw new UsageError('Give either --after or --before, not both.');
    if (!afterId && !beforeId && !toTaskId) {
      throw new UsageError('Say where to: --after ID, --before ID or --to-task ID.', 'Run `maestro subtask list` for the IDs.');
    }
    const { moveSubtask: result } = await mutate(args, SubtaskMove, (clientMutationId) => ({
      input: { id: args.id, afterId, beforeId, toTaskId, expectedVersion: expected, clientMutationId },
    }));
    switch (result.__typename) {
      case 'MoveSubtaskPayload':
        return printResult(args.json, result.subtask, (s) => subtaskSummary('Moved', s));
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
