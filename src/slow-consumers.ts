/**
 * graphql-ws awaits each send, so a client that stops reading stalls its own stream rather than
 * growing server memory. A connection whose outgoing buffer stays non-empty, with nothing drained to
 * the peer, for SLOW_CONSUMER_MS is closed with 1013 (Try Again Later): the client library treats it as retryable and resumes from the
 * cursor of the last event it delivered, so nothing is lost.
 */
import type { WebSocketServer, WebSocket } from 'ws';

export const SLOW_CONSUMER_CLOSE_CODE = 1013;
export const SLOW_CONSUMER_MS = Number(process.env.MAESTRO_SLOW_CONSUMER_MS ?? 10_000);
/**
 * graphql-ws pings every peer this often and terminates one whose pong has not come back by the next
 * ping, so a vanished peer's subscriptions are freed within two intervals. graphql-ws's own default;
 * MAESTRO_WS_KEEPALIVE_MS changes it (the keep-alive test shortens it rather than wait 24 s).
 */
export const WS_KEEPALIVE_MS = Number(process.env.MAESTRO_WS_KEEPALIVE_MS ?? 12_000);
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

/** Per-socket bytes queued before a send waits for the peer to drain them (the memory bound). */
export const SEND_HIGH_WATER_BYTES = 256 * 1024;

type SendCallback = (err?: Error) => void;

/**
 * graphql-ws awaits the write callback of every message, so a subscription has one message in
 * flight at a time: one syscall and one event-loop round trip per event, which caps a replay at a
 * few thousand events/s. This lets a send complete at once while the socket holds less than
 * SEND_HIGH_WATER_BYTES (above it, the send waits for its bytes to reach the kernel, as before), and
 * corks the socket until the event loop's next check phase (setImmediate), so every message produced
 * in this turn — a replay page is produced in microtasks — goes out in one write: uncorking on
 * process.nextTick instead flushed after nearly every message (one writev per event). Memory
 * stays bounded per socket, and a consumer that stops reading is still detected and closed by
 * watchSlowConsumers.
 */
export function batchSends(ws: WebSocket): void {
  const socket = (ws as unknown as { _socket?: { cork(): void; uncork(): void; writableLength: number; destroyed: boolean } })._socket;
  if (!socket) return;
  const send = ws.send.bind(ws) as (data: unknown, options: object, cb?: SendCallback) => void;
  let corked = false;
  ws.send = ((data: unknown, optionsOrCb?: object | SendCallback, maybeCb?: SendCallback) => {
    const cb = typeof optionsOrCb === "function" ? (optionsOrCb as SendCallback) : maybeCb;
    const options = typeof optionsOrCb === 'object' && optionsOrCb ? optionsOrCb : {};
    if (!corked && !socket.destroyed) {
      corked = true;
      socket.cork();
      setImmediate(() => {
        corked = false;
        socket.uncork();
      });
    }
    if (!cb || ws.readyState !== ws.OPEN || ws.bufferedAmount + socket.writableLength >= SEND_HIGH_WATER_BYTES) {
      return send(data, options, cb);
    }
    // Queued below the mark: done as far as the sender is concerned. A later write error closes the
    // socket, which ends the subscription through the close handler.
    send(data, options, () => {});
    queueMicrotask(() => cb());
  }) as WebSocket['send'];
}
