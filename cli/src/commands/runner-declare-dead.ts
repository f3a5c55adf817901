import { defineCommand } from 'citty';
import { graphql } from '../gql/index.ts';
import { execute } from '../lib/client.ts';
import { casesExhausted, domainError } from '../lib/errors.ts';
import { printResult } from '../lib/output.ts';
import { sharedArgs } from './_shared.ts';

const DeclareDead = graphql(`
  mutation CliRunnerDeclareDead($input: RunnerDeclareHostDeadInput!) {
    runnerDeclareHostDead(input: $input) {
      __typename
      ... on RunnerDeclareHostDeadPayload { host { id status lastSeenAt launched } }
      ... on ValidationError { message fields { path message } }
      ... on Error { message }
    }
  }
`);

export default defineCommand({
  meta: {
    name: 'declare-dead',
    description:
      'Declare a runner host dead (its machine is down or its agents were killed): runners on other hosts then launch again what it was running, once its leases ran out. ' +
      'Only do this when its agents are really gone, or they run twice.',
  },
  args: {
    host: { type: 'positional', required: true, valueHint: 'host-id', description: 'The host id, as `maestro runner hosts` lists it' },
    ...sharedArgs,
  },
  async run({ args }) {
    const { runnerDeclareHostDead: result } = await execute(args, DeclareDead, { input: { hostId: args.host } });
    switch (result.__typename) {
      case 'RunnerDeclareHostDeadPayload':
        return printResult(args.json, result.host, (h) => [
          `Declared runner host ${h.id} dead (last seen ${String(h.lastSeenAt)}); ${h.launched} agent(s) it launched will be launched again elsewhere once their leases run out.`,
        ]);
      case 'ValidationError':
      case 'NotFoundError':
      case 'BaseError':
        throw domainError(result);
      default:
        return casesExhausted(result);
    }
  },
});
