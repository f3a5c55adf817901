import { GraphQLError } from 'graphql';
import { confineEventFilter } from '../../auth/confinement.ts';
import { rules } from '../../auth/scopes.ts';
import { whileViewerLive } from '../../auth/while-live.ts';
import { builder } from '../../builder.ts';
import { LogStream } from '../../events/stream.ts';
import { cursorToSeq, EventFilterInput, EventRef, toEventFilter } from './types.ts';

builder.subscriptionField('events', (t) =>
  t.field({
    type: EventRef,
    description:
      'Every matching event after `after`, in seq order, replayed from the durable log and then live, with no gap and no ' +
      'duplicate. Without `after`, starts live from now (or from the beginning with `fromStart: true`). Resume after a ' +
      'disconnect by passing the cursor of the last event you processed. Errors (extensions.code): CURSOR_INVALID, ' +
      'CURSOR_UNKNOWN (cursor from another database), CURSOR_EXPIRED (pruned by retention).',
    args: {
      after: t.arg.string({ description: 'Cursor of the last event already processed.' }),
      fromStart: t.arg.boolean({ description: 'With no `after`: replay the whole log first.' }),
      filter: t.arg({ type: EventFilterInput, description: 'Which events to deliver.' }),
    },
    // Checked when the subscription starts (authorizeOnSubscribe); the filter then keeps a session's
    // stream to its own project — prepared deliveries (prepared.ts) never run per-event type checks.
    authScopes: rules.eventFilterProject,
    subscribe: async (_root, args, ctx) => {
      if (args.after && args.fromStart) {
        throw new GraphQLError('Pass either `after` or `fromStart`, not both.', { extensions: { code: 'BAD_USER_INPUT' } });
      }
      const filter = confineEventFilter(ctx.viewer, toEventFilter(args.filter));
      // The start is read before the stream exists; the stream still misses nothing committed since,
      // because its first read comes after it listens to the wake-up (src/events/stream.ts).
      const start = args.after ? await cursorToSeq(ctx.store, args.after) : args.fromStart ? 0 : await ctx.store.headSeq();
      // A session's stream completes once the session has ended (its token no longer works).
      return whileViewerLive(ctx.store, ctx.viewer, new LogStream(ctx.store, filter, start));
    },
    resolve: (event) => event,
  }),
);
