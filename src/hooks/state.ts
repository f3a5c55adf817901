/**
 * The session status machine and the derived per-session data, as one pure reducer:
 * `applyHook(state, event)` returns the next state and the status change it caused, if any.
 * It never throws on odd payloads (every field is optional and may have any type).
 *
 * Status (ARCHITECTURE.md, issue 6): STARTING until the agent's SessionStart → IDLE;
 * UserPromptSubmit or a tool event → WORKING; PermissionRequest / a permission notification /
 * an elicitation → NEEDS_INPUT until the next tool event; Stop / StopFailure → IDLE; SessionEnd →
 * ENDED; the process dying without SessionEnd → FAILED (reported by the runner); STALE is an
 * overlay put on by the silence sweeper (never on NEEDS_INPUT) and taken off by the next evidence.
 *
 * Duplicate and reordered deliveries must never move the status wrongly, so a transition needs
 * evidence that it is current:
 *  - a tool call counts once per tool_use_id (a second Pre or a Post of a finished call is inert);
 *  - a turn closed by Stop stays closed: late events carrying its prompt_id change nothing, and a
 *    Stop for an older prompt_id than the current one does not end the newer turn. One exception:
 *    a Stop hook that blocks (`decision: block`) makes the agent go on in the same turn, so a
 *    PreToolUse with a new tool_use_id for the current turn reopens it (a Pre cannot be late over
 *    http, where Claude Code waits for the hook before running the tool; a spooled one is caught by
 *    its hook time);
 *  - a refused call (headless `-p`: Pre → PermissionRequest → PostToolBatch with the refusal text,
 *    no Post) is counted failed and refused when its PostToolBatch arrives, and ends NEEDS_INPUT;
 *  - Post events never wake an IDLE session (a late parallel post arrives after Stop), and events
 *    from inside a subagent do not wake it either (background subagents outlive Stop);
 *  - a PermissionRequest for a call that already finished is late; a Post of another call does not
 *    clear NEEDS_INPUT, only the call waiting for permission, a new call, a prompt or Stop do;
 *  - a `<task-notification>` prompt (a background subagent reporting back) is not the user's prompt:
 *    it moves the status like a prompt but does not replace lastPrompt; carrying the current turn's
 *    prompt_id after its Stop, it reopens that turn like a new call does;
 *  - SubagentStart/SubagentStop without an agent_type name no subagent (compaction's internal agent);
 *  - ENDED/FAILED are terminal except for a SessionStart that resumes the session;
 *  - with a hook time (X-Maestro-Hook-Time, sent by `maestro hook`, kept through its spool), evidence
 *    older than the evidence behind the current status changes nothing.
 */
import { createHash } from 'node:crypto';
import { toolTarget, type LastTool } from './activity.ts';

