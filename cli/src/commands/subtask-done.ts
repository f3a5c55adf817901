import { defineCommand } from 'citty';
import { graphql } from '../gql/index.ts';
import { casesExhausted } from '../lib/errors.ts';
import { printResult } from '../lib/output.ts';
import { sharedArgs } from './_shared.ts';
import { expectedVersion, expectedVersionArgs, mutate, subtaskError, subtaskIdArg, subtaskSummary } from './subtask-common.ts';

const SubtaskDone = graphql(`
  mutation CliSubtaskDone($input: CompleteSubtaskInput!) {
    completeSubtask(input: $input) {
      __typename
      ... on CompleteSubtaskPayload { subtask { ...CliSubtaskFields } }
      ... on ConflictError { message currentVersion current { ...CliSubtaskFields } }
      ... on ValidationError { message fields { path message } }
      ... on Error { message }
    }
  }
`);

export default defineCommand({
  meta: { name: 'done', description: 'Tick a subtask off (appends SUBTASK_COMPLETED; already done: no change)' },
  args: { ...subtaskIdArg, ...expectedVersionArgs, ...sharedArgs },
  async run({ args }) {
    const expected = expectedVersion(args);
    const { completeSubtask: result } = await mutate(args, SubtaskDone, (clientMutationId) => ({
      input: { id: args.id, expectedVersion: expected, clientMutationId },
    }));
    switch (result.__typename) {
      case 'CompleteSubtaskPayload':
        return printResult(args.json, result.subtask, (s) => subtaskSummary('Done', s));
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
