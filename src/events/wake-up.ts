/**
 * The in-process wake-up: tells live readers that the log advanced. It carries no events (readers
 * always read the log), holds no queue, and so can never overflow or drop anything that matters.
 */
type Listener = (seq: number) => void;

class WakeUp {
  #listeners = new Set<Listener>();
  #latest = 0;

  /** The highest seq known to be committed in this process. */
  get latest() {
    return this.#latest;
  }

  notify(seq: number) {
    if (seq <= this.#latest) return;
    this.#latest = seq;
    for (const listener of this.#listeners) listener(seq);
  }

  /** Returns the unsubscribe function. */
  listen(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  get listenerCount() {
    return this.#listeners.size;
  }
}

export const wakeUp = new WakeUp();
