/**
 * A session's tool calls laid out over time: one lane for the main agent and one per subagent
 * (agent_id in the hook payload), each call a bar from its PreToolUse to its PostToolUse /
 * PostToolUseFailure (pairs.ts). A call still running reaches `now`; a failure is marked.
 * Pure, so it is tested without a browser.
 */
import { pairToolCalls, type FeedRow, type HookEvent } from './pairs.ts';

export type TimelineBar = {
  key: string;
  toolName: string;
  outcome: 'running' | 'ok' | 'failed';
  /** Milliseconds since the timeline's start. */
  start: number;
  end: number;
  /** The call's own duration when its Post reported one (duration_ms), else end − start. */
  durationMs: number;
  /** What the call did, in words (command, file, pattern…). */
  detail: string;
};

export type TimelineLane = { id: string; label: string; bars: TimelineBar[] };

export type Timeline = { startedAt: number; span: number; lanes: TimelineLane[] };

export const MAIN_LANE = 'main';

function payloadOf(event: HookEvent | null): Record<string, unknown> {
  const p = event?.payload;
  return p && typeof p === 'object' && !Array.isArray(p) ? (p as Record<string, unknown>) : {};
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value ? value : null;
}

/** One line about a call: the command, file, pattern or description it carried. */
export function callDetail(event: HookEvent | null): string {
  const input = payloadOf(event).tool_input;
  const fields = input && typeof input === 'object' ? (input as Record<string, unknown>) : {};
  return text(fields.command) ?? text(fields.file_path) ?? text(fields.pattern) ?? text(fields.description) ?? text(fields.url) ?? '';
}

/** The bars of a session's hook events (in seq order) at `now` (ms since epoch). */
export function buildTimeline(events: readonly HookEvent[], now: number): Timeline {
  const times = events.map((e) => Date.parse(e.createdAt)).filter((t) => !Number.isNaN(t));
  const startedAt = times.length ? Math.min(...times) : now;
  const lanes = new Map<string, TimelineLane>([[MAIN_LANE, { id: MAIN_LANE, label: 'Main agent', bars: [] }]]);
  const laneFor = (agentId: string | null, agentType: string | null) => {
    const id = agentId ?? MAIN_LANE;
    let lane = lanes.get(id);
    if (!lane) {
      lane = { id, label: `Subagent ${agentType ?? ''} ${id.slice(0, 7)}`.replace(/\s+/g, ' ').trim(), bars: [] };
      lanes.set(id, lane);
    }
    return lane;
  };
  // Subagents get their lane when they start, even before their first tool call.
  for (const event of events) {
    if (event.hookEvent === 'SubagentStart') laneFor(text(payloadOf(event).agent_id), text(payloadOf(event).agent_type));
  }
  let last = startedAt;
  for (const row of pairToolCalls(events)) {
    if (row.type !== 'tool') continue;
    const bar = barOf(row, startedAt, now);
    last = Math.max(last, startedAt + bar.end);
    const p = payloadOf(row.pre ?? row.post);
    laneFor(text(p.agent_id), text(p.agent_type)).bars.push(bar);
  }
  const newest = times.length ? Math.max(...times) : now;
  const running = [...lanes.values()].some((lane) => lane.bars.some((b) => b.outcome === 'running'));
  const end = Math.max(last, newest, running ? now : newest);
  return { startedAt, span: Math.max(1, end - startedAt), lanes: [...lanes.values()] };
}

function barOf(row: Extract<FeedRow, { type: 'tool' }>, startedAt: number, now: number): TimelineBar {
  const pre = row.pre ? Date.parse(row.pre.createdAt) : null;
  const post = row.post ? Date.parse(row.post.createdAt) : null;
  // A Post without its Pre (history cut at the page's first event) starts duration_ms earlier.
  const start = pre ?? (post !== null ? post - (row.durationMs ?? 0) : now);
  const end = post ?? (row.outcome === 'running' ? now : start);
  return {
    key: row.key,
    toolName: row.toolName || 'tool',
    outcome: row.outcome,
    start: Math.max(0, start - startedAt),
    end: Math.max(0, end - startedAt),
    durationMs: row.durationMs ?? Math.max(0, end - start),
    detail: callDetail(row.pre ?? row.post),
  };
}
