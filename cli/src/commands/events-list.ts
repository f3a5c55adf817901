import { defineCommand } from 'citty';
import { graphql } from '../gql/index.ts';
import { intArg } from '../lib/args.ts';
import { execute } from '../lib/client.ts';
import { eventFilter } from '../lib/events.ts';
import { nextPageLine, printResult } from '../lib/output.ts';
import { eventLine } from '../lib/render.ts';
import { eventFilterArgs, pageArgs, sharedArgs } from './_shared.ts';

const EventsPage = graphql(`
  query CliEventsPage($filter: EventFilter, $first: Int!, $after: String) {
    events(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...CliEventFields } }
    }
  }
`);

export default defineCommand({
  meta: { name: 'list', description: 'One page of event history, oldest first (--json: {"ok":true,"data":{"events":[…],"nextCursor":…}})' },
  args: { ...eventFilterArgs, ...pageArgs, ...sharedArgs },
  async run({ args, rawArgs }) {
    const filter = eventFilter(args, rawArgs);
    const first = intArg(args.first, 'first', { min: 1, max: 100 }) ?? 20;
    const { events } = await execute(args, EventsPage, { filter, first, after: args.after ?? null });
    const data = {
      events: events.edges.map((e) => e.node),
      totalCount: events.totalCount,
      nextCursor: events.pageInfo.hasNextPage ? (events.pageInfo.endCursor ?? null) : null,
    };
    const again = [
      'maestro events list',
      filter.projectId && `--project ${filter.projectId}`,
      filter.taskId && `--task ${filter.taskId}`,
      filter.subtaskId && `--subtask ${filter.subtaskId}`,
      filter.sessionId && `--session ${filter.sessionId}`,
      filter.kinds && `--kind ${filter.kinds.join(',')}`,
      args.first && `--first ${first}`,
    ]
      .filter(Boolean)
      .join(' ');
    printResult(args.json, data, (d) =>
      [
        d.events.length ? d.events.map(eventLine).join('\n') : 'No events match.',
        nextPageLine(again, events.pageInfo),
      ].filter((l) => l !== null),
    );
  },
});