export const SESSION_STATUSES = ['STARTING', 'IDLE', 'WORKING', 'NEEDS_INPUT', 'ENDED', 'FAILED', 'STALE'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export type BaseStatus = Exclude<SessionStatus, 'STALE'>;

export const NEEDS_INPUT_KINDS = ['PERMISSION', 'ELICITATION', 'IDLE_PROMPT', 'QUESTION'] as const;
export type NeedsInputKind = (typeof NEEDS_INPUT_KINDS)[number];
export type NeedsInput = { since: string; kind: NeedsInputKind; message: string };

export type ToolStat = { calls: number; completed: number; failures: number; durationMs: number };
/** The error of the last StopFailure (an API error ended the turn). */
export type LastError = { at: string; error: string; details: string | null; message: string | null };
export type PendingCall = { tool: string; agentId: string | null; key: string; at: number; promptId: string | null };
export type Subagent = {
  agentType: string;
  startedAt: string | null;
  stoppedAt: string | null;
  toolCalls: number;
  failures: number;
  lastAssistantMessage: string | null;
  toolUseId: string | null;
};

export type Derived = {
  model: string | null;
  title: string | null;
  lastPrompt: string | null;
  lastAssistantMessage: string | null;
  lastError: LastError | null;
  /** Tool calls refused without anyone asked (headless permission refusals), also counted in failures. */
  refusals: number;
  /** prompt_id of the current turn (clients from v2.1.196 send it). */
  promptId: string | null;
  /** Turns ended by Stop/StopFailure, newest last (bounded). */
  closedPrompts: string[];
  /** Calls started (PreToolUse) and not finished yet, by tool_use_id. */
  pending: Record<string, PendingCall>;
  /** tool_use_ids already counted and finished (bounded): late or repeated deliveries are inert. */
  done: string[];
  /** (tool, agent, input) keys of recently finished calls: a late PermissionRequest pairs with them. */
  recentKeys: string[];
  /** The call a PermissionRequest is waiting on. */
  permissionCall: string | null;
  tools: Record<string, ToolStat>;
  toolCalls: number;
  failures: number;
  permissionRequests: number;
  written: string[];
  read: string[];
  subagents: Record<string, Subagent>;
  /** The newest PreToolUse of the main agent or a subagent: what it is doing now, in words on the board. */
  lastTool: LastTool | null;
};

export type SessionState = {
  status: SessionStatus;
  baseStatus: BaseStatus;
  agentSessionId: string | null;
  cwd: string;
  startedAt: Date | null;
  endedAt: Date | null;
  lastEvidenceAt: Date | null;
  statusObservedAt: Date | null;
  needsInput: NeedsInput | null;
  derived: Derived;
};

export type HookEvent = {
  seq: number;
  name: string;
  payload: Record<string, unknown>;
  /** When the hook fired (the CLI hook's time) or, for http hooks, when it arrived. */
  observedAt: Date;
};

export type StatusChange = { from: SessionStatus; to: SessionStatus; reason: string };

// `done` only has to outlive reordering (a Pre or a batch delivered after its Post): a few hundred
// calls is ample, and the whole Derived is rewritten on every ingest batch, so its size is paid per commit.
const LIMIT = { closed: 50, done: 256, recent: 200, pending: 1000, files: 2000, text: 4000 } as const;
const FILE_WRITERS = new Set(['Write', 'Edit', 'MultiEdit', 'NotebookEdit']);
const AGENT_TOOLS = new Set(['Agent', 'Task']);

/**
 * A map keyed by untrusted strings (tool names, tool_use_ids, agent ids from hook input), as an
 * object without a prototype: `"__proto__"` is then an ordinary key, not Object.prototype. It stays
 * a plain JSON object for the stored `derived` column.
 */
function dict<T>(entries?: Record<string, T>): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  // Object.keys lists own keys only, and assigning onto a null-prototype object defines own data
  // properties (no __proto__ setter exists there).
  for (const key of Object.keys(entries ?? out)) out[key] = entries![key]!;
  return out;
}

/** A deep copy; structuredClone gives the maps Object.prototype back, so they are rebuilt. */
function cloneDerived(d: Derived): Derived {
  const copy = structuredClone(d);
  copy.pending = dict(copy.pending);
  copy.tools = dict(copy.tools);
  copy.subagents = dict(copy.subagents);
  return copy;
}

export function emptyDerived(): Derived {
  return {
    model: null,
    title: null,
    lastPrompt: null,
    lastAssistantMessage: null,
    lastError: null,
    refusals: 0,
    promptId: null,
    closedPrompts: [],
    pending: dict(),
    done: [],
    recentKeys: [],
    permissionCall: null,
    tools: dict(),
    toolCalls: 0,
    failures: 0,
    permissionRequests: 0,
    written: [],
    read: [],
    subagents: dict(),
    lastTool: null,
  };
}

/** Reads a stored `derived` column, filling fields added since it was written. */
export function parseDerived(text: string): Derived {
  try {
    const value = JSON.parse(text) as Partial<Derived>;
    const derived: Derived = { ...emptyDerived(), ...(value && typeof value === 'object' ? value : {}) };
    // JSON.parse gives objects with Object.prototype: rebuild the maps keyed by hook input.
    derived.pending = dict(obj(derived.pending) as Record<string, PendingCall>);
    derived.tools = dict(obj(derived.tools) as Record<string, ToolStat>);
    derived.subagents = dict(obj(derived.subagents) as Record<string, Subagent>);
    return derived;
  } catch {
    return emptyDerived();
  }
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const clip = (value: string | null) => (value === null ? null : value.length > LIMIT.text ? `${value.slice(0, LIMIT.text)}…` : value);
const obj = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

function pushBounded(list: string[], value: string, max: number) {
  if (list.includes(value)) return;
  list.push(value);
  if (list.length > max) list.splice(0, list.length - max);
}

/**
 * JSON with sorted keys, so two equal tool inputs give the same key whatever their key order. No
 * recursion of ours: JSON.stringify walks the value, and hook ingest refuses bodies nested deeper
 * than HOOK_MAX_DEPTH (src/hooks/ingest.ts), so the walk is bounded.
 */
function stable(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]))
        : v,
    ) ?? 'null'
  );
}

