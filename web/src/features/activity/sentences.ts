/**
 * The activity feed in sentences a person reads: who did what to which thing ("Worker 3f2a
 * completed “Write the test”"), and a session's hook events and status changes folded into one
 * line per session that says what it is doing now. Pure, so it is tested without a browser.
 */
import { STATUS_LABELS, PRIORITY_LABELS } from '../tasks/labels.ts';

export type FeedEvent = {
  seq: number;
  kind: string;
  actor: string;
  createdAt: string;
  payload: unknown;
  sessionId?: string | null;
  taskId?: string | null;
  hookEvent?: string | null;
  toolName?: string | null;
};

/** What the feed knows about a session, to name it. */
export type SessionName = { name: string; role: string };

export type FeedLine =
  | { type: 'event'; key: string; seq: number; event: FeedEvent }
  | {
      type: 'session';
      key: string;
      /** Seq of the newest event folded in: the line sits there and moves up as the session works. */
      seq: number;
      sessionId: string;
      hookCount: number;
      /** The newest hook event, for "what it is doing". */
      latestHook: FeedEvent | null;
      /** The status it changed to last, if a change is among the folded events. */
      status: string | null;
      lastAt: string;
    };

/** Kinds the feed folds into its session's line. */
const FOLDED = new Set(['HOOK_RECEIVED', 'SESSION_STATUS_CHANGED']);

export const KIND_GROUPS = {
  tasks: { label: 'Tasks', test: (kind: string) => kind.startsWith('TASK_') || kind.startsWith('PROJECT_') },
  subtasks: { label: 'Subtasks', test: (kind: string) => kind.startsWith('SUBTASK_') },
  sessions: { label: 'Sessions', test: (kind: string) => (kind.startsWith('SESSION_') || kind.startsWith('SPAWN_')) && kind !== 'SESSION_STATUS_CHANGED' },
  agents: { label: 'Agent activity', test: (kind: string) => FOLDED.has(kind) },
} as const;

export type KindGroup = keyof typeof KIND_GROUPS;
export const ALL_GROUPS = Object.keys(KIND_GROUPS) as KindGroup[];

export function groupOf(kind: string): KindGroup | null {
  return ALL_GROUPS.find((group) => KIND_GROUPS[group].test(kind)) ?? null;
}

/** Newest first; events of the shown groups only; hook events and status changes folded per session. */
export function foldFeed(events: readonly FeedEvent[], groups: ReadonlySet<KindGroup>): FeedLine[] {
  const lines: FeedLine[] = [];
  const sessions = new Map<string, Extract<FeedLine, { type: 'session' }>>();
  const newestFirst = [...events].sort((a, b) => b.seq - a.seq);
  for (const event of newestFirst) {
    const group = groupOf(event.kind);
    if (group && !groups.has(group)) continue;
    if (FOLDED.has(event.kind) && event.sessionId) {
      let line = sessions.get(event.sessionId);
      if (!line) {
        line = { type: 'session', key: `session-${event.sessionId}`, seq: event.seq, sessionId: event.sessionId, hookCount: 0, latestHook: null, status: null, lastAt: event.createdAt };
        sessions.set(event.sessionId, line);
        lines.push(line);
      }
      if (event.kind === 'HOOK_RECEIVED') {
        line.hookCount += 1;
        line.latestHook ??= event;
      } else if (line.status === null) {
        const to = record(event.payload).to;
        line.status = typeof to === 'string' ? to : null;
      }
      continue;
    }
    lines.push({ type: 'event', key: `seq-${event.seq}`, seq: event.seq, event });
  }
  return lines;
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value ? value : null;
}

/** The raw id inside a global ID (base64 of "Type:id"), or the input when it is not one. */
function rawId(globalId: string): string {
  try {
    const decoded = atob(globalId);
    const colon = decoded.indexOf(':');
    return colon > 0 ? decoded.slice(colon + 1) : globalId;
  } catch {
    return globalId;
  }
}

/** "Worker 3f2a" style: the role and the session's name, or the end of its id when it has none. */
export function sessionLabel(sessionId: string, known: SessionName | undefined): string {
  const role = known?.role === 'ORCHESTRATOR' ? 'Orchestrator' : known ? 'Worker' : 'Session';
  return `${role} ${known?.name || rawId(sessionId).slice(-4)}`;
}

