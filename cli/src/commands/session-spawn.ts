import { defineCommand } from 'citty';
import { graphql } from '../gql/index.ts';
import { enumArg, nonEmpty, repeated } from '../lib/args.ts';
import { execute } from '../lib/client.ts';
import { casesExhausted, domainError, UsageError } from '../lib/errors.ts';
import { printResult } from '../lib/output.ts';
import { PERMISSION_MODES } from '../../../src/client/claude-permissions.ts';
import { sharedArgs } from './_shared.ts';

const SessionSpawn = graphql(`
  mutation CliSessionSpawn($input: SpawnSessionInput!) {
    spawnSession(input: $input) {
      __typename
      ... on SpawnSessionPayload {
        manifestPath
        session { id name role status cwd parent { id } spawn { worktree { path branch } } }
        skills { name version contentHash scope }
      }
      ... on ValidationError { message fields { path message } }
      ... on Error { message }
    }
  }
`);

const TaskProject = graphql(`
  query CliSessionSpawnTask($id: ID!) { task(id: $id) { id project { id } } }
`);

const ROLES = ['WORKER', 'ORCHESTRATOR'] as const;

/** Claude Code's mode names, exactly (they are camelCase, so not enumArg's any-case matching). */
function permissionMode(value: string | undefined): string | null {
  if (value === undefined) return null;
  const mode = PERMISSION_MODES.find((m) => m === value.trim());
  if (!mode) throw new UsageError(`--permission-mode must be one of ${PERMISSION_MODES.join(', ')} (got "${value}").`);
  return mode;
}

export default defineCommand({
  meta: {
    name: 'spawn',
    description:
      'Spawn an agent session on tasks (appends SPAWN_REQUESTED; a runner launches it). Inside a session (MAESTRO_TOKEN) only ' +
      'orchestrators may spawn, and the new session becomes their child.',
  },
  args: {
    task: { type: 'string', valueHint: 'id', description: 'A task for the session; repeat for several (default: none)' },
    role: { type: 'string', valueHint: 'role', description: 'worker (default) or orchestrator' },
    skill: { type: 'string', valueHint: 'name', description: 'An extra skill; repeat for several (dependencies are added)' },
    project: { type: 'string', valueHint: 'id', description: 'The project (default: MAESTRO_PROJECT_ID, else the first task\'s project)' },
    agent: { type: 'string', valueHint: 'name', description: 'Agent profile configured on the server (`maestro session agents`; default: the server\'s default, claude)' },
    prompt: { type: 'string', valueHint: 'text', description: 'Prompt, given to the agent as MAESTRO_PROMPT (default: composed from the role and the tasks)' },
    model: { type: 'string', valueHint: 'model', description: 'Model for the agent (MAESTRO_MODEL)' },
    'permission-mode': {
      type: 'string',
      valueHint: 'mode',
      description: `Claude Code permission mode, written into the session's settings (default: only \`maestro\` commands run without asking): ${PERMISSION_MODES.join(', ')}`,
    },
    name: { type: 'string', valueHint: 'text', description: 'Human name for the session' },
    worktree: { type: 'boolean', description: 'Run the agent in a new git worktree of the project\'s repository, on branch maestro/<short session id> (`maestro session cleanup` removes it)' },
    ...sharedArgs,
  },
  async run({ args, rawArgs }) {
    const tasks = repeated(rawArgs, 'task').flatMap((t) => t.split(',')).map((t) => t.trim()).filter(Boolean);
    const skills = repeated(rawArgs, 'skill').flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
    let projectId = nonEmpty(args.project, 'project') ?? (process.env.MAESTRO_PROJECT_ID || undefined);
    if (!projectId && tasks[0]) {
      const { task } = await execute(args, TaskProject, { id: tasks[0] });
      projectId = task?.project.id;
    }
    if (!projectId) throw new UsageError('Name the project: --project ID (or MAESTRO_PROJECT_ID, or a --task of the project).');
    const { spawnSession: result } = await execute(args, SessionSpawn, {
      input: {
        projectId,
        taskIds: tasks,
        role: enumArg(args.role, 'role', ROLES) ?? null,
        skills,
        agent: args.agent ?? null,
        prompt: args.prompt ?? null,
        model: args.model ?? null,
        permissionMode: permissionMode(args['permission-mode']),
        name: args.name ?? null,
        worktree: args.worktree ?? null,
      },
    });
    switch (result.__typename) {
      case 'SpawnSessionPayload':
        return printResult(args.json, result, (r) => [
          `Spawned ${r.session.role.toLowerCase()} session ${r.session.id} (${r.session.status})${r.session.parent ? `, child of ${r.session.parent.id}` : ''}`,
          `Skills: ${r.skills.map((s) => `${s.name}@${s.version}`).join(', ')}`,
          `Manifest: ${r.manifestPath}`,
          ...(r.session.spawn?.worktree ? [`Worktree: ${r.session.spawn.worktree.path} on branch ${r.session.spawn.worktree.branch}`] : []),
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
