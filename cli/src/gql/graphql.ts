/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A spawned session whose worktree to remove. */
export type CleanupSessionWorktreeInput = {
  /** Remove even when the branch is not merged into the repository's HEAD or the worktree has uncommitted changes (they are lost). */
  force?: boolean | null | undefined;
  /** The session's global ID. */
  id: string | number;
};

/** The subtask to tick off, optionally only at an expected version. */
export type CompleteSubtaskInput = {
  /** Any unique string: a retry with the same value returns the first result and changes nothing twice. */
  clientMutationId?: string | null | undefined;
  /** Apply only if the subtask is still at this version; otherwise ConflictError. Omit to apply to the current row. */
  expectedVersion?: number | null | undefined;
  /** The subtask's global ID. */
  id: string | number;
};

/** A new project. */
export type CreateProjectInput = {
  /** Longer description (up to 10 000 characters). */
  description?: string | null | undefined;
  /** Short human name (1–200 characters). */
  name: string;
  /** Directory agents work in. */
  workingDir?: string | null | undefined;
};

/** A session to register, for example an agent started by hand. */
export type CreateSessionInput = {
  /** The agent's own session_id, when already known. */
  agentSessionId?: string | null | undefined;
  /** Working directory of the agent. */
  cwd?: string | null | undefined;
  /** Human name (1–200 characters). */
  name?: string | null | undefined;
  /** Global ID of the parent session (same project). */
  parentId?: string | number | null | undefined;
  /** The project's global ID. */
  projectId: string | number;
  /** Default WORKER. */
  role?: SessionRole | null | undefined;
  /** Tasks of the same project to link it to. */
  taskIds?: Array<string | number> | null | undefined;
};

/** Several subtasks appended in order, atomically (all or none; up to 100). */
export type CreateSubtasksInput = {
  /** Any unique string: a retry with the same value returns the first result and changes nothing twice. */
  clientMutationId?: string | null | undefined;
  /** The subtasks, in order. */
  items: Array<SubtaskItemInput>;
  /** The task's global ID. */
  taskId: string | number;
};

/** A new task in a project. */
export type CreateTaskInput = {
  /** Conditions for done, in order (up to 100). */
  acceptanceCriteria?: Array<string> | null | undefined;
  /** What to do (up to 10 000 characters). */
  description?: string | null | undefined;
  /** Priority (default MEDIUM). */
  priority?: TaskPriority | null | undefined;
  /** The project's global ID. */
  projectId: string | number;
  /** Initial status (default TODO). */
  status?: TaskStatus | null | undefined;
  /** Short title (1–200 characters). */
  title: string;
};

/** The subtask to delete, optionally only at an expected version. */
export type DeleteSubtaskInput = {
  /** Any unique string: a retry with the same value returns the first result and changes nothing twice. */
  clientMutationId?: string | null | undefined;
  /** Apply only if the subtask is still at this version; otherwise ConflictError. Omit to apply to the current row. */
  expectedVersion?: number | null | undefined;
  /** The subtask's global ID. */
  id: string | number;
};

/** Which events to return; all given conditions must hold. */
export type EventFilter = {
  /** Only events of these kinds. */
  kinds?: Array<EventKind> | null | undefined;
  /** Only events of this project. */
  projectId?: string | number | null | undefined;
  /** Only events of this session. */
  sessionId?: string | number | null | undefined;
  /** Only events of this subtask. */
  subtaskId?: string | number | null | undefined;
  /** Only events of this task. */
  taskId?: string | number | null | undefined;
};

/** What an event records; each kind documents its payload. */
export type EventKind =
  /** One Claude Code hook delivery. Payload: the hook body verbatim; hookEvent, toolName, toolUseId and agentId carry its main fields. */
  | 'HOOK_RECEIVED'
  /** A project was created. Payload: { project }. */
  | 'PROJECT_CREATED'
  /** A project was deleted. Payload: { project (as it was), deletedTasks (how many tasks went with it) }. */
  | 'PROJECT_DELETED'
  /** A project changed. Payload: { project (after the change), changed (the field names) }. */
  | 'PROJECT_UPDATED'
  /** An operator declared a runner host dead (runnerDeclareHostDead): runners of other hosts may take over the requests it launched once their leases ran out. Payload: { hostId, lastSeenAt, launched }. */
  | 'RUNNER_HOST_DECLARED_DEAD'
  /** A session was registered (createSession) or spawned (spawnSession). Payload: { session, taskIds }. */
  | 'SESSION_CREATED'
  /** The agent process exited, or a stop ended the session before launch. Payload: { sessionId, runnerId, launchId, exitCode, signal, stopped, reason, outputTail }. */
  | 'SESSION_EXITED'
  /** The agent process of a spawned session started. Payload: { sessionId, runnerId, launchId, pid, adopted, attempt }. */
  | 'SESSION_LAUNCHED'
  /** A session's status changed. Payload: { sessionId, from, to, reason, evidenceSeq (the hook event that caused it; null for silence or a process exit), hookEvent }. */
  | 'SESSION_STATUS_CHANGED'
  /** stopSession was called: the runner sends SIGTERM, then SIGKILL after graceMs. Payload: { sessionId, graceMs, state }. */
  | 'SESSION_STOP_REQUESTED'
  /** A session started working on a task. Payload: { sessionId, taskId }. */
  | 'SESSION_TASK_LINKED'
  /** A session stopped working on a task. Payload: { sessionId, taskId }. */
  | 'SESSION_TASK_UNLINKED'
  /** A session's name, role, cwd or parent changed. Payload: { session (after), changed (field names) }. */
  | 'SESSION_UPDATED'
  /** A runner took the lease on a spawn request. Payload: { sessionId, runnerId, leaseUntil, takeover (true when its previous holder's lease ran out), previousState, previousRunner, previousLaunchId }. */
  | 'SPAWN_CLAIMED'
  /** spawnSession asked for a session to be launched. Payload: { sessionId, role, taskIds, parentSessionId, agent, manifestPath, skills }. */
  | 'SPAWN_REQUESTED'
  /** A subtask was marked done. Payload: { subtask }. */
  | 'SUBTASK_COMPLETED'
  /** A subtask was created. Payload: { subtask }. */
  | 'SUBTASK_CREATED'
  /** A subtask was deleted. Payload: { subtask (as it was) }. */
  | 'SUBTASK_DELETED'
  /** A subtask moved within its task or to another task. Payload: { subtask (after), fromTaskId, toTaskId }. */
  | 'SUBTASK_MOVED'
  /** A done subtask was marked not done again. Payload: { subtask }. */
  | 'SUBTASK_REOPENED'
  /** A subtask's title or description changed. Payload: { subtask (after), changed (field names) }. */
  | 'SUBTASK_UPDATED'
  /** A task was created. Payload: { task }. */
  | 'TASK_CREATED'
  /** A task was deleted, with its subtasks. Payload: { task (as it was) }. */
  | 'TASK_DELETED'
  /** A task changed. Payload: { task (after), changed (field names), previousStatus }. */
  | 'TASK_UPDATED';

