/** Percentiles and summaries shared by the benchmarks (sorted copies; NaN for no samples). */

export const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN);
export const median = (xs: number[]) => pct([...xs].sort((a, b) => a - b), 50);

export type Latency = { p50: number; p99: number; max: number; n: number };
export const summarise = (xs: number[]): Latency => {
  const sorted = [...xs].sort((a, b) => a - b);
  return { p50: pct(sorted, 50), p99: pct(sorted, 99), max: sorted.at(-1) ?? NaN, n: sorted.length };
};
export const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
export const fmtLatency = (l: Latency) => `p50 ${ms(l.p50)}, p99 ${ms(l.p99)}, max ${ms(l.max)}`;
