/**
 * The SQLite store's gate: Prisma's connection, its transactions and plain queries, and the hook
 * batches on the raw writer connection take turns here, one holder at a time, first come first
 * served (two stores in one process are two databases: two gates, no turns between them).
 *
 * One exception to first come first served, for group commit (src/store/sqlite-chain.ts): a
 * transaction that finishes while other transactions wait may pass its turn, together with the
 * SQLite transaction it leaves open, straight to the longest-waiting *transaction*
 * (`Turn.handOver`), ahead of plain queries and hook batches. Those need a committed database (a
 * plain query would otherwise see the open transaction's rows; a hook batch needs the write lock)
 * and get their turn when the chain ends; the chain's bounds (length, time) keep that wait short.
 */

/** One holder's turn at the gate. */
export interface Turn<H> {
  /** What the previous holder handed over with its turn (`handOver`), or undefined for a fresh turn. */
  readonly handed: H | undefined;
  /** Ends this turn: the next waiter in line gets the gate. Idempotent. */
  release(): void;
  /**
   * Passes this turn, with `handed`, to the longest-waiting transaction (`acquireForTransaction`),
   * if one waits: true, and this turn is over (release becomes a no-op); false, and it goes on.
   */
  handOver(handed: H): boolean;
}

type Waiter<H> = { transaction: boolean; start: (turn: Turn<H>) => void };

export class Gate<H = unknown> {
  #held = false;
  readonly #waiting: Waiter<H>[] = [];

  /** Resolves once every earlier holder released; returns the release function. */
  async acquire(): Promise<() => void> {
    const turn = await this.#enqueue(false);
    return () => turn.release();
  }

  /** A turn for a transaction: it may be handed an open transaction by the previous holder. */
  acquireForTransaction(): Promise<Turn<H>> {
    return this.#enqueue(true);
  }

  #enqueue(transaction: boolean): Promise<Turn<H>> {
    return new Promise<Turn<H>>((start) => {
      const waiter = { transaction, start };
      if (this.#held) this.#waiting.push(waiter);
      else {
        this.#held = true;
        this.#start(waiter, undefined);
      }
    });
  }

  // Yield one macrotask before every start: better-sqlite3 answers synchronously, so without it
  // queued holders would run back to back and starve the event loop (sockets, timers). The gate
  // stays held meanwhile, so nobody slips in between.
  #start(waiter: Waiter<H>, handed: H | undefined) {
    setImmediate(() => waiter.start(this.#turn(handed)));
  }

  #turn(handed: H | undefined): Turn<H> {
    let over = false;
    return {
      handed,
      release: () => {
        if (over) return;
        over = true;
        const next = this.#waiting.shift();
        if (next) this.#start(next, undefined);
        else this.#held = false;
      },
      handOver: (what: H) => {
        if (over) throw new Error('This turn at the gate is already over.');
        const at = this.#waiting.findIndex((w) => w.transaction);
        if (at < 0) return false;
        over = true;
        const [next] = this.#waiting.splice(at, 1);
        this.#start(next!, what);
        return true;
      },
    };
  }
}