/** Where to move a subtask: after or before a sibling, or to another task of the same project (at its end, or after/before one of its subtasks). */
export type MoveSubtaskInput = {
  /** Place it right after this subtask. */
  afterId?: string | number | null | undefined;
  /** Place it right before this subtask. */
  beforeId?: string | number | null | undefined;
  /** Any unique string: a retry with the same value returns the first result and changes nothing twice. */
  clientMutationId?: string | null | undefined;
  /** Apply only if the subtask is still at this version; otherwise ConflictError. Omit to apply to the current row. */
  expectedVersion?: number | null | undefined;
  /** The subtask's global ID. */
  id: string | number;
  /** Move it to this task (same project). */
  toTaskId?: string | number | null | undefined;
};

/** What a session is waiting on a person for. */
export type NeedsInputKind =
  /** An MCP server asked the user for input. */
  | 'ELICITATION'
  /** Idle and waiting for attention (an idle_prompt notification); status stays IDLE. */
  | 'IDLE_PROMPT'
  /** A permission dialog (PermissionRequest or a permission_prompt notification). */
  | 'PERMISSION'
  /** Another question notification (elicitation_dialog, agent_needs_input). */
  | 'QUESTION';

/** The subtask to untick, optionally only at an expected version. */
export type ReopenSubtaskInput = {
  /** Any unique string: a retry with the same value returns the first result and changes nothing twice. */
  clientMutationId?: string | null | undefined;
  /** Apply only if the subtask is still at this version; otherwise ConflictError. Omit to apply to the current row. */
  expectedVersion?: number | null | undefined;
  /** The subtask's global ID. */
  id: string | number;
};

/** A runner host to declare dead. */
export type RunnerDeclareHostDeadInput = {
  /** The host id, as `runnerHosts` lists it. */
  hostId: string;
};

/** Whether a runner host counts as alive for the fencing rule. */
export type RunnerHostStatus =
  /** A runner of the host reported within the host-dead timeout: what it launched is not taken over from another host. */
  | 'ALIVE'
  /** An operator declared it dead and no runner of it reported since: other hosts may take over what it launched. */
  | 'DECLARED_DEAD'
  /** No runner of the host reported for longer than the host-dead timeout (--runner-host-dead-ms): other hosts may take over what it launched. */
  | 'SILENT';

/** What a session is for. */
export type SessionRole =
  /** Breaks work down and spawns or steers other sessions. */
  | 'ORCHESTRATOR'
  /** Works on tasks. */
  | 'WORKER';

/** Where an agent session is, from its hook events and liveness. */
export type SessionStatus =
  /** The agent reported SessionEnd. */
  | 'ENDED'
  /** The agent's process exited without SessionEnd. */
  | 'FAILED'
  /** Waiting for a prompt (after SessionStart or Stop). */
  | 'IDLE'
  /** Blocked on a person: a permission dialog, an elicitation or a question. See needsInput. */
  | 'NEEDS_INPUT'
  /** No evidence for longer than the configured silence while starting, idle or working (never while NEEDS_INPUT: waiting for a person is silent); the next event clears it. */
  | 'STALE'
  /** Registered or spawned; its agent has not reported SessionStart yet. */
  | 'STARTING'
  /** Working on a prompt: a prompt was submitted or a tool is running. */
  | 'WORKING';

/** Which sessions a skill is assigned to (manifest.json `assignTo`). */
export type SkillAssignment =
  /** Every session. */
  | 'ALL'
  /** Orchestrator sessions only. */
  | 'ORCHESTRATOR'
  /** Worker sessions only. */
  | 'WORKER';

/** The rule a skill breaks. */
export type SkillIssueCode =
  /** The skill is part of a dependency cycle (the message names it). */
  | 'DEPENDENCY_CYCLE'
  /** A dependency is itself invalid. */
  | 'DEPENDENCY_INVALID'
  /** A dependency is found in no scope. */
  | 'DEPENDENCY_MISSING'
  /** SKILL.md front matter is not YAML, or lacks name or description. */
  | 'FRONT_MATTER_INVALID'
  /** SKILL.md front matter name or description differs from the manifest. */
  | 'FRONT_MATTER_MISMATCH'
  /** SKILL.md does not start with YAML front matter. */
  | 'FRONT_MATTER_MISSING'
  /** SKILL.md has nothing after its front matter. */
  | 'INSTRUCTIONS_EMPTY'
  /** A manifest field breaks a rule (see field and message). */
  | 'MANIFEST_FIELD'
  /** manifest.json is not valid JSON. */
  | 'MANIFEST_INVALID_JSON'
  /** The directory has no manifest.json. */
  | 'MANIFEST_MISSING'
  /** manifest.json has a field Maestro does not know (a typo?). */
  | 'MANIFEST_UNKNOWN_FIELD'
  /** The manifest names the skill differently from its directory. */
  | 'NAME_DIRECTORY_MISMATCH'
  /** The directory has no SKILL.md. */
  | 'SKILL_MD_MISSING';

/** The role of the session a skill is for. */
export type SkillRole =
  /** Sessions that plan, spawn workers and review. */
  | 'ORCHESTRATOR'
  /** Sessions that work on tasks. */
  | 'WORKER';

/** Where a skill was found. Later scopes override earlier ones by name: BUNDLED, then USER, then PROJECT. */
export type SkillScope =
  /** Shipped with Maestro (the repository's skills/ directory). */
  | 'BUNDLED'
  /** The project's <workingDir>/.maestro/skills directory. */
  | 'PROJECT'
  /** The user's skills directory (--skills-dir, default ~/.agents-ui/maestro-skills). */
  | 'USER';

