/**
 * graphql-ws awaits each send, so a client that stops reading stalls its own stream rather than
 * growing server memory. A connection whose outgoing buffer stays non-empty for SLOW_CONSUMER_MS is
 * closed with 1013 (Try Again Later): the client library treats it as retryable and resumes from the
 * cursor of the last event it delivered, so nothing is lost.
 */
import type { WebSocketServer, WebSocket } from 'ws';

export const SLOW_CONSUMER_CLOSE_CODE = 1013;
export const SLOW_CONSUMER_MS = Number(process.env.MAESTRO_SLOW_CONSUMER_MS ?? 10_000);
const CHECK_EVERY_MS = 1000;

export function watchSlowConsumers(wss: WebSocketServer): () => void {
  const stalledSince = new WeakMap<WebSocket, number>();
  const timer = setInterval(() => {
    const now = Date.now();
    for (const ws of wss.clients) {
      const pending = ws.bufferedAmount + ((ws as unknown as { _socket?: { writableLength: number } })._socket?.writableLength ?? 0);
      if (pending === 0) {
        stalledSince.delete(ws);
        continue;
      }
      const since = stalledSince.get(ws) ?? now;
      stalledSince.set(ws, since);
      if (now - since >= SLOW_CONSUMER_MS) {
        ws.close(SLOW_CONSUMER_CLOSE_CODE, 'Too far behind: reconnect and resume from your last cursor');
        // A client that does not read will not read the close frame either.
        setTimeout(() => ws.terminate(), 2000).unref();
      }
    }
  }, CHECK_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
