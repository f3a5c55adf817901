/**
 * The in-process wake-up of one store: tells live readers that the log advanced. It carries no
 * events (readers always read the log), holds no queue, and so can never overflow or drop anything
 * that matters. Enough for SQLite, where only this server writes; a PostgreSQL adapter feeds
 * `notify` from its LISTEN connection instead (src/store/README.md).
 */
import type { WakeUp } from './types.ts';

type Listener = (seq: number) => void;

export class LocalWakeUp implements WakeUp {
  #listeners = new Set<Listener>();
  #latest = 0;

  get latest() {
    return this.#latest;
  }

  /** Announces that every event up to `seq` is committed and visible to readers. */
  notify(seq: number) {
    if (seq <= this.#latest) return;
    this.#latest = seq;
    for (const listener of this.#listeners) listener(seq);
  }

  listen(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  get listenerCount() {
    return this.#listeners.size;
  }

  clear() {
    this.#listeners.clear();
  }
}