/** A session to launch through a runner. */
export type SpawnSessionInput = {
  /** The name of an agent profile configured on the server (see agentProfiles); default: the server's default profile (built in: claude). Never a command line: an unknown name is a ValidationError listing the configured names. */
  agent?: string | null | undefined;
  /** Retrying with the same id returns the first result (without the token) instead of spawning twice. */
  clientMutationId?: string | null | undefined;
  /** The agent's working directory, an existing absolute path. Default: the project's workingDir, else the session directory. */
  cwd?: string | null | undefined;
  /** Model for the agent, handed over as MAESTRO_MODEL (never spliced into a command line). */
  model?: string | null | undefined;
  /** Human name. */
  name?: string | null | undefined;
  /** The orchestrator session spawning it. Implied when the request carries a session token. */
  parentSessionId?: string | number | null | undefined;
  /** Claude Code's permission mode for the agent, written into the session's settings.json as permissions.defaultMode: default, acceptEdits, plan or bypassPermissions (as root, bypassPermissions needs IS_SANDBOX=1 in the server's environment). Without it the agent may run only `maestro` commands without asking. A session spawning a child cannot widen its own mode: the child gets the parent's. */
  permissionMode?: string | null | undefined;
  /** The project's global ID. */
  projectId: string | number;
  /** The prompt, handed over as MAESTRO_PROMPT (never spliced into a command line). Default: composed from the role and the tasks. */
  prompt?: string | null | undefined;
  /** Default WORKER. Workers get maestro-worker and maestro-cli, orchestrators maestro-orchestrator and maestro-cli. */
  role?: SessionRole | null | undefined;
  /** More skills by name; their dependencies are added. */
  skills?: Array<string> | null | undefined;
  /** Tasks of the project the session works on. */
  taskIds?: Array<string | number> | null | undefined;
  /** Run the agent in a new git worktree of the working directory's repository, on a new branch maestro/<short session id> from its current HEAD. It stays after the session ends (cleanupSessionWorktree removes it). A ValidationError when the directory is not in a git repository or the branch exists. */
  worktree?: boolean | null | undefined;
};

/** Where the launch of a spawned session is. */
export type SpawnState =
  /** A runner holds the request and prepares the session. */
  | 'CLAIMED'
  /** The agent process exited (or the request was stopped before launch). */
  | 'EXITED'
  /** The launch record is written; the agent process is being started. */
  | 'LAUNCHING'
  /** Waiting for a runner. */
  | 'REQUESTED'
  /** The agent process runs under a runner's supervision. */
  | 'RUNNING';

/** One subtask of a batch. */
export type SubtaskItemInput = {
  /** Details (up to 10 000 characters). */
  description?: string | null | undefined;
  /** What to do (1–500 characters). */
  title: string;
};

/** How urgent a task is. New tasks are MEDIUM unless told otherwise. */
export type TaskPriority =
  /** Before anything else; something is broken or blocked without it. */
  | 'CRITICAL'
  /** Before normal work. */
  | 'HIGH'
  /** Whenever there is time. */
  | 'LOW'
  /** Normal work, in turn. */
  | 'MEDIUM';

/** Where a task is in its life. */
export type TaskStatus =
  /** Cannot go on until something outside the task changes. */
  | 'BLOCKED'
  /** Will not be done. */
  | 'CANCELLED'
  /** Finished and accepted. */
  | 'DONE'
  /** Being worked on. */
  | 'IN_PROGRESS'
  /** Done by its worker, waiting for review. */
  | 'IN_REVIEW'
  /** Not started. */
  | 'TODO';

/** Changes to a subtask; omitted fields keep their value. */
export type UpdateSubtaskInput = {
  /** Any unique string: a retry with the same value returns the first result and changes nothing twice. */
  clientMutationId?: string | null | undefined;
  /** New description. */
  description?: string | null | undefined;
  /** Apply only if the subtask is still at this version; otherwise ConflictError. Omit to apply to the current row. */
  expectedVersion?: number | null | undefined;
  /** The subtask's global ID. */
  id: string | number;
  /** New title (1–500 characters). */
  title?: string | null | undefined;
};

/** Changes to a task; omitted fields keep their value. */
export type UpdateTaskInput = {
  /** Replaces the acceptance criteria. */
  acceptanceCriteria?: Array<string> | null | undefined;
  /** New description (up to 10 000 characters). */
  description?: string | null | undefined;
  /** The task's global ID. */
  id: string | number;
  /** New priority. */
  priority?: TaskPriority | null | undefined;
  /** When given, the task must belong to this project (guards against editing the wrong one). */
  projectId?: string | number | null | undefined;
  /** New status; startedAt and completedAt follow it. */
  status?: TaskStatus | null | undefined;
  /** New title (1–200 characters). */
  title?: string | null | undefined;
};

export type CliEventsPageQueryVariables = Exact<{
  filter?: EventFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type CliEventsPageQuery = { events: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { seq: number, cursor: string, kind: EventKind, projectId: string | null, taskId: string | null, subtaskId: string | null, sessionId: string | null, actor: string, hookEvent: string | null, toolName: string | null, payload: unknown, createdAt: string } }> } };

export type CliEventsHistoryQueryVariables = Exact<{
  filter?: EventFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type CliEventsHistoryQuery = { events: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { seq: number, cursor: string, kind: EventKind, projectId: string | null, taskId: string | null, subtaskId: string | null, sessionId: string | null, actor: string, hookEvent: string | null, toolName: string | null, payload: unknown, createdAt: string } }> } };

export type CliProjectCreateMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type CliProjectCreateMutation = { createProject:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateProjectPayload', project: { id: string, name: string, description: string, workingDir: string, createdAt: string, updatedAt: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, fields: Array<{ path: Array<string>, message: string }> }
   };

export type CliProjectListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type CliProjectListQuery = { projects: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, description: string, workingDir: string, createdAt: string, updatedAt: string } }> } };

export type CliProjectShowQueryVariables = Exact<{
  id: string | number;
  tasks: number;
}>;


export type CliProjectShowQuery = { project: { id: string, name: string, description: string, workingDir: string, createdAt: string, updatedAt: string, tasks: { totalCount: number, edges: Array<{ node: { id: string, title: string, description: string, status: TaskStatus, priority: TaskPriority, acceptanceCriteria: Array<string>, startedAt: string | null, completedAt: string | null, createdAt: string, updatedAt: string, project: { id: string, name: string } } }> } } | null };

export type CliRunnerDeclareDeadMutationVariables = Exact<{
  input: RunnerDeclareHostDeadInput;
}>;


