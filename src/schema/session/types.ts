import { rules } from '../../auth/scopes.ts';
import { projectWhere } from '../../auth/confinement.ts';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import type { EventFilter, EventRow } from '../../events/log.ts';
import type { Session } from '../../generated/prisma/client.ts';
import {
  filesOnlyRead,
  NEEDS_INPUT_KINDS,
  parseDerived,
  SESSION_STATUSES,
  type Derived,
  type LastError,
  type NeedsInput,
  type Subagent,
  type ToolStat,
} from '../../hooks/state.ts';
import { describeActivity } from '../../hooks/activity.ts';
import { COLUMN_MAX } from '../../hooks/ingest.ts';
import { SESSION_ROLES } from '../../services/sessions.ts';
import { jsonString, prepareEventFields } from '../event/prepared.ts';
import { EventKindEnum, EventRef, eventPage, payloadText } from '../event/types.ts';
import { CONNECTION_LIMITS, ProjectRef } from '../project/types.ts';
import { TaskRef } from '../task/types.ts';

export const SessionStatusEnum = builder.enumType('SessionStatus', {
  description: 'Where an agent session is, from its hook events and liveness.',
  values: {
    STARTING: { description: 'Registered or spawned; its agent has not reported SessionStart yet.' },
    IDLE: { description: 'Waiting for a prompt (after SessionStart or Stop).' },
    WORKING: { description: 'Working on a prompt: a prompt was submitted or a tool is running.' },
    NEEDS_INPUT: { description: 'Blocked on a person: a permission dialog, an elicitation or a question. See needsInput.' },
    ENDED: { description: 'The agent reported SessionEnd.' },
    FAILED: { description: 'The agent\'s process exited without SessionEnd.' },
    STALE: { description: 'No evidence for longer than the configured silence while starting, idle or working (never while NEEDS_INPUT: waiting for a person is silent); the next event clears it.' },
  } satisfies Record<(typeof SESSION_STATUSES)[number], { description: string }>,
});

export const SessionRoleEnum = builder.enumType('SessionRole', {
  description: 'What a session is for.',
  values: {
    WORKER: { description: 'Works on tasks.' },
    ORCHESTRATOR: { description: 'Breaks work down and spawns or steers other sessions.' },
  } satisfies Record<(typeof SESSION_ROLES)[number], { description: string }>,
});

export const NeedsInputKindEnum = builder.enumType('NeedsInputKind', {
  description: 'What a session is waiting on a person for.',
  values: {
    PERMISSION: { description: 'A permission dialog (PermissionRequest or a permission_prompt notification).' },
    ELICITATION: { description: 'An MCP server asked the user for input.' },
    IDLE_PROMPT: { description: 'Idle and waiting for attention (an idle_prompt notification); status stays IDLE.' },
    QUESTION: { description: 'Another question notification (elicitation_dialog, agent_needs_input).' },
  } satisfies Record<(typeof NEEDS_INPUT_KINDS)[number], { description: string }>,
});

const TurnFailureRef = builder.objectRef<LastError>('TurnFailure').implement({
  description: 'An API error that ended a turn (StopFailure).',
  fields: (t) => ({
    at: t.field({ type: 'DateTime', description: 'When the StopFailure was observed.', resolve: (e) => new Date(e.at) }),
    error: t.exposeString('error', { description: 'The error kind Claude Code reports (rate_limit, authentication_failed, unknown, …).' }),
    details: t.exposeString('details', { nullable: true, description: 'Its details when given (error_details, e.g. "429 Too Many Requests").' }),
    message: t.exposeString('message', { nullable: true, description: 'The error text the agent showed (last_assistant_message).' }),
  }),
});

const NeedsInputRef = builder.objectRef<NeedsInput>('NeedsInput').implement({
  description: 'Why and since when a session waits on a person.',
  fields: (t) => ({
    since: t.field({ type: 'DateTime', description: 'When it started waiting.', resolve: (n) => new Date(n.since) }),
    kind: t.field({ type: NeedsInputKindEnum, description: 'What it waits for.', resolve: (n) => n.kind }),
    message: t.exposeString('message', { description: 'What the agent asked, as reported by the hook.' }),
  }),
});

