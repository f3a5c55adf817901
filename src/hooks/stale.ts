/**
 * The silence sweeper: a session that is not ended, not waiting for a person, and has sent no evidence for `silenceMs`
 * becomes STALE (SESSION_STATUS_CHANGED with no evidence seq). Its next hook event takes the
 * overlay off (src/hooks/state.ts), so STALE never loses where the session was.
 */
import { logger } from '../logger.ts';
import type { Store } from '../store/types.ts';
import { forceStatus } from './store.ts';

// NEEDS_INPUT is left out: a session waiting for a person is silent by nature, and STALE would hide it
// from `sessions(status: NEEDS_INPUT)`, the one list a person watches.
const LIVE = ['STARTING', 'IDLE', 'WORKING'];
const BATCH = 500;

function silentWhere(cutoff: Date) {
  return {
    status: { in: LIVE },
    OR: [{ lastEvidenceAt: { lt: cutoff } }, { lastEvidenceAt: null, createdAt: { lt: cutoff } }],
  };
}

/** Marks every session silent since before `now - silenceMs` STALE. Returns how many changed. */
export async function sweepStale(store: Store, silenceMs: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - silenceMs);
  const candidates = await store.prisma.session.findMany({ where: silentWhere(cutoff), select: { id: true }, take: BATCH });
  if (candidates.length === 0) return 0;
  return store.withEvents('maestro', async (tx, emit) => {
    // Re-read inside the write transaction: evidence may have arrived since the scan.
    const rows = await tx.session.findMany({ where: { id: { in: candidates.map((c) => c.id) }, ...silentWhere(cutoff) } });
    let changed = 0;
    for (const row of rows) {
      if (await forceStatus(tx, emit, row, 'STALE', `no hook event for ${Math.round(silenceMs / 1000)} s`, now)) changed += 1;
    }
    return changed;
  });
}

/** Sweeps every quarter of the silence (at least every 250 ms, at most every 30 s). Returns stop(). */
export function startStaleSweeper(store: Store, silenceMs: number): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    // One server sweeps a shared database (the store's leader); the others skip the turn.
    store
      .runExclusive('stale-sweeper', () => sweepStale(store, silenceMs))
      .catch((error: unknown) => logger.warn({ err: error }, 'stale sweep failed'))
      .finally(() => (running = false));
  }, Math.min(Math.max(silenceMs / 4, 250), 30_000));
  timer.unref();
  return () => clearInterval(timer);
}