export type CliRunnerDeclareDeadMutation = { runnerDeclareHostDead:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'RunnerDeclareHostDeadPayload', host: { id: string, status: RunnerHostStatus, lastSeenAt: string, launched: number } }
    | { __typename: 'ValidationError', message: string, fields: Array<{ path: Array<string>, message: string }> }
   };

export type CliRunnerHostsQueryVariables = Exact<{ [key: string]: never; }>;


export type CliRunnerHostsQuery = { runnerHosts: Array<{ id: string, status: RunnerHostStatus, firstSeenAt: string, lastSeenAt: string, declaredDeadAt: string | null, launched: number }> };

export type CliAgentProfilesQueryVariables = Exact<{ [key: string]: never; }>;


export type CliAgentProfilesQuery = { agentProfiles: Array<{ name: string, description: string, isDefault: boolean }> };

export type CliSessionCleanupMutationVariables = Exact<{
  input: CleanupSessionWorktreeInput;
}>;


export type CliSessionCleanupMutation = { cleanupSessionWorktree:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CleanupSessionWorktreePayload', session: { id: string, spawn: { worktree: { path: string, branch: string, removedAt: string | null } | null } | null } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, fields: Array<{ path: Array<string>, message: string }> }
   };

export type CliSessionListQueryVariables = Exact<{
  projectId?: string | number | null | undefined;
  taskId?: string | number | null | undefined;
  status?: SessionStatus | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type CliSessionListQuery = { sessions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, role: SessionRole, status: SessionStatus, toolCallCount: number, lastEvidenceAt: string | null, createdAt: string, needsInput: { kind: NeedsInputKind, message: string, since: string } | null, project: { id: string } } }> } };

export type CliRegisterSessionMutationVariables = Exact<{
  input: CreateSessionInput;
}>;


export type CliRegisterSessionMutation = { createSession:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateSessionPayload', token: string, session: { id: string, name: string, role: SessionRole, status: SessionStatus, project: { id: string } } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, fields: Array<{ path: Array<string>, message: string }> }
   };

export type CliSessionShowQueryVariables = Exact<{
  id: string | number;
}>;


export type CliSessionShowQuery = { session: { id: string, name: string, role: SessionRole, status: SessionStatus, agentSessionId: string | null, cwd: string, createdAt: string, startedAt: string | null, endedAt: string | null, lastEvidenceAt: string | null, toolCallCount: number, pendingToolCalls: number, failures: number, refusedToolCalls: number, permissionRequests: number, model: string | null, title: string | null, lastPrompt: string | null, lastAssistantMessage: string | null, project: { id: string, name: string }, parent: { id: string } | null, tasks: { edges: Array<{ node: { id: string, title: string, status: TaskStatus } }> }, needsInput: { since: string, kind: NeedsInputKind, message: string } | null, toolCalls: Array<{ tool: string, calls: number, completed: number, failures: number, totalDurationMs: number }>, filesTouched: { written: Array<string>, onlyRead: Array<string> }, subagents: Array<{ agentId: string, agentType: string, running: boolean, toolCalls: number, failures: number, lastAssistantMessage: string | null }>, lastError: { at: string, error: string, details: string | null, message: string | null } | null, spawn: { state: SpawnState, pid: number | null, exitCode: number | null, exitSignal: string | null, outputTail: string | null, launchedAt: string | null, exitedAt: string | null, stopRequestedAt: string | null, worktree: { path: string, branch: string, repository: string, removedAt: string | null } | null } | null } | null };

export type CliSessionSpawnMutationVariables = Exact<{
  input: SpawnSessionInput;
}>;


export type CliSessionSpawnMutation = { spawnSession:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'SpawnSessionPayload', manifestPath: string, session: { id: string, name: string, role: SessionRole, status: SessionStatus, cwd: string, parent: { id: string } | null, spawn: { worktree: { path: string, branch: string } | null } | null }, skills: Array<{ name: string, version: string, contentHash: string, scope: string }> }
    | { __typename: 'ValidationError', message: string, fields: Array<{ path: Array<string>, message: string }> }
   };

export type CliSessionSpawnTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type CliSessionSpawnTaskQuery = { task: { id: string, project: { id: string } } | null };

export type CliSessionOutcomeQueryVariables = Exact<{
  id: string | number;
}>;


export type CliSessionOutcomeQuery = { session: { id: string, status: SessionStatus, endedAt: string | null, lastError: { error: string, message: string | null } | null, spawn: { state: SpawnState, exitCode: number | null, exitSignal: string | null } | null } | null };

export type CliSessionExistsQueryVariables = Exact<{
  id: string | number;
}>;


export type CliSessionExistsQuery = { session: { id: string, status: SessionStatus } | null };

export type SklInfoQueryVariables = Exact<{
  name: string;
  projectId?: string | number | null | undefined;
}>;


export type SklInfoQuery = { skill: { name: string, version: string | null, description: string | null, assignTo: SkillAssignment | null, capabilities: Array<string>, dependencies: Array<string>, contentHash: string, scope: SkillScope, path: string, valid: boolean, content: string | null, overrides: Array<{ scope: SkillScope, path: string, version: string | null, contentHash: string }>, issues: Array<{ code: SkillIssueCode, field: string | null, message: string }> } | null };

export type SklListQueryVariables = Exact<{
  role?: SkillRole | null | undefined;
  projectId?: string | number | null | undefined;
}>;


export type SklListQuery = { skills: Array<{ name: string, version: string | null, description: string | null, assignTo: SkillAssignment | null, scope: SkillScope, path: string, contentHash: string, dependencies: Array<string>, valid: boolean, overrides: Array<{ scope: SkillScope, path: string }>, issues: Array<{ code: SkillIssueCode, field: string | null, message: string }> }>, skillScopes: Array<{ scope: SkillScope, path: string | null, exists: boolean, skillNames: Array<string> }> };

export type CliSubtaskAddMutationVariables = Exact<{
  input: CreateSubtasksInput;
}>;


export type CliSubtaskAddMutation = { createSubtasks:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'ConflictError', message: string, currentVersion: number, current: { id: string, title: string, description: string, done: boolean, completedAt: string | null, position: number, version: number, createdAt: string, updatedAt: string, task: { id: string, title: string } } }
    | { __typename: 'CreateSubtasksPayload', subtasks: Array<{ id: string, title: string, description: string, done: boolean, completedAt: string | null, position: number, version: number, createdAt: string, updatedAt: string, task: { id: string, title: string } }> }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, fields: Array<{ path: Array<string>, message: string }> }
   };