/** Who did it, as the subject of a sentence. */
export function actorLabel(actor: string, sessions: ReadonlyMap<string, SessionName>): string {
  if (actor.startsWith('session:')) {
    const id = actor.slice('session:'.length);
    return sessionLabel(id, sessions.get(id));
  }
  if (actor === 'operator') return 'You';
  if (actor.startsWith('operator:runner:')) return `Runner ${actor.slice('operator:runner:'.length)}`;
  if (actor.startsWith('operator:')) return actor.slice('operator:'.length);
  return actor;
}

const quote = (text: string | null) => (text ? `“${text}”` : 'an untitled item');

const statusWord = (status: unknown) => (typeof status === 'string' ? (STATUS_LABELS as Record<string, string>)[status] ?? status.toLowerCase() : null);
const priorityWord = (priority: unknown) => (typeof priority === 'string' ? (PRIORITY_LABELS as Record<string, string>)[priority] ?? priority.toLowerCase() : null);

/** What happened, after the actor: "completed “Write the test”". */
export function predicate(event: FeedEvent): string {
  const data = record(event.payload);
  const task = record(data.task);
  const subtask = record(data.subtask);
  const project = record(data.project);
  const session = record(data.session);
  const changed = Array.isArray(data.changed) ? data.changed.filter((c): c is string => typeof c === 'string') : [];
  switch (event.kind) {
    case 'PROJECT_CREATED':
      return `created the project ${quote(str(project.name))}`;
    case 'PROJECT_UPDATED':
      return `changed the ${changed.join(' and ') || 'details'} of the project ${quote(str(project.name))}`;
    case 'PROJECT_DELETED':
      return `deleted the project ${quote(str(project.name))}`;
    case 'TASK_CREATED':
      return `created the task ${quote(str(task.title))}`;
    case 'TASK_DELETED':
      return `deleted the task ${quote(str(task.title))}`;
    case 'TASK_UPDATED': {
      const parts: string[] = [];
      if (changed.includes('status')) parts.push(`moved ${quote(str(task.title))} from ${statusWord(data.previousStatus) ?? 'its status'} to ${statusWord(task.status)}`);
      if (changed.includes('priority')) parts.push(`${parts.length ? 'set its' : `set the priority of ${quote(str(task.title))} to`} ${priorityWord(task.priority)}${parts.length ? ' priority' : ''}`);
      const rest = changed.filter((c) => c !== 'status' && c !== 'priority');
      if (rest.length) parts.push(`${parts.length ? 'changed its' : `changed the`} ${rest.map(fieldWord).join(' and ')}${parts.length ? '' : ` of ${quote(str(task.title))}`}`);
      return parts.length ? parts.join(' and ') : `edited the task ${quote(str(task.title))}`;
    }
    case 'SUBTASK_CREATED':
      return `added the step ${quote(str(subtask.title))}`;
    case 'SUBTASK_UPDATED':
      return changed.length === 1 && changed[0] === 'title' ? `renamed a step to ${quote(str(subtask.title))}` : `edited the step ${quote(str(subtask.title))}`;
    case 'SUBTASK_COMPLETED':
      return `completed ${quote(str(subtask.title))}`;
    case 'SUBTASK_REOPENED':
      return `reopened ${quote(str(subtask.title))}`;
    case 'SUBTASK_MOVED':
      // A reorder within one task carries the same task on both sides.
      return data.fromTaskId && data.toTaskId && data.fromTaskId !== data.toTaskId ? `moved ${quote(str(subtask.title))} to another task` : `reordered ${quote(str(subtask.title))}`;
    case 'SUBTASK_DELETED':
      return `deleted the step ${quote(str(subtask.title))}`;
    case 'SESSION_CREATED':
      return `started a ${session.role === 'ORCHESTRATOR' ? 'orchestrator' : 'worker'} session${str(session.name) ? ` ${quote(str(session.name))}` : ''}`;
    case 'SESSION_UPDATED':
      return `updated a session${str(session.name) ? ` ${quote(str(session.name))}` : ''}`;
    case 'SESSION_TASK_LINKED':
      return 'put a session on this task';
    case 'SESSION_TASK_UNLINKED':
      return 'took a session off a task';
    case 'SPAWN_REQUESTED':
      return `asked for a ${data.role === 'ORCHESTRATOR' ? 'orchestrator' : 'worker'} to be launched`;
    case 'SPAWN_CLAIMED':
      return 'took a launch request';
    case 'SESSION_LAUNCHED':
      return `launched an agent process${typeof data.pid === 'number' ? ` (pid ${data.pid})` : ''}`;
    case 'SESSION_EXITED':
      return data.stopped ? 'stopped an agent process' : `saw an agent process exit${typeof data.exitCode === 'number' ? ` with code ${data.exitCode}` : data.signal ? ` (${String(data.signal)})` : ''}`;
    case 'SESSION_STOP_REQUESTED':
      return 'asked a session to stop';
    case 'RUNNER_HOST_DECLARED_DEAD':
      return `declared runner host ${str(data.hostId) ?? ''} dead`;
    default: {
      const text = event.kind.toLowerCase().replaceAll('_', ' ');
      return `recorded: ${text}`;
    }
  }
}