export function callKey(tool: string, agentId: string | null, input: unknown): string {
  return createHash('sha1').update(`${tool}\u0000${agentId ?? ''}\u0000${stable(input ?? null)}`).digest('base64url');
}

/** How Claude Code answers a call it refused without asking anyone (headless `-p`, no permission rule). */
const REFUSAL = /This command requires approval|haven't granted it yet/i;
/** Subagent completions come back to the main agent as a prompt of this form, not from the user. */
const TASK_NOTIFICATION = /^\s*<task-notification>/;

/** The model named by a model-switch hook (field names differ between versions: take the first that is there). */
function switchedModel(p: Record<string, unknown>): string | null {
  for (const key of ['model', 'new_model', 'to_model', 'to']) {
    const value = p[key];
    if (typeof value === 'string' && value) return value;
    const id = str(obj(value)['id']);
    if (id) return id;
  }
  return null;
}

function toolStat(d: Derived, tool: string): ToolStat {
  return (d.tools[tool] ??= { calls: 0, completed: 0, failures: 0, durationMs: 0 });
}

function subagent(d: Derived, agentId: string): Subagent {
  return (d.subagents[agentId] ??= {
    agentType: '',
    startedAt: null,
    stoppedAt: null,
    toolCalls: 0,
    failures: 0,
    lastAssistantMessage: null,
    toolUseId: null,
  });
}

/** The notification kind, falling back to the message text for versions that omit it (claude-code#11964). */
export function notificationKind(payload: Record<string, unknown>): string | null {
  const type = str(payload['notification_type']);
  if (type) return type;
  const message = str(payload['message']) ?? '';
  if (/needs your permission/i.test(message)) return 'permission_prompt';
  if (/waiting for your input/i.test(message)) return 'idle_prompt';
  return null;
}

/**
 * The next state. `state` is not modified unless `inPlace` (the ingest batch owns its copy and
 * applies many events to it: cloning the derived data per event would cost more than the event).
 */
