/**
 * spawnSession, stopSession, Session.spawn / Session.skills, and the runner protocol (runner* mutations,
 * pendingSpawns). Resolvers only translate IDs and call src/services/spawn.ts.
 */
import { hostname } from 'node:os';
import { GraphQLError } from 'graphql';
import { builder } from '../../builder.ts';
import type { PermissionMode } from '../../client/claude-permissions.ts';
import type { Spawn } from '../../generated/prisma/client.ts';
import {
  claimSpawn,
  cleanupSessionWorktree,
  ForbiddenError,
  globalId,
  pendingSpawns,
  recordLaunch,
  renewLeases,
  reportExit,
  reportLaunched,
  spawnOf,
  spawnSession,
  stopSession,
  worktreeOf,
  type Caller,
} from '../../services/spawn.ts';
import type { Context } from '../../context.ts';
import { forbidden, rules } from '../../auth/scopes.ts';
import { COMMON_ERRORS } from '../errors.ts';
import { parseGlobalId } from '../ids.ts';
import { SessionRef, SessionRoleEnum } from './types.ts';

const sessionId = (value: string | number, field = 'sessionId') => parseGlobalId(String(value), 'Session', ['input', field]);

type SkillRecord = { name: string; version: string; contentHash: string; scope: string; reason?: string; requiredBy?: string | null; source?: string };

const SessionSkillRef = builder.objectRef<SkillRecord>('SessionSkill').implement({
  description: 'A skill a spawned session was given: exactly this version and content.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Skill name.' }),
    version: t.exposeString('version', { description: 'Its manifest version (semver).' }),
    contentHash: t.exposeString('contentHash', { description: 'sha256 of its files: with the version, the skill\'s identity.' }),
    scope: t.exposeString('scope', { description: 'Where it came from: BUNDLED, USER or PROJECT.' }),
    reason: t.string({ nullable: true, description: 'Why the session got it: role, requested or dependency.', resolve: (s) => s.reason ?? null }),
  }),
});

const parseSkills = (text: string): SkillRecord[] => {
  try {
    return JSON.parse(text) as SkillRecord[];
  } catch {
    return [];
  }
};

const SpawnStateEnum = builder.enumType('SpawnState', {
  description: 'Where the launch of a spawned session is.',
  values: {
    REQUESTED: { description: 'Waiting for a runner.' },
    CLAIMED: { description: 'A runner holds the request and prepares the session.' },
    LAUNCHING: { description: 'The launch record is written; the agent process is being started.' },
    RUNNING: { description: 'The agent process runs under a runner\'s supervision.' },
    EXITED: { description: 'The agent process exited (or the request was stopped before launch).' },
  },
});

const SessionWorktreeRef = builder.objectRef<NonNullable<ReturnType<typeof worktreeOf>>>('SessionWorktree').implement({
  description: 'The git worktree a session was spawned in (spawnSession(input: { worktree: true })).',
  fields: (t) => ({
    path: t.exposeString('path', { description: 'The worktree\'s directory: the agent\'s working directory.' }),
    branch: t.exposeString('branch', { description: 'Its branch, maestro/<short session id>, made from the repository\'s HEAD at spawn time.' }),
    repository: t.exposeString('repository', { description: 'The repository it belongs to (its top-level directory).' }),
    removedAt: t.string({ nullable: true, description: 'When cleanupSessionWorktree removed worktree and branch (ISO 8601); null while they exist.', resolve: (w) => w.removedAt }),
  }),
});

