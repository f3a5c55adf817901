/**
 * Ordered keys for subtasks. Keys are floats: appends step by GAP, inserts take the midpoint of
 * their neighbours, so a move rewrites only the moved row. After ~40 halvings in one spot the gap
 * is too small to split; `keyBetween` then returns null and the caller renumbers the task.
 */
export const GAP = 1024;
const MIN_GAP = 1e-6;

/** A key strictly between `before` and `after` (either may be missing), or null when none fits. */
export function keyBetween(before: number | null, after: number | null): number | null {
  if (before === null && after === null) return GAP;
  if (before === null) return after! - GAP;
  if (after === null) return before + GAP;
  if (after - before < MIN_GAP) return null;
  const mid = before + (after - before) / 2;
  return mid > before && mid < after ? mid : null;
}

/** Evenly spaced keys for `count` rows, used when renumbering. */
export function evenKeys(count: number): number[] {
  return Array.from({ length: count }, (_, i) => (i + 1) * GAP);
}