export function applyHook(
  state: SessionState,
  event: HookEvent,
  inPlace = false,
): { state: SessionState; change: StatusChange | null; reason: string | null } {
  const previousStatus = state.status;
  const previousNeedsInput = state.needsInput;
  const next: SessionState = inPlace ? state : { ...state, derived: cloneDerived(state.derived) };
  const d = next.derived;
  const p = event.payload;
  const at = event.observedAt;
  const iso = at.toISOString();
  const agentId = str(p['agent_id']);
  const toolName = str(p['tool_name']);
  const toolUseId = str(p['tool_use_id']);
  const promptId = str(p['prompt_id']);
  const base = state.baseStatus;
  const terminal = base === 'ENDED' || base === 'FAILED';
  const turnClosed = promptId !== null && d.closedPrompts.includes(promptId);
  /** Evidence older than what set the current status (spooled hooks delivered late) is inert. */
  const stale = state.statusObservedAt !== null && at.getTime() < state.statusObservedAt.getTime();

  if (!next.lastEvidenceAt || at > next.lastEvidenceAt) next.lastEvidenceAt = at;
  const cwd = str(p['cwd']);
  if (cwd) next.cwd = cwd;
  if (!next.agentSessionId) next.agentSessionId = str(p['session_id']);

  // An object, not lets: TypeScript does not see assignments made inside the `go` closure.
  const decision: { to: BaseStatus | null; reason: string | null; needsInput: NeedsInput | null | undefined } = { to: null, reason: null, needsInput: undefined };
  const go = (status: BaseStatus, why: string, input?: NeedsInput | null) => {
    decision.to = status;
    decision.reason = why;
    decision.needsInput = input;
  };

  switch (event.name) {
    case 'SessionStart': {
      const source = str(p['source']);
      const model = str(p['model']);
      if (model) d.model = model;
      const title = str(p['session_title']);
      if (title) d.title = title;
      const sid = str(p['session_id']);
      if (sid && source !== 'compact') next.agentSessionId = sid;
      next.startedAt ??= at;
      if (base === 'STARTING') go('IDLE', `SessionStart (${source ?? 'unknown source'})`);
      else if (terminal && source !== 'compact') {
        next.endedAt = null;
        go('IDLE', `SessionStart (${source ?? 'unknown source'}) resumed the session`);
      }
      break;
    }
    case 'UserPromptSubmit': {
      const prompt = str(p['prompt']);
      const notification = prompt !== null && TASK_NOTIFICATION.test(prompt);
      if (prompt !== null && !turnClosed && !notification) d.lastPrompt = clip(prompt);
      if (promptId && !turnClosed) d.promptId = promptId;
      if (!terminal && !turnClosed) go('WORKING', notification ? 'UserPromptSubmit (<task-notification>: a subagent reported back)' : 'UserPromptSubmit');
      else if (!terminal && notification && promptId === d.promptId && !stale) {
        // A subagent reporting back into the turn it was launched from, after that turn's Stop: the agent works again.
        d.closedPrompts = d.closedPrompts.filter((id) => id !== promptId);
        go('WORKING', 'UserPromptSubmit (<task-notification>) after Stop: the turn goes on');
      }
      break;
    }
    case 'PreToolUse': {
      let fresh = false;
      if (toolUseId && !d.pending[toolUseId] && !d.done.includes(toolUseId)) {
        fresh = true;
        if (Object.keys(d.pending).length < LIMIT.pending) {
          d.pending[toolUseId] = { tool: toolName ?? '', agentId, key: callKey(toolName ?? '', agentId, p['tool_input']), at: at.getTime(), promptId };
        }
        countCall(d, toolName ?? '', agentId);
      } else if (!toolUseId) {
        fresh = true;
        countCall(d, toolName ?? '', agentId);
      }
      if (fresh && (!d.lastTool || at.toISOString() >= d.lastTool.at)) {
        d.lastTool = { tool: toolName ?? '', target: toolTarget(toolName ?? '', p['tool_input']), at: iso };
      }
      if (!fresh || terminal) break;
      if (turnClosed) {
        // A new call in the current turn after its Stop: a Stop hook blocked and the agent goes on.
        if (agentId || !toolUseId) break; // a background subagent's call: its own call stays open
        if (promptId !== d.promptId || stale) {
          closeCall(d, toolUseId); // late: the Stop already ended this call with its turn
          break;
        }
        d.closedPrompts = d.closedPrompts.filter((id) => id !== promptId);
        go('WORKING', `PreToolUse${toolName ? ` ${toolName}` : ''} after a blocked Stop: the turn goes on`);
        break;
      }
      if (agentId && (base === 'IDLE' || base === 'NEEDS_INPUT')) break; // a (background) subagent's call
      if (base === 'NEEDS_INPUT' && toolUseId === d.permissionCall) break;
      go('WORKING', `PreToolUse ${toolName ?? ''}`.trim());
      break;
    }
    case 'PostToolUse':
    case 'PostToolUseFailure':
    case 'PermissionDenied': {
      const failed = event.name !== 'PostToolUse';
      // A denial that names no tool_use_id is the denial of the open call with the same input (the
      // one the dialog waits on first): pairing it ends that wait instead of counting a new call.
      const callId = toolUseId ?? (event.name === 'PermissionDenied' ? pendingByKey(d, callKey(toolName ?? '', agentId, p['tool_input'])) : null);
      const finished = finishCall(d, event, toolName ?? '', agentId, callId, failed);
      if (event.name === 'PostToolUse' && finished) recordFiles(d, toolName ?? '', p);
      if (event.name === 'PostToolUse' && toolName && AGENT_TOOLS.has(toolName)) {
        const response = obj(p['tool_response']);
        const launched = str(response['agentId']);
        if (launched) {
          const sub = subagent(d, launched);
          sub.toolUseId = toolUseId;
          if (!sub.agentType) sub.agentType = str(obj(p['tool_input'])['subagent_type']) ?? '';
        }
      }
      if (!finished || terminal || turnClosed) break;
      if (base === 'STARTING') go('WORKING', event.name);
      else if (base === 'NEEDS_INPUT' && (d.permissionCall === null || d.permissionCall === callId)) {
        go('WORKING', `${event.name} ${toolName ?? ''}: input was given`.trim());
      }
      break;
    }
    case 'PermissionRequest': {
      d.permissionRequests += 1;
      const key = callKey(toolName ?? '', agentId, p['tool_input']);
      const waiting = Object.entries(d.pending).find(([, call]) => call.key === key);
      if (!waiting && d.recentKeys.includes(key)) break; // the call already finished: a late delivery
      if (terminal || turnClosed) break;
      d.permissionCall = waiting?.[0] ?? null;
      const detail = str(obj(p['tool_input'])['command']) ?? str(obj(p['tool_input'])['file_path']);
      go('NEEDS_INPUT', 'PermissionRequest', {
        since: iso,
        kind: 'PERMISSION',
        message: clip(`Permission to use ${toolName ?? 'a tool'}${detail ? `: ${detail}` : ''}`)!,
      });
      break;
    }
    case 'Notification': {
      const kind = notificationKind(p);
      const message = clip(str(p['message']) ?? '') ?? '';
      if (terminal) break;
      if (kind === 'permission_prompt') {
        if ((base === 'WORKING' || base === 'STARTING') && Object.keys(d.pending).length > 0) go('NEEDS_INPUT', 'permission_prompt notification', { since: iso, kind: 'PERMISSION', message });
      } else if (kind === 'idle_prompt') {
        if (base === 'IDLE') go('IDLE', 'idle_prompt notification: waiting for attention', { since: iso, kind: 'IDLE_PROMPT', message });
        else if (base === 'WORKING' && promptId !== null && promptId === d.promptId) {
          // The turn this notification follows never reported Stop: it is over.
          closeTurn(d, promptId);
          go('IDLE', 'idle_prompt notification (Stop was not delivered)', { since: iso, kind: 'IDLE_PROMPT', message });
        }
      } else if (kind === 'elicitation_dialog' || kind === 'agent_needs_input') {
        if (base === 'WORKING' || base === 'IDLE') go('NEEDS_INPUT', `${kind} notification`, { since: iso, kind: 'QUESTION', message });
      }
      break;
    }
    case 'Elicitation': {
      if (terminal || turnClosed) break;
      go('NEEDS_INPUT', 'Elicitation', { since: iso, kind: 'ELICITATION', message: clip(str(p['message']) ?? '') ?? '' });
      break;
    }
    case 'ElicitationResult': {
      if (base === 'NEEDS_INPUT' && previousNeedsInput?.kind === 'ELICITATION') go('WORKING', 'ElicitationResult');
      break;
    }
    case 'Stop':
    case 'StopFailure': {
      const message = str(p['last_assistant_message']);
      const late = promptId !== null && d.promptId !== null && promptId !== d.promptId;
      if (message !== null && !late) d.lastAssistantMessage = clip(message);
      if (event.name === 'StopFailure' && !late) {
        d.lastError = { at: iso, error: str(p['error']) ?? 'unknown', details: clip(str(p['error_details'])), message: clip(message) };
      }
      if (promptId) pushBounded(d.closedPrompts, promptId, LIMIT.closed);
      if (late) break; // a Stop of an older turn arriving after the next prompt
      closeTurn(d, promptId);
      if (!terminal && base !== 'IDLE') go('IDLE', event.name === 'Stop' ? 'Stop' : `StopFailure (${str(p['error']) ?? 'error'})`);
      break;
    }
    case 'SubagentStart': {
      if (agentId && (str(p['agent_type']) || d.subagents[agentId])) {
        const sub = subagent(d, agentId);
        sub.agentType = str(p['agent_type']) ?? sub.agentType;
        sub.startedAt ??= iso;
      }
      break;
    }
    case 'SubagentStop': {
      if (agentId && (str(p['agent_type']) || d.subagents[agentId])) {
        const sub = subagent(d, agentId);
        if (!sub.agentType) sub.agentType = str(p['agent_type']) ?? '';
        sub.stoppedAt ??= iso;
        const message = str(p['last_assistant_message']);
        if (message !== null) sub.lastAssistantMessage = clip(message);
        for (const [id, call] of Object.entries(d.pending)) if (call.agentId === agentId) closeCall(d, id);
      }
      break;
    }
    case 'PostToolBatch': {
      // Calls of the batch that are still open resolved without a Post: refused ones end here.
      let answered = false;
      for (const item of Array.isArray(p['tool_calls']) ? p['tool_calls'] : []) {
        const call = obj(item);
        const id = str(call['tool_use_id']);
        const response = call['tool_response'];
        const text = typeof response === 'string' ? response : JSON.stringify(response ?? '');
        if (!id || !d.pending[id] || !REFUSAL.test(text)) continue;
        finishCall(d, { ...event, payload: { tool_input: call['tool_input'] } }, str(call['tool_name']) ?? '', d.pending[id].agentId, id, true);
        d.refusals += 1;
        if (d.permissionCall === id || (d.permissionCall === null && previousNeedsInput?.kind === 'PERMISSION')) answered = true;
      }
      if (answered && base === 'NEEDS_INPUT' && !terminal) go('WORKING', 'PostToolBatch: the call was refused (nobody can grant the permission)');
      break;
    }
    case 'PostModelSwitch': {
      const model = switchedModel(p);
      if (model) d.model = model;
      break;
    }
    case 'SessionEnd': {
      next.endedAt = at;
      if (base !== 'ENDED') go('ENDED', `SessionEnd (${str(p['reason']) ?? 'unknown reason'})`, null);
      break;
    }
    default:
      break; // unknown and side events: evidence of life only
  }

  const { to, needsInput } = decision;
  if (to !== null && !stale) {
    next.baseStatus = to;
    next.statusObservedAt = at;
    if (needsInput !== undefined) next.needsInput = needsInput;
    else if (to !== base) next.needsInput = null;
    if (to !== 'NEEDS_INPUT') d.permissionCall = null;
  }
  // Any evidence takes the STALE overlay off.
  next.status = next.baseStatus;
  const reason = decision.reason ?? `${event.name}: evidence after silence`;
  const change: StatusChange | null = next.status !== previousStatus ? { from: previousStatus, to: next.status, reason } : null;
  return { state: next, change, reason: decision.reason };
}