const SessionSpawnRef = builder.objectRef<Spawn>('SessionSpawn').implement({
  description: 'How a spawned session was launched and how its process ended.',
  fields: (t) => ({
    state: t.field({ type: SpawnStateEnum, description: 'Where the launch is: REQUESTED, CLAIMED, LAUNCHING, RUNNING, then EXITED.', resolve: (s) => s.state as 'REQUESTED' }),
    agent: t.exposeString('agent', { description: 'The agent profile it was spawned with (its name; the command line stays in the server\'s configuration).' }),
    model: t.exposeString('model', { description: 'The model asked for ("" = the agent\'s default).' }),
    source: t.exposeString('source', { description: 'API (a person or integrator) or SESSION (an orchestrator session).' }),
    runnerId: t.exposeString('claimedBy', { nullable: true, description: 'The runner holding (or that held) the request.' }),
    attempts: t.exposeInt('attempts', { description: 'Launch records written (more than 1 after a runner died before the process started).' }),
    pid: t.exposeInt('pid', { nullable: true, description: 'Process id of the launched process, leader of the agent\'s process group: the agent for an argv profile, the /bin/sh running it for a command-line profile.' }),
    launchedAt: t.expose('launchedAt', { type: 'DateTime', nullable: true, description: 'When the agent process started (or was adopted).' }),
    exitCode: t.exposeInt('exitCode', { nullable: true, description: 'Exit code of the agent process; null while it runs, when a signal ended it, or when its exit status is unknown (adopted after a takeover, or stopped before launch).' }),
    exitSignal: t.exposeString('exitSignal', { nullable: true, description: 'The signal that ended it, if any.' }),
    outputTail: t.exposeString('outputTail', { nullable: true, description: 'The last lines it wrote to stdout/stderr.' }),
    stopRequestedAt: t.expose('stopRequestedAt', { type: 'DateTime', nullable: true, description: 'When stopSession was called.' }),
    exitedAt: t.expose('exitedAt', { type: 'DateTime', nullable: true, description: 'When the exit was recorded.' }),
    sessionDir: t.exposeString('sessionDir', { description: 'The session directory (manifest, skills, hooks settings, output.log).' }),
    manifestPath: t.string({ description: 'The manifest handed to the agent (MAESTRO_MANIFEST_PATH).', resolve: (s) => `${s.sessionDir}/manifest.json` }),
    worktree: t.field({ type: SessionWorktreeRef, nullable: true, description: 'The git worktree it runs in; null when spawned without one.', resolve: (s) => worktreeOf(s.sessionDir) }),
  }),
});

builder.objectFields(SessionRef, (t) => ({
  spawn: t.field({
    type: SessionSpawnRef,
    nullable: true,
    description: 'Launch and process details, for sessions created by spawnSession (null for sessions registered by hand).',
    resolve: (s, _args, ctx) => spawnOf(ctx.store, s.id),
  }),
  skills: t.field({
    type: [SessionSkillRef],
    description: 'The skills (exact versions and content hashes) the session was spawned with; empty when not spawned.',
    resolve: async (s, _args, ctx) => parseSkills((await spawnOf(ctx.store, s.id))?.skills ?? '[]'),
  }),
}));

const SpawnSessionInput = builder.inputType('SpawnSessionInput', {
  description: 'A session to launch through a runner.',
  fields: (t) => ({
    projectId: t.id({ required: true, description: 'The project\'s global ID.' }),
    taskIds: t.idList({ description: 'Tasks of the project the session works on.' }),
    role: t.field({ type: SessionRoleEnum, description: 'Default WORKER. Workers get maestro-worker and maestro-cli, orchestrators maestro-orchestrator and maestro-cli.' }),
    skills: t.stringList({ description: 'More skills by name; their dependencies are added.' }),
    agent: t.string({
      description:
        'The name of an agent profile configured on the server (see agentProfiles); default: the server\'s default profile (built in: claude). ' +
        'Never a command line: an unknown name is a ValidationError listing the configured names.',
    }),
    prompt: t.string({ description: 'The prompt, handed over as MAESTRO_PROMPT (never spliced into a command line). Default: composed from the role and the tasks.' }),
    model: t.string({ description: 'Model for the agent, handed over as MAESTRO_MODEL (never spliced into a command line).' }),
    cwd: t.string({ description: 'The agent\'s working directory, an existing absolute path. Default: the project\'s workingDir, else the session directory.' }),
    permissionMode: t.string({
      description:
        'Claude Code\'s permission mode for the agent, written into the session\'s settings.json as permissions.defaultMode: default, acceptEdits, plan or bypassPermissions ' +
        '(as root, bypassPermissions needs IS_SANDBOX=1 in the server\'s environment). Without it the agent may run only `maestro` commands without asking. ' +
        'A session spawning a child cannot widen its own mode: the child gets the parent\'s.',
    }),
    worktree: t.boolean({
      description:
        'Run the agent in a new git worktree of the working directory\'s repository, on a new branch maestro/<short session id> from its current HEAD. ' +
        'It stays after the session ends (cleanupSessionWorktree removes it). A ValidationError when the directory is not in a git repository or the branch exists.',
    }),
    parentSessionId: t.id({ description: 'The orchestrator session spawning it. Implied when the request carries a session token.' }),
    name: t.string({ description: 'Human name.' }),
    clientMutationId: t.string({ description: 'Retrying with the same id returns the first result (without the token) instead of spawning twice.' }),
  }),
});