const ToolStatRef = builder.objectRef<ToolStat & { tool: string }>('ToolCallStat').implement({
  description: 'Tool calls of one tool in a session (PreToolUse/PostToolUse paired by tool_use_id; PostToolBatch adds none).',
  fields: (t) => ({
    tool: t.exposeString('tool', { description: 'Tool name (for example Bash, Edit, mcp__github__create_issue).' }),
    calls: t.exposeInt('calls', { description: 'Calls started, each counted once.' }),
    completed: t.exposeInt('completed', { description: 'Calls that succeeded (PostToolUse).' }),
    failures: t.exposeInt('failures', { description: 'Calls that failed (PostToolUseFailure) or were denied (PermissionDenied).' }),
    totalDurationMs: t.int({ description: 'Sum of the finished calls\' durations (duration_ms, else Post minus Pre).', resolve: (s) => s.durationMs }),
  }),
});

const FilesTouchedRef = builder.objectRef<Derived>('FilesTouched').implement({
  description: 'Files a session changed or looked at, from successful tool calls.',
  fields: (t) => ({
    written: t.stringList({ description: 'Files written or edited (Write, Edit, MultiEdit, NotebookEdit), first touch first.', resolve: (d) => d.written }),
    onlyRead: t.stringList({ description: 'Files read (Read) and never written.', resolve: (d) => filesOnlyRead(d) }),
  }),
});

const SubagentRef = builder.objectRef<Subagent & { agentId: string }>('Subagent').implement({
  description: 'A subagent of the session (Agent tool, formerly Task), by agent id.',
  fields: (t) => ({
    agentId: t.exposeString('agentId', { description: 'The agent_id its hook events carry.' }),
    agentType: t.exposeString('agentType', { description: 'Its agent_type (for example Explore); may be empty.' }),
    running: t.boolean({ description: 'Started and not stopped yet (background subagents can outlive the main Stop).', resolve: (s) => s.stoppedAt === null }),
    startedAt: t.field({ type: 'DateTime', nullable: true, description: 'When it started (SubagentStart); null when that hook was not seen.', resolve: (s) => (s.startedAt ? new Date(s.startedAt) : null) }),
    stoppedAt: t.field({ type: 'DateTime', nullable: true, description: 'When it stopped (SubagentStop); null while it runs.', resolve: (s) => (s.stoppedAt ? new Date(s.stoppedAt) : null) }),
    toolCalls: t.exposeInt('toolCalls', { description: 'Tool calls made inside the subagent.' }),
    failures: t.exposeInt('failures', { description: 'Failed tool calls inside the subagent.' }),
    lastAssistantMessage: t.exposeString('lastAssistantMessage', { nullable: true, description: 'Its final message (SubagentStop).' }),
    toolUseId: t.exposeString('toolUseId', { nullable: true, description: 'The Agent tool call that launched it, when known.' }),
  }),
});

const derivedCache = new WeakMap<Session, Derived>();
const derivedOf = (s: Session) => {
  let d = derivedCache.get(s);
  if (!d) derivedCache.set(s, (d = parseDerived(s.derived)));
  return d;
};

