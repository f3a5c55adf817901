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
const MAX_SHARED_PAGES = 64;

/**
 * One read for all streams that need the same page at the live edge: after a wake-up, a hundred
 * subscribers of one project at the same position run one query instead of a hundred (a read costs
 * ~15 µs before its rows). A page is shared only between reads that saw the same head — the highest seq
 * committed when the read began — which is what keeps it complete for each of them: it holds every
 * matching event up to that head (or is full), whoever ran the query. A new head starts afresh.
 */
class SharedPages {
  #head = -1;
  #pages = new Map<string, EventRow[]>();

  read(filter: EventFilter, filterKey: string, afterSeq: number, head: number): EventRow[] {
    if (head !== this.#head) {
      this.#head = head;
      this.#pages.clear();
    }
    const key = `${afterSeq}|${filterKey}`;
    let page = this.#pages.get(key);
    if (!page) {
      page = readAfter(filter, afterSeq, REPLAY_PAGE_SIZE);
      pageReads += 1;
      // Only tail pages (the live edge, where many streams wait at the same place) are kept, and at
      // most MAX_SHARED_PAGES of them: a replay's full pages would pile up while the head stands still.
      if (page.length < REPLAY_PAGE_SIZE) {
        if (this.#pages.size >= MAX_SHARED_PAGES) this.#pages.clear();
        this.#pages.set(key, page);
      }
    }
    return page;
  }
}

const sharedPages = new SharedPages();

let pageReads = 0;
/** Log queries run by streams so far (shared reads count once), for /metrics. */
export const streamPageReads = () => pageReads;

const filterKeyOf = (f: EventFilter) => [f.projectId, f.taskId, f.subtaskId, f.sessionId, f.kinds?.join(',')].map((v) => v ?? '').join('|');

let openStreams = 0;
/** Number of live event streams (active subscriptions), for /metrics. */
export const activeStreams = () => openStreams;

export class LogStream implements AsyncIterableIterator<EventRow> {
  #filter: EventFilter;
  #filterKey: string;
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
    this.#filterKey = filterKeyOf(filter);
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
        // Take the head first: seq order is commit order, so every event up to it is committed
        // and visible to the read that follows; the read may see newer ones too. The wake-up's
        // latest seq is such a head (it is announced after its commit) and costs no query; it is 0
        // until this process commits, when the log's own MAX(seq) serves instead.
        const head = wakeUp.latest || lastCommittedSeq();
        this.#page = sharedPages.read(this.#filter, this.#filterKey, this.#scanned, head);
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
