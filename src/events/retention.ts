/** Periodic pruning of events older than the configured retention (default: keep everything). */
import { logger } from '../logger.ts';
import type { Store } from '../store/types.ts';

const EVERY_MS = 60 * 60 * 1000;

export function pruneOlderThan(store: Store, days: number): Promise<number> {
  return store.pruneBefore(new Date(Date.now() - days * 24 * 60 * 60 * 1000));
}

/** Prunes once (resolving when done, so start-up serves no cursor into pruned events), then hourly. */
export async function startRetention(store: Store, days: number | null): Promise<() => void> {
  if (days === null) return () => {};
  const run = async () => {
    try {
      // One server prunes a shared database (the store's leader); the others skip the turn.
      const pruned = await store.runExclusive('retention', () => pruneOlderThan(store, days));
      if (pruned) logger.info({ pruned, days }, 'pruned old events');
    } catch (err) {
      logger.error({ err }, 'event pruning failed');
    }
  };
  await run();
  const timer = setInterval(() => void run(), EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