export const SessionRef = builder.prismaNode('Session', {
  id: { field: 'id' },
  nullable: true,
  authScopes: (session) => rules.ofProject(session.projectId),
  description:
    'An agent session working for a project, on any number of its tasks. Its status and derived data come from the ' +
    'Claude Code hook events it sends to POST /hooks/claude with its token.',
  fields: (t) => ({
    project: t.relation('project', { description: 'The project the session works for.' }),
    name: t.exposeString('name', { description: 'Human name ("" when unset).' }),
    role: t.field({ type: SessionRoleEnum, description: 'What the session is for.', resolve: (s) => s.role as 'WORKER' | 'ORCHESTRATOR' }),
    status: t.field({ type: SessionStatusEnum, description: 'Current status; every change appends SESSION_STATUS_CHANGED naming its evidence.', resolve: (s) => s.status as (typeof SESSION_STATUSES)[number] }),
    agentSessionId: t.exposeString('agentSessionId', { nullable: true, description: 'The agent\'s own session_id, once known.' }),
    cwd: t.exposeString('cwd', { description: 'Working directory, as last reported ("" when unknown).' }),
    parent: t.relation('parent', { nullable: true, description: 'The session that spawned or steers this one.' }),
    children: t.relatedConnection('children', {
      ...CONNECTION_LIMITS,
      cursor: 'id',
      description: 'Sessions whose parent is this one, oldest first.',
      query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
      totalCount: true,
    }),
    tasks: t.prismaConnection({
      ...CONNECTION_LIMITS,
      type: 'Task',
      cursor: 'id',
      description: 'The tasks the session works on (linked), oldest link first.',
      resolve: (query, session, _args, ctx) =>
        ctx.store.prisma.task.findMany({ ...query, where: { sessions: { some: { sessionId: session.id } } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
      totalCount: (session, _args, ctx) => ctx.store.prisma.sessionTask.count({ where: { sessionId: session.id } }),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was registered.' }),
    startedAt: t.expose('startedAt', { type: 'DateTime', nullable: true, description: 'Its agent\'s first SessionStart.' }),
    endedAt: t.expose('endedAt', { type: 'DateTime', nullable: true, description: 'SessionEnd or the process exit.' }),
    lastEvidenceAt: t.expose('lastEvidenceAt', { type: 'DateTime', nullable: true, description: 'The newest hook event\'s time.' }),
    needsInput: t.field({
      type: NeedsInputRef,
      nullable: true,
      description: 'Set while it waits on a person (status NEEDS_INPUT, or IDLE flagged by an idle_prompt notification).',
      resolve: (s) => (s.needsInputSince && s.needsInputKind ? { since: s.needsInputSince.toISOString(), kind: s.needsInputKind as NeedsInput['kind'], message: s.needsInputMessage ?? '' } : null),
    }),
    toolCallCount: t.int({ description: 'Tool calls in all, subagents\' included, each counted once.', resolve: (s) => derivedOf(s).toolCalls }),
    toolCalls: t.field({
      type: [ToolStatRef],
      description: 'Tool calls by tool name, most used first.',
      resolve: (s) => Object.entries(derivedOf(s).tools).map(([tool, stat]) => ({ tool, ...stat })).sort((a, b) => b.calls - a.calls || a.tool.localeCompare(b.tool)),
    }),
    pendingToolCalls: t.int({ description: 'Calls started and not finished (closed at Stop: some calls never report a Post).', resolve: (s) => Object.keys(derivedOf(s).pending).length }),
    failures: t.int({ description: 'Failed tool calls (PostToolUseFailure, PermissionDenied).', resolve: (s) => derivedOf(s).failures }),
    permissionRequests: t.int({ description: 'Permission dialogs shown (PermissionRequest).', resolve: (s) => derivedOf(s).permissionRequests }),
    filesTouched: t.field({ type: FilesTouchedRef, description: 'Files written or edited, and files only read.', resolve: (s) => derivedOf(s) }),
    subagents: t.field({
      type: [SubagentRef],
      description: 'Subagents by agent id, in order of appearance.',
      resolve: (s) => Object.entries(derivedOf(s).subagents).map(([agentId, sub]) => ({ agentId, ...sub })),
    }),
    refusedToolCalls: t.int({
      description: 'Tool calls refused without anyone asked (headless `-p` with no permission rule: PermissionRequest, then the refusal in PostToolBatch); also counted in failures.',
      resolve: (s) => derivedOf(s).refusals,
    }),
    model: t.string({
      nullable: true,
      description: 'The model: the one spawnSession asked for, then whatever a hook names (SessionStart when it says, PostModelSwitch).',
      resolve: (s) => derivedOf(s).model,
    }),
    title: t.string({ nullable: true, description: 'The session title (SessionStart session_title).', resolve: (s) => derivedOf(s).title }),
    lastPrompt: t.string({ nullable: true, description: 'The last submitted prompt.', resolve: (s) => derivedOf(s).lastPrompt }),
    lastAssistantMessage: t.string({ nullable: true, description: 'The main agent\'s last message (Stop/StopFailure).', resolve: (s) => derivedOf(s).lastAssistantMessage }),
    activity: t.string({
      nullable: true,
      description:
        'What it did last, in words, from its newest PreToolUse ("Editing src/config.ts", "Running npm test"); null before its first tool call.',
      resolve: (s) => {
        const last = derivedOf(s).lastTool;
        return last ? describeActivity(last) : null;
      },
    }),
    activityAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the tool call behind activity started; null before its first tool call.',
      resolve: (s) => {
        const last = derivedOf(s).lastTool;
        return last ? new Date(last.at) : null;
      },
    }),
    lastError: t.field({
      type: TurnFailureRef,
      nullable: true,
      description: 'The error of the last turn that an API error ended (StopFailure); kept after later turns, null if none ever did.',
      resolve: (s) => derivedOf(s).lastError,
    }),
  }),
});

builder.objectField(SessionRef, 'events', (t) =>
  t.connection(
    {
      type: EventRef,
      description: 'The session\'s events in seq order: every hook delivery (HOOK_RECEIVED, payload verbatim) and its status changes.',
      args: { kinds: t.arg({ type: [EventKindEnum], description: 'Only events of these kinds.' }) },
      resolve: (session, args, ctx) => eventPage(ctx.store, { sessionId: session.id, kinds: args.kinds ?? null }, args),
    },
    {
      name: 'SessionEventConnection',
      fields: (t) => ({
        totalCount: t.int({
          description: 'How many events match in all.',
          // The parent is what eventPage returned: its filter is the session's EventFilter.
          resolve: (c, _args, ctx) => ctx.store.countEvents((c as { filter: EventFilter }).filter),
        }),
      }),
    },
  ),
);

// Hook columns on Event: normalised into their own columns at ingest, so no payload is parsed to read
// them. Two cases read the verbatim payload instead: a value cut at the column cap, and a lone
// surrogate (SQLite stores UTF-8, where one cannot exist, so the column reads back with U+FFFD).
function hookField(column: 'hookEvent' | 'toolName' | 'toolUseId' | 'agentId', key: string) {
  return (event: EventRow): string | null => {
    const value = event[column];
    if (value === null || (value.length < COLUMN_MAX && !value.includes('\ufffd'))) return value;
    try {
      const sent = (JSON.parse(payloadText(event)) as Record<string, unknown>)[key];
      return typeof sent === 'string' ? sent : value;
    } catch {
      return value;
    }
  };
}

const hookFields = {
  hookEvent: hookField('hookEvent', 'hook_event_name'),
  toolName: hookField('toolName', 'tool_name'),
  toolUseId: hookField('toolUseId', 'tool_use_id'),
  agentId: hookField('agentId', 'agent_id'),
};

builder.objectFields(EventRef, (t) => ({
  hookEvent: t.string({ nullable: true, description: 'HOOK_RECEIVED only: hook_event_name (unknown names are kept as sent).', resolve: hookFields.hookEvent }),
  toolName: t.string({ nullable: true, description: 'HOOK_RECEIVED only: tool_name.', resolve: hookFields.toolName }),
  toolUseId: t.string({ nullable: true, description: 'HOOK_RECEIVED only: tool_use_id (PermissionRequest has none).', resolve: hookFields.toolUseId }),
  agentId: t.string({ nullable: true, description: 'HOOK_RECEIVED only: agent_id, set when the event comes from inside a subagent.', resolve: hookFields.agentId }),
}));

prepareEventFields({
  hookEvent: (event) => jsonString(hookFields.hookEvent(event)),
  toolName: (event) => jsonString(hookFields.toolName(event)),
  toolUseId: (event) => jsonString(hookFields.toolUseId(event)),
  agentId: (event) => jsonString(hookFields.agentId(event)),
});

/**
 * Which of a task's sessions a card shows: one a person must act on first, then one that is
 * working, then other live ones, then the newest finished one (an old failure under a newer run
 * that ended well is history, not news).
 */
const LIVE_RANK: Record<string, number> = { NEEDS_INPUT: 0, WORKING: 1, STALE: 2, STARTING: 3, IDLE: 4 };
export function pickLiveSession<T extends { status: string; createdAt: Date; id: string }>(sessions: readonly T[]): T | null {
  const rank = (s: T) => LIVE_RANK[s.status] ?? 5;
  return [...sessions].sort((a, b) => rank(a) - rank(b) || b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))[0] ?? null;
}

builder.prismaObjectFields('Task', (t) => ({
  liveSession: t.loadable({
    type: SessionRef,
    nullable: true,
    description:
      'The linked session to show on the task\'s card: one needing input first, then working, stale, starting, idle, else the newest; ' +
      'null when none is linked. Batched: one query for every task in a response.',
    load: async (taskIds: string[], ctx: Context) => {
      const links = await ctx.store.prisma.sessionTask.findMany({ where: { taskId: { in: taskIds } }, include: { session: true } });
      return taskIds.map((id) => pickLiveSession(links.filter((l) => l.taskId === id).map((l) => l.session)));
    },
    resolve: (task) => task.id,
  }),

  sessions: t.prismaConnection({
    ...CONNECTION_LIMITS,
    type: 'Session',
    cursor: 'id',
    description: 'Sessions working on this task, newest first.',
    resolve: (query, task, _args, ctx) =>
      ctx.store.prisma.session.findMany({ ...query, where: { tasks: { some: { taskId: task.id } } }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
    totalCount: (task, _args, ctx) => ctx.store.prisma.sessionTask.count({ where: { taskId: task.id } }),
  }),
}));

builder.prismaObjectFields('Project', (t) => ({
  sessionsNeedingInput: t.loadable({
    type: 'Int',
    description: 'How many of the project\'s sessions wait on a person now (status NEEDS_INPUT). Batched: one query for every project in a response.',
    load: async (projectIds: string[], ctx: Context) => {
      const groups = await ctx.store.prisma.session.groupBy({ by: ['projectId'], where: { projectId: { in: projectIds }, status: 'NEEDS_INPUT' }, _count: { _all: true } });
      return projectIds.map((id) => groups.find((g) => g.projectId === id)?._count._all ?? 0);
    },
    resolve: (project) => project.id,
  }),
}));

type SessionArgs = { projectId?: { id: string } | null; taskId?: { id: string } | null; status?: string | null };
const sessionWhere = ({ projectId, taskId, status }: SessionArgs, viewer: Context['viewer']) => ({
  ...(projectId ? { projectId: projectId.id } : {}),
  ...projectWhere(viewer),
  ...(taskId ? { tasks: { some: { taskId: taskId.id } } } : {}),
  ...(status ? { status } : {}),
});

builder.queryFields((t) => ({
  sessions: t.prismaConnection({
    ...CONNECTION_LIMITS,
    type: 'Session',
    cursor: 'id',
    description: 'Sessions, newest first, optionally only a project\'s, a task\'s or those with one status.',
    args: {
      projectId: t.arg.globalID({ required: false, for: ProjectRef, description: 'Only this project\'s sessions.' }),
      taskId: t.arg.globalID({ required: false, for: TaskRef, description: 'Only sessions linked to this task.' }),
      status: t.arg({ type: SessionStatusEnum, required: false, description: 'Only sessions with this status.' }),
    },
    authScopes: rules.optionalProjectArg,
    resolve: (query, _root, args, ctx) => ctx.store.prisma.session.findMany({ ...query, where: sessionWhere(args, ctx.viewer), orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
    totalCount: (_root, args, ctx) => ctx.store.prisma.session.count({ where: sessionWhere(args, ctx.viewer) }),
  }),
  session: t.prismaField({
    type: 'Session',
    nullable: true,
    description: 'One session by global ID; null when it does not exist.',
    args: { id: t.arg.globalID({ required: true, for: SessionRef, description: 'The session\'s global ID.' }) },
    resolve: (query, _root, { id }, ctx) => ctx.store.prisma.session.findUnique({ ...query, where: { id: id.id } }),
  }),
}));
