/**
 * The timeline of a session: a lane per agent (main, then each subagent), a bar per tool call
 * positioned by its start and length, failures in red with a cross, running calls growing while
 * the session works. Plain CSS boxes: a chart library would cost more than the whole page.
 */
import { useEffect, useMemo, useState } from 'react';
import { formatDuration, type HookEvent } from './pairs.ts';
import { buildTimeline, type TimelineBar } from './timeline.ts';
import './session-page.css';

/** How often a running call's bar grows. */
const TICK_MS = 1_000;

export function SessionTimeline({ events, live }: { events: readonly HookEvent[]; live: boolean }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!live) return;
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [live]);
  // Recomputed when events arrive; `now` only matters while something runs.
  const timeline = useMemo(() => buildTimeline(events, live ? Math.max(now, Date.now()) : 0), [events, live, now]);
  const calls = timeline.lanes.reduce((n, lane) => n + lane.bars.length, 0);

  return (
    <section className="card" aria-labelledby="timeline-heading">
      <div className="section-head">
        <h2 id="timeline-heading">Timeline</h2>
        <span className="muted small-text">
          {calls} call{calls === 1 ? '' : 's'} over {formatDuration(timeline.span)}
        </span>
      </div>
      {calls === 0 && timeline.lanes.length === 1 ? (
        <p className="muted">No tool calls yet.</p>
      ) : (
        <div className="timeline" role="group" aria-label="Tool calls over time">
          {timeline.lanes.map((lane) => (
            <div key={lane.id} className="timeline-lane" data-lane={lane.id}>
              <span className="timeline-lane-label">{lane.label}</span>
              <ol className="timeline-track" aria-label={`${lane.label}: tool calls`}>
                {lane.bars.map((bar) => (
                  <Bar key={bar.key} bar={bar} span={timeline.span} />
                ))}
              </ol>
            </div>
          ))}
          <div className="timeline-axis" aria-hidden="true">
            <span>0 s</span>
            <span>{formatDuration(timeline.span)}</span>
          </div>
        </div>
      )}
    </section>
  );
}

function Bar({ bar, span }: { bar: TimelineBar; span: number }) {
  const left = (bar.start / span) * 100;
  const width = ((bar.end - bar.start) / span) * 100;
  const outcome = bar.outcome === 'failed' ? 'failed' : bar.outcome === 'running' ? 'running' : 'done';
  const label = `${bar.toolName}${bar.detail ? `: ${bar.detail}` : ''}, ${outcome}, ${formatDuration(bar.durationMs)}`;
  return (
    <li
      className={`timeline-bar bar-${bar.outcome}`}
      style={{ left: `${Math.min(left, 99.5)}%`, width: `${width}%` }}
      data-tool={bar.toolName}
      data-outcome={bar.outcome}
      aria-label={label}
      title={label}
    >
      {bar.outcome === 'failed' && <span aria-hidden="true">✕</span>}
    </li>
  );
}
