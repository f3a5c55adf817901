/**
 * Spawning sessions and the runner's side of the protocol (issue 7, "Spawn and runner").
 *
 * spawnSession creates the session (STARTING), its token, its Spawn row (state REQUESTED), writes the
 * session directory's manifest.json and token file, and appends SESSION_CREATED + SPAWN_REQUESTED —
 * all inside one transaction (the files are written before the commit; a failed commit leaves an
 * orphan directory, never a request without its manifest).
 *
 * `agent` names an agent profile of the server's configuration (src/agents); the profile's command is
 * resolved here and written into the manifest, which is what every runner executes. A client never
 * supplies a command line; its prompt and model travel as data (manifest, Spawn row, environment).
 *
 * Runners (src/runner) then move a request through REQUESTED → CLAIMED → LAUNCHING → RUNNING →
 * EXITED. Every step is a conditional update (compare-and-swap on state, claimedBy, launchId and the
 * lease) inside one transaction, so two runners can never both hold a request. The lease is renewed
 * by the holder; when it runs out another runner may take the request over:
 *   - CLAIMED: nothing was executed (exec happens only after the LAUNCHING record commits) → relaunch;
 *   - LAUNCHING / RUNNING: the runner checks the launch's pid file (written by the launched shell
 *     itself) and adopts the live process, records its exit, or relaunches when it never started.
 *     A runner of another host cannot see that pid file: it may take over only once the launching
 *     host is dead (the fencing rule, src/services/runner-hosts.ts).
 * Runners may live on other machines: the claim reply carries what they need to write the session
 * directory under their own data directory (manifest, token, the pinned skills' files).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync, openSync, fsyncSync, closeSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { z } from 'zod';
import type { DomainRows, Emit, Store, Tx } from '../store/types.ts';
import type { Spawn } from '../generated/prisma/client.ts';
import { forceStatus } from '../hooks/store.ts';
import { emptyDerived } from '../hooks/state.ts';
import { catalogFor } from '../skills/project.ts';
import { resolveSkills, type ResolvedSkill } from '../skills/resolve.ts';
import type { AgentProfile, AgentProfiles } from '../agents/profiles.ts';
import { bypassRefusal } from '../agents/sandbox.ts';
import { PERMISSION_MODES, type PermissionMode } from '../client/claude-permissions.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import { findReceipt, saveReceipt } from './receipts.ts';
import { hashToken, SESSION_ROLES, type SessionRole } from './sessions.ts';
import { createWorktree, removeWorktree, type Worktree } from './worktree.ts';
import { LIMITS, parseInput } from './validation.ts';
import { takeoverFence, touchHost } from './runner-hosts.ts';
import { listFiles } from '../client/content-hash.ts';

/** Refusals that are not input errors: the schema turns them into GraphQL errors with extensions.code = FORBIDDEN. */
export class ForbiddenError extends Error {}

/**
 * One app's spawn settings, made by buildApp() and carried by the GraphQL context: where session
 * directories live, which URL agents report to (known once the server listens), the agent
 * profiles, and the user's skills directory.
 */
export type SpawnSettings = {
  dataDir: string;
  serverUrl: string;
  agents: AgentProfiles;
  userSkillsDir: string;
  /** A runner host silent this long is dead for the fencing rule (src/services/runner-hosts.ts). */
  hostDeadMs: number;
};

const sessionsRoot = (settings: SpawnSettings) => join(settings.dataDir, 'sessions');

/** Relay global IDs (base64 of "Type:id"), as the API and the CLI use them; the domain cannot import Pothos. */
export const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64');

/** Same format as createSession's tokens (sessionForToken accepts only this prefix). */
const createSessionToken = () => `mst_${randomBytes(32).toString('base64url')}`;

export type Caller = { sessionId: string; projectId: string } | null;