type SpawnPayload = { sessionId: string; token: string | null; manifestPath: string; skills: SkillRecord[] };

const SpawnSessionPayload = builder.objectRef<SpawnPayload>('SpawnSessionPayload').implement({
  description: 'The session is created (STARTING) and SPAWN_REQUESTED appended; a runner launches it.',
  fields: (t) => ({
    session: t.field({ type: SessionRef, nullable: false, description: 'The new session.', resolve: (p, _args, ctx) => ctx.store.prisma.session.findUniqueOrThrow({ where: { id: p.sessionId } }) }),
    token: t.exposeString('token', { nullable: true, description: 'The session token, shown only here (null on a clientMutationId retry). The agent gets it as MAESTRO_TOKEN.' }),
    manifestPath: t.exposeString('manifestPath', { description: 'The manifest written for the session.' }),
    skills: t.field({ type: [SessionSkillRef], description: 'The skills it gets, dependencies first.', resolve: (p) => p.skills }),
  }),
});

/** The session whose token authenticated this request (agent-initiated spawn), or null for the operator. */
function callerOf(ctx: Context): Caller {
  return ctx.viewer.kind === 'session' ? { sessionId: ctx.viewer.sessionId, projectId: ctx.viewer.projectId } : null;
}

async function forbiddenAsGraphQL<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ForbiddenError) throw new GraphQLError(error.message, { extensions: { code: 'FORBIDDEN' } });
    throw error;
  }
}

const CleanupSessionWorktreeInput = builder.inputType('CleanupSessionWorktreeInput', {
  description: 'A spawned session whose worktree to remove.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The session\'s global ID.' }),
    force: t.boolean({ description: 'Remove even when the branch is not merged into the repository\'s HEAD or the worktree has uncommitted changes (they are lost).' }),
  }),
});

const StopSessionInput = builder.inputType('StopSessionInput', {
  description: 'A spawned session to stop.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The session\'s global ID.' }),
    graceMs: t.int({ description: 'Milliseconds between SIGTERM and SIGKILL (default 5000).' }),
  }),
});

builder.mutationFields((t) => ({
  spawnSession: t.field({
    type: SpawnSessionPayload,
    description:
      'Creates a session (STARTING) with its token and manifest and appends SPAWN_REQUESTED; a runner launches the agent. ' +
      'With a session token in Authorization, only ORCHESTRATOR sessions may spawn (FORBIDDEN otherwise) and the new session is their child.',
    args: { input: t.arg({ type: SpawnSessionInput, required: true, description: 'What to spawn.' }) },
    authScopes: rules.orchestratorInProject,
    unauthorizedError: () => forbidden('Only orchestrator sessions may spawn sessions, and only in their own project.'),
    errors: { types: [...COMMON_ERRORS], directResult: true },
    resolve: (_root, { input }, ctx) =>
      forbiddenAsGraphQL(async () => {
        const caller = callerOf(ctx);
        const projectId = parseGlobalId(String(input.projectId), 'Project', ['input', 'projectId']);
        return spawnSession(ctx.store, ctx.spawn, ctx.actor, caller, {
          ...input,
          projectId,
          taskIds: input.taskIds?.map((id, i) => parseGlobalId(String(id), 'Task', ['input', `taskIds.${i}`])),
          parentSessionId: input.parentSessionId == null ? null : sessionId(input.parentSessionId, 'parentSessionId'),
          // Validated (against Claude Code's modes) by the service.
          permissionMode: input.permissionMode as PermissionMode | null | undefined,
        });
      }),
  }),
  stopSession: t.field({
    type: SessionRef,
    description: 'Stops a spawned session: its runner sends SIGTERM, then SIGKILL after graceMs; appends SESSION_STOP_REQUESTED, then SESSION_EXITED.',
    args: { input: t.arg({ type: StopSessionInput, required: true, description: 'The session.' }) },
    authScopes: rules.orchestratorOverSession,
    errors: { types: [...COMMON_ERRORS], dataField: { name: 'session', description: 'The session.' }, result: { description: 'The stop was requested.' } },
    resolve: (_root, { input }, ctx) => stopSession(ctx.store, ctx.actor, sessionId(input.id, 'id'), { graceMs: input.graceMs }),
  }),
  cleanupSessionWorktree: t.field({
    type: SessionRef,
    description: 'Removes the git worktree and branch of a spawned session whose agent has exited: only when the branch is merged into the repository\'s HEAD, unless force.',
    args: { input: t.arg({ type: CleanupSessionWorktreeInput, required: true, description: 'The session.' }) },
    authScopes: rules.orchestratorOverSession,
    errors: { types: [...COMMON_ERRORS], dataField: { name: 'session', description: 'The session.' }, result: { description: 'Worktree and branch are removed.' } },
    resolve: (_root, { input }, ctx) => cleanupSessionWorktree(ctx.store, sessionId(input.id, 'id'), { force: input.force }),
  }),
}));

