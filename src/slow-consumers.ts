/**
 * graphql-ws awaits each send, so a client that stops reading stalls its own stream rather than
 * growing server memory. A connection whose outgoing buffer stays non-empty, with nothing drained to
 * the peer, for SLOW_CONSUMER_MS is closed with 1013 (Try Again Later): the client library treats it as retryable and resumes from the
 * cursor of the last event it delivered, so nothing is lost.
 */
import type { WebSocketServer, WebSocket } from 'ws';

export const SLOW_CONSUMER_CLOSE_CODE = 1013;
export const SLOW_CONSUMER_MS = Number(process.env.MAESTRO_SLOW_CONSUMER_MS ?? 10_000);
const CHECK_EVERY_MS = 1000;

type Progress = { since: number; drained: number };

export function watchSlowConsumers(wss: WebSocketServer): () => void {
  const stalled = new WeakMap<WebSocket, Progress>();
  const timer = setInterval(() => {
    const now = Date.now();
    for (const ws of wss.clients) {
      const socket = (ws as unknown as { _socket?: { writableLength: number; bytesWritten: number } })._socket;
      const queued = socket?.writableLength ?? 0;
      const pending = ws.bufferedAmount + queued;
      // Bytes the kernel accepted so far (bytesWritten counts queued bytes too).
      const drained = (socket?.bytesWritten ?? 0) - queued;
      const previous = stalled.get(ws);
      // A consumer that reads, however busy, drains bytes between checks; only one that makes no
      // progress with data waiting is stalled (sampling "buffer non-empty" alone would also close a
      // healthy client in the middle of a long replay, whose buffer is rarely empty at the sample).
      if (pending === 0 || (previous && drained !== previous.drained)) {
        if (pending === 0) stalled.delete(ws);
        else stalled.set(ws, { since: now, drained });
        continue;
      }
      if (!previous) {
        stalled.set(ws, { since: now, drained });
        continue;
      }
      if (now - previous.since >= SLOW_CONSUMER_MS) {
        stalled.delete(ws);
        ws.close(SLOW_CONSUMER_CLOSE_CODE, 'Too far behind: reconnect and resume from your last cursor');
        // A client that does not read will not read the close frame either.
        setTimeout(() => ws.terminate(), 2000).unref();
      }
    }
  }, CHECK_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