const SpawnInput = z.object({
  projectId: z.string().min(1),
  taskIds: z.array(z.string()).max(100, 'at most 100 tasks').nullish(),
  role: z.enum(SESSION_ROLES).nullish(),
  skills: z.array(z.string().max(100)).max(50, 'at most 50 skills').nullish(),
  /** A profile name, looked up in the server's configuration (never a command line). */
  agent: z.string().trim().max(64, 'agent must be at most 64 characters (it names an agent profile)').nullish(),
  prompt: z.string().max(64_000, 'prompt must be at most 64000 characters').nullish(),
  model: z.string().trim().max(200, 'model must be at most 200 characters').nullish(),
  cwd: z.string().max(LIMITS.path, `cwd must be at most ${LIMITS.path} characters`).nullish(),
  /** Claude Code's permission mode, written into the session's settings.json (permissions.defaultMode). */
  permissionMode: z.enum(PERMISSION_MODES, { error: () => `permissionMode must be one of ${PERMISSION_MODES.join(', ')} (Claude Code's permission modes)` }).nullish(),
  /** Run the agent in a new git worktree of the working directory's repository (src/services/worktree.ts). */
  worktree: z.boolean().nullish(),
  parentSessionId: z.string().nullish(),
  name: z.string().trim().max(LIMITS.name).nullish(),
  clientMutationId: z.string().nullish(),
});

export type SpawnResult = { sessionId: string; token: string | null; manifestPath: string; skills: ResolvedSkill[] };

function writeDurably(path: string, text: string, mode = 0o644) {
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, text, { mode });
  const fd = openSync(tmp, 'r');
  fsyncSync(fd);
  closeSync(fd);
  renameSync(tmp, path);
}

/**
 * The default prompt. It names the manifest by its absolute path and asks only for plain `maestro`
 * commands: Claude Code refuses any Bash command with a `$VAR` in it, even under an allow rule.
 */
export function composePrompt(role: SessionRole, tasks: { id: string; title: string }[], given: string | null | undefined, manifestPath: string): string {
  if (given && given.trim()) return given;
  const list = tasks.map((t) => `- ${t.title} (${globalId('Task', t.id)})`).join('\n') || '- (no task yet: ask your orchestrator)';
  const intro =
    role === 'ORCHESTRATOR'
      ? 'You are a Maestro orchestrator session. Follow the maestro-orchestrator skill: plan, spawn workers with `maestro session spawn`, watch their events, review, close.'
      : 'You are a Maestro worker session. Follow the maestro-worker skill: read your task with `maestro task show`, break it into subtasks with `maestro subtask add`, tick them off with `maestro subtask done`, say when you are blocked, finish.';
  return `${intro}\nTasks:\n${list}\nYour manifest: ${manifestPath} (or run \`maestro session show\`).`;
}

/**
 * Where the agent will run: the spawn's cwd, else the project's workingDir ('' when neither is set:
 * then the session directory). It must be an existing absolute directory — the runner starts the
 * agent there and nowhere else, and a relative path would depend on where the server was started.
 */
function agentWorkingDir(given: string | null | undefined, workingDir: string): string {
  const cwd = given || workingDir;
  if (!cwd) return '';
  const field = ['input', given ? 'cwd' : 'projectId'];
  const source = given ? 'cwd' : 'the project\'s workingDir';
  if (!isAbsolute(cwd)) throw ValidationError.field(field, `working directory ${cwd} must be an absolute path (${source})`);
  if (!existsSync(cwd)) throw ValidationError.field(field, `working directory ${cwd} does not exist on the server's machine (${source}): create it, or give another (cwd, or the project's workingDir)`);
  if (!statSync(cwd).isDirectory()) throw ValidationError.field(field, `working directory ${cwd} is not a directory (${source})`);
  return cwd;
}

/** The permission mode a spawned session's manifest records (null: none, or not spawned). */
function permissionModeOf(settings: SpawnSettings, sessionId: string): PermissionMode | null {
  try {
    const manifest = JSON.parse(readFileSync(join(sessionsRoot(settings), sessionId, 'manifest.json'), 'utf8')) as { permissionMode?: PermissionMode | null };
    return manifest.permissionMode ?? null;
  } catch {
    return null;
  }
}

