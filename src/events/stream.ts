/**
 * Replay-then-live: an async iterator over the log that yields every matching event with
 * seq > start, in order, and then keeps yielding as new events commit. There is no separate
 * "live" path: after the replay it simply waits for the wake-up and reads the log again, so the
 * seam between replay and live can neither drop nor repeat an event.
 *
 * Memory is bounded by one page per subscriber. The consumer pulls (graphql-ws awaits each
 * send), so a reader that stops reading stops this iterator instead of growing a queue.
 */
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { lastCommittedSeq, readAfter, type EventFilter, type EventRow } from './log.ts';
import { wakeUp } from './wake-up.ts';

export const REPLAY_PAGE_SIZE = 500;

let openStreams = 0;
/** Number of live event streams (active subscriptions), for /metrics. */
export const activeStreams = () => openStreams;

export class LogStream implements AsyncIterableIterator<EventRow> {
  #filter: EventFilter;
  #last: number;
  /**
   * Every event up to here has been looked at: delivered or filtered out. Reads start here rather
   * than at #last, so a stream whose filter matches rarely (the runner waits for spawn requests
   * among thousands of hook events) does not re-scan everything since its last match per wake-up.
   */
  #scanned: number;
  #page: EventRow[] = [];
  /** Next row of #page to hand out (an index, not shift(): shifting a 500-row page is O(n) per event). */
  #next = 0;
  #done = false;
  #dirty = true;
  #waiting: (() => void) | null = null;
  #unlisten: () => void;
  #pagesSinceYield = 0;

  constructor(filter: EventFilter, afterSeq: number) {
    this.#filter = filter;
    this.#last = afterSeq;
    this.#scanned = afterSeq;
    openStreams += 1;
    this.#unlisten = wakeUp.listen(() => {
      this.#dirty = true;
      this.#waiting?.();
    });
  }

  /** Seq of the last event handed out. */
  get lastSeq() {
    return this.#last;
  }

  async next(): Promise<IteratorResult<EventRow>> {
    while (!this.#done) {
      const buffered = this.#page[this.#next];
      if (buffered) {
        this.#next += 1;
        this.#last = buffered.seq;
        return { value: buffered, done: false };
      }
      if (this.#dirty) {
        this.#dirty = false;
        // Read the head first: seq order is commit order, so every event up to it is committed
        // and visible to the read that follows; the read may see newer ones too.
        const head = lastCommittedSeq();
        this.#page = readAfter(this.#filter, this.#scanned, REPLAY_PAGE_SIZE);
        this.#next = 0;
        const lastRead = this.#page.at(-1)?.seq ?? this.#scanned;
        if (this.#page.length === REPLAY_PAGE_SIZE) {
          // More may follow: read again next time, but let other work run between pages.
          this.#scanned = lastRead;
          this.#dirty = true;
          if (++this.#pagesSinceYield % 4 === 0) await yieldToEventLoop();
        } else {
          this.#scanned = Math.max(lastRead, head);
        }
        continue;
      }
      await new Promise<void>((resolve) => (this.#waiting = resolve));
      this.#waiting = null;
    }
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<EventRow>> {
    if (!this.#done) {
      this.#done = true;
      this.#page = [];
      this.#unlisten();
      openStreams -= 1;
      this.#waiting?.();
    }
    return { value: undefined, done: true };
  }

  async throw(error: unknown): Promise<IteratorResult<EventRow>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}
