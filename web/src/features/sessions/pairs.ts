/**
 * A session's hook feed as rows: PreToolUse and the PostToolUse / PostToolUseFailure with the same
 * tool_use_id collapse into one row with the call's duration; every other event is a row of its own.
 */

export type HookEvent = {
  seq: number;
  createdAt: string;
  hookEvent?: string | null;
  toolName?: string | null;
  payload: unknown;
};

export type FeedRow =
  | {
      type: 'tool';
      key: string;
      toolUseId: string;
      toolName: string;
      pre: HookEvent | null;
      post: HookEvent | null;
      outcome: 'running' | 'ok' | 'failed';
      /** duration_ms from the Post, else Post minus Pre; null while running. */
      durationMs: number | null;
    }
  | { type: 'event'; key: string; event: HookEvent };

const PRE = 'PreToolUse';
const POSTS = new Set(['PostToolUse', 'PostToolUseFailure']);

function field(payload: unknown, name: string): unknown {
  return payload && typeof payload === 'object' && !Array.isArray(payload) ? (payload as Record<string, unknown>)[name] : undefined;
}

export function toolUseIdOf(event: HookEvent): string | null {
  const id = field(event.payload, 'tool_use_id');
  return typeof id === 'string' && id ? id : null;
}

/** Rows in the order their first event arrived (events must be in seq order). */
export function pairToolCalls(events: readonly HookEvent[]): FeedRow[] {
  const rows: FeedRow[] = [];
  const open = new Map<string, Extract<FeedRow, { type: 'tool' }>>();
  for (const event of events) {
    const id = toolUseIdOf(event);
    const name = event.hookEvent ?? '';
    if (id && name === PRE && !open.has(id)) {
      const row = { type: 'tool' as const, key: `tool-${id}`, toolUseId: id, toolName: event.toolName ?? '', pre: event, post: null, outcome: 'running' as const, durationMs: null };
      open.set(id, row);
      rows.push(row);
      continue;
    }
    if (id && POSTS.has(name)) {
      const outcome = name === 'PostToolUse' ? ('ok' as const) : ('failed' as const);
      const reported = field(event.payload, 'duration_ms');
      const pending = open.get(id);
      if (pending && !pending.post) {
        pending.post = event;
        pending.outcome = outcome;
        pending.durationMs = typeof reported === 'number' ? reported : Date.parse(event.createdAt) - Date.parse(pending.pre!.createdAt);
        continue;
      }
      if (!pending) {
        const row = { type: 'tool' as const, key: `tool-${id}`, toolUseId: id, toolName: event.toolName ?? '', pre: null, post: event, outcome, durationMs: typeof reported === 'number' ? reported : null };
        open.set(id, row);
        rows.push(row);
        continue;
      }
    }
    rows.push({ type: 'event', key: `seq-${event.seq}`, event });
  }
  return rows;
}

export type FeedFilter = { hookEvent: string; tool: string };

/** Whether a row passes the filters ('' = any). A tool row matches by either of its events. */
export function rowMatches(row: FeedRow, filter: FeedFilter): boolean {
  const events = row.type === 'tool' ? [row.pre, row.post].filter((e): e is HookEvent => e !== null) : [row.event];
  if (filter.hookEvent && !events.some((e) => e.hookEvent === filter.hookEvent)) return false;
  if (filter.tool && !events.some((e) => e.toolName === filter.tool)) return false;
  return true;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}