// ---------------------------------------------------------------------------------------------
// The runner protocol (used by src/runner through the client library).

type ClaimPayload = Awaited<ReturnType<typeof claimSpawn>>;

const RunnerClaimSpawnPayload = builder.objectRef<ClaimPayload>('RunnerClaimSpawnPayload').implement({
  description: 'runnerClaimSpawn answered: when claimed, everything the runner needs to launch; otherwise another runner holds the request.',
  fields: (t) => ({
    claimed: t.exposeBoolean('claimed', { description: 'This runner now holds the request.' }),
    previousState: t.exposeString('previousState', { nullable: true, description: 'REQUESTED, or CLAIMED/LAUNCHING/RUNNING for a takeover after a lease ran out.' }),
    previousLaunchId: t.exposeString('previousLaunchId', { nullable: true, description: 'The launch attempt of the previous holder.' }),
    previousPid: t.exposeInt('previousPid', { nullable: true, description: 'Its pid, if it reported one.' }),
    previousHost: t.exposeString('previousHost', { nullable: true, description: 'Host name the previous holder launched on; null when it recorded no launch.' }),
    sessionDir: t.string({ nullable: true, description: 'The session directory (manifest, skills, hooks settings, output.log); null when not claimed.', resolve: (c) => c.spawn?.sessionDir ?? null }),
    agent: t.string({ nullable: true, description: 'The agent profile\'s name (its command is in the session\'s manifest).', resolve: (c) => c.spawn?.agent ?? null }),
    prompt: t.string({ nullable: true, description: 'The prompt to start the agent with; null when not claimed.', resolve: (c) => c.spawn?.prompt ?? null }),
    model: t.string({ nullable: true, description: 'The model asked for ("" = the agent\'s default); null when not claimed.', resolve: (c) => c.spawn?.model ?? null }),
    stopRequested: t.boolean({ description: 'stopSession was called already.', resolve: (c) => c.spawn?.stopRequestedAt != null }),
    session: t.field({
      type: SessionRef,
      nullable: true,
      description: 'The session to launch; null when not claimed.',
      resolve: (c, _args, ctx) => (c.spawn ? ctx.store.prisma.session.findUnique({ where: { id: c.spawn.sessionId } }) : null),
    }),
    taskIds: t.idList({
      description: 'Global IDs of the session\'s tasks, oldest link first; empty when not claimed.',
      resolve: async (c, _args, ctx) => (c.spawn ? (await ctx.store.prisma.sessionTask.findMany({ where: { sessionId: c.spawn.sessionId }, orderBy: { createdAt: 'asc' } })).map((r) => globalId('Task', r.taskId)) : []),
    }),
  }),
});

type RunnerAck = { ok: boolean; stopRequested?: boolean; stopGraceMs?: number | null };

// runnerRecordLaunch, runnerReportLaunched and runnerReportExit answer alike, but each mutation has its
// own <Mutation>Payload type (the member of its result union) so one can grow a field alone.
const runnerAckPayload = (name: string, description: string) =>
  builder.objectRef<RunnerAck>(name).implement({
    description,
    fields: (t) => ({
      ok: t.exposeBoolean('ok', { description: 'Accepted. false: this runner no longer holds the request (its lease ran out and another runner took it, or the attempt is not the current one).' }),
      stopRequested: t.boolean({ description: 'stopSession was called for this session: stop the agent.', resolve: (a) => a.stopRequested ?? false }),
      stopGraceMs: t.int({ nullable: true, description: 'Milliseconds between SIGTERM and SIGKILL for the requested stop; null when no stop was requested.', resolve: (a) => a.stopGraceMs ?? null }),
    }),
  });
