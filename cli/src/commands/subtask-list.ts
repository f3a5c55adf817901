import { defineCommand } from 'citty';
import { graphql } from '../gql/index.ts';
import { intArg } from '../lib/args.ts';
import { execute } from '../lib/client.ts';
import { notFound } from '../lib/errors.ts';
import { nextPageLine, printResult } from '../lib/output.ts';
import { pageArgs, sharedArgs } from './_shared.ts';
import { resolveTask, subtaskTable, taskArgDescription } from './subtask-common.ts';

const SubtaskList = graphql(`
  query CliSubtaskList($id: ID!, $first: Int!, $after: String) {
    task(id: $id) {
      id
      title
      subtaskProgress { total done }
      subtasks(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { ...CliSubtaskFields } }
      }
    }
  }
`);

export default defineCommand({
  meta: { name: 'list', description: 'List a task\'s subtasks in order, ticked [x] or open [ ], with progress; pages with --first/--after' },
  args: {
    task: { type: 'positional', required: false, valueHint: 'id', description: taskArgDescription },
    ...pageArgs,
    ...sharedArgs,
  },
  async run({ args }) {
    const taskId = resolveTask(args.task);
    const first = intArg(args.first, 'first', { min: 1, max: 100 }) ?? 20;
    const { task } = await execute(args, SubtaskList, { id: taskId, first, after: args.after ?? null });
    if (!task) throw notFound('Task', taskId);
    const { subtasks, subtaskProgress, ...rest } = task;
    const data = {
      task: rest,
      progress: subtaskProgress,
      subtasks: subtasks.edges.map((e) => e.node),
      nextCursor: subtasks.pageInfo.hasNextPage ? (subtasks.pageInfo.endCursor ?? null) : null,
    };
    const again = ['maestro subtask list', task.id, args.first && `--first ${first}`].filter(Boolean).join(' ');
    printResult(args.json, data, (d) =>
      [
        `${d.task.title} (${d.task.id}): ${d.progress.done}/${d.progress.total} done`,
        d.progress.total === 0 ? `No subtasks yet. Add some with \`maestro subtask add ${d.task.id} "First step" "Second step"\`.` : subtaskTable(d.subtasks),
        nextPageLine(again, subtasks.pageInfo),
      ].filter((l) => l !== null),
    );
  },
});