export type CliSubtaskFieldsFragment = { id: string, title: string, description: string, done: boolean, completedAt: string | null, position: number, version: number, createdAt: string, updatedAt: string, task: { id: string, title: string } };

export type CliSubtaskDoneMutationVariables = Exact<{
  input: CompleteSubtaskInput;
}>;


export type CliSubtaskDoneMutation = { completeSubtask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CompleteSubtaskPayload', subtask: { id: string, title: string, description: string, done: boolean, completedAt: string | null, position: number, version: number, createdAt: string, updatedAt: string, task: { id: string, title: string } } }
    | { __typename: 'ConflictError', message: string, currentVersion: number, current: { id: string, title: string, description: string, done: boolean, completedAt: string | null, position: number, version: number, createdAt: string, updatedAt: string, task: { id: string, title: string } } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, fields: Array<{ path: Array<string>, message: string }> }
   };

export type CliSubtaskEditMutationVariables = Exact<{
  input: UpdateSubtaskInput;
}>;


export type CliSubtaskEditMutation = { updateSubtask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'ConflictError', message: string, currentVersion: number, current: { id: string, title: string, description: string, done: boolean, completedAt: string | null, position: number, version: number, createdAt: string, updatedAt: string, task: { id: string, title: string } } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpdateSubtaskPayload', subtask: { id: string, title: string, description: string, done: boolean, completedAt: string | null, position: number, version: number, createdAt: string, updatedAt: string, task: { id: string, title: string } } }
    | { __typename: 'ValidationError', message: string, fields: Array<{ path: Array<string>, message: string }> }
   };

export type CliSubtaskListQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type CliSubtaskListQuery = { task: { id: string, title: string, subtaskProgress: { total: number, done: number }, subtasks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, description: string, done: boolean, completedAt: string | null, position: number, version: number, createdAt: string, updatedAt: string, task: { id: string, title: string } } }> } } | null };

export type CliSubtaskMoveMutationVariables = Exact<{
  input: MoveSubtaskInput;
}>;


export type CliSubtaskMoveMutation = { moveSubtask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'ConflictError', message: string, currentVersion: number, current: { id: string, title: string, description: string, done: boolean, completedAt: string | null, position: number, version: number, createdAt: string, updatedAt: string, task: { id: string, title: string } } }
    | { __typename: 'MoveSubtaskPayload', subtask: { id: string, title: string, description: string, done: boolean, completedAt: string | null, position: number, version: number, createdAt: string, updatedAt: string, task: { id: string, title: string } } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, fields: Array<{ path: Array<string>, message: string }> }
   };

export type CliSubtaskRemoveMutationVariables = Exact<{
  input: DeleteSubtaskInput;
}>;


export type CliSubtaskRemoveMutation = { deleteSubtask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'ConflictError', message: string, currentVersion: number, current: { id: string, title: string, description: string, done: boolean, completedAt: string | null, position: number, version: number, createdAt: string, updatedAt: string, task: { id: string, title: string } } }
    | { __typename: 'DeleteSubtaskPayload', deletedSubtaskId: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, fields: Array<{ path: Array<string>, message: string }> }
   };

export type CliSubtaskUndoMutationVariables = Exact<{
  input: ReopenSubtaskInput;
}>;


export type CliSubtaskUndoMutation = { reopenSubtask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'ConflictError', message: string, currentVersion: number, current: { id: string, title: string, description: string, done: boolean, completedAt: string | null, position: number, version: number, createdAt: string, updatedAt: string, task: { id: string, title: string } } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ReopenSubtaskPayload', subtask: { id: string, title: string, description: string, done: boolean, completedAt: string | null, position: number, version: number, createdAt: string, updatedAt: string, task: { id: string, title: string } } }
    | { __typename: 'ValidationError', message: string, fields: Array<{ path: Array<string>, message: string }> }
   };

export type CliTaskCreateMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type CliTaskCreateMutation = { createTask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateTaskPayload', task: { id: string, title: string, description: string, status: TaskStatus, priority: TaskPriority, acceptanceCriteria: Array<string>, startedAt: string | null, completedAt: string | null, createdAt: string, updatedAt: string, project: { id: string, name: string } } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, fields: Array<{ path: Array<string>, message: string }> }
   };

export type CliTaskListQueryVariables = Exact<{
  projectId?: string | number | null | undefined;
  status?: TaskStatus | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type CliTaskListQuery = { tasks: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, description: string, status: TaskStatus, priority: TaskPriority, acceptanceCriteria: Array<string>, startedAt: string | null, completedAt: string | null, createdAt: string, updatedAt: string, project: { id: string, name: string } } }> } };

export type CliTaskShowQueryVariables = Exact<{
  id: string | number;
  events: number;
}>;


export type CliTaskShowQuery = { task: { id: string, title: string, description: string, status: TaskStatus, priority: TaskPriority, acceptanceCriteria: Array<string>, startedAt: string | null, completedAt: string | null, createdAt: string, updatedAt: string, events: { totalCount: number, edges: Array<{ node: { seq: number, cursor: string, kind: EventKind, projectId: string | null, taskId: string | null, subtaskId: string | null, sessionId: string | null, actor: string, hookEvent: string | null, toolName: string | null, payload: unknown, createdAt: string } }> }, project: { id: string, name: string } } | null };

export type CliTaskUpdateMutationVariables = Exact<{
  input: UpdateTaskInput;
}>;


export type CliTaskUpdateMutation = { updateTask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpdateTaskPayload', task: { id: string, title: string, description: string, status: TaskStatus, priority: TaskPriority, acceptanceCriteria: Array<string>, startedAt: string | null, completedAt: string | null, createdAt: string, updatedAt: string, project: { id: string, name: string } } }
    | { __typename: 'ValidationError', message: string, fields: Array<{ path: Array<string>, message: string }> }
   };

export type CliProjectFieldsFragment = { id: string, name: string, description: string, workingDir: string, createdAt: string, updatedAt: string };

export type CliTaskFieldsFragment = { id: string, title: string, description: string, status: TaskStatus, priority: TaskPriority, acceptanceCriteria: Array<string>, startedAt: string | null, completedAt: string | null, createdAt: string, updatedAt: string, project: { id: string, name: string } };