const RunnerRecordLaunchPayload = runnerAckPayload('RunnerRecordLaunchPayload', 'runnerRecordLaunch answered: with ok, the launch record is committed and the agent may be executed; without, do not exec.');
const RunnerReportLaunchedPayload = runnerAckPayload('RunnerReportLaunchedPayload', 'runnerReportLaunched answered: whether the running process was recorded.');
const RunnerReportExitPayload = runnerAckPayload('RunnerReportExitPayload', 'runnerReportExit answered: whether the exit was recorded.');

const RunnerLeaseRef = builder.objectRef<Awaited<ReturnType<typeof renewLeases>>[number]>('RunnerLease').implement({
  description: 'One spawn request after a heartbeat: whether this runner still holds it and whether it should stop.',
  fields: (t) => ({
    sessionId: t.id({ description: 'The spawned session\'s global ID, as sent.', resolve: (l) => globalId('Session', l.sessionId) }),
    held: t.exposeBoolean('held', { description: 'This runner still holds the request and its lease was renewed. false: stop supervising it (another runner took over, or it exited).' }),
    stopRequested: t.exposeBoolean('stopRequested', { description: 'stopSession was called for this session: stop the agent.' }),
    stopGraceMs: t.exposeInt('stopGraceMs', { nullable: true, description: 'Milliseconds between SIGTERM and SIGKILL for the requested stop; null when none was requested.' }),
  }),
});


const ClaimInput = builder.inputType('RunnerClaimSpawnInput', {
  description: 'A runner asking to hold one spawn request.',
  fields: (t) => ({
    sessionId: t.id({ required: true, description: 'The spawned session\'s global ID.' }),
    runnerId: t.string({ required: true, description: 'The runner\'s id (host:pid:random).' }),
    leaseMs: t.int({ required: true, description: 'Lease length in milliseconds (200–600 000); renew it with runnerRenewLeases before it runs out.' }),
  }),
});
const RecordLaunchInput = builder.inputType('RunnerRecordLaunchInput', {
  description: 'The launch record, written before exec.',
  fields: (t) => ({
    sessionId: t.id({ required: true, description: 'The spawned session\'s global ID.' }),
    runnerId: t.string({ required: true, description: 'The runner\'s id (host:pid:random).' }),
    launchId: t.string({ required: true, description: 'Id of this launch attempt (the process gets it as MAESTRO_LAUNCH_ID).' }),
    leaseMs: t.int({ required: true, description: 'New lease length in milliseconds (200–600 000), counted from now.' }),
  }),
});
const LaunchedInput = builder.inputType('RunnerReportLaunchedInput', {
  description: 'The agent process is running.',
  fields: (t) => ({
    sessionId: t.id({ required: true, description: 'The spawned session\'s global ID.' }),
    runnerId: t.string({ required: true, description: 'The runner\'s id (host:pid:random).' }),
    launchId: t.string({ required: true, description: 'The launch attempt, as recorded with runnerRecordLaunch.' }),
    pid: t.int({ required: true, description: 'Process id of the launched agent.' }),
    adopted: t.boolean({ description: 'Adopted after a takeover, not started by this runner.' }),
  }),
});
const RenewInput = builder.inputType('RunnerRenewLeasesInput', {
  description: 'A runner\'s heartbeat: renew the leases it holds.',
  fields: (t) => ({
    runnerId: t.string({ required: true, description: 'The runner\'s id (host:pid:random).' }),
    sessionIds: t.idList({ required: true, description: 'Global IDs of the spawned sessions this runner supervises.' }),
    leaseMs: t.int({ required: true, description: 'New lease length in milliseconds (200–600 000), counted from now.' }),
  }),
});
const ExitInput = builder.inputType('RunnerReportExitInput', {
  description: 'The agent process exited, or could not be started.',
  fields: (t) => ({
    sessionId: t.id({ required: true, description: 'The spawned session\'s global ID.' }),
    runnerId: t.string({ required: true, description: 'The runner\'s id (host:pid:random).' }),
    launchId: t.string({ description: 'The launch attempt (null when none was recorded).' }),
    exitCode: t.int({ description: 'The process\'s exit code; omit when a signal ended it or it never started.' }),
    signal: t.string({ description: 'Name of the signal that ended it (for example SIGTERM); omit when it exited by itself.' }),
    outputTail: t.string({ description: 'The last lines of its output.' }),
    reason: t.string({ description: 'Why there is no exit status, for example why the agent could not be started.' }),
  }),
});

