/**
 * Write rules for sessions. A session belongs to one project, works on any number of that project's
 * tasks, and has a bearer token that hooks send to /hooks/claude. The token is returned once, by
 * createSession; only its SHA-256 is stored, so a leaked database does not leak tokens.
 */
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Store, Tx } from '../store/types.ts';
import type { Session } from '../generated/prisma/client.ts';
import { forceStatus } from '../hooks/store.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import { LIMITS, nameField, parseInput } from './validation.ts';

export const SESSION_ROLES = ['WORKER', 'ORCHESTRATOR'] as const;
export type SessionRole = (typeof SESSION_ROLES)[number];
const TOKEN_PREFIX = 'mst_';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function newToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** Whether a bearer value has the shape of a session token (so it names a session, not the server token). */
export function isSessionToken(token: string): boolean {
  return token.startsWith(TOKEN_PREFIX);
}

export type SessionCredential = { id: string; projectId: string; role: SessionRole; status: string; ended: boolean };

/**
 * The session a token belongs to, read fresh (not cached): role and liveness change, and an ended
 * session's token must stop working at once. One indexed lookup by hash.
 */
export async function sessionCredential(store: Store, token: string): Promise<SessionCredential | null> {
  if (!isSessionToken(token) || token.length > 200) return null;
  const row = await store.prisma.session.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, projectId: true, role: true, baseStatus: true } });
  if (!row) return null;
  const ended = row.baseStatus === 'ENDED' || row.baseStatus === 'FAILED';
  return { id: row.id, projectId: row.projectId, role: row.role as SessionRole, status: row.baseStatus, ended };
}

/** Whether the session has ended (ENDED or FAILED), or no longer exists. */
export async function sessionHasEnded(store: Store, id: string): Promise<boolean> {
  const row = await store.prisma.session.findUnique({ where: { id }, select: { baseStatus: true } });
  return !row || row.baseStatus === 'ENDED' || row.baseStatus === 'FAILED';
}

export type TokenOwner = { id: string; projectId: string };
/** Per store: a token hash means something only in the database that stored it. */
const ownersByStore = new WeakMap<Store, Map<string, TokenOwner>>();
const OWNER_CACHE_MAX = 10_000;
function ownersOf(store: Store): Map<string, TokenOwner> {
  let owners = ownersByStore.get(store);
  if (!owners) ownersByStore.set(store, (owners = new Map()));
  return owners;
}

/**
 * The session a bearer token belongs to, or null, for the hook ingest path. Cached by hash: a token's
 * session and project never change, and the hook path calls this for every delivery. It does not say
 * whether the session is alive: hooks of an ended session are still stored (a SessionEnd or a late
 * delivery arrives after the end), for that session only. The API uses sessionCredential instead.
 * `forgetSession` drops a session that no longer exists.
 */
export async function sessionForToken(store: Store, token: string): Promise<TokenOwner | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const hash = hashToken(token);
  const owners = ownersOf(store);
  const cached = owners.get(hash);
  if (cached) return cached;
  const row = await store.prisma.session.findUnique({ where: { tokenHash: hash }, select: { id: true, projectId: true } });
  if (!row) return null;
  if (owners.size >= OWNER_CACHE_MAX) owners.clear();
  owners.set(hash, row);
  return row;
}

export function forgetSession(store: Store, id: string) {
  const owners = ownersOf(store);
  for (const [hash, owner] of owners) if (owner.id === id) owners.delete(hash);
}

const role = z.enum(SESSION_ROLES);
const optionalText = (label: string, max: number) => z.string().max(max, `${label} must be at most ${max} characters`).nullish();

const CreateSession = z.object({
  name: nameField('name').nullish(),
  role: role.nullish(),
  cwd: optionalText('cwd', LIMITS.path),
  agentSessionId: optionalText('agentSessionId', LIMITS.name),
  parentId: z.string().nullish(),
  taskIds: z.array(z.string()).max(100, 'at most 100 tasks').nullish(),
});

async function loadSession(tx: Tx, id: string) {
  const session = await tx.session.findUnique({ where: { id } });
  if (!session) throw new NotFoundError('Session', id);
  return session;
}

async function checkParent(tx: Tx, projectId: string, parentId: string, selfId?: string) {
  if (parentId === selfId) throw ValidationError.field(['input', 'parentId'], 'a session cannot be its own parent');
  const parent = await tx.session.findUnique({ where: { id: parentId }, select: { id: true, projectId: true, parentId: true } });
  if (!parent) throw new NotFoundError('Session', parentId);
  if (parent.projectId !== projectId) throw ValidationError.field(['input', 'parentId'], `session ${parentId} belongs to another project`);
  // Walk up from the new parent: reaching ourselves would make a cycle.
  let cursor: string | null = parent.parentId;
  for (let depth = 0; cursor && depth < 1000; depth++) {
    if (cursor === selfId) throw ValidationError.field(['input', 'parentId'], 'that parent is a descendant of this session (cycle)');
    cursor = (await tx.session.findUnique({ where: { id: cursor }, select: { parentId: true } }))?.parentId ?? null;
  }
}

async function checkTask(tx: Tx, projectId: string, taskId: string, path: string[]) {
  const task = await tx.task.findUnique({ where: { id: taskId }, select: { projectId: true } });
  if (!task) throw new NotFoundError('Task', taskId);
  if (task.projectId !== projectId) throw ValidationError.field(path, `task ${taskId} belongs to another project`);
}