export type CliEventFieldsFragment = { seq: number, cursor: string, kind: EventKind, projectId: string | null, taskId: string | null, subtaskId: string | null, sessionId: string | null, actor: string, hookEvent: string | null, toolName: string | null, payload: unknown, createdAt: string };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CliSubtaskFieldsFragmentDoc = new TypedDocumentString(`
    fragment CliSubtaskFields on Subtask {
  id
  title
  description
  done
  completedAt
  position
  version
  createdAt
  updatedAt
  task {
    id
    title
  }
}
    `, {"fragmentName":"CliSubtaskFields"}) as unknown as TypedDocumentString<CliSubtaskFieldsFragment, unknown>;
export const CliProjectFieldsFragmentDoc = new TypedDocumentString(`
    fragment CliProjectFields on Project {
  id
  name
  description
  workingDir
  createdAt
  updatedAt
}
    `, {"fragmentName":"CliProjectFields"}) as unknown as TypedDocumentString<CliProjectFieldsFragment, unknown>;
export const CliTaskFieldsFragmentDoc = new TypedDocumentString(`
    fragment CliTaskFields on Task {
  id
  title
  description
  status
  priority
  acceptanceCriteria
  startedAt
  completedAt
  createdAt
  updatedAt
  project {
    id
    name
  }
}
    `, {"fragmentName":"CliTaskFields"}) as unknown as TypedDocumentString<CliTaskFieldsFragment, unknown>;
export const CliEventFieldsFragmentDoc = new TypedDocumentString(`
    fragment CliEventFields on Event {
  seq
  cursor
  kind
  projectId
  taskId
  subtaskId
  sessionId
  actor
  hookEvent
  toolName
  payload
  createdAt
}
    `, {"fragmentName":"CliEventFields"}) as unknown as TypedDocumentString<CliEventFieldsFragment, unknown>;
