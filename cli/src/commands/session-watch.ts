import { defineCommand } from 'citty';
import { graphql } from '../gql/index.ts';
import { execute } from '../lib/client.ts';
import { notFound } from '../lib/errors.ts';
import { follow } from '../lib/events.ts';
import { writeOut } from '../lib/output.ts';
import { sharedArgs } from './_shared.ts';
import { feedLine } from './session-shared.ts';

const SessionExists = graphql(`
  query CliSessionExists($id: ID!) { session(id: $id) { id status } }
`);

export default defineCommand({
  meta: {
    name: 'watch',
    description: 'Follow a session live: every hook event and status change, through the resumable event stream (Ctrl-C stops)',
  },
  args: {
    id: { type: 'positional', required: true, valueHint: 'id', description: 'The session\'s ID' },
    'from-start': { type: 'boolean', description: 'Replay the session\'s whole history first' },
    ...sharedArgs,
    json: { type: 'boolean', description: 'One JSON object per line per event on stdout' },
  },
  async run({ args }) {
    const { session } = await execute(args, SessionExists, { id: args.id });
    if (!session) throw notFound('Session', args.id);
    return follow(args, {
      filter: { projectId: null, taskId: null, subtaskId: null, sessionId: session.id, kinds: ['HOOK_RECEIVED', 'SESSION_STATUS_CHANGED'] },
      after: null,
      fromStart: Boolean(args['from-start']),
      onEvent: (event) => writeOut(args.json ? JSON.stringify(event) : feedLine(event)),
    });
  },
});