const publicFields = (s: Session) => {
  const { tokenHash: _hidden, derived: _derived, ...rest } = s;
  return rest;
};

/** Registers a session (an agent started by hand, or one about to be spawned). Returns the token once. */
export async function createSession(store: Store, actor: string, projectId: string, input: z.input<typeof CreateSession>) {
  const data = parseInput(CreateSession, input);
  const token = newToken();
  const session = await store.withEvents(actor, async (tx, emit) => {
    const project = await tx.project.findUnique({ where: { id: projectId }, select: { id: true } });
    if (!project) throw new NotFoundError('Project', projectId);
    if (data.parentId) await checkParent(tx, projectId, data.parentId);
    const taskIds = [...new Set(data.taskIds ?? [])];
    for (const [i, taskId] of taskIds.entries()) await checkTask(tx, projectId, taskId, ['input', 'taskIds', String(i)]);
    const session = await tx.session.create({
      data: {
        projectId,
        name: data.name ?? '',
        role: data.role ?? 'WORKER',
        cwd: data.cwd ?? '',
        agentSessionId: data.agentSessionId ?? null,
        parentId: data.parentId ?? null,
        tokenHash: hashToken(token),
        tasks: { create: taskIds.map((taskId) => ({ taskId })) },
      },
    });
    await emit({ kind: 'SESSION_CREATED', projectId, sessionId: session.id, payload: { session: publicFields(session), taskIds } });
    return session;
  });
  return { session, token };
}

const UpdateSession = z.object({
  name: nameField('name').nullish(),
  role: role.nullish(),
  cwd: optionalText('cwd', LIMITS.path),
  parentId: z.string().nullish(),
  /** true: detach from its parent. */
  clearParent: z.boolean().nullish(),
});

export async function updateSession(store: Store, actor: string, id: string, input: z.input<typeof UpdateSession>) {
  const data = parseInput(UpdateSession, input);
  if (data.parentId && data.clearParent) throw ValidationError.field(['input', 'clearParent'], 'give parentId or clearParent, not both');
  return store.withEvents(actor, async (tx, emit) => {
    const current = await loadSession(tx, id);
    if (data.parentId) await checkParent(tx, current.projectId, data.parentId, id);
    const changes: Partial<Session> = {};
    if (data.name != null) changes.name = data.name;
    if (data.role != null) changes.role = data.role;
    if (data.cwd != null) changes.cwd = data.cwd;
    if (data.parentId) changes.parentId = data.parentId;
    if (data.clearParent) changes.parentId = null;
    const changed = Object.keys(changes).filter((k) => changes[k as keyof Session] !== current[k as keyof Session]);
    if (changed.length === 0) return current;
    const session = await tx.session.update({ where: { id }, data: changes });
    await emit({ kind: 'SESSION_UPDATED', projectId: session.projectId, sessionId: id, payload: { session: publicFields(session), changed } });
    return session;
  });
}

/** Links a session to a task of its project. Linking twice is a no-op (no second event). */
export async function linkSessionTask(store: Store, actor: string, sessionId: string, taskId: string) {
  return store.withEvents(actor, async (tx, emit) => {
    const session = await loadSession(tx, sessionId);
    await checkTask(tx, session.projectId, taskId, ['input', 'taskId']);
    const existing = await tx.sessionTask.findUnique({ where: { sessionId_taskId: { sessionId, taskId } } });
    if (!existing) {
      await tx.sessionTask.create({ data: { sessionId, taskId } });
      await emit({ kind: 'SESSION_TASK_LINKED', projectId: session.projectId, taskId, sessionId, payload: { sessionId, taskId } });
    }
    return session;
  });
}

/** Unlinks a session from a task. Unlinking a task that is not linked is a no-op. */
export async function unlinkSessionTask(store: Store, actor: string, sessionId: string, taskId: string) {
  return store.withEvents(actor, async (tx, emit) => {
    const session = await loadSession(tx, sessionId);
    const removed = await tx.sessionTask.deleteMany({ where: { sessionId, taskId } });
    if (removed.count > 0) {
      await emit({ kind: 'SESSION_TASK_UNLINKED', projectId: session.projectId, taskId, sessionId, payload: { sessionId, taskId } });
    }
    return session;
  });
}

const ReportExit = z.object({ exitCode: z.number().int().nullish(), signal: z.string().max(32).nullish() });

/**
 * The agent's process exited (reported by the runner or whoever supervises it): without a
 * SessionEnd first, the session FAILED. After SessionEnd nothing changes.
 */
export async function reportSessionExit(store: Store, actor: string, id: string, input: z.input<typeof ReportExit>) {
  const data = parseInput(ReportExit, input);
  return store.withEvents(actor, async (tx, emit) => {
    const session = await loadSession(tx, id);
    if (session.baseStatus === 'ENDED' || session.baseStatus === 'FAILED') return session;
    const how = data.signal ? `signal ${data.signal}` : `exit code ${data.exitCode ?? 'unknown'}`;
    await forceStatus(tx, emit, session, 'FAILED', `process exited (${how}) without SessionEnd`);
    return loadSession(tx, id);
  });
}
