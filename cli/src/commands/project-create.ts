import { existsSync } from 'node:fs';
import { defineCommand } from 'citty';
import { graphql } from '../gql/index.ts';
import { casesExhausted, domainError } from '../lib/errors.ts';
import { execute } from '../lib/client.ts';
import { printResult, writeErr } from '../lib/output.ts';
import { projectDetails } from '../lib/render.ts';
import { sharedArgs } from './_shared.ts';

const ProjectCreate = graphql(`
  mutation CliProjectCreate($input: CreateProjectInput!) {
    createProject(input: $input) {
      __typename
      ... on CreateProjectPayload { project { ...CliProjectFields } }
      ... on ValidationError { message fields { path message } }
      ... on Error { message }
    }
  }
`);

export default defineCommand({
  meta: { name: 'create', description: 'Create a project (appends PROJECT_CREATED to the event log)' },
  args: {
    name: { type: 'string', required: true, valueHint: 'name', description: 'Short human name, 1–200 characters' },
    description: { type: 'string', valueHint: 'text', description: 'Longer description (up to 10 000 characters)' },
    'working-dir': { type: 'string', valueHint: 'path', description: 'Directory agents work in for this project (warns when it does not exist; spawning there fails until it does)' },
    ...sharedArgs,
  },
  async run({ args }) {
    const { createProject: result } = await execute(args, ProjectCreate, {
      input: { name: args.name, description: args.description ?? null, workingDir: args['working-dir'] ?? null },
    });
    switch (result.__typename) {
      case 'CreateProjectPayload':
        printResult(args.json, result.project, (p) => [`Created project ${p.name}`, ...projectDetails(p)]);
        // The server accepts any path (it may be created later); spawning there fails until it exists.
        // Checked here, on this machine: the runner runs next to the CLI (stderr, so --json stays one line).
        if (result.project.workingDir && !existsSync(result.project.workingDir)) {
          writeErr(`maestro: warning: working dir ${result.project.workingDir} does not exist; create it before spawning sessions in this project (session spawn fails until then).`);
        }
        return;
      case 'ValidationError':
      case 'NotFoundError':
      case 'BaseError':
        throw domainError(result);
      default:
        return casesExhausted(result);
    }
  },
});
