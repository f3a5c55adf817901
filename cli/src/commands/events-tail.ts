import { defineCommand } from 'citty';
import { graphql } from '../gql/index.ts';
import { execute } from '../lib/client.ts';
import { eventFilter, follow, pageThrough, startArgs } from '../lib/events.ts';
import { writeErr, writeOut } from '../lib/output.ts';
import { eventLine, type Event, type EventLike } from '../lib/render.ts';
import { eventFilterArgs, sharedArgs } from './_shared.ts';

const EventsHistory = graphql(`
  query CliEventsHistory($filter: EventFilter, $first: Int!, $after: String) {
    events(filter: $filter, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { ...CliEventFields } }
    }
  }
`);

export default defineCommand({
  meta: {
    name: 'tail',
    description:
      'Print the event log: matching history and exit, or with --follow keep streaming live events (resumes by itself after a drop or a server restart; Ctrl-C stops)',
  },
  args: {
    ...eventFilterArgs,
    after: { type: 'string', valueHint: 'cursor', description: 'Start after this event cursor (an event\'s "cursor")' },
    'from-start': { type: 'boolean', description: 'Start from the first event (the default without --follow; with --follow, the default is from now)' },
    follow: { type: 'boolean', alias: 'f', description: 'Keep streaming new events; connection changes are reported on stderr' },
    ...sharedArgs,
    json: { type: 'boolean', description: 'One JSON object per line per event on stdout (errors as {"ok":false,"error":{…}})' },
  },
  async run({ args, rawArgs }) {
    const filter = eventFilter(args, rawArgs);
    const { after, fromStart } = startArgs(args);
    const page = async (from: string | null, first: number) => (await execute(args, EventsHistory, { filter, first, after: from })).events;
    const print = (event: EventLike) => writeOut(args.json ? JSON.stringify(event) : eventLine(event));
    if (args.follow) {
      // One cheap read first: an unreachable server (exit 3), a bad filter or cursor (exit 1 or 2)
      // fail now instead of being retried forever by the stream.
      await page(after, 1);
      return follow(args, { filter, after, fromStart, onEvent: print });
    }
    const { count, cursor } = await pageThrough<Event>((from) => page(from, 100), after, print);
    if (!args.json) writeErr(`${count} event${count === 1 ? '' : 's'}${cursor ? `; continue with: maestro events tail --follow --after ${cursor}` : ''}`);
  },
});