function fieldWord(field: string): string {
  return field === 'acceptanceCriteria' ? 'acceptance criteria' : field;
}

/** What a session is doing, from its newest hook event: "Running npm test", "Editing src/a.ts". */
export function doingNow(hook: FeedEvent | null): string {
  if (!hook) return '';
  const data = record(hook.payload);
  const input = record(data.tool_input);
  const file = str(input.file_path);
  const post = hook.hookEvent === 'PostToolUse' || hook.hookEvent === 'PostToolUseFailure';
  switch (hook.hookEvent) {
    case 'PreToolUse':
    case 'PostToolUse':
    case 'PostToolUseFailure': {
      const failed = hook.hookEvent === 'PostToolUseFailure' ? ' (failed)' : '';
      const verb = (doing: string, done: string) => `${post ? done : doing}${failed}`;
      switch (hook.toolName) {
        case 'Bash':
          return verb(`Running ${str(input.command) ?? 'a command'}`, `Ran ${str(input.command) ?? 'a command'}`);
        case 'Edit':
        case 'MultiEdit':
          return verb(`Editing ${file ?? 'a file'}`, `Edited ${file ?? 'a file'}`);
        case 'Write':
          return verb(`Writing ${file ?? 'a file'}`, `Wrote ${file ?? 'a file'}`);
        case 'Read':
          return verb(`Reading ${file ?? 'a file'}`, `Read ${file ?? 'a file'}`);
        case 'Grep':
        case 'Glob':
          return verb(`Searching for ${str(input.pattern) ?? 'files'}`, `Searched for ${str(input.pattern) ?? 'files'}`);
        case 'Agent':
        case 'Task':
          return verb(`Starting a subagent: ${str(input.description) ?? ''}`.trim(), `Subagent done: ${str(input.description) ?? ''}`.trim());
        default:
          return verb(`Using ${hook.toolName ?? 'a tool'}`, `Used ${hook.toolName ?? 'a tool'}`);
      }
    }
    case 'UserPromptSubmit':
      return `Got a prompt: ${str(data.prompt) ?? ''}`.trim();
    case 'PermissionRequest':
      return `Asking permission to use ${hook.toolName ?? 'a tool'}`;
    case 'Notification':
      return `Waiting: ${str(data.message) ?? 'needs attention'}`;
    case 'Stop':
      return 'Finished its turn';
    case 'StopFailure':
      return `A turn failed: ${str(data.error) ?? 'API error'}`;
    case 'SessionStart':
      return 'Started';
    case 'SessionEnd':
      return 'Ended';
    case 'SubagentStart':
      return `Started a ${str(data.agent_type) ?? ''} subagent`.replace('  ', ' ');
    case 'SubagentStop':
      return `A ${str(data.agent_type) ?? ''} subagent finished`.replace('  ', ' ');
    default:
      return hook.hookEvent ?? 'Hook event';
  }
}

/** Short, for one line: long commands and prompts are cut. */
export function clip(text: string, max = 100): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
