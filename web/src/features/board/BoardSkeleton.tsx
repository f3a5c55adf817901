/** The board's shape while its tasks load: grey columns and cards, so the page does not jump. */
import { STATUSES } from '../tasks/labels.ts';

export function BoardSkeleton() {
  return (
    <div className="board" role="status" aria-label="Loading tasks…" aria-busy="true">
      {STATUSES.map((status) => (
        <div key={status} className="board-column skeleton-column" aria-hidden="true">
          <span className="skeleton-line short" />
          <span className="skeleton-card" />
          <span className="skeleton-card" />
        </div>
      ))}
    </div>
  );
}
