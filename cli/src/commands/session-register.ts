import { defineCommand } from 'citty';
import { graphql } from '../gql/index.ts';
import { enumArg, nonEmpty, repeated } from '../lib/args.ts';
import { execute } from '../lib/client.ts';
import { casesExhausted, domainError } from '../lib/errors.ts';
import { printResult } from '../lib/output.ts';
import { sharedArgs } from './_shared.ts';

const RegisterSession = graphql(`
  mutation CliRegisterSession($input: CreateSessionInput!) {
    createSession(input: $input) {
      __typename
      ... on CreateSessionPayload { token session { id name role status project { id } } }
      ... on ValidationError { message fields { path message } }
      ... on NotFoundError { message }
      ... on BaseError { message }
    }
  }
`);

export default defineCommand({
  meta: {
    name: 'register',
    description: 'Register an agent started by hand: prints the session token its hooks send (MAESTRO_TOKEN); shown only once',
  },
  args: {
    project: { type: 'string', required: true, valueHint: 'id', description: 'The project the session works for' },
    name: { type: 'string', valueHint: 'name', description: 'A name for the session' },
    role: { type: 'string', valueHint: 'role', description: 'WORKER (default) or ORCHESTRATOR' },
    cwd: { type: 'string', valueHint: 'dir', description: 'The agent\'s working directory (default: the current one)' },
    task: { type: 'string', valueHint: 'id', description: 'Link it to this task; repeat for several' },
    ...sharedArgs,
  },
  async run({ args, rawArgs }) {
    const projectId = nonEmpty(args.project, 'project')!;
    const role = enumArg(args.role, 'role', ['WORKER', 'ORCHESTRATOR'] as const) ?? null;
    const taskIds = repeated(rawArgs, 'task');
    const { createSession } = await execute(args, RegisterSession, {
      input: { projectId, name: args.name ?? null, role, cwd: args.cwd ?? process.cwd(), taskIds: taskIds.length ? taskIds : null },
    });
    switch (createSession.__typename) {
      case 'CreateSessionPayload':
        break;
      case 'ValidationError':
      case 'NotFoundError':
      case 'BaseError':
        throw domainError(createSession);
      default:
        throw casesExhausted(createSession);
    }
    const r = createSession;
    printResult(args.json, { session: r.session, token: r.token }, (d) => [
      `Registered session ${d.session.id}${d.session.name ? ` "${d.session.name}"` : ''} (${d.session.status}).`,
      'Give its agent this token (shown only now):',
      `  export MAESTRO_TOKEN=${d.token}`,
      'then install the hooks: maestro hooks install',
    ]);
  },
});