/** The open call with this (tool, agent, input) key, the one a permission dialog waits on first. */
function pendingByKey(d: Derived, key: string): string | null {
  if (d.permissionCall && d.pending[d.permissionCall]?.key === key) return d.permissionCall;
  return Object.entries(d.pending).find(([, call]) => call.key === key)?.[0] ?? null;
}

function countCall(d: Derived, tool: string, agentId: string | null) {
  d.toolCalls += 1;
  toolStat(d, tool).calls += 1;
  if (agentId) subagent(d, agentId).toolCalls += 1;
}

function closeCall(d: Derived, id: string) {
  const call = d.pending[id];
  if (!call) return;
  delete d.pending[id];
  pushBounded(d.done, id, LIMIT.done);
  pushBounded(d.recentKeys, call.key, LIMIT.recent);
}

/** Closes the main agent's calls still open at the end of a turn (validation rejections and interrupts fire no Post). */
function closeTurn(d: Derived, promptId: string | null) {
  for (const [id, call] of Object.entries(d.pending)) {
    if (call.agentId === null && (promptId === null || call.promptId === null || call.promptId === promptId)) closeCall(d, id);
  }
  d.permissionCall = null;
}

/** Pairs a Post with its Pre by tool_use_id. Returns false for a repeat of a finished call. */
function finishCall(d: Derived, event: HookEvent, tool: string, agentId: string | null, toolUseId: string | null, failed: boolean): boolean {
  const p = event.payload;
  const reported = typeof p['duration_ms'] === 'number' && Number.isFinite(p['duration_ms']) ? (p['duration_ms'] as number) : null;
  const call = toolUseId ? d.pending[toolUseId] : undefined;
  if (toolUseId && !call && d.done.includes(toolUseId)) return false;
  if (!call) countCall(d, tool, agentId); // the Pre was not delivered (or never fired)
  const stat = toolStat(d, call?.tool || tool);
  const duration = reported ?? (call ? Math.max(0, event.observedAt.getTime() - call.at) : 0);
  stat.durationMs += Math.round(duration);
  if (failed) {
    stat.failures += 1;
    d.failures += 1;
    if (agentId) subagent(d, agentId).failures += 1;
  } else stat.completed += 1;
  if (toolUseId) {
    if (call) closeCall(d, toolUseId);
    else {
      pushBounded(d.done, toolUseId, LIMIT.done);
      pushBounded(d.recentKeys, callKey(tool, agentId, p['tool_input']), LIMIT.recent);
    }
  }
  return true;
}

function recordFiles(d: Derived, tool: string, p: Record<string, unknown>) {
  const input = obj(p['tool_input']);
  const path = str(input['file_path']) ?? str(input['notebook_path']);
  if (!path) return;
  if (FILE_WRITERS.has(tool)) {
    pushBounded(d.written, path, LIMIT.files);
    const i = d.read.indexOf(path);
    if (i !== -1) d.read.splice(i, 1);
  } else if (tool === 'Read' && !d.written.includes(path)) pushBounded(d.read, path, LIMIT.files);
}

/** Files only read: read and never written (written ones are dropped from `read` as they happen). */
export function filesOnlyRead(d: Derived): string[] {
  return d.read.filter((f) => !d.written.includes(f));
}