/** Agent profiles as offered to clients (names and descriptions; the command lines stay in the server). */
export function agentProfiles(settings: SpawnSettings) {
  const { agents } = settings;
  return agents.list().map((p) => ({ name: p.name, description: p.description, isDefault: p.name === agents.defaultName }));
}

/** The profile a spawn request names (the default when it names none); an unknown name is a ValidationError listing the configured ones. */
function agentProfile(settings: SpawnSettings, name: string | null | undefined): AgentProfile {
  const profile = settings.agents.find(name);
  if (!profile) {
    throw ValidationError.field(['input', 'agent'], `no agent profile "${name}" is configured on this server; choose one of: ${settings.agents.names().join(', ')}`);
  }
  return profile;
}

/**
 * Creates a session to be launched by a runner. `caller` is the session whose token authenticated
 * the request (agent-initiated spawn): only ORCHESTRATOR sessions may spawn, only in their project,
 * and the new session becomes their child.
 */
export async function spawnSession(store: Store, settings: SpawnSettings, actor: string, caller: Caller, input: z.input<typeof SpawnInput>): Promise<SpawnResult> {
  const data = parseInput(SpawnInput, input);
  const role: SessionRole = data.role ?? 'WORKER';
  let parentId = data.parentSessionId ?? null;
  if (caller) {
    const me = await store.prisma.session.findUnique({ where: { id: caller.sessionId }, select: { role: true, projectId: true } });
    if (!me) throw new ForbiddenError('The session token belongs to a session that no longer exists.');
    if (me.role !== 'ORCHESTRATOR') throw new ForbiddenError(`Only orchestrator sessions may spawn sessions; session ${globalId('Session', caller.sessionId)} is a ${me.role.toLowerCase()}.`);
    if (data.projectId !== me.projectId) throw new ForbiddenError('A session may spawn sessions only in its own project.');
    if (parentId && parentId !== caller.sessionId) throw new ForbiddenError('A session may spawn only its own children (parentSessionId must be the calling session).');
    parentId = caller.sessionId;
    // A session may not give its child more than it has itself.
    const parentMode = permissionModeOf(settings, caller.sessionId);
    if (data.permissionMode && data.permissionMode !== parentMode) {
      throw new ForbiddenError(`A session may spawn children only with its own permission mode (${parentMode ?? 'none'}); ask the person running Maestro for another.`);
    }
    data.permissionMode = parentMode;
  }
  const profile = agentProfile(settings, data.agent);
  const bypass = data.permissionMode === 'bypassPermissions' ? bypassRefusal() : null;
  if (bypass) throw ValidationError.field(['input', 'permissionMode'], bypass);
  const catalog = await catalogFor(store, settings.userSkillsDir, data.projectId);
  const skills = resolveSkills(catalog, role === 'ORCHESTRATOR' ? 'orchestrator' : 'worker', data.skills ?? []);
  if (!settings.dataDir || !settings.serverUrl) throw new Error('spawnSession: the server has not configured its data directory and URL yet');

  const token = createSessionToken();
  // A worktree made by an attempt whose transaction then failed (or is retried) is removed again.
  let worktree: Worktree | null = null;
  try {
    return await store.withEvents(actor, async (tx, emit, rows) => {
      discardWorktree(worktree);
      worktree = null;
      return spawnInTransaction(tx, emit, rows);
    });
  } catch (error) {
    discardWorktree(worktree);
    throw error;
  }

  async function spawnInTransaction(tx: Tx, emit: Emit, rows: DomainRows) {
    const previous = await findReceipt<{ sessionId: string; manifestPath: string; skills: ResolvedSkill[] }>(rows, 'spawnSession', data.clientMutationId);
    if (previous) return { ...previous, token: null };
    const project = await tx.project.findUnique({ where: { id: data.projectId } });
    if (!project) throw new NotFoundError('Project', data.projectId);
    if (parentId) {
      const parent = await tx.session.findUnique({ where: { id: parentId }, select: { projectId: true, role: true } });
      if (!parent) throw new NotFoundError('Session', parentId);
      if (parent.projectId !== project.id) throw ValidationError.field(['input', 'parentSessionId'], 'the parent session belongs to another project');
      if (parent.role !== 'ORCHESTRATOR') throw new ForbiddenError('Only orchestrator sessions may have spawned children; the parent is a worker.');
    }
    const taskIds = [...new Set(data.taskIds ?? [])];
    const tasks = [];
    for (const [i, id] of taskIds.entries()) {
      const task = await tx.task.findUnique({ where: { id } });
      if (!task) throw new NotFoundError('Task', id);
      if (task.projectId !== project.id) throw ValidationError.field(['input', 'taskIds', String(i)], `task ${id} belongs to another project`);
      tasks.push(task);
    }
    const cwd = agentWorkingDir(data.cwd, project.workingDir);
    if (data.worktree && !cwd) throw ValidationError.field(['input', 'worktree'], 'a worktree needs a git repository: give the project a workingDir (or the spawn a cwd) inside one');
    let session = await tx.session.create({
      data: {
        projectId: project.id,
        name: data.name || `${role.toLowerCase()} ${tasks[0]?.title ?? project.name}`.slice(0, LIMITS.name),
        role,
        cwd,
        parentId,
        tokenHash: hashToken(token),
        // The model asked for is the session's model until a hook says otherwise: SessionStart at
        // startup names none, and a switch arrives as PostModelSwitch (src/hooks/state.ts).
        ...(data.model ? { derived: JSON.stringify({ ...emptyDerived(), model: data.model }) } : {}),
        tasks: { create: taskIds.map((taskId) => ({ taskId })) },
      },
    });
    const sessionDir = join(sessionsRoot(settings), session.id);
    const manifestPath = join(sessionDir, 'manifest.json');
    // Without a project folder the agent runs in its session directory; with a worktree, there. The session says so.
    worktree = data.worktree ? createWorktree(cwd, session.id, join(settings.dataDir, 'worktrees')) : null;
    if (!cwd || worktree) session = await tx.session.update({ where: { id: session.id }, data: { cwd: worktree?.path ?? sessionDir } });
    const prompt = composePrompt(role, tasks, data.prompt, manifestPath);
    const manifest = {
      version: 2,
      sessionId: globalId('Session', session.id),
      projectId: globalId('Project', project.id),
      parentSessionId: parentId ? globalId('Session', parentId) : null,
      role: role.toLowerCase(),
      serverUrl: settings.serverUrl,
      createdAt: session.createdAt.toISOString(),
      project: { id: globalId('Project', project.id), name: project.name, workingDir: project.workingDir },
      tasks: tasks.map((t) => ({
        id: globalId('Task', t.id),
        title: t.title,
        description: t.description,
        status: t.status,
        priority: t.priority,
        acceptanceCriteria: t.acceptanceCriteria,
      })),
      skills: skills.map((s) => ({ name: s.name, version: s.version, contentHash: s.contentHash, scope: s.scope, reason: s.reason, requiredBy: s.requiredBy, source: s.path })),
      // What the runner executes: resolved here, from server configuration, at spawn time.
      agent: { profile: profile.name, command: profile.command },
      model: data.model || null,
      cwd: session.cwd || null,
      permissionMode: data.permissionMode ?? null,
      worktree,
      prompt,
    };
    mkdirSync(sessionDir, { recursive: true, mode: 0o700 });
    writeDurably(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    // The runner hands the token to the agent (MAESTRO_TOKEN); only its hash is in the database.
    writeDurably(join(sessionDir, 'token'), token, 0o600);
    await tx.spawn.create({
      data: {
        sessionId: session.id,
        agent: profile.name,
        prompt,
        model: data.model ?? '',
        source: caller ? 'SESSION' : 'API',
        sessionDir,
        skills: JSON.stringify(manifest.skills),
      },
    });
    const { tokenHash: _hidden, derived: _derived, ...publicSession } = session;
    await emit({ kind: 'SESSION_CREATED', projectId: project.id, sessionId: session.id, payload: { session: publicSession, taskIds } });
    await emit({
      kind: 'SPAWN_REQUESTED',
      projectId: project.id,
      taskId: taskIds.length === 1 ? taskIds[0] : null,
      sessionId: session.id,
      payload: {
        sessionId: session.id,
        role,
        taskIds,
        parentSessionId: parentId,
        agent: profile.name,
        manifestPath,
        skills: skills.map((s) => ({ name: s.name, version: s.version, contentHash: s.contentHash, scope: s.scope })),
      },
    });
    const result = { sessionId: session.id, manifestPath, skills };
    await saveReceipt(rows, 'spawnSession', data.clientMutationId, result);
    return { ...result, token };
  }
}

// ---------------------------------------------------------------------------------------------
// Runner protocol

const LIVE_STATES = ['CLAIMED', 'LAUNCHING', 'RUNNING'];
const leaseMsSchema = z.number().int().min(200).max(600_000);

/** Requests a runner may claim now: never claimed, or held by a runner whose lease ran out. */
export async function pendingSpawns(store: Store, limit = 100, now = new Date()) {
  return store.prisma.spawn.findMany({
    where: { OR: [{ state: 'REQUESTED' }, { state: { in: LIVE_STATES }, leaseUntil: { lt: now } }] },
    orderBy: { createdAt: 'asc' },
    take: Math.min(Math.max(limit, 1), 500),
    select: { sessionId: true },
  });
}

export type Claim = {
  claimed: boolean;
  spawn: Spawn | null;
  /** The state the request was in when claimed: REQUESTED, or a takeover of CLAIMED / LAUNCHING / RUNNING. */
  previousState: string | null;
  previousLaunchId: string | null;
  previousPid: number | null;
  previousHost: string | null;
  /** Not claimed because of the fencing rule: why (null otherwise). */
  fenced: string | null;
};

async function loadSpawn(tx: Tx, sessionId: string) {
  const spawn = await tx.spawn.findUnique({ where: { sessionId } });
  if (!spawn) throw new NotFoundError('Session', sessionId, `Session ${sessionId} was not spawned by Maestro (no spawn request)`);
  return spawn;
}

/**
 * Takes the lease on a request if it is free (REQUESTED) or its holder's lease ran out, and the
 * fencing rule lets `hostId` take it over. Exactly one caller wins. The claim reports the host alive.
 */
export async function claimSpawn(store: Store, hostDeadMs: number, actor: string, sessionId: string, runnerId: string, hostId: string, leaseMs: number): Promise<Claim> {
  leaseMsSchema.parse(leaseMs);
  return store.withEvents(actor, async (tx, emit) => {
    const row = await loadSpawn(tx, sessionId);
    const now = new Date();
    await touchHost(tx, hostId, now);
    const free = row.state === 'REQUESTED' || (LIVE_STATES.includes(row.state) && row.leaseUntil !== null && row.leaseUntil < now);
    const none: Claim = { claimed: false, spawn: null, previousState: null, previousLaunchId: null, previousPid: null, previousHost: null, fenced: null };
    if (!free) return none;
    const fenced = await takeoverFence(tx, hostDeadMs, row.state, row.launchHost, hostId, now);
    if (fenced) return { ...none, fenced };
    const leaseUntil = new Date(now.getTime() + leaseMs);
    // Compare-and-swap: the row must still be exactly what we read.
    const { count } = await tx.spawn.updateMany({
      where: { sessionId, state: row.state, claimedBy: row.claimedBy, leaseUntil: row.leaseUntil, launchId: row.launchId },
      data: { state: row.state === 'REQUESTED' ? 'CLAIMED' : row.state, claimedBy: runnerId, claimedHost: hostId, claimedAt: now, leaseUntil },
    });
    if (count !== 1) return none;
    const session = await tx.session.findUniqueOrThrow({ where: { id: sessionId }, select: { projectId: true } });
    await emit({
      kind: 'SPAWN_CLAIMED',
      projectId: session.projectId,
      sessionId,
      payload: { sessionId, runnerId, hostId, leaseUntil, takeover: row.state !== 'REQUESTED', previousState: row.state, previousRunner: row.claimedBy, previousHost: row.launchHost, previousLaunchId: row.launchId },
    });
    return {
      claimed: true,
      spawn: await tx.spawn.findUniqueOrThrow({ where: { sessionId } }),
      previousState: row.state,
      previousLaunchId: row.launchId,
      previousPid: row.pid,
      previousHost: row.launchHost,
      fenced: null,
    };
  });
}

/** What a runner on another machine needs besides the Spawn row: the manifest and token the server wrote, the pinned skills' files. */
export function sessionFiles(spawn: Spawn): { manifest: string | null; token: string | null; skillFiles: { skill: string; path: string; contentBase64: string }[] } {
  const read = (name: string) => {
    try {
      return readFileSync(join(spawn.sessionDir, name), 'utf8');
    } catch {
      return null; // gone from the server's disk: the runner ends the session FAILED, saying what is missing
    }
  };
  const manifest = read('manifest.json');
  const token = read('token')?.trim() ?? null;
  if (manifest === null) return { manifest, token, skillFiles: [] };
  const skills = (JSON.parse(manifest) as { skills?: { name: string; source: string }[] }).skills ?? [];
  // The files as they are now: the runner checks their hash against the one pinned at spawn time.
  const skillFiles = skills.flatMap((skill) =>
    existsSync(skill.source) ? listFiles(skill.source).map((path) => ({ skill: skill.name, path, contentBase64: readFileSync(join(skill.source, path)).toString('base64') })) : [],
  );
  return { manifest, token, skillFiles };
}

/**
 * The launch record, committed before exec: from here on this attempt is `launchId`, and the agent may
 * be alive on the claimer's host (launchHost, what the fencing rule protects). False when the lease was lost.
 */
export async function recordLaunch(store: Store, sessionId: string, runnerId: string, launchId: string, leaseMs: number) {
  leaseMsSchema.parse(leaseMs);
  const now = new Date();
  const row = await store.prisma.spawn.findUnique({ where: { sessionId }, select: { claimedHost: true } });
  const { count } = await store.prisma.spawn.updateMany({
    where: { sessionId, claimedBy: runnerId, claimedHost: row?.claimedHost ?? null, state: { in: LIVE_STATES }, leaseUntil: { gt: now }, stopRequestedAt: null },
    data: { state: 'LAUNCHING', launchId, launchHost: row?.claimedHost ?? null, attempts: { increment: 1 }, leaseUntil: new Date(now.getTime() + leaseMs) },
  });
  return { ok: count === 1, leaseUntil: new Date(now.getTime() + leaseMs) };
}

/** The agent process of attempt `launchId` is running (started, or adopted after a takeover). */
export async function reportLaunched(store: Store, actor: string, sessionId: string, runnerId: string, launchId: string, pid: number, adopted: boolean) {
  return store.withEvents(actor, async (tx, emit) => {
    const now = new Date();
    const { count } = await tx.spawn.updateMany({
      where: { sessionId, claimedBy: runnerId, launchId, state: { in: ['LAUNCHING', 'RUNNING'] } },
      data: { state: 'RUNNING', pid, launchedAt: now },
    });
    const row = await loadSpawn(tx, sessionId);
    if (count === 1) {
      const session = await tx.session.findUniqueOrThrow({ where: { id: sessionId }, select: { projectId: true } });
      await emit({ kind: 'SESSION_LAUNCHED', projectId: session.projectId, sessionId, payload: { sessionId, runnerId, launchId, pid, adopted, attempt: row.attempts } });
    }
    return { ok: count === 1, stopRequested: row.stopRequestedAt !== null, stopGraceMs: row.stopGraceMs };
  });
}

/**
 * Heartbeat: reports the runner's host alive and renews the leases this runner still holds; says which
 * of them were asked to stop, and who holds the others (a runner whose request another host took over
 * stops its agent). With no session ids it is the host's heartbeat alone.
 */
export async function renewLeases(store: Store, runnerId: string, hostId: string, sessionIds: string[], leaseMs: number) {
  leaseMsSchema.parse(leaseMs);
  const now = new Date();
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const rows = await store.withEvents(`runner:${runnerId}`, async (tx) => {
    await touchHost(tx, hostId, now);
    await tx.spawn.updateMany({ where: { sessionId: { in: sessionIds }, claimedBy: runnerId, state: { in: LIVE_STATES } }, data: { leaseUntil } });
    return tx.spawn.findMany({ where: { sessionId: { in: sessionIds } }, select: { sessionId: true, claimedBy: true, claimedHost: true, state: true, stopRequestedAt: true, stopGraceMs: true } });
  });
  return rows.map((r) => ({
    sessionId: r.sessionId,
    held: r.claimedBy === runnerId && LIVE_STATES.includes(r.state),
    holderHost: r.state === 'EXITED' ? null : r.claimedHost,
    stopRequested: r.stopRequestedAt !== null,
    stopGraceMs: r.stopGraceMs,
  }));
}

const ExitInput = z.object({
  exitCode: z.number().int().nullish(),
  signal: z.string().max(32).nullish(),
  outputTail: z.string().max(16_384).nullish(),
  /** Why there is no exit status (the process exited while no runner supervised it, or never started). */
  reason: z.string().max(2000).nullish(),
});

/**
 * The attempt's process exited (or could not be started). Exit 0 → ENDED; a requested stop → ENDED;
 * non-zero, a signal, or a failure to start → FAILED; an exit nobody observed keeps ENDED when the
 * agent reported SessionEnd, else FAILED.
 */
export async function reportExit(store: Store, actor: string, sessionId: string, runnerId: string, launchId: string | null, input: z.input<typeof ExitInput>) {
  const data = parseInput(ExitInput, input);
  let sessionDir = '';
  return store.withEvents(actor, async (tx, emit) => {
    const row = await loadSpawn(tx, sessionId);
    sessionDir = row.sessionDir;
    if (row.claimedBy !== runnerId || (launchId !== null && row.launchId !== launchId) || row.state === 'EXITED') return { ok: false };
    const now = new Date();
    await tx.spawn.update({
      where: { sessionId },
      data: { state: 'EXITED', exitCode: data.exitCode ?? null, exitSignal: data.signal ?? null, outputTail: data.outputTail ?? null, exitedAt: now, leaseUntil: null },
    });
    const session = await tx.session.findUniqueOrThrow({ where: { id: sessionId } });
    const stopped = row.stopRequestedAt !== null;
    const how = data.signal ? `signal ${data.signal}` : data.exitCode != null ? `exit code ${data.exitCode}` : (data.reason ?? 'unknown exit status');
    await emit({
      kind: 'SESSION_EXITED',
      projectId: session.projectId,
      sessionId,
      payload: { sessionId, runnerId, launchId, exitCode: data.exitCode ?? null, signal: data.signal ?? null, stopped, reason: data.reason ?? null, outputTail: data.outputTail ?? '' },
    });
    if (stopped) await forceStatus(tx, emit, session, 'ENDED', `stopped by stopSession (${how})`, now);
    else if (data.exitCode === 0) await forceStatus(tx, emit, session, 'ENDED', 'process exited with code 0', now);
    else if (data.exitCode == null && data.signal == null && session.baseStatus === 'ENDED') {
      // Nobody saw the exit status, but the agent said SessionEnd: keep ENDED.
    } else await forceStatus(tx, emit, session, 'FAILED', `process ended: ${how}`, now);
    return { ok: true };
  }).then((result) => {
    // The session has ended and its token no longer works: the clear token goes from the server's disk
    // too (a runner on another machine removes its own copy).
    if (result.ok) rmSync(join(sessionDir, 'token'), { force: true });
    return result;
  });
}

const StopInput = z.object({ graceMs: z.number().int().min(0).max(600_000).nullish() });
export const DEFAULT_STOP_GRACE_MS = 5000;

/**
 * Asks the runner holding a spawned session to stop it: SIGTERM, then SIGKILL after `graceMs`.
 * A request no runner has claimed yet is ended at once. Stopping an exited session changes nothing.
 */
export async function stopSession(store: Store, actor: string, sessionId: string, input: z.input<typeof StopInput>) {
  const data = parseInput(StopInput, input);
  return store.withEvents(actor, async (tx, emit) => {
    const row = await loadSpawn(tx, sessionId);
    const session = await tx.session.findUniqueOrThrow({ where: { id: sessionId } });
    if (row.state === 'EXITED' || row.stopRequestedAt) return session;
    const now = new Date();
    const graceMs = data.graceMs ?? DEFAULT_STOP_GRACE_MS;
    await tx.spawn.update({ where: { sessionId }, data: { stopRequestedAt: now, stopGraceMs: graceMs } });
    await emit({ kind: 'SESSION_STOP_REQUESTED', projectId: session.projectId, sessionId, payload: { sessionId, graceMs, state: row.state } });
    if (row.state === 'REQUESTED') {
      await tx.spawn.update({ where: { sessionId }, data: { state: 'EXITED', exitedAt: now } });
      await emit({ kind: 'SESSION_EXITED', projectId: session.projectId, sessionId, payload: { sessionId, exitCode: null, signal: null, stopped: true, reason: 'stopped before any runner launched it', outputTail: '' } });
      await forceStatus(tx, emit, session, 'ENDED', 'stopped by stopSession before launch', now);
    }
    return tx.session.findUniqueOrThrow({ where: { id: sessionId } });
  });
}

/** Best effort: a worktree of a spawn that did not happen goes away (the spawn's own error is what the caller hears). */
function discardWorktree(worktree: Worktree | null) {
  if (!worktree) return;
  try {
    removeWorktree(worktree, true);
  } catch {
    /* left behind: `git worktree prune` and deleting the branch clean it up */
  }
}

/** The worktree a spawned session got (null: none), and when it was cleaned up, from its manifest. */
export function worktreeOf(sessionDir: string): (Worktree & { removedAt: string | null }) | null {
  try {
    const manifest = JSON.parse(readFileSync(join(sessionDir, 'manifest.json'), 'utf8')) as { worktree?: Worktree & { removedAt?: string } };
    return manifest.worktree ? { ...manifest.worktree, removedAt: manifest.worktree.removedAt ?? null } : null;
  } catch {
    return null;
  }
}

const CleanupInput = z.object({ force: z.boolean().nullish() });

/**
 * Removes a spawned session's worktree and branch once its agent has exited: only when the branch is
 * merged into the repository's HEAD, unless `force`. The manifest records when (cleaning up twice is
 * a ValidationError saying so).
 */
export async function cleanupSessionWorktree(store: Store, sessionId: string, input: z.input<typeof CleanupInput>) {
  const data = parseInput(CleanupInput, input);
  const spawn = await store.prisma.spawn.findUnique({ where: { sessionId } });
  if (!spawn) throw new NotFoundError('Session', sessionId, `Session ${sessionId} was not spawned by Maestro (it has no worktree)`);
  const worktree = worktreeOf(spawn.sessionDir);
  if (!worktree) throw ValidationError.field(['input', 'id'], 'the session was not spawned with a worktree');
  if (worktree.removedAt) throw ValidationError.field(['input', 'id'], `the session's worktree was already removed (${worktree.removedAt})`);
  if (spawn.state !== 'EXITED') throw ValidationError.field(['input', 'id'], 'the session\'s agent is still running: stop it (stopSession) or let it finish first');
  removeWorktree(worktree, data.force ?? false);
  const manifestPath = join(spawn.sessionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { worktree: Worktree & { removedAt?: string } };
  manifest.worktree.removedAt = new Date().toISOString();
  writeDurably(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return store.prisma.session.findUniqueOrThrow({ where: { id: sessionId } });
}

export async function spawnOf(store: Store, sessionId: string) {
  return store.prisma.spawn.findUnique({ where: { sessionId } });
}

