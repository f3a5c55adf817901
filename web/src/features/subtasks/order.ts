/** Where a reorder puts a subtask, as moveSubtask input (beforeId/afterId of a sibling). */

export type MoveTarget = { beforeId: string } | { afterId: string };

/**
 * Alt+ArrowUp / Alt+ArrowDown: one place up (before the previous sibling) or down (after the next
 * one). Null at either end.
 */
export function keyboardMove(ids: readonly string[], id: string, direction: 'up' | 'down'): MoveTarget | null {
  const index = ids.indexOf(id);
  if (index < 0) return null;
  if (direction === 'up') return index > 0 ? { beforeId: ids[index - 1]! } : null;
  return index < ids.length - 1 ? { afterId: ids[index + 1]! } : null;
}

/**
 * A drop of `sourceId` on the upper (`before`) or lower (`after`) half of `targetId`. Null when
 * nothing would change (dropped on itself, or right where it already is).
 */
export function dropMove(ids: readonly string[], sourceId: string, targetId: string, where: 'before' | 'after'): MoveTarget | null {
  const from = ids.indexOf(sourceId);
  const to = ids.indexOf(targetId);
  if (from < 0 || to < 0 || sourceId === targetId) return null;
  if (where === 'before' && to === from + 1) return null;
  if (where === 'after' && to === from - 1) return null;
  return where === 'before' ? { beforeId: targetId } : { afterId: targetId };
}

/** The order after a move, for an optimistic display until the server answers. */
export function applyMove(ids: readonly string[], id: string, target: MoveTarget): string[] {
  const rest = ids.filter((x) => x !== id);
  if ('beforeId' in target) {
    const at = rest.indexOf(target.beforeId);
    return at < 0 ? [...ids] : [...rest.slice(0, at), id, ...rest.slice(at)];
  }
  const at = rest.indexOf(target.afterId);
  return at < 0 ? [...ids] : [...rest.slice(0, at + 1), id, ...rest.slice(at + 1)];
}
