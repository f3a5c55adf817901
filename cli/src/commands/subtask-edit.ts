import { defineCommand } from 'citty';
import { graphql } from '../gql/index.ts';
import { casesExhausted, UsageError } from '../lib/errors.ts';
import { printResult } from '../lib/output.ts';
import { sharedArgs } from './_shared.ts';
import { expectedVersion, expectedVersionArgs, mutate, subtaskError, subtaskIdArg, subtaskSummary } from './subtask-common.ts';

const SubtaskEdit = graphql(`
  mutation CliSubtaskEdit($input: UpdateSubtaskInput!) {
    updateSubtask(input: $input) {
      __typename
      ... on UpdateSubtaskPayload { subtask { ...CliSubtaskFields } }
      ... on ConflictError { message currentVersion current { ...CliSubtaskFields } }
      ... on ValidationError { message fields { path message } }
      ... on Error { message }
    }
  }
`);

export default defineCommand({
  meta: { name: 'edit', description: 'Change a subtask\'s title or description; the one not given keeps its value (appends SUBTASK_UPDATED)' },
  args: {
    ...subtaskIdArg,
    title: { type: 'string', valueHint: 'text', description: 'New title, 1–500 characters' },
    description: { type: 'string', valueHint: 'text', description: 'New description ("" clears it)' },
    ...expectedVersionArgs,
    ...sharedArgs,
  },
  async run({ args }) {
    const expected = expectedVersion(args);
    if (args.title === undefined && args.description === undefined) {
      throw new UsageError('Nothing to change.', 'Give --title, --description or both.');
    }
    const { updateSubtask: result } = await mutate(args, SubtaskEdit, (clientMutationId) => ({
      input: { id: args.id, title: args.title ?? null, description: args.description ?? null, expectedVersion: expected, clientMutationId },
    }));
    switch (result.__typename) {
      case 'UpdateSubtaskPayload':
        return printResult(args.json, result.subtask, (s) => subtaskSummary('Updated', s));
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
