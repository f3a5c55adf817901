import { defineCommand } from 'citty';
import { graphql } from '../gql/index.ts';
import { notFound } from '../lib/errors.ts';
import { execute } from '../lib/client.ts';
import { printResult } from '../lib/output.ts';
import { projectDetails, taskTable } from '../lib/render.ts';
import { idOrSession, PROJECT_ENV } from '../lib/session-env.ts';
import { sharedArgs } from './_shared.ts';

const SHOWN_TASKS = 50;

const ProjectShow = graphql(`
  query CliProjectShow($id: ID!, $tasks: Int!) {
    project(id: $id) {
      ...CliProjectFields
      tasks(first: $tasks) {
        totalCount
        edges { node { ...CliTaskFields } }
      }
    }
  }
`);

export default defineCommand({
  meta: { name: 'show', description: `Show a project and its first ${SHOWN_TASKS} tasks` },
  args: {
    id: { type: 'positional', required: false, valueHint: 'id', description: 'The project\'s ID (from `maestro project list`; default inside a session: its project, MAESTRO_PROJECT_ID)' },
    ...sharedArgs,
  },
  async run({ args }) {
    const id = idOrSession(args.id, PROJECT_ENV, 'project');
    const { project } = await execute(args, ProjectShow, { id, tasks: SHOWN_TASKS });
    if (!project) throw notFound('Project', id);
    const { tasks, ...rest } = project;
    const data = { ...rest, tasks: tasks.edges.map((e) => e.node), taskCount: tasks.totalCount };
    printResult(args.json, data, (p) => {
      const more = p.taskCount > p.tasks.length ? [`… and ${p.taskCount - p.tasks.length} more: maestro task list --project ${p.id}`] : [];
      return [...projectDetails(p), '', `Tasks (${p.taskCount}):`, taskTable(p.tasks), ...more];
    });
  },
});
