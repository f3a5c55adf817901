/**
 * The event log's positions as clients see them: cursors of this store's log, and the seq a
 * client's cursor resumes after. The log itself (append, reads, head, pruning) is the store's
 * (src/store/types.ts).
 */
import type { Store } from '../store/types.ts';
import { CursorError, decodeCursor, encodeCursor } from './cursor.ts';

export type { EventFilter, EventRow } from '../store/types.ts';

export function cursorFor(store: Store, seq: number): string {
  return encodeCursor(store.epoch, seq);
}

/**
 * Turns a client's cursor into the seq to read after.
 * @throws CursorError CURSOR_INVALID (malformed), CURSOR_UNKNOWN (another database), CURSOR_EXPIRED (pruned).
 */
export async function seqAfterCursor(store: Store, cursor: string): Promise<number> {
  const { epoch, seq } = decodeCursor(cursor);
  if (epoch !== store.epoch) {
    throw new CursorError(
      'CURSOR_UNKNOWN',
      'The cursor belongs to another database (it was recreated or restored): re-read current state, then subscribe without a cursor.',
    );
  }
  if (seq < (await store.prunedThrough())) {
    throw new CursorError(
      'CURSOR_EXPIRED',
      'Events after this cursor were pruned by the retention policy: re-read current state, then subscribe without a cursor.',
    );
  }
  if (seq > (await store.headSeq())) {
    throw new CursorError('CURSOR_UNKNOWN', 'The cursor points past the end of this log: it does not come from this database.');
  }
  return seq;
}
