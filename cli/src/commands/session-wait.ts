import { defineCommand } from 'citty';
import { graphql } from '../gql/index.ts';
import { execute } from '../lib/client.ts';
import { CliError, notFound, UsageError } from '../lib/errors.ts';
import { follow } from '../lib/events.ts';
import { printResult } from '../lib/output.ts';
import { sharedArgs } from './_shared.ts';

const SessionOutcome = graphql(`
  query CliSessionOutcome($id: ID!) {
    session(id: $id) { id status endedAt lastError { error message } spawn { state exitCode exitSignal } }
  }
`);

type Outcome = NonNullable<Awaited<ReturnType<typeof outcomeOf>>>;

async function outcomeOf(args: Parameters<typeof execute>[0], id: string) {
  return (await execute(args, SessionOutcome, { id })).session;
}

/**
 * Over when nothing more will happen to the session: a spawned one once its process exited (its
 * status may still move from ENDED to FAILED on a non-zero exit until then), any other once ENDED
 * or FAILED.
 */
const isOver = (s: Outcome) => (s.spawn ? s.spawn.state === 'EXITED' : s.status === 'ENDED' || s.status === 'FAILED');

const MAX_TIMEOUT_SECONDS = 24 * 3600;

export default defineCommand({
  meta: {
    name: 'wait',
    description: 'Wait until a session is over (its process exited, or it ENDED or FAILED), then print how it ended; exit 0 whatever its outcome',
  },
  args: {
    id: { type: 'positional', required: true, valueHint: 'id', description: "The session's ID (from `maestro session list` or `session spawn`)" },
    timeout: { type: 'string', valueHint: 'seconds', description: `Give up after this many seconds (exit 1 with WAIT_TIMEOUT); default: wait as long as it takes` },
    ...sharedArgs,
  },
  async run({ args }) {
    const timeoutSeconds = args.timeout === undefined ? null : Number(args.timeout);
    if (timeoutSeconds !== null && !(Number.isInteger(timeoutSeconds) && timeoutSeconds > 0 && timeoutSeconds <= MAX_TIMEOUT_SECONDS)) {
      throw new UsageError(`--timeout must be a whole number of seconds from 1 to ${MAX_TIMEOUT_SECONDS}, got ${JSON.stringify(args.timeout)}.`);
    }
    const first = await outcomeOf(args, args.id);
    if (!first) throw notFound('Session', args.id);
    let last = first;
    if (!isOver(first)) {
      // Replays the session's exit and status events from its start, then follows live: an exit
      // between the read above and the subscription is in the replay, so it cannot be missed.
      const deadline = new AbortController();
      const timer = timeoutSeconds === null ? null : setTimeout(() => deadline.abort(), timeoutSeconds * 1000);
      await follow(args, {
        filter: { projectId: null, taskId: null, subtaskId: null, sessionId: first.id, kinds: ['SESSION_EXITED', 'SESSION_STATUS_CHANGED'] },
        after: null,
        fromStart: true,
        onEvent: () => {},
        until: async () => {
          last = (await outcomeOf(args, first.id)) ?? last;
          return isOver(last);
        },
        signal: deadline.signal,
      });
      if (timer) clearTimeout(timer);
      if (!isOver(last)) {
        throw new CliError('WAIT_TIMEOUT', `Session ${first.id} is not over after ${timeoutSeconds ?? '?'} s: still ${last.status}.`, {
          hint: `Run \`maestro session show ${first.id}\` to see what it is doing, or wait again.`,
        });
      }
    }
    // One more read: the one that first saw the exit may still carry the status from before the
    // exit's transaction (its fields come from more than one SELECT); a later one does not.
    last = (await outcomeOf(args, first.id)) ?? last;
    printResult(args.json, last, (s) => {
      const exit = s.spawn?.exitCode != null ? `, exit code ${s.spawn.exitCode}` : s.spawn?.exitSignal ? `, killed by ${s.spawn.exitSignal}` : '';
      const error = s.lastError ? `: ${s.lastError.error}${s.lastError.message ? ` ${s.lastError.message}` : ''}` : '';
      return `Session ${s.id} ${s.status}${exit}${s.status === 'FAILED' ? error : ''}`;
    });
  },
});
