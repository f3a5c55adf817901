/** Periodic pruning of events older than the configured retention (default: keep everything). */
import { logger } from '../logger.ts';
import { pruneBefore } from './log.ts';

const EVERY_MS = 60 * 60 * 1000;

export function pruneOlderThan(days: number): number {
  return pruneBefore(new Date(Date.now() - days * 24 * 60 * 60 * 1000));
}

export function startRetention(days: number | null): () => void {
  if (days === null) return () => {};
  const run = () => {
    try {
      const pruned = pruneOlderThan(days);
      if (pruned) logger.info({ pruned, days }, 'pruned old events');
    } catch (err) {
      logger.error({ err }, 'event pruning failed');
    }
  };
  run();
  const timer = setInterval(run, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
