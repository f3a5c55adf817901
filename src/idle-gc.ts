/**
 * Gives memory back once the server goes quiet after work. During a burst (a fan-out, a bulk import)
 * V8's heap grows; afterwards an idle server allocates almost nothing, so no GC runs and the garbage
 * and the pages it fills stay resident (RSS after the issue-19 fan-out: ~234 MiB, ~131 MiB idle
 * before it). One full collection once the event loop has been idle for a whole window returns them.
 *
 * Only after work and only once per quiet spell: a busy server is never interrupted by it (a window
 * with more than IDLE_UTILISATION of event-loop use is "busy"), and an idle one is not collected over
 * and over. The collection takes tens of milliseconds on this heap; a request arriving meanwhile waits
 * that long, once, after a quiet second. Not a V8 flag such as --optimize-for-size, which made every
 * path pay in CPU (docs/BENCHMARKS.md, "Performance history (issue 19)").
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const WINDOW_MS = 1000;
/** Event-loop utilisation below this in a window counts as idle (timers, keep-alives, a probe). */
const IDLE_UTILISATION = 0.02;
/** Utilisation above this in a window counts as work worth collecting after. */
const BUSY_UTILISATION = 0.1;

/**
 * The global gc(), without a command-line flag: the flag is read when a context is made, and it is
 * switched off again at once, so the V8 flags stay those the code cache was made with (src/boot.ts:
 * V8 refuses a cache made under other flags).
 */
function exposeGc(): () => void {
  setFlagsFromString('--expose-gc');
  try {
    return runInNewContext('gc') as () => void;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}

/** Starts watching; returns the function that stops it. */
export function startIdleGc(): () => void {
  const gc = exposeGc();
  let last = performance.eventLoopUtilization();
  let workedSinceCollection = false;
  const timer = setInterval(() => {
    const now = performance.eventLoopUtilization();
    const window = performance.eventLoopUtilization(now, last);
    last = now;
    if (window.utilization > BUSY_UTILISATION) workedSinceCollection = true;
    else if (window.utilization < IDLE_UTILISATION && workedSinceCollection) {
      workedSinceCollection = false;
      gc();
    }
  }, WINDOW_MS);
  timer.unref();
  return () => clearInterval(timer);
}
