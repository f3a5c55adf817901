import { defineCommand } from 'citty';
import { graphql } from '../gql/index.ts';
import { casesExhausted } from '../lib/errors.ts';
import { printResult } from '../lib/output.ts';
import { sharedArgs } from './_shared.ts';
import { expectedVersion, expectedVersionArgs, mutate, subtaskError, subtaskIdArg } from './subtask-common.ts';

const SubtaskRemove = graphql(`
  mutation CliSubtaskRemove($input: DeleteSubtaskInput!) {
    deleteSubtask(input: $input) {
      __typename
      ... on DeleteSubtaskPayload { deletedSubtaskId }
      ... on ConflictError { message currentVersion current { ...CliSubtaskFields } }
      ... on ValidationError { message fields { path message } }
      ... on Error { message }
    }
  }
`);

export default defineCommand({
  meta: { name: 'rm', description: 'Delete a subtask (appends SUBTASK_DELETED)' },
  args: { ...subtaskIdArg, ...expectedVersionArgs, ...sharedArgs },
  async run({ args }) {
    const expected = expectedVersion(args);
    const { deleteSubtask: result } = await mutate(args, SubtaskRemove, (clientMutationId) => ({
      input: { id: args.id, expectedVersion: expected, clientMutationId },
    }));
    switch (result.__typename) {
      case 'DeleteSubtaskPayload':
        return printResult(args.json, { deletedSubtaskId: result.deletedSubtaskId }, (d) => `Deleted subtask ${d.deletedSubtaskId}`);
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
