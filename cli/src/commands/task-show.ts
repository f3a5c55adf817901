import { defineCommand } from 'citty';
import { graphql } from '../gql/index.ts';
import { execute } from '../lib/client.ts';
import { notFound } from '../lib/errors.ts';
import { printResult } from '../lib/output.ts';
import { eventLine, taskDetails } from '../lib/render.ts';
import { sharedArgs } from './_shared.ts';
import { resolveTask, taskArgDescription } from './subtask-common.ts';

const RECENT_EVENTS = 10;

const TaskShow = graphql(`
  query CliTaskShow($id: ID!, $events: Int!) {
    task(id: $id) {
      ...CliTaskFields
      events(last: $events) { totalCount edges { node { ...CliEventFields } } }
    }
  }
`);

export default defineCommand({
  meta: { name: 'show', description: `Show a task, its acceptance criteria and its last ${RECENT_EVENTS} events` },
  args: {
    id: { type: 'positional', required: false, valueHint: 'id', description: taskArgDescription },
    ...sharedArgs,
  },
  async run({ args }) {
    const id = resolveTask(args.id);
    const { task } = await execute(args, TaskShow, { id, events: RECENT_EVENTS });
    if (!task) throw notFound('Task', id);
    const { events, ...rest } = task;
    const data = { ...rest, recentEvents: events.edges.map((e) => e.node), eventCount: events.totalCount };
    printResult(args.json, data, (t) => [
      ...taskDetails(t),
      '',
      `Events (${t.eventCount}, latest ${t.recentEvents.length}; all: maestro events tail --task ${t.id}):`,
      ...t.recentEvents.map(eventLine),
    ]);
  },
});
