/** Subtasks done out of total, as a bar and a count. */
export function Progress({ done, total }: { done: number; total: number }) {
  if (total === 0) return <p className="muted small-text progress-none">No subtasks</p>;
  const percent = Math.round((done / total) * 100);
  return (
    <div className="progress">
      <div
        className="progress-bar"
        role="progressbar"
        aria-label="Subtasks done"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={`${done} of ${total} subtasks done`}
      >
        <span style={{ width: `${percent}%` }} />
      </div>
      <span className="progress-count">
        {done}/{total}
      </span>
    </div>
  );
}
