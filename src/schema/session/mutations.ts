import { builder } from '../../builder.ts';
import type { Session } from '../../generated/prisma/client.ts';
import { createSession, linkSessionTask, reportSessionExit, unlinkSessionTask, updateSession } from '../../services/sessions.ts';
import { forbidden, rules } from '../../auth/scopes.ts';
import { COMMON_ERRORS } from '../errors.ts';
import { parseGlobalId } from '../ids.ts';
import { SessionRef, SessionRoleEnum } from './types.ts';

const sessionId = (value: string | number, field = 'id') => parseGlobalId(String(value), 'Session', ['input', field]);
const optionalSessionId = (value: string | number | null | undefined, field: string) => (value == null ? null : sessionId(value, field));
const taskId = (value: string | number, field = 'taskId') => parseGlobalId(String(value), 'Task', ['input', field]);

const CreateSessionInput = builder.inputType('CreateSessionInput', {
  description: 'A session to register, for example an agent started by hand.',
  fields: (t) => ({
    projectId: t.id({ required: true, description: 'The project\'s global ID.' }),
    name: t.string({ description: 'Human name (1–200 characters).' }),
    role: t.field({ type: SessionRoleEnum, description: 'Default WORKER.' }),
    cwd: t.string({ description: 'Working directory of the agent.' }),
    agentSessionId: t.string({ description: 'The agent\'s own session_id, when already known.' }),
    parentId: t.id({ description: 'Global ID of the parent session (same project).' }),
    taskIds: t.idList({ description: 'Tasks of the same project to link it to.' }),
  }),
});

const UpdateSessionInput = builder.inputType('UpdateSessionInput', {
  description: 'Changes to a session; omitted fields keep their value.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The session\'s global ID.' }),
    name: t.string({ description: 'New name.' }),
    role: t.field({ type: SessionRoleEnum, description: 'New role.' }),
    cwd: t.string({ description: 'New working directory.' }),
    parentId: t.id({ description: 'New parent session (same project, no cycles).' }),
    clearParent: t.boolean({ description: 'true: detach it from its parent.' }),
  }),
});

// linkSessionTask and unlinkSessionTask take the same fields, but each mutation has its own
// <Mutation>Input type so one can grow a field without changing the other's contract.
const sessionTaskInput = (name: string, description: string) =>
  builder.inputType(name, {
    description,
    fields: (t) => ({
      sessionId: t.id({ required: true, description: 'The session\'s global ID.' }),
      taskId: t.id({ required: true, description: 'The task\'s global ID (a task of the session\'s project).' }),
    }),
  });
const LinkSessionTaskInput = sessionTaskInput('LinkSessionTaskInput', 'A session and the task of its project to link it to.');
const UnlinkSessionTaskInput = sessionTaskInput('UnlinkSessionTaskInput', 'A session and the task to unlink it from.');

const ReportSessionExitInput = builder.inputType('ReportSessionExitInput', {
  description: 'The agent process of a session exited.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The session\'s global ID.' }),
    exitCode: t.int({ description: 'The exit code, if it exited.' }),
    signal: t.string({ description: 'The signal that killed it, if any.' }),
  }),
});

const CreateSessionPayload = builder.objectRef<{ session: Session; token: string }>('CreateSessionPayload').implement({
  description: 'The session was registered. The token is shown only here: it is not stored, only its hash.',
  fields: (t) => ({
    session: t.field({ type: SessionRef, nullable: false, description: 'The new session.', resolve: (p) => p.session }),
    token: t.exposeString('token', {
      description:
        'Bearer token for POST /hooks/claude (Authorization: Bearer <token>; hooks read it from MAESTRO_TOKEN). ' +
        'Scoped to this session and its project.',
    }),
  }),
});

const ERRORS = [...COMMON_ERRORS] as const;

builder.mutationFields((t) => ({
  createSession: t.field({
    type: CreateSessionPayload,
    description: 'Registers a session (an agent started by hand, or one to spawn) and appends SESSION_CREATED. Returns its token once.',
    args: { input: t.arg({ type: CreateSessionInput, required: true, description: 'The new session.' }) },
    authScopes: rules.orchestratorInProject,
    unauthorizedError: () => forbidden('Only orchestrator sessions may register sessions, and only in their own project.'),
    errors: { types: [...ERRORS], directResult: true },
    resolve: (_root, { input }, ctx) =>
      createSession(ctx.store, ctx.actor, parseGlobalId(String(input.projectId), 'Project', ['input', 'projectId']), {
        ...input,
        parentId: optionalSessionId(input.parentId, 'parentId'),
        taskIds: input.taskIds?.map((id, i) => taskId(id, `taskIds.${i}`)),
      }),
  }),
  updateSession: t.field({
    type: SessionRef,
    description: 'Changes a session\'s name, role, working directory or parent; appends SESSION_UPDATED when something changed.',
    args: { input: t.arg({ type: UpdateSessionInput, required: true, description: 'The changes.' }) },
    authScopes: rules.updateSession,
    errors: { types: [...ERRORS], dataField: { name: 'session', description: 'The session after the change.' }, result: { description: 'The session was updated.' } },
    resolve: (_root, { input }, ctx) => updateSession(ctx.store, ctx.actor, sessionId(input.id), { ...input, parentId: optionalSessionId(input.parentId, 'parentId') }),
  }),
  linkSessionTask: t.field({
    type: SessionRef,
    description: 'Links a session to a task of its project (idempotent); appends SESSION_TASK_LINKED when it was not linked.',
    args: { input: t.arg({ type: LinkSessionTaskInput, required: true, description: 'The session and the task.' }) },
    authScopes: rules.inputSelf('sessionId'),
    errors: { types: [...ERRORS], dataField: { name: 'session', description: 'The session.' }, result: { description: 'The session is linked to the task.' } },
    resolve: (_root, { input }, ctx) => linkSessionTask(ctx.store, ctx.actor, sessionId(input.sessionId, 'sessionId'), taskId(input.taskId)),
  }),
  unlinkSessionTask: t.field({
    type: SessionRef,
    description: 'Unlinks a session from a task (idempotent); appends SESSION_TASK_UNLINKED when it was linked.',
    args: { input: t.arg({ type: UnlinkSessionTaskInput, required: true, description: 'The session and the task.' }) },
    authScopes: rules.inputSelf('sessionId'),
    errors: { types: [...ERRORS], dataField: { name: 'session', description: 'The session.' }, result: { description: 'The session is not linked to the task.' } },
    resolve: (_root, { input }, ctx) => unlinkSessionTask(ctx.store, ctx.actor, sessionId(input.sessionId, 'sessionId'), taskId(input.taskId)),
  }),
  reportSessionExit: t.field({
    type: SessionRef,
    description: 'For the process supervisor: the agent process exited. Without a SessionEnd first the session becomes FAILED.',
    args: { input: t.arg({ type: ReportSessionExitInput, required: true, description: 'The session and how it exited.' }) },
    authScopes: rules.operatorOnly,
    errors: { types: [...ERRORS], dataField: { name: 'session', description: 'The session after the exit.' }, result: { description: 'The exit was recorded.' } },
    resolve: (_root, { input }, ctx) => reportSessionExit(ctx.store, ctx.actor, sessionId(input.id), input),
  }),
}));
