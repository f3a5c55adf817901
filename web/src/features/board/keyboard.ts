/**
 * Keyboard moves on the board (dnd-kit keyboard sensor): an arrow key jumps the picked-up card to
 * the nearest column in that direction (right/left on a wide screen, down/up where the columns
 * stack), instead of dnd-kit's default 25 px nudges that would take dozens of presses per column.
 */
import { pointerWithin, rectIntersection, type CollisionDetection, type KeyboardCoordinateGetter } from '@dnd-kit/core';

const DIRECTIONS: Record<string, { x: number; y: number }> = {
  ArrowRight: { x: 1, y: 0 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowDown: { x: 0, y: 1 },
  ArrowUp: { x: 0, y: -1 },
};

export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const direction = DIRECTIONS[event.code];
  // Right after pick-up the collision rect may not be measured yet: the card's own rect has the size.
  const current = context.collisionRect ?? context.active?.rect.current.initial ?? null;
  if (!direction || !current) return undefined;
  event.preventDefault();
  // From the sensor's own coordinates, not the measured rect: that one lags a render behind, so
  // two quick presses would both start from the first column.
  const here = { x: currentCoordinates.x + current.width / 2, y: currentCoordinates.y + current.height / 2 };
  let best: { left: number; top: number; distance: number } | null = null;
  for (const [, rect] of context.droppableRects) {
    const center = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    const along = (center.x - here.x) * direction.x + (center.y - here.y) * direction.y;
    // Only columns that lie in the pressed direction, and not the one the card is over.
    const inside = here.x >= rect.left && here.x <= rect.right && here.y >= rect.top && here.y <= rect.bottom;
    if (along <= 1 || inside) continue;
    const distance = Math.hypot(center.x - here.x, center.y - here.y);
    if (!best || distance < best.distance) best = { left: rect.left, top: rect.top, distance };
  }
  // The card's top-left just inside the column's: it then overlaps that column most.
  return best ? { x: best.left + 6, y: best.top + 6 } : currentCoordinates;
};

/** The column under the pointer; for keyboard moves (no pointer), the one the card overlaps most. */
export const columnCollision: CollisionDetection = (args) => {
  const hits = args.pointerCoordinates ? pointerWithin(args) : [];
  return hits.length ? hits : rectIntersection(args);
};
