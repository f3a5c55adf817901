import { defineCommand } from 'citty';
import { graphql } from '../gql/index.ts';
import { execute } from '../lib/client.ts';
import { casesExhausted, domainError } from '../lib/errors.ts';
import { printResult } from '../lib/output.ts';
import { sharedArgs } from './_shared.ts';

const SessionCleanup = graphql(`
  mutation CliSessionCleanup($input: CleanupSessionWorktreeInput!) {
    cleanupSessionWorktree(input: $input) {
      __typename
      ... on CleanupSessionWorktreePayload { session { id spawn { worktree { path branch removedAt } } } }
      ... on ValidationError { message fields { path message } }
      ... on Error { message }
    }
  }
`);

export default defineCommand({
  meta: {
    name: 'cleanup',
    description: 'Remove the git worktree and branch of a session spawned with --worktree, once its agent has exited and the branch is merged (or with --force)',
  },
  args: {
    id: { type: 'positional', required: true, valueHint: 'id', description: 'The session\'s ID (from `maestro session list`)' },
    force: { type: 'boolean', description: 'Remove even an unmerged branch or uncommitted changes (their work is lost)' },
    ...sharedArgs,
  },
  async run({ args }) {
    const { cleanupSessionWorktree: result } = await execute(args, SessionCleanup, { input: { id: args.id, force: args.force ?? null } });
    switch (result.__typename) {
      case 'CleanupSessionWorktreePayload':
        return printResult(args.json, result.session, (s) => [`Removed worktree ${s.spawn?.worktree?.path ?? '?'} and branch ${s.spawn?.worktree?.branch ?? '?'} of session ${s.id}`]);
      case 'ValidationError':
      case 'NotFoundError':
      case 'BaseError':
        throw domainError(result);
      default:
        return casesExhausted(result);
    }
  },
});
