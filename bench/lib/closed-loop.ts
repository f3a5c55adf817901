/** A closed-loop load: a fixed number of calls with a fixed number in flight (bench/issue19.ts, bench/scale-out.ts). */
import { pct } from './stats.ts';

/**
 * `count` calls of `one` with `concurrency` workers each keeping one call in flight: rate and
 * latency percentiles. `one` gets the call's index and its worker's, so a caller can pin each
 * worker (client) to one server instance.
 */
export async function closedLoop(count: number, concurrency: number, one: (i: number, worker: number) => Promise<void>) {
  const latencies: number[] = [];
  let next = 0;
  const worker = async (w: number) => {
    while (next < count) {
      const i = next++;
      const t = performance.now();
      await one(i, w);
      latencies.push(performance.now() - t);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSec: count / seconds, p50: pct(latencies, 50), p99: pct(latencies, 99) };
}
