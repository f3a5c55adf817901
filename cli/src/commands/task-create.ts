import { defineCommand } from 'citty';
import { graphql } from '../gql/index.ts';
import { enumArg, nonEmpty, repeated } from '../lib/args.ts';
import { execute } from '../lib/client.ts';
import { casesExhausted, domainError } from '../lib/errors.ts';
import { printResult } from '../lib/output.ts';
import { taskDetails } from '../lib/render.ts';
import { idOrSession, PROJECT_ENV } from '../lib/session-env.ts';
import { sharedArgs, TASK_PRIORITIES, TASK_STATUSES } from './_shared.ts';

const TaskCreate = graphql(`
  mutation CliTaskCreate($input: CreateTaskInput!) {
    createTask(input: $input) {
      __typename
      ... on CreateTaskPayload { task { ...CliTaskFields } }
      ... on ValidationError { message fields { path message } }
      ... on Error { message }
    }
  }
`);

export default defineCommand({
  meta: { name: 'create', description: 'Create a task in a project (appends TASK_CREATED to the event log)' },
  args: {
    project: { type: 'string', valueHint: 'id', description: 'The project\'s ID (from `maestro project list`; default inside a session: its project, MAESTRO_PROJECT_ID)' },
    title: { type: 'string', required: true, valueHint: 'text', description: 'Short title, 1–200 characters' },
    description: { type: 'string', valueHint: 'text', description: 'What to do (up to 10 000 characters)' },
    priority: { type: 'string', valueHint: 'priority', description: `How urgent (default MEDIUM): ${TASK_PRIORITIES.join(', ')}` },
    status: { type: 'string', valueHint: 'status', description: `Initial status (default TODO): ${TASK_STATUSES.join(', ')}` },
    criterion: { type: 'string', valueHint: 'text', description: 'An acceptance criterion; repeat for several, in order' },
    ...sharedArgs,
  },
  async run({ args, rawArgs }) {
    const criteria = repeated(rawArgs, 'criterion');
    const { createTask: result } = await execute(args, TaskCreate, {
      input: {
        projectId: idOrSession(nonEmpty(args.project, 'project'), PROJECT_ENV, 'project', 'project'),
        title: args.title,
        description: args.description ?? null,
        priority: enumArg(args.priority, 'priority', TASK_PRIORITIES) ?? null,
        status: enumArg(args.status, 'status', TASK_STATUSES) ?? null,
        acceptanceCriteria: criteria.length ? criteria : null,
      },
    });
    switch (result.__typename) {
      case 'CreateTaskPayload':
        return printResult(args.json, result.task, (t) => [`Created task ${t.title}`, ...taskDetails(t)]);
      case 'ValidationError':
      case 'NotFoundError':
      case 'BaseError':
        throw domainError(result);
      default:
        return casesExhausted(result);
    }
  },
});
