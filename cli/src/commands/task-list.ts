import { defineCommand } from 'citty';
import { graphql } from '../gql/index.ts';
import { enumArg, intArg, nonEmpty } from '../lib/args.ts';
import { execute } from '../lib/client.ts';
import { nextPageLine, printResult } from '../lib/output.ts';
import { taskTable } from '../lib/render.ts';
import { projectOrSession } from '../lib/session-env.ts';
import { pageArgs, sharedArgs, TASK_STATUSES } from './_shared.ts';

const TaskList = graphql(`
  query CliTaskList($projectId: ID, $status: TaskStatus, $first: Int!, $after: String) {
    tasks(projectId: $projectId, status: $status, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { ...CliTaskFields } }
    }
  }
`);

export default defineCommand({
  meta: { name: 'list', description: 'List tasks, oldest first, optionally of one project and one status; pages with --first/--after' },
  args: {
    project: { type: 'string', valueHint: 'id', description: 'Only this project\'s tasks (default inside a session: its project, MAESTRO_PROJECT_ID)' },
    status: { type: 'string', valueHint: 'status', description: `Only tasks with this status (any case, - or _): ${TASK_STATUSES.join(', ')}` },
    ...pageArgs,
    ...sharedArgs,
  },
  async run({ args }) {
    const projectId = projectOrSession(nonEmpty(args.project, 'project')) ?? null;
    const status = enumArg(args.status, 'status', TASK_STATUSES) ?? null;
    const first = intArg(args.first, 'first', { min: 1, max: 100 }) ?? 20;
    const { tasks } = await execute(args, TaskList, { projectId, status, first, after: args.after ?? null });
    const data = {
      tasks: tasks.edges.map((e) => e.node),
      nextCursor: tasks.pageInfo.hasNextPage ? (tasks.pageInfo.endCursor ?? null) : null,
    };
    const again = ['maestro task list', projectId && `--project ${projectId}`, status && `--status ${status}`, args.first && `--first ${first}`]
      .filter(Boolean)
      .join(' ');
    printResult(args.json, data, (d) =>
      [taskTable(d.tasks, { showProject: !projectId }), nextPageLine(again, tasks.pageInfo)].filter((l) => l !== null),
    );
  },
});
