/**
 * The authorization model, in one place. Each scope answers one question about the request's
 * Viewer (src/auth/viewer.ts); fields and types name the scopes they need (`authScopes`, Pothos
 * scope-auth, strategy "any": one matching scope is enough). The rules, stated once:
 *
 * - The operator (local user or server-token holder) may do everything.
 * - A session may read and change only objects of its own project: its tasks and subtasks, its own
 *   session (name, cwd, task links), and the project's events. Another project's object, or an id
 *   that does not decode, is FORBIDDEN; lists are confined to its project (see confinement.ts).
 * - Only ORCHESTRATOR sessions may create or spawn sessions, and only in their own project; they may
 *   stop sessions of their project.
 * - Projects (create/rename/delete), hook-derived session state (reportSessionExit), role and parent
 *   changes and the runner protocol are the operator's.
 *
 * Loaders with a parameter are cached per request and parameter by the plugin, so a page of 100
 * subtasks of one task looks its task up once.
 */
import { decodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import type { Store } from '../store/types.ts';
import type { Viewer } from './viewer.ts';

export type AuthScopes = {
  /** The local user or the server-token holder. */
  operator: boolean;
  /** An ORCHESTRATOR session. */
  orchestrator: boolean;
  /** The viewer is a session of this project (raw project id). */
  project: string;
  /** This task (raw id) belongs to the viewer's project. */
  task: string;
  /** This subtask (raw id) belongs to a task of the viewer's project. */
  subtask: string;
  /** This session (raw id) belongs to the viewer's project. */
  sessionOfProject: string;
  /** This session (raw id) is the viewer itself. */
  self: string;
};

type ScopeContext = { store: Store; viewer: Viewer };

/** The scope initializer: what this request's viewer may do. */
export function scopesFor({ store, viewer }: ScopeContext) {
  const db = store.prisma;
  if (viewer.kind === 'operator') {
    // Everything passes through `operator`; the loaders are never needed (strategy "any").
    const no = () => false;
    return { operator: true, orchestrator: false, project: no, task: no, subtask: no, sessionOfProject: no, self: no };
  }
  const mine = (projectId: string | null | undefined) => projectId === viewer.projectId;
  return {
    operator: false,
    orchestrator: viewer.role === 'ORCHESTRATOR',
    project: (id: string) => mine(id),
    task: async (id: string) => id !== '' && mine((await db.task.findUnique({ where: { id }, select: { projectId: true } }))?.projectId),
    subtask: async (id: string) =>
      id !== '' && mine((await db.subtask.findUnique({ where: { id }, select: { task: { select: { projectId: true } } } }))?.task.projectId),
    sessionOfProject: async (id: string) => id !== '' && mine((await db.session.findUnique({ where: { id }, select: { projectId: true } }))?.projectId),
    self: (id: string) => id === viewer.sessionId,
  };
}

/** The refusal every failed check answers with. */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/**
 * The raw id inside a global ID of the given type, or '' (which no session scope accepts) when it
 * does not decode or names another type. The resolver then answers the operator's malformed id with
 * a ValidationError; a session gets FORBIDDEN, whatever the id.
 */
export function rawId(value: unknown, typename: string): string {
  if (value && typeof value === 'object' && 'id' in value && 'typename' in value) {
    // A globalID argument the relay plugin already parsed.
    return (value as { typename: string }).typename === typename ? String((value as { id: unknown }).id) : '';
  }
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  try {
    const decoded = decodeGlobalID(String(value));
    return decoded.typename === typename ? decoded.id : '';
  } catch {
    return '';
  }
}

// Rules, by what they protect. Each is an AuthScopeMap or a function of (parent, args) giving one.
type Input<T = Record<string, unknown>> = { input: T };

export const rules = {
  operatorOnly: { operator: true },
  /** The mutation's input names a project: the operator, or a session of that project. */
  inputProject: (_: unknown, { input }: Input) => ({ operator: true, project: rawId(input['projectId'], 'Project') }),
  inputTask: (field: 'id' | 'taskId') => (_: unknown, { input }: Input) => ({ operator: true, task: rawId(input[field], 'Task') }),
  inputSubtask: (_: unknown, { input }: Input) => ({ operator: true, subtask: rawId(input['id'], 'Subtask') }),
  /** A session acting on itself (links to its tasks). */
  inputSelf: (field: 'id' | 'sessionId') => (_: unknown, { input }: Input) => ({ operator: true, self: rawId(input[field], 'Session') }),
  /**
   * updateSession: a session may rename itself or change its cwd; its role and parent decide what
   * it may do (an orchestrator spawns), so only the operator changes those.
   */
  updateSession: (_: unknown, { input }: Input) =>
    input['role'] == null && input['parentId'] == null && !input['clearParent']
      ? { operator: true, self: rawId(input['id'], 'Session') }
      : { operator: true },
  /** createSession / spawnSession: an orchestrator of the same project. */
  orchestratorInProject: (_: unknown, { input }: Input) => ({
    operator: true,
    $all: { orchestrator: true, project: rawId(input['projectId'], 'Project') },
  }),
  /** stopSession: an orchestrator stopping a session of its project. */
  orchestratorOverSession: (_: unknown, { input }: Input) => ({
    operator: true,
    $all: { orchestrator: true, sessionOfProject: rawId(input['id'], 'Session') },
  }),
  /** A list or lookup with an optional projectId argument: when given, it must be the viewer's. */
  optionalProjectArg: (_: unknown, args: { projectId?: unknown }) => (args.projectId == null ? true : { operator: true, project: rawId(args.projectId, 'Project') }),
  /** events: an explicit filter.projectId must be the viewer's (the rest is confined by the resolver). */
  eventFilterProject: (_: unknown, args: { filter?: { projectId?: unknown } | null }) =>
    args.filter?.projectId == null ? true : { operator: true, project: rawId(args.filter.projectId, 'Project') },
  // Type-level: every object of a project is the operator's or that project's sessions'.
  ofProject: (projectId: string | null) => ({ operator: true, project: projectId ?? '' }),
  ofTask: (taskId: string) => ({ operator: true, task: taskId }),
} as const;
