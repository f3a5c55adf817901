import { defineCommand } from 'citty';
import { graphql } from '../gql/index.ts';
import { casesExhausted } from '../lib/errors.ts';
import { printResult } from '../lib/output.ts';
import { sharedArgs } from './_shared.ts';
import { expectedVersion, expectedVersionArgs, mutate, subtaskError, subtaskIdArg, subtaskSummary } from './subtask-common.ts';

const SubtaskUndo = graphql(`
  mutation CliSubtaskUndo($input: ReopenSubtaskInput!) {
    reopenSubtask(input: $input) {
      __typename
      ... on ReopenSubtaskPayload { subtask { ...CliSubtaskFields } }
      ... on ConflictError { message currentVersion current { ...CliSubtaskFields } }
      ... on ValidationError { message fields { path message } }
      ... on Error { message }
    }
  }
`);

export default defineCommand({
  meta: { name: 'undo', description: 'Untick a subtask, opening it again (appends SUBTASK_REOPENED; already open: no change)' },
  args: { ...subtaskIdArg, ...expectedVersionArgs, ...sharedArgs },
  async run({ args }) {
    const expected = expectedVersion(args);
    const { reopenSubtask: result } = await mutate(args, SubtaskUndo, (clientMutationId) => ({
      input: { id: args.id, expectedVersion: expected, clientMutationId },
    }));
    switch (result.__typename) {
      case 'ReopenSubtaskPayload':
        return printResult(args.json, result.subtask, (s) => subtaskSummary('Reopened', s));
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