export const CliEventsPageDocument = new TypedDocumentString(`
    query CliEventsPage($filter: EventFilter, $first: Int!, $after: String) {
  events(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...CliEventFields
      }
    }
  }
}
    fragment CliEventFields on Event {
  seq
  cursor
  kind
  projectId
  taskId
  subtaskId
  sessionId
  actor
  hookEvent
  toolName
  payload
  createdAt
}`) as unknown as TypedDocumentString<CliEventsPageQuery, CliEventsPageQueryVariables>;
export const CliEventsHistoryDocument = new TypedDocumentString(`
    query CliEventsHistory($filter: EventFilter, $first: Int!, $after: String) {
  events(filter: $filter, first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...CliEventFields
      }
    }
  }
}
    fragment CliEventFields on Event {
  seq
  cursor
  kind
  projectId
  taskId
  subtaskId
  sessionId
  actor
  hookEvent
  toolName
  payload
  createdAt
}`) as unknown as TypedDocumentString<CliEventsHistoryQuery, CliEventsHistoryQueryVariables>;
export const CliProjectCreateDocument = new TypedDocumentString(`
    mutation CliProjectCreate($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on CreateProjectPayload {
      project {
        ...CliProjectFields
      }
    }
    ... on ValidationError {
      message
      fields {
        path
        message
      }
    }
    ... on Error {
      message
    }
  }
}
    fragment CliProjectFields on Project {
  id
  name
  description
  workingDir
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CliProjectCreateMutation, CliProjectCreateMutationVariables>;
export const CliProjectListDocument = new TypedDocumentString(`
    query CliProjectList($first: Int!, $after: String) {
  projects(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...CliProjectFields
      }
    }
  }
}
    fragment CliProjectFields on Project {
  id
  name
  description
  workingDir
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CliProjectListQuery, CliProjectListQueryVariables>;
export const CliProjectShowDocument = new TypedDocumentString(`
    query CliProjectShow($id: ID!, $tasks: Int!) {
  project(id: $id) {
    ...CliProjectFields
    tasks(first: $tasks) {
      totalCount
      edges {
        node {
          ...CliTaskFields
        }
      }
    }
  }
}
    fragment CliProjectFields on Project {
  id
  name
  description
  workingDir
  createdAt
  updatedAt
}
fragment CliTaskFields on Task {
  id
  title
  description
  status
  priority
  acceptanceCriteria
  startedAt
  completedAt
  createdAt
  updatedAt
  project {
    id
    name
  }
}`) as unknown as TypedDocumentString<CliProjectShowQuery, CliProjectShowQueryVariables>;
export const CliRunnerDeclareDeadDocument = new TypedDocumentString(`
    mutation CliRunnerDeclareDead($input: RunnerDeclareHostDeadInput!) {
  runnerDeclareHostDead(input: $input) {
    __typename
    ... on RunnerDeclareHostDeadPayload {
      host {
        id
        status
        lastSeenAt
        launched
      }
    }
    ... on ValidationError {
      message
      fields {
        path
        message
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CliRunnerDeclareDeadMutation, CliRunnerDeclareDeadMutationVariables>;
export const CliRunnerHostsDocument = new TypedDocumentString(`
    query CliRunnerHosts {
  runnerHosts {
    id
    status
    firstSeenAt
    lastSeenAt
    declaredDeadAt
    launched
  }
}
    `) as unknown as TypedDocumentString<CliRunnerHostsQuery, CliRunnerHostsQueryVariables>;
export const CliAgentProfilesDocument = new TypedDocumentString(`
    query CliAgentProfiles {
  agentProfiles {
    name
    description
    isDefault
  }
}
    `) as unknown as TypedDocumentString<CliAgentProfilesQuery, CliAgentProfilesQueryVariables>;
export const CliSessionCleanupDocument = new TypedDocumentString(`
    mutation CliSessionCleanup($input: CleanupSessionWorktreeInput!) {
  cleanupSessionWorktree(input: $input) {
    __typename
    ... on CleanupSessionWorktreePayload {
      session {
        id
        spawn {
          worktree {
            path
            branch
            removedAt
          }
        }
      }
    }
    ... on ValidationError {
      message
      fields {
        path
        message
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CliSessionCleanupMutation, CliSessionCleanupMutationVariables>;
export const CliSessionListDocument = new TypedDocumentString(`
    query CliSessionList($projectId: ID, $taskId: ID, $status: SessionStatus, $first: Int!, $after: String) {
  sessions(
    projectId: $projectId
    taskId: $taskId
    status: $status
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        role
        status
        toolCallCount
        lastEvidenceAt
        createdAt
        needsInput {
          kind
          message
          since
        }
        project {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CliSessionListQuery, CliSessionListQueryVariables>;
export const CliRegisterSessionDocument = new TypedDocumentString(`
    mutation CliRegisterSession($input: CreateSessionInput!) {
  createSession(input: $input) {
    __typename
    ... on CreateSessionPayload {
      token
      session {
        id
        name
        role
        status
        project {
          id
        }
      }
    }
    ... on ValidationError {
      message
      fields {
        path
        message
      }
    }
    ... on NotFoundError {
      message
    }
    ... on BaseError {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CliRegisterSessionMutation, CliRegisterSessionMutationVariables>;
export const CliSessionShowDocument = new TypedDocumentString(`
    query CliSessionShow($id: ID!) {
  session(id: $id) {
    id
    name
    role
    status
    agentSessionId
    cwd
    createdAt
    startedAt
    endedAt
    lastEvidenceAt
    project {
      id
      name
    }
    parent {
      id
    }
    tasks(first: 20) {
      edges {
        node {
          id
          title
          status
        }
      }
    }
    needsInput {
      since
      kind
      message
    }
    toolCallCount
    pendingToolCalls
    failures
    refusedToolCalls
    permissionRequests
    toolCalls {
      tool
      calls
      completed
      failures
      totalDurationMs
    }
    filesTouched {
      written
      onlyRead
    }
    subagents {
      agentId
      agentType
      running
      toolCalls
      failures
      lastAssistantMessage
    }
    model
    title
    lastPrompt
    lastAssistantMessage
    lastError {
      at
      error
      details
      message
    }
    spawn {
      state
      pid
      exitCode
      exitSignal
      outputTail
      launchedAt
      exitedAt
      stopRequestedAt
      worktree {
        path
        branch
        repository
        removedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CliSessionShowQuery, CliSessionShowQueryVariables>;
export const CliSessionSpawnDocument = new TypedDocumentString(`
    mutation CliSessionSpawn($input: SpawnSessionInput!) {
  spawnSession(input: $input) {
    __typename
    ... on SpawnSessionPayload {
      manifestPath
      session {
        id
        name
        role
        status
        cwd
        parent {
          id
        }
        spawn {
          worktree {
            path
            branch
          }
        }
      }
      skills {
        name
        version
        contentHash
        scope
      }
    }
    ... on ValidationError {
      message
      fields {
        path
        message
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CliSessionSpawnMutation, CliSessionSpawnMutationVariables>;
export const CliSessionSpawnTaskDocument = new TypedDocumentString(`
    query CliSessionSpawnTask($id: ID!) {
  task(id: $id) {
    id
    project {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CliSessionSpawnTaskQuery, CliSessionSpawnTaskQueryVariables>;
export const CliSessionOutcomeDocument = new TypedDocumentString(`
    query CliSessionOutcome($id: ID!) {
  session(id: $id) {
    id
    status
    endedAt
    lastError {
      error
      message
    }
    spawn {
      state
      exitCode
      exitSignal
    }
  }
}
    `) as unknown as TypedDocumentString<CliSessionOutcomeQuery, CliSessionOutcomeQueryVariables>;
export const CliSessionExistsDocument = new TypedDocumentString(`
    query CliSessionExists($id: ID!) {
  session(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CliSessionExistsQuery, CliSessionExistsQueryVariables>;
export const SklInfoDocument = new TypedDocumentString(`
    query SklInfo($name: String!, $projectId: ID) {
  skill(name: $name, projectId: $projectId) {
    name
    version
    description
    assignTo
    capabilities
    dependencies
    contentHash
    scope
    path
    valid
    overrides {
      scope
      path
      version
      contentHash
    }
    issues {
      code
      field
      message
    }
    content
  }
}
    `) as unknown as TypedDocumentString<SklInfoQuery, SklInfoQueryVariables>;
export const SklListDocument = new TypedDocumentString(`
    query SklList($role: SkillRole, $projectId: ID) {
  skills(role: $role, projectId: $projectId) {
    name
    version
    description
    assignTo
    scope
    path
    contentHash
    dependencies
    valid
    overrides {
      scope
      path
    }
    issues {
      code
      field
      message
    }
  }
  skillScopes(projectId: $projectId) {
    scope
    path
    exists
    skillNames
  }
}
    `) as unknown as TypedDocumentString<SklListQuery, SklListQueryVariables>;
export const CliSubtaskAddDocument = new TypedDocumentString(`
    mutation CliSubtaskAdd($input: CreateSubtasksInput!) {
  createSubtasks(input: $input) {
    __typename
    ... on CreateSubtasksPayload {
      subtasks {
        ...CliSubtaskFields
      }
    }
    ... on ConflictError {
      message
      currentVersion
      current {
        ...CliSubtaskFields
      }
    }
    ... on ValidationError {
      message
      fields {
        path
        message
      }
    }
    ... on Error {
      message
    }
  }
}
    fragment CliSubtaskFields on Subtask {
  id
  title
  description
  done
  completedAt
  position
  version
  createdAt
  updatedAt
  task {
    id
    title
  }
}`) as unknown as TypedDocumentString<CliSubtaskAddMutation, CliSubtaskAddMutationVariables>;
export const CliSubtaskDoneDocument = new TypedDocumentString(`
    mutation CliSubtaskDone($input: CompleteSubtaskInput!) {
  completeSubtask(input: $input) {
    __typename
    ... on CompleteSubtaskPayload {
      subtask {
        ...CliSubtaskFields
      }
    }
    ... on ConflictError {
      message
      currentVersion
      current {
        ...CliSubtaskFields
      }
    }
    ... on ValidationError {
      message
      fields {
        path
        message
      }
    }
    ... on Error {
      message
    }
  }
}
    fragment CliSubtaskFields on Subtask {
  id
  title
  description
  done
  completedAt
  position
  version
  createdAt
  updatedAt
  task {
    id
    title
  }
}`) as unknown as TypedDocumentString<CliSubtaskDoneMutation, CliSubtaskDoneMutationVariables>;
export const CliSubtaskEditDocument = new TypedDocumentString(`
    mutation CliSubtaskEdit($input: UpdateSubtaskInput!) {
  updateSubtask(input: $input) {
    __typename
    ... on UpdateSubtaskPayload {
      subtask {
        ...CliSubtaskFields
      }
    }
    ... on ConflictError {
      message
      currentVersion
      current {
        ...CliSubtaskFields
      }
    }
    ... on ValidationError {
      message
      fields {
        path
        message
      }
    }
    ... on Error {
      message
    }
  }
}
    fragment CliSubtaskFields on Subtask {
  id
  title
  description
  done
  completedAt
  position
  version
  createdAt
  updatedAt
  task {
    id
    title
  }
}`) as unknown as TypedDocumentString<CliSubtaskEditMutation, CliSubtaskEditMutationVariables>;
export const CliSubtaskListDocument = new TypedDocumentString(`
    query CliSubtaskList($id: ID!, $first: Int!, $after: String) {
  task(id: $id) {
    id
    title
    subtaskProgress {
      total
      done
    }
    subtasks(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CliSubtaskFields
        }
      }
    }
  }
}
    fragment CliSubtaskFields on Subtask {
  id
  title
  description
  done
  completedAt
  position
  version
  createdAt
  updatedAt
  task {
    id
    title
  }
}`) as unknown as TypedDocumentString<CliSubtaskListQuery, CliSubtaskListQueryVariables>;
export const CliSubtaskMoveDocument = new TypedDocumentString(`
    mutation CliSubtaskMove($input: MoveSubtaskInput!) {
  moveSubtask(input: $input) {
    __typename
    ... on MoveSubtaskPayload {
      subtask {
        ...CliSubtaskFields
      }
    }
    ... on ConflictError {
      message
      currentVersion
      current {
        ...CliSubtaskFields
      }
    }
    ... on ValidationError {
      message
      fields {
        path
        message
      }
    }
    ... on Error {
      message
    }
  }
}
    fragment CliSubtaskFields on Subtask {
  id
  title
  description
  done
  completedAt
  position
  version
  createdAt
  updatedAt
  task {
    id
    title
  }
}`) as unknown as TypedDocumentString<CliSubtaskMoveMutation, CliSubtaskMoveMutationVariables>;
export const CliSubtaskRemoveDocument = new TypedDocumentString(`
    mutation CliSubtaskRemove($input: DeleteSubtaskInput!) {
  deleteSubtask(input: $input) {
    __typename
    ... on DeleteSubtaskPayload {
      deletedSubtaskId
    }
    ... on ConflictError {
      message
      currentVersion
      current {
        ...CliSubtaskFields
      }
    }
    ... on ValidationError {
      message
      fields {
        path
        message
      }
    }
    ... on Error {
      message
    }
  }
}
    fragment CliSubtaskFields on Subtask {
  id
  title
  description
  done
  completedAt
  position
  version
  createdAt
  updatedAt
  task {
    id
    title
  }
}`) as unknown as TypedDocumentString<CliSubtaskRemoveMutation, CliSubtaskRemoveMutationVariables>;
export const CliSubtaskUndoDocument = new TypedDocumentString(`
    mutation CliSubtaskUndo($input: ReopenSubtaskInput!) {
  reopenSubtask(input: $input) {
    __typename
    ... on ReopenSubtaskPayload {
      subtask {
        ...CliSubtaskFields
      }
    }
    ... on ConflictError {
      message
      currentVersion
      current {
        ...CliSubtaskFields
      }
    }
    ... on ValidationError {
      message
      fields {
        path
        message
      }
    }
    ... on Error {
      message
    }
  }
}
    fragment CliSubtaskFields on Subtask {
  id
  title
  description
  done
  completedAt
  position
  version
  createdAt
  updatedAt
  task {
    id
    title
  }
}`) as unknown as TypedDocumentString<CliSubtaskUndoMutation, CliSubtaskUndoMutationVariables>;
export const CliTaskCreateDocument = new TypedDocumentString(`
    mutation CliTaskCreate($input: CreateTaskInput!) {
  createTask(input: $input) {
    __typename
    ... on CreateTaskPayload {
      task {
        ...CliTaskFields
      }
    }
    ... on ValidationError {
      message
      fields {
        path
        message
      }
    }
    ... on Error {
      message
    }
  }
}
    fragment CliTaskFields on Task {
  id
  title
  description
  status
  priority
  acceptanceCriteria
  startedAt
  completedAt
  createdAt
  updatedAt
  project {
    id
    name
  }
}`) as unknown as TypedDocumentString<CliTaskCreateMutation, CliTaskCreateMutationVariables>;
export const CliTaskListDocument = new TypedDocumentString(`
    query CliTaskList($projectId: ID, $status: TaskStatus, $first: Int!, $after: String) {
  tasks(projectId: $projectId, status: $status, first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...CliTaskFields
      }
    }
  }
}
    fragment CliTaskFields on Task {
  id
  title
  description
  status
  priority
  acceptanceCriteria
  startedAt
  completedAt
  createdAt
  updatedAt
  project {
    id
    name
  }
}`) as unknown as TypedDocumentString<CliTaskListQuery, CliTaskListQueryVariables>;
export const CliTaskShowDocument = new TypedDocumentString(`
    query CliTaskShow($id: ID!, $events: Int!) {
  task(id: $id) {
    ...CliTaskFields
    events(last: $events) {
      totalCount
      edges {
        node {
          ...CliEventFields
        }
      }
    }
  }
}
    fragment CliTaskFields on Task {
  id
  title
  description
  status
  priority
  acceptanceCriteria
  startedAt
  completedAt
  createdAt
  updatedAt
  project {
    id
    name
  }
}
fragment CliEventFields on Event {
  seq
  cursor
  kind
  projectId
  taskId
  subtaskId
  sessionId
  actor
  hookEvent
  toolName
  payload
  createdAt
}`) as unknown as TypedDocumentString<CliTaskShowQuery, CliTaskShowQueryVariables>;
export const CliTaskUpdateDocument = new TypedDocumentString(`
    mutation CliTaskUpdate($input: UpdateTaskInput!) {
  updateTask(input: $input) {
    __typename
    ... on UpdateTaskPayload {
      task {
        ...CliTaskFields
      }
    }
    ... on ValidationError {
      message
      fields {
        path
        message
      }
    }
    ... on Error {
      message
    }
  }
}
    fragment CliTaskFields on Task {
  id
  title
  description
  status
  priority
  acceptanceCriteria
  startedAt
  completedAt
  createdAt
  updatedAt
  project {
    id
    name
  }
}`) as unknown as TypedDocumentString<CliTaskUpdateMutation, CliTaskUpdateMutationVariables>;