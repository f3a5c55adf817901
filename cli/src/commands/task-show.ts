import { defineCommand } from 'citty';
import { graphql } from '../gql/index.ts';
import { execute } from '../lib/client.ts';
import { notFound } from '../lib/errors.ts';
import { printResult } from '../lib/output.ts';
import { eventLine, taskDetails } from '../lib/render.ts';
import { sharedArgs } from './_shared.ts';

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
    id: { type: 'positional', required: true, valueHint: 'id', description: 'The task\'s ID (from `maestro task list`)' },
    ...sharedArgs,
  },
  async run({ args }) {
    const { task } = await execute(args, TaskShow, { id: args.id, events: RECENT_EVENTS });
    if (!task) throw notFound('Task', args.id);
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
