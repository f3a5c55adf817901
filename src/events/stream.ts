/**
 * Replay-then-live: an async iterator over the log that yields every matching event with
 * seq > start, in order, and then keeps yielding as new events commit. There is no separate
 * "live" path: after the replay it simply waits for the wake-up and reads the log again, so the
 * seam between replay and live can neither drop nor repeat an event.
 *
 * Memory is bounded by one page per subscriber. The consumer pulls (graphql-ws awaits each
 * send), so a reader that stops reading stops this iterator instead of growing a queue.
 *
 * Why the reads being asynchronous (the store's) opens no gap and no duplicate:
 * - The stream listens to the store's wake-up from its constructor, before its first read, and a
 *   new stream starts dirty: whatever committed before it was created is found by that first read,
 *   and a wake-up arriving while a read is in flight marks it dirty again, so it reads once more.
 * - Each read takes the head first and only then reads: seq order is commit order and the head is
 *   committed, so the read that starts after the head was known sees every event up to it (and
 *   perhaps newer ones). Only then may the stream count everything up to the head as scanned.
 * - Position only moves forward, from the rows it read, and one next() runs at a time (consumers
 *   await each one), so no row is handed out twice.
 */
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { EventFilter, EventRow, Store } from '../store/types.ts';

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
  #store: Store;
  #head = -1;
  /** Reads in flight are shared too: streams woken together ask for the same page at once. */
  #pages = new Map<string, Promise<EventRow[]>>();

  constructor(store: Store) {
    this.#store = store;
  }

  read(filter: EventFilter, filterKey: string, afterSeq: number, head: number): Promise<EventRow[]> {
    if (head !== this.#head) {
      this.#head = head;
      this.#pages.clear();
    }
    const key = `${afterSeq}|${filterKey}`;
    let page = this.#pages.get(key);
    if (!page) {
      if (this.#pages.size >= MAX_SHARED_PAGES) this.#pages.clear();
      const pages = this.#pages;
      page = this.#store.readAfter(filter, afterSeq, REPLAY_PAGE_SIZE);
      pageReads += 1;
      pages.set(key, page);
      // Only tail pages (the live edge, where many streams wait at the same place) are kept, and at
      // most MAX_SHARED_PAGES of them: a replay's full pages would pile up while the head stands still.
      // A failed read is not kept either: the next stream tries afresh.
      page.then(
        (rows) => rows.length === REPLAY_PAGE_SIZE && pages.get(key) === page && pages.delete(key),
        () => pages.get(key) === page && pages.delete(key),
      );
    }
    return page;
  }
}

/** One SharedPages per store: two apps in one process read two logs. */
const sharedPagesByStore = new WeakMap<Store, SharedPages>();
function sharedPagesOf(store: Store): SharedPages {
  let pages = sharedPagesByStore.get(store);
  if (!pages) sharedPagesByStore.set(store, (pages = new SharedPages(store)));
  return pages;
}

let pageReads = 0;
/** Log queries run by streams so far (shared reads count once), for /metrics. */
export const streamPageReads = () => pageReads;

const filterKeyOf = (f: EventFilter) => [f.projectId, f.taskId, f.subtaskId, f.sessionId, f.kinds?.join(',')].map((v) => v ?? '').join('|');

let openStreams = 0;
/** Number of live event streams (active subscriptions), for /metrics. */
export const activeStreams = () => openStreams;

export class LogStream implements AsyncIterableIterator<EventRow> {
  #store: Store;
  #pages: SharedPages;
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

  constructor(store: Store, filter: EventFilter, afterSeq: number) {
    this.#store = store;
    this.#pages = sharedPagesOf(store);
    this.#filter = filter;
    this.#filterKey = filterKeyOf(filter);
    this.#last = afterSeq;
    this.#scanned = afterSeq;
    openStreams += 1;
    // Before the first read (see the module comment).
    this.#unlisten = store.wakeUp.listen(() => {
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
        const head = this.#store.wakeUp.latest || (await this.#store.lastCommittedSeq());
        const page = await this.#pages.read(this.#filter, this.#filterKey, this.#scanned, head);
        if (this.#done) break;
        this.#page = page;
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
