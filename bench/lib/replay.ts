/** One resuming client replaying the log: the catch-up measure of bench/events.ts and bench/scale-out.ts. */
import WebSocket from 'ws';
import { createEventStream } from '../../src/client/event-stream.ts';
import { waitFor } from '../../test/events/helpers.ts';

/**
 * One resuming client (the shared client library) replays the `count` events after cursor `after`
 * (seq `afterSeq`): events/s from connecting to the last delivery, and whether they came in order.
 */
export async function replayOnce(wsUrl: string, after: string, afterSeq: number, count: number) {
  let received = 0;
  let lastSeq = afterSeq;
  let ordered = true;
  const started = performance.now();
  let finished = 0;
  const stream = createEventStream({
    url: wsUrl,
    webSocketImpl: WebSocket,
    after,
    onEvent: (e) => {
      if (e.seq <= lastSeq) ordered = false;
      lastSeq = e.seq;
      received += 1;
      if (received === count) finished = performance.now();
    },
  });
  await waitFor(() => received >= count, 300_000);
  stream.close();
  const seconds = (finished - started) / 1000;
  return { count: received, ordered, perSec: received / seconds, seconds };
}
