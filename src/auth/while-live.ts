/**
 * A session's subscriptions end with the session: its token stops working at the end, so an event
 * stream it opened earlier must not keep delivering. Checked before each delivery (one indexed
 * lookup, for session viewers only); the stream then completes, as when the client unsubscribes.
 */
import { sessionHasEnded } from '../services/sessions.ts';
import type { Store } from '../store/types.ts';
import type { Viewer } from './viewer.ts';

export function whileViewerLive<T>(store: Store, viewer: Viewer, source: AsyncIterableIterator<T>): AsyncIterableIterator<T> {
  if (viewer.kind !== 'session') return source;
  const { sessionId } = viewer;
  const stream: AsyncIterableIterator<T> = {
    async next() {
      const item = await source.next();
      if (item.done) return item;
      if (await sessionHasEnded(store, sessionId)) {
        await source.return?.();
        return { value: undefined, done: true };
      }
      return item;
    },
    async return() {
      await source.return?.();
      return { value: undefined, done: true };
    },
    async throw(error: unknown) {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return stream;
    },
  };
  return stream;
}