builder.queryFields((t) => ({
  pendingSpawns: t.idList({
    description: 'For runners: spawn requests that may be claimed now (never claimed, or their holder\'s lease ran out), oldest first.',
    args: { first: t.arg.int({ description: 'At most this many (default 100).' }) },
    authScopes: rules.operatorOnly,
    resolve: async (_root, args, ctx) => (await pendingSpawns(ctx.store, args.first ?? 100)).map((s) => globalId('Session', s.sessionId)),
  }),
}));

builder.mutationFields((t) => ({
  runnerClaimSpawn: t.field({
    authScopes: rules.operatorOnly,
    type: RunnerClaimSpawnPayload,
    description: 'For runners: atomically claims a spawn request (exactly one runner wins) and appends SPAWN_CLAIMED.',
    args: { input: t.arg({ type: ClaimInput, required: true, description: 'The claim.' }) },
    errors: { types: [...COMMON_ERRORS], directResult: true },
    resolve: (_root, { input }, ctx) => claimSpawn(ctx.store, ctx.actor, sessionId(input.sessionId), input.runnerId, input.leaseMs),
  }),
  runnerRecordLaunch: t.field({
    authScopes: rules.operatorOnly,
    type: RunnerRecordLaunchPayload,
    description: 'For runners: the launch record, committed before the agent is executed. ok=false: the lease was lost, do not exec.',
    args: { input: t.arg({ type: RecordLaunchInput, required: true, description: 'The launch.' }) },
    errors: { types: [...COMMON_ERRORS], directResult: true },
    resolve: (_root, { input }, ctx) => recordLaunch(ctx.store, sessionId(input.sessionId), input.runnerId, input.launchId, hostname(), input.leaseMs),
  }),
  runnerReportLaunched: t.field({
    authScopes: rules.operatorOnly,
    type: RunnerReportLaunchedPayload,
    description: 'For runners: the agent process is running; appends SESSION_LAUNCHED.',
    args: { input: t.arg({ type: LaunchedInput, required: true, description: 'The process.' }) },
    errors: { types: [...COMMON_ERRORS], directResult: true },
    resolve: (_root, { input }, ctx) => reportLaunched(ctx.store, ctx.actor, sessionId(input.sessionId), input.runnerId, input.launchId, input.pid, input.adopted ?? false),
  }),
  runnerRenewLeases: t.field({
    authScopes: rules.operatorOnly,
    type: [RunnerLeaseRef],
    description: 'For runners: heartbeat renewing the leases it holds.',
    args: { input: t.arg({ type: RenewInput, required: true, description: 'The heartbeat.' }) },
    errors: {
      types: [...COMMON_ERRORS],
      dataField: { name: 'leases', description: 'One entry per session ID sent that names a spawn request, in no particular order.' },
      result: { description: 'The leases this runner still holds were renewed.' },
    },
    resolve: (_root, { input }, ctx) => renewLeases(ctx.store, input.runnerId, input.sessionIds.map((id) => sessionId(id, 'sessionIds')), input.leaseMs),
  }),
  runnerReportExit: t.field({
    authScopes: rules.operatorOnly,
    type: RunnerReportExitPayload,
    description: 'For runners: the agent process exited; appends SESSION_EXITED and sets ENDED (exit 0, or a requested stop) or FAILED.',
    args: { input: t.arg({ type: ExitInput, required: true, description: 'The exit.' }) },
    errors: { types: [...COMMON_ERRORS], directResult: true },
    resolve: (_root, { input }, ctx) =>
      reportExit(ctx.store, ctx.actor, sessionId(input.sessionId), input.runnerId, input.launchId ?? null, {
        exitCode: input.exitCode,
        signal: input.signal,
        outputTail: input.outputTail,
        reason: input.reason,
      }),
  }),
}));
