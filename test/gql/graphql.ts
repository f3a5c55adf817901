/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** A new subtask; at the end of the task unless afterId or beforeId is given. */
export type CreateSubtaskInput = {
  /** Place it right after this subtask of the same task. */
  afterId?: string | number | null | undefined;
  /** Place it right before this subtask of the same task. */
  beforeId?: string | number | null | undefined;
  /** Any unique string: a retry with the same value returns the first result and changes nothing twice. */
  clientMutationId?: string | null | undefined;
  /** Details (up to 10 000 characters). */
  description?: string | null | undefined;
  /** The task's global ID. */
  taskId: string | number;
  /** What to do (1–500 characters). */
  title: string;
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

/** The project to delete. */
export type DeleteProjectInput = {
  /** Also delete its tasks. Without it, a project with tasks is refused. */
  force?: boolean | null | undefined;
  /** The project's global ID. */
  id: string | number;
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

/** The task to delete. */
export type DeleteTaskInput = {
  /** The task's global ID. */
  id: string | number;
  /** When given, the task must belong to this project. */
  projectId?: string | number | null | undefined;
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

/** A session and the task of its project to link it to. */
export type LinkSessionTaskInput = {
  /** The session's global ID. */
  sessionId: string | number;
  /** The task's global ID (a task of the session's project). */
  taskId: string | number;
};

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

/** The agent process of a session exited. */
export type ReportSessionExitInput = {
  /** The exit code, if it exited. */
  exitCode?: number | null | undefined;
  /** The session's global ID. */
  id: string | number;
  /** The signal that killed it, if any. */
  signal?: string | null | undefined;
};

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

/** A spawned session to stop. */
export type StopSessionInput = {
  /** Milliseconds between SIGTERM and SIGKILL (default 5000). */
  graceMs?: number | null | undefined;
  /** The session's global ID. */
  id: string | number;
};

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

/** A session and the task to unlink it from. */
export type UnlinkSessionTaskInput = {
  /** The session's global ID. */
  sessionId: string | number;
  /** The task's global ID (a task of the session's project). */
  taskId: string | number;
};

/** Changes to a project; omitted fields keep their value. */
export type UpdateProjectInput = {
  /** New description (up to 10 000 characters). */
  description?: string | null | undefined;
  /** The project's global ID. */
  id: string | number;
  /** New name (1–200 characters). */
  name?: string | null | undefined;
  /** New working directory. */
  workingDir?: string | null | undefined;
};

/** Changes to a session; omitted fields keep their value. */
export type UpdateSessionInput = {
  /** true: detach it from its parent. */
  clearParent?: boolean | null | undefined;
  /** New working directory. */
  cwd?: string | null | undefined;
  /** The session's global ID. */
  id: string | number;
  /** New name. */
  name?: string | null | undefined;
  /** New parent session (same project, no cycles). */
  parentId?: string | number | null | undefined;
  /** New role. */
  role?: SessionRole | null | undefined;
};

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

export type BenchFoundationProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type BenchFoundationProjectMutation = { createProject:
    | { __typename: 'BaseError' }
    | { __typename: 'CreateProjectPayload', project: { id: string } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type BenchFoundationTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type BenchFoundationTaskMutation = { createTask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateTaskPayload', task: { id: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type Perf19ProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type Perf19ProjectMutation = { createProject:
    | { __typename: 'BaseError' }
    | { __typename: 'CreateProjectPayload', project: { id: string } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type Perf19TaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type Perf19TaskMutation = { createTask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateTaskPayload', task: { id: string, title: string, status: TaskStatus, priority: TaskPriority, createdAt: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type Perf19SubtaskMutationVariables = Exact<{
  input: CreateSubtaskInput;
}>;


export type Perf19SubtaskMutation = { createSubtask:
    | { __typename: 'BaseError' }
    | { __typename: 'ConflictError' }
    | { __typename: 'CreateSubtaskPayload' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type Perf19TasksQueryVariables = Exact<{
  projectId: string | number;
  after?: string | null | undefined;
}>;


export type Perf19TasksQuery = { project: { tasks: { edges: Array<{ node: { id: string, title: string, status: TaskStatus, priority: TaskPriority, createdAt: string, updatedAt: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } } | null };

export type AbProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type AbProjectMutation = { createProject:
    | { __typename: 'BaseError' }
    | { __typename: 'CreateProjectPayload', project: { id: string } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type AbTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type AbTaskMutation = { createTask:
    | { __typename: 'BaseError' }
    | { __typename: 'CreateTaskPayload', task: { id: string } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type BenchSubProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type BenchSubProjectMutation = { createProject:
    | { __typename: 'BaseError' }
    | { __typename: 'CreateProjectPayload', project: { id: string } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type BenchSubTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type BenchSubTaskMutation = { createTask:
    | { __typename: 'BaseError' }
    | { __typename: 'CreateTaskPayload', task: { id: string } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type BenchSubCreateMutationVariables = Exact<{
  input: CreateSubtaskInput;
}>;


export type BenchSubCreateMutation = { createSubtask:
    | { __typename: 'BaseError' }
    | { __typename: 'ConflictError' }
    | { __typename: 'CreateSubtaskPayload' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type BenchSubBatchMutationVariables = Exact<{
  input: CreateSubtasksInput;
}>;


export type BenchSubBatchMutation = { createSubtasks:
    | { __typename: 'BaseError' }
    | { __typename: 'ConflictError' }
    | { __typename: 'CreateSubtasksPayload' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError' }
   };

export type BenchSubBoardQueryVariables = Exact<{
  projectId: string | number;
}>;


export type BenchSubBoardQuery = { project: { tasks: { edges: Array<{ node: { id: string, title: string, subtaskProgress: { total: number, done: number }, subtasks: { edges: Array<{ node: { id: string, title: string, done: boolean, position: number, version: number } }> } } }> } } | null };

export type CliSubTestStateQueryVariables = Exact<{
  id: string | number;
}>;


export type CliSubTestStateQuery = { task: { subtaskProgress: { total: number, done: number }, subtasks: { edges: Array<{ node: { id: string, title: string, description: string, done: boolean, version: number } }> }, created: { totalCount: number } } | null };

export type CliSubTestSeedMutationVariables = Exact<{
  input: CreateSubtasksInput;
}>;


export type CliSubTestSeedMutation = { createSubtasks:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'CreateSubtasksPayload', subtasks: Array<{ id: string }> }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type CliSubTestCompleteMutationVariables = Exact<{
  input: CompleteSubtaskInput;
}>;


export type CliSubTestCompleteMutation = { completeSubtask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CompleteSubtaskPayload' }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type CliSubTestRenameMutationVariables = Exact<{
  input: UpdateSubtaskInput;
}>;


export type CliSubTestRenameMutation = { updateSubtask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpdateSubtaskPayload', subtask: { version: number } }
    | { __typename: 'ValidationError', message: string }
   };

export type EvHistoryQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type EvHistoryQuery = { events: { edges: Array<{ node: { seq: number } }> } };

export type EvCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type EvCreateProjectMutation = { createProject:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateProjectPayload', project: { id: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type EvCreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type EvCreateTaskMutation = { createTask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateTaskPayload', task: { id: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type EvUpdateTaskMutationVariables = Exact<{
  input: UpdateTaskInput;
}>;


export type EvUpdateTaskMutation = { updateTask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpdateTaskPayload' }
    | { __typename: 'ValidationError', message: string }
   };

export type EvDeleteTaskMutationVariables = Exact<{
  input: DeleteTaskInput;
}>;


export type EvDeleteTaskMutation = { deleteTask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'DeleteTaskPayload' }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type EvHeadQueryVariables = Exact<{ [key: string]: never; }>;


export type EvHeadQuery = { events: { pageInfo: { endCursor: string | null }, edges: Array<{ node: { seq: number, cursor: string } }> } };

export type EvEventsSubscriptionVariables = Exact<{
  after?: string | null | undefined;
  fromStart?: boolean | null | undefined;
  filter?: EventFilter | null | undefined;
}>;


export type EvEventsSubscription = { events: { seq: number, cursor: string, kind: EventKind, projectId: string | null, taskId: string | null, payload: unknown, createdAt: string } };

export type HkCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type HkCreateProjectMutation = { createProject:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateProjectPayload', project: { id: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type HkCreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type HkCreateTaskMutation = { createTask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateTaskPayload', task: { id: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type HkCreateSessionMutationVariables = Exact<{
  input: CreateSessionInput;
}>;


export type HkCreateSessionMutation = { createSession:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateSessionPayload', token: string, session: { id: string, name: string, role: SessionRole, status: SessionStatus, cwd: string, agentSessionId: string | null, createdAt: string, tasks: { totalCount: number, edges: Array<{ node: { id: string } }> }, parent: { id: string } | null } }
    | { __typename: 'NotFoundError', message: string, id: string, type: string }
    | { __typename: 'ValidationError', message: string, fields: Array<{ path: Array<string>, message: string }> }
   };

export type HkSessionStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type HkSessionStatusQuery = { session: { id: string, status: SessionStatus, agentSessionId: string | null, cwd: string, startedAt: string | null, endedAt: string | null, lastEvidenceAt: string | null, toolCallCount: number, pendingToolCalls: number, failures: number, permissionRequests: number, model: string | null, title: string | null, lastPrompt: string | null, lastAssistantMessage: string | null, needsInput: { since: string, kind: NeedsInputKind, message: string } | null, toolCalls: Array<{ tool: string, calls: number, completed: number, failures: number, totalDurationMs: number }>, filesTouched: { written: Array<string>, onlyRead: Array<string> }, subagents: Array<{ agentId: string, agentType: string, running: boolean, toolCalls: number, failures: number, lastAssistantMessage: string | null, toolUseId: string | null }> } | null };

export type HkSessionEventsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  kinds?: Array<EventKind> | EventKind | null | undefined;
}>;


export type HkSessionEventsQuery = { session: { events: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { seq: number, kind: EventKind, hookEvent: string | null, toolName: string | null, toolUseId: string | null, agentId: string | null, payload: unknown, actor: string } }> } } | null };

export type RcSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type RcSessionQuery = { session: { status: SessionStatus, lastPrompt: string | null, lastAssistantMessage: string | null, model: string | null, toolCallCount: number, pendingToolCalls: number, failures: number, refusedToolCalls: number, permissionRequests: number, needsInput: { kind: NeedsInputKind, message: string } | null, toolCalls: Array<{ tool: string, calls: number, completed: number, failures: number }>, subagents: Array<{ agentId: string, agentType: string, toolCalls: number }>, lastError: { at: string, error: string, details: string | null, message: string | null } | null } | null };

export type RcSessionsByStatusQueryVariables = Exact<{
  projectId: string | number;
  status: SessionStatus;
}>;


export type RcSessionsByStatusQuery = { sessions: { edges: Array<{ node: { id: string } }> } };

export type RcSpawnMutationVariables = Exact<{
  input: SpawnSessionInput;
}>;


export type RcSpawnMutation = { spawnSession:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'SpawnSessionPayload', token: string | null, session: { id: string, model: string | null } }
    | { __typename: 'ValidationError', message: string }
   };

export type HkReportSessionExitMutationVariables = Exact<{
  input: ReportSessionExitInput;
}>;


export type HkReportSessionExitMutation = { reportSessionExit:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ReportSessionExitPayload', session: { status: SessionStatus, endedAt: string | null } }
    | { __typename: 'ValidationError', message: string }
   };

export type RnCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type RnCreateProjectMutation = { createProject:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateProjectPayload', project: { id: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type RnCreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type RnCreateTaskMutation = { createTask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateTaskPayload', task: { id: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type RnSpawnMutationVariables = Exact<{
  input: SpawnSessionInput;
}>;


export type RnSpawnMutation = { spawnSession:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'SpawnSessionPayload', token: string | null, manifestPath: string, session: { id: string, status: SessionStatus, role: SessionRole }, skills: Array<{ name: string, version: string, contentHash: string, scope: string, reason: string | null }> }
    | { __typename: 'ValidationError', message: string }
   };

export type RnStopMutationVariables = Exact<{
  input: StopSessionInput;
}>;


export type RnStopMutation = { stopSession:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'StopSessionPayload', session: { id: string, status: SessionStatus } }
    | { __typename: 'ValidationError', message: string }
   };

export type RnSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type RnSessionQuery = { session: { id: string, status: SessionStatus, role: SessionRole, parent: { id: string } | null, children: { edges: Array<{ node: { id: string, role: SessionRole } }> }, skills: Array<{ name: string, version: string, contentHash: string, scope: string }>, subtasks: { edges: Array<{ node: { id: string, subtasks: { edges: Array<{ node: { title: string, done: boolean } }> } } }> }, spawn: { state: SpawnState, attempts: number, pid: number | null, exitCode: number | null, exitSignal: string | null, outputTail: string | null, runnerId: string | null, stopRequestedAt: string | null, sessionDir: string, manifestPath: string } | null } | null };

export type PrCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type PrCreateProjectMutation = { createProject:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateProjectPayload', project: { id: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type PrSessionCwdQueryVariables = Exact<{
  id: string | number;
}>;


export type PrSessionCwdQuery = { session: { id: string, cwd: string, spawn: { sessionDir: string } | null } | null };

export type WtCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type WtCreateProjectMutation = { createProject:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateProjectPayload', project: { id: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type WtSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type WtSessionQuery = { session: { id: string, cwd: string, spawn: { state: SpawnState, worktree: { path: string, branch: string, repository: string, removedAt: string | null } | null } | null } | null };

export type ScaleCreateSubtaskMutationVariables = Exact<{
  input: CreateSubtaskInput;
}>;


export type ScaleCreateSubtaskMutation = { createSubtask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'CreateSubtaskPayload', subtask: { id: string, position: number, version: number } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type ScaleCompleteSubtaskMutationVariables = Exact<{
  input: CompleteSubtaskInput;
}>;


export type ScaleCompleteSubtaskMutation = { completeSubtask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CompleteSubtaskPayload', subtask: { id: string, done: boolean, version: number } }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type SrvLifecycleSnapshotQueryVariables = Exact<{ [key: string]: never; }>;


export type SrvLifecycleSnapshotQuery = { projects: { edges: Array<{ node: { id: string, name: string, tasks: { edges: Array<{ node: { id: string, title: string, status: TaskStatus } }> } } }> }, events: { totalCount: number, edges: Array<{ cursor: string, node: { seq: number, kind: EventKind } }> } };

export type SrvLifecycleTasksQueryVariables = Exact<{
  projectId: string | number;
}>;


export type SrvLifecycleTasksQuery = { tasks: { edges: Array<{ node: { id: string } }> } };

export type SrvLifecycleLiveSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SrvLifecycleLiveSubscription = { events: { seq: number, kind: EventKind } };

export type SrvUpdateProjectMutationVariables = Exact<{
  input: UpdateProjectInput;
}>;


export type SrvUpdateProjectMutation = { updateProject:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'NotFoundError', id: string, type: string, message: string }
    | { __typename: 'UpdateProjectPayload', project: { id: string, name: string, workingDir: string, description: string, updatedAt: string } }
    | { __typename: 'ValidationError', message: string, fields: Array<{ path: Array<string>, message: string }> }
   };

export type SrvDeleteProjectMutationVariables = Exact<{
  input: DeleteProjectInput;
}>;


export type SrvDeleteProjectMutation = { deleteProject:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'DeleteProjectPayload', deletedProjectId: string }
    | { __typename: 'NotFoundError', id: string, type: string, message: string }
    | { __typename: 'ProjectNotEmptyError', taskCount: number, message: string }
    | { __typename: 'ValidationError', message: string, fields: Array<{ path: Array<string>, message: string }> }
   };

export type SrvUpdateTaskMutationVariables = Exact<{
  input: UpdateTaskInput;
}>;


export type SrvUpdateTaskMutation = { updateTask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'NotFoundError', id: string, type: string, message: string }
    | { __typename: 'UpdateTaskPayload', task: { id: string, title: string, description: string, status: TaskStatus, priority: TaskPriority, acceptanceCriteria: Array<string>, startedAt: string | null, completedAt: string | null, updatedAt: string, project: { id: string } } }
    | { __typename: 'ValidationError', message: string, fields: Array<{ path: Array<string>, message: string }> }
   };

export type SrvDeleteTaskMutationVariables = Exact<{
  input: DeleteTaskInput;
}>;


export type SrvDeleteTaskMutation = { deleteTask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'DeleteTaskPayload', deletedTaskId: string }
    | { __typename: 'NotFoundError', id: string, type: string, message: string }
    | { __typename: 'ValidationError', message: string, fields: Array<{ path: Array<string>, message: string }> }
   };

export type SrvMutationStateQueryVariables = Exact<{ [key: string]: never; }>;


export type SrvMutationStateQuery = { projects: { edges: Array<{ node: { id: string, name: string, workingDir: string, description: string, updatedAt: string, tasks: { edges: Array<{ node: { id: string, title: string, description: string, status: TaskStatus, priority: TaskPriority, acceptanceCriteria: Array<string>, startedAt: string | null, completedAt: string | null, updatedAt: string } }> } } }> }, events: { totalCount: number, edges: Array<{ node: { seq: number, kind: EventKind } }> } };

export type SrvMutationTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type SrvMutationTaskQuery = { task: { id: string, title: string, status: TaskStatus, startedAt: string | null, completedAt: string | null, project: { id: string } } | null };

export type SrvMutationProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type SrvMutationProjectQuery = { project: { id: string, name: string, tasks: { totalCount: number } } | null };

export type SrvLatestEventsQueryVariables = Exact<{
  last: number;
}>;


export type SrvLatestEventsQuery = { events: { edges: Array<{ node: { seq: number, kind: EventKind, projectId: string | null, taskId: string | null, payload: unknown } }> } };

export type SrvNPlusOneProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type SrvNPlusOneProjectsQuery = { projects: { totalCount: number, edges: Array<{ node: { id: string, name: string, tasks: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: TaskStatus, project: { id: string, name: string } } }> } } }> } };

export type SrvNPlusOneTasksQueryVariables = Exact<{
  first: number;
}>;


export type SrvNPlusOneTasksQuery = { tasks: { edges: Array<{ node: { id: string, title: string, project: { id: string, name: string } } }> } };

export type SrvNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type SrvNodeQuery = { node:
    | { __typename: 'Project', name: string, id: string }
    | { __typename: 'Session', id: string }
    | { __typename: 'Subtask', id: string }
    | { __typename: 'Task', title: string, id: string, project: { id: string } }
   | null };

export type SrvNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type SrvNodesQuery = { nodes: Array<
    | { __typename: 'Project', name: string, id: string }
    | { __typename: 'Session', id: string }
    | { __typename: 'Subtask', id: string }
    | { __typename: 'Task', title: string, id: string }
   | null> };

export type SrvProjectsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SrvProjectsQuery = { projects: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type SrvTasksQueryVariables = Exact<{
  projectId?: string | number | null | undefined;
  status?: TaskStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SrvTasksQuery = { tasks: { edges: Array<{ cursor: string, node: { id: string, title: string, status: TaskStatus, project: { id: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SrvProjectTasksQueryVariables = Exact<{
  id: string | number;
  status?: TaskStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SrvProjectTasksQuery = { project: { id: string, tasks: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: TaskStatus } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type SrvCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type SrvCreateProjectMutation = { createProject:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateProjectPayload', project: { id: string, name: string, workingDir: string, description: string, createdAt: string, updatedAt: string } }
    | { __typename: 'NotFoundError', id: string, type: string, message: string }
    | { __typename: 'ValidationError', message: string, fields: Array<{ path: Array<string>, message: string }> }
   };

export type SrvCreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type SrvCreateTaskMutation = { createTask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateTaskPayload', task: { id: string, title: string, description: string, status: TaskStatus, priority: TaskPriority, acceptanceCriteria: Array<string>, startedAt: string | null, completedAt: string | null, createdAt: string, updatedAt: string, project: { id: string } } }
    | { __typename: 'NotFoundError', id: string, type: string, message: string }
    | { __typename: 'ValidationError', message: string, fields: Array<{ path: Array<string>, message: string }> }
   };

export type SrvTransportProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type SrvTransportProjectsQuery = { projects: { totalCount: number, edges: Array<{ node: { id: string, name: string } }> } };

export type SrvTransportEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SrvTransportEventsSubscription = { events: { seq: number, kind: EventKind, projectId: string | null } };

export type BfCreateSessionMutationVariables = Exact<{
  input: CreateSessionInput;
}>;


export type BfCreateSessionMutation = { createSession:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateSessionPayload', token: string, session: { id: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type BfBoardQueryVariables = Exact<{
  id: string | number;
}>;


export type BfBoardQuery = { project: { sessionsNeedingInput: number, tasks: { edges: Array<{ node: { title: string, liveSession: { id: string, status: SessionStatus, activity: string | null, activityAt: string | null, needsInput: { kind: NeedsInputKind, message: string } | null } | null } }> } } | null };

export type HkUpdateSessionMutationVariables = Exact<{
  input: UpdateSessionInput;
}>;


export type HkUpdateSessionMutation = { updateSession:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpdateSessionPayload', session: { id: string, name: string, role: SessionRole, cwd: string, parent: { id: string } | null } }
    | { __typename: 'ValidationError', message: string, fields: Array<{ path: Array<string>, message: string }> }
   };

export type HkLinkSessionTaskMutationVariables = Exact<{
  input: LinkSessionTaskInput;
}>;


export type HkLinkSessionTaskMutation = { linkSessionTask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'LinkSessionTaskPayload', session: { id: string, tasks: { totalCount: number, edges: Array<{ node: { id: string } }> } } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type HkUnlinkSessionTaskMutationVariables = Exact<{
  input: UnlinkSessionTaskInput;
}>;


export type HkUnlinkSessionTaskMutation = { unlinkSessionTask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UnlinkSessionTaskPayload', session: { id: string, tasks: { totalCount: number } } }
    | { __typename: 'ValidationError', message: string }
   };

export type HkSessionsQueryVariables = Exact<{
  projectId?: string | number | null | undefined;
  taskId?: string | number | null | undefined;
  status?: SessionStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HkSessionsQuery = { sessions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, status: SessionStatus, project: { id: string } } }> } };

export type HkTaskSessionsQueryVariables = Exact<{
  id: string | number;
}>;


export type HkTaskSessionsQuery = { task: { sessions: { totalCount: number, edges: Array<{ node: { id: string, name: string } }> } } | null };

export type HkSessionTreeQueryVariables = Exact<{
  id: string | number;
}>;


export type HkSessionTreeQuery = { session: { id: string, parent: { id: string } | null, children: { totalCount: number, edges: Array<{ node: { id: string } }> } } | null };

export type HkSessionEventKindsQueryVariables = Exact<{
  id: string | number;
}>;


export type HkSessionEventKindsQuery = { events: { edges: Array<{ node: { kind: EventKind, taskId: string | null, payload: unknown } }> } };

export type SklCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type SklCreateProjectMutation = { createProject:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateProjectPayload', project: { id: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type SklSkillsQueryVariables = Exact<{
  role?: SkillRole | null | undefined;
  projectId?: string | number | null | undefined;
}>;


export type SklSkillsQuery = { skills: Array<{ name: string, version: string | null, description: string | null, assignTo: SkillAssignment | null, capabilities: Array<string>, dependencies: Array<string>, contentHash: string, scope: SkillScope, path: string, content: string | null, valid: boolean, overrides: Array<{ scope: SkillScope, path: string, version: string | null, contentHash: string }>, issues: Array<{ code: SkillIssueCode, field: string | null, message: string }> }>, skillScopes: Array<{ scope: SkillScope, path: string | null, exists: boolean, skillNames: Array<string> }> };

export type SklSkillQueryVariables = Exact<{
  name: string;
  projectId?: string | number | null | undefined;
}>;


export type SklSkillQuery = { skill: { name: string, version: string | null, scope: SkillScope, path: string, content: string | null, contentHash: string, valid: boolean, overrides: Array<{ scope: SkillScope, version: string | null }>, issues: Array<{ code: SkillIssueCode, message: string }> } | null };

export type SklCliCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type SklCliCreateProjectMutation = { createProject:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateProjectPayload', project: { id: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type SmokeCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type SmokeCreateProjectMutation = { createProject:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateProjectPayload', project: { id: string, name: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type SmokeProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type SmokeProjectsQuery = { projects: { edges: Array<{ node: { id: string, name: string } }> } };

export type SubBoardAddMutationVariables = Exact<{
  input: CreateSubtasksInput;
}>;


export type SubBoardAddMutation = { createSubtasks:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'CreateSubtasksPayload' }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type SubBoardQueryVariables = Exact<{
  projectId: string | number;
}>;


export type SubBoardQuery = { project: { tasks: { edges: Array<{ node: { id: string, title: string, subtaskProgress: { total: number, done: number }, subtasks: { totalCount: number, edges: Array<{ node: { id: string, title: string, done: boolean, position: number, version: number, task: { id: string } } }> } } }> } } | null };

export type SubConcCreateMutationVariables = Exact<{
  input: CreateSubtaskInput;
}>;


export type SubConcCreateMutation = { createSubtask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'CreateSubtaskPayload', subtask: { id: string, position: number, version: number } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type SubConcUpdateMutationVariables = Exact<{
  input: UpdateSubtaskInput;
}>;


export type SubConcUpdateMutation = { updateSubtask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'ConflictError', currentVersion: number, message: string, current: { title: string, version: number } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpdateSubtaskPayload', subtask: { id: string, title: string, version: number } }
    | { __typename: 'ValidationError', message: string }
   };

export type SubConcCompleteMutationVariables = Exact<{
  input: CompleteSubtaskInput;
}>;


export type SubConcCompleteMutation = { completeSubtask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CompleteSubtaskPayload', subtask: { id: string, done: boolean, version: number } }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type SubConcTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type SubConcTaskQuery = { task: { subtaskProgress: { total: number, done: number }, subtasks: { totalCount: number, edges: Array<{ node: { id: string, title: string, position: number, version: number, done: boolean } }> } } | null };

export type SubCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type SubCreateProjectMutation = { createProject:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateProjectPayload', project: { id: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type SubCreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type SubCreateTaskMutation = { createTask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateTaskPayload', task: { id: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type SubMutCreateMutationVariables = Exact<{
  input: CreateSubtaskInput;
}>;


export type SubMutCreateMutation = { createSubtask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'CreateSubtaskPayload', subtask: { id: string, title: string, position: number, version: number, done: boolean, task: { id: string } } }
    | { __typename: 'NotFoundError', id: string, type: string, message: string }
    | { __typename: 'ValidationError', message: string, fields: Array<{ path: Array<string>, message: string }> }
   };

export type SubMutCreateManyMutationVariables = Exact<{
  input: CreateSubtasksInput;
}>;


export type SubMutCreateManyMutation = { createSubtasks:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'CreateSubtasksPayload', subtasks: Array<{ id: string, title: string }> }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, fields: Array<{ path: Array<string>, message: string }> }
   };

export type SubMutMoveMutationVariables = Exact<{
  input: MoveSubtaskInput;
}>;


export type SubMutMoveMutation = { moveSubtask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'MoveSubtaskPayload', subtask: { id: string, version: number, task: { id: string } } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string, fields: Array<{ path: Array<string>, message: string }> }
   };

export type SubMutCompleteMutationVariables = Exact<{
  input: CompleteSubtaskInput;
}>;


export type SubMutCompleteMutation = { completeSubtask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CompleteSubtaskPayload', subtask: { id: string, done: boolean, completedAt: string | null, version: number } }
    | { __typename: 'ConflictError', currentVersion: number, message: string, current: { id: string, done: boolean, version: number } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type SubMutReopenMutationVariables = Exact<{
  input: ReopenSubtaskInput;
}>;


export type SubMutReopenMutation = { reopenSubtask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ReopenSubtaskPayload', subtask: { id: string, done: boolean, completedAt: string | null, version: number } }
    | { __typename: 'ValidationError', message: string }
   };

export type SubMutDeleteMutationVariables = Exact<{
  input: DeleteSubtaskInput;
}>;


export type SubMutDeleteMutation = { deleteSubtask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'ConflictError', currentVersion: number, message: string }
    | { __typename: 'DeleteSubtaskPayload', deletedSubtaskId: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type SubMutOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type SubMutOrderQuery = { task: { subtaskProgress: { total: number, done: number }, subtasks: { edges: Array<{ node: { title: string } }> } } | null };

export type SubMutNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type SubMutNodeQuery = { node:
    | { __typename: 'Project' }
    | { __typename: 'Session' }
    | { __typename: 'Subtask', title: string, task: { title: string } }
    | { __typename: 'Task' }
   | null };

export type SubOrdCreateMutationVariables = Exact<{
  input: CreateSubtaskInput;
}>;


export type SubOrdCreateMutation = { createSubtask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'CreateSubtaskPayload', subtask: { id: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type SubOrdMoveMutationVariables = Exact<{
  input: MoveSubtaskInput;
}>;


export type SubOrdMoveMutation = { moveSubtask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'MoveSubtaskPayload' }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type SubOrdDeleteMutationVariables = Exact<{
  input: DeleteSubtaskInput;
}>;


export type SubOrdDeleteMutation = { deleteSubtask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'DeleteSubtaskPayload' }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type SubOrdPageQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type SubOrdPageQuery = { task: { subtasks: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, position: number } }> } } | null };

export type WebActCreateSubtasksMutationVariables = Exact<{
  input: CreateSubtasksInput;
}>;


export type WebActCreateSubtasksMutation = { createSubtasks:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'CreateSubtasksPayload', subtasks: Array<{ id: string, title: string, version: number }> }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type WebActMoveSubtaskMutationVariables = Exact<{
  input: MoveSubtaskInput;
}>;


export type WebActMoveSubtaskMutation = { moveSubtask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'MoveSubtaskPayload' }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type WebSeedProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type WebSeedProjectMutation = { createProject:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateProjectPayload', project: { id: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type WebSeedTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type WebSeedTaskMutation = { createTask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateTaskPayload', task: { id: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type WebSeedSubtaskMutationVariables = Exact<{
  input: CreateSubtaskInput;
}>;


export type WebSeedSubtaskMutation = { createSubtask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'CreateSubtaskPayload', subtask: { id: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type WebSeedSessionMutationVariables = Exact<{
  input: CreateSessionInput;
}>;


export type WebSeedSessionMutation = { createSession:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateSessionPayload', token: string, session: { id: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type WebSeedCompleteSubtaskMutationVariables = Exact<{
  input: CompleteSubtaskInput;
}>;


export type WebSeedCompleteSubtaskMutation = { completeSubtask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CompleteSubtaskPayload' }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type WebSeedUpdateTaskMutationVariables = Exact<{
  input: UpdateTaskInput;
}>;


export type WebSeedUpdateTaskMutation = { updateTask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpdateTaskPayload' }
    | { __typename: 'ValidationError', message: string }
   };

export type WebSeedDeleteTaskMutationVariables = Exact<{
  input: DeleteTaskInput;
}>;


export type WebSeedDeleteTaskMutation = { deleteTask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'DeleteTaskPayload' }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type WebSeedTaskStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type WebSeedTaskStatusQuery = { task: { id: string, status: TaskStatus } | null };

export type WebSeedReportExitMutationVariables = Exact<{
  input: ReportSessionExitInput;
}>;


export type WebSeedReportExitMutation = { reportSessionExit:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ReportSessionExitPayload' }
    | { __typename: 'ValidationError', message: string }
   };

export type WebLiveCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type WebLiveCreateProjectMutation = { createProject:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateProjectPayload', project: { id: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type WebLiveCreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type WebLiveCreateTaskMutation = { createTask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateTaskPayload', task: { id: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type WebLiveUpdateTaskMutationVariables = Exact<{
  input: UpdateTaskInput;
}>;


export type WebLiveUpdateTaskMutation = { updateTask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpdateTaskPayload' }
    | { __typename: 'ValidationError', message: string }
   };

export type WebLiveProjectEventsQueryVariables = Exact<{
  id: string | number;
}>;


export type WebLiveProjectEventsQuery = { project: { events: { edges: Array<{ node: { seq: number } }> } } | null };

export type WebSubCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type WebSubCreateProjectMutation = { createProject:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateProjectPayload', project: { id: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type WebSubCreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type WebSubCreateTaskMutation = { createTask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateTaskPayload', task: { id: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type WebSubCreateSubtasksMutationVariables = Exact<{
  input: CreateSubtasksInput;
}>;


export type WebSubCreateSubtasksMutation = { createSubtasks:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'CreateSubtasksPayload', subtasks: Array<{ id: string, title: string, version: number }> }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type WebSubUpdateSubtaskMutationVariables = Exact<{
  input: UpdateSubtaskInput;
}>;


export type WebSubUpdateSubtaskMutation = { updateSubtask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpdateSubtaskPayload', subtask: { version: number } }
    | { __typename: 'ValidationError', message: string }
   };

export type WebSubTaskSubtasksQueryVariables = Exact<{
  id: string | number;
}>;


export type WebSubTaskSubtasksQuery = { task: { subtaskProgress: { total: number, done: number }, subtasks: { edges: Array<{ node: { id: string, title: string, done: boolean, version: number } }> } } | null };

export type WebTpCreateSubtasksMutationVariables = Exact<{
  input: CreateSubtasksInput;
}>;


export type WebTpCreateSubtasksMutation = { createSubtasks:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'CreateSubtasksPayload', subtasks: Array<{ id: string }> }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type WebTpUpdateTaskMutationVariables = Exact<{
  input: UpdateTaskInput;
}>;


export type WebTpUpdateTaskMutation = { updateTask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UpdateTaskPayload' }
    | { __typename: 'ValidationError', message: string }
   };

export type WebTpStoredTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type WebTpStoredTaskQuery = { task: { status: TaskStatus, priority: TaskPriority, subtasks: { edges: Array<{ node: { title: string, done: boolean } }> } } | null };

export type WebTestCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type WebTestCreateProjectMutation = { createProject:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateProjectPayload', project: { id: string, name: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type WebTestCreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type WebTestCreateTaskMutation = { createTask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'CreateTaskPayload', task: { id: string, title: string } }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type WebTestDeleteTaskMutationVariables = Exact<{
  input: DeleteTaskInput;
}>;


export type WebTestDeleteTaskMutation = { deleteTask:
    | { __typename: 'BaseError', message: string }
    | { __typename: 'DeleteTaskPayload' }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ValidationError', message: string }
   };

export type WebTestProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebTestProjectsQuery = { projects: { totalCount: number, edges: Array<{ node: { id: string, name: string, workingDir: string } }> } };

export type WebTestProjectTasksQueryVariables = Exact<{
  id: string | number;
}>;


export type WebTestProjectTasksQuery = { project: { tasks: { totalCount: number, edges: Array<{ node: { id: string, title: string, description: string, status: TaskStatus, priority: TaskPriority, acceptanceCriteria: Array<string>, startedAt: string | null } }> } } | null };

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

export const BenchFoundationProjectDocument = new TypedDocumentString(`
    mutation BenchFoundationProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on CreateProjectPayload {
      project {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BenchFoundationProjectMutation, BenchFoundationProjectMutationVariables>;
export const BenchFoundationTaskDocument = new TypedDocumentString(`
    mutation BenchFoundationTask($input: CreateTaskInput!) {
  createTask(input: $input) {
    __typename
    ... on CreateTaskPayload {
      task {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<BenchFoundationTaskMutation, BenchFoundationTaskMutationVariables>;
export const Perf19ProjectDocument = new TypedDocumentString(`
    mutation Perf19Project($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on CreateProjectPayload {
      project {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<Perf19ProjectMutation, Perf19ProjectMutationVariables>;
export const Perf19TaskDocument = new TypedDocumentString(`
    mutation Perf19Task($input: CreateTaskInput!) {
  createTask(input: $input) {
    __typename
    ... on CreateTaskPayload {
      task {
        id
        title
        status
        priority
        createdAt
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<Perf19TaskMutation, Perf19TaskMutationVariables>;
export const Perf19SubtaskDocument = new TypedDocumentString(`
    mutation Perf19Subtask($input: CreateSubtaskInput!) {
  createSubtask(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<Perf19SubtaskMutation, Perf19SubtaskMutationVariables>;
export const Perf19TasksDocument = new TypedDocumentString(`
    query Perf19Tasks($projectId: ID!, $after: String) {
  project(id: $projectId) {
    tasks(first: 100, after: $after) {
      edges {
        node {
          id
          title
          status
          priority
          createdAt
          updatedAt
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
}
    `) as unknown as TypedDocumentString<Perf19TasksQuery, Perf19TasksQueryVariables>;
export const AbProjectDocument = new TypedDocumentString(`
    mutation AbProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on CreateProjectPayload {
      project {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AbProjectMutation, AbProjectMutationVariables>;
export const AbTaskDocument = new TypedDocumentString(`
    mutation AbTask($input: CreateTaskInput!) {
  createTask(input: $input) {
    __typename
    ... on CreateTaskPayload {
      task {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AbTaskMutation, AbTaskMutationVariables>;
export const BenchSubProjectDocument = new TypedDocumentString(`
    mutation BenchSubProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on CreateProjectPayload {
      project {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BenchSubProjectMutation, BenchSubProjectMutationVariables>;
export const BenchSubTaskDocument = new TypedDocumentString(`
    mutation BenchSubTask($input: CreateTaskInput!) {
  createTask(input: $input) {
    __typename
    ... on CreateTaskPayload {
      task {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BenchSubTaskMutation, BenchSubTaskMutationVariables>;
export const BenchSubCreateDocument = new TypedDocumentString(`
    mutation BenchSubCreate($input: CreateSubtaskInput!) {
  createSubtask(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<BenchSubCreateMutation, BenchSubCreateMutationVariables>;
export const BenchSubBatchDocument = new TypedDocumentString(`
    mutation BenchSubBatch($input: CreateSubtasksInput!) {
  createSubtasks(input: $input) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<BenchSubBatchMutation, BenchSubBatchMutationVariables>;
export const BenchSubBoardDocument = new TypedDocumentString(`
    query BenchSubBoard($projectId: ID!) {
  project(id: $projectId) {
    tasks(first: 50) {
      edges {
        node {
          id
          title
          subtaskProgress {
            total
            done
          }
          subtasks(first: 20) {
            edges {
              node {
                id
                title
                done
                position
                version
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BenchSubBoardQuery, BenchSubBoardQueryVariables>;
export const CliSubTestStateDocument = new TypedDocumentString(`
    query CliSubTestState($id: ID!) {
  task(id: $id) {
    subtaskProgress {
      total
      done
    }
    subtasks(first: 100) {
      edges {
        node {
          id
          title
          description
          done
          version
        }
      }
    }
    created: events(kinds: [SUBTASK_CREATED], first: 1) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<CliSubTestStateQuery, CliSubTestStateQueryVariables>;
export const CliSubTestSeedDocument = new TypedDocumentString(`
    mutation CliSubTestSeed($input: CreateSubtasksInput!) {
  createSubtasks(input: $input) {
    __typename
    ... on CreateSubtasksPayload {
      subtasks {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CliSubTestSeedMutation, CliSubTestSeedMutationVariables>;
export const CliSubTestCompleteDocument = new TypedDocumentString(`
    mutation CliSubTestComplete($input: CompleteSubtaskInput!) {
  completeSubtask(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CliSubTestCompleteMutation, CliSubTestCompleteMutationVariables>;
export const CliSubTestRenameDocument = new TypedDocumentString(`
    mutation CliSubTestRename($input: UpdateSubtaskInput!) {
  updateSubtask(input: $input) {
    __typename
    ... on UpdateSubtaskPayload {
      subtask {
        version
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CliSubTestRenameMutation, CliSubTestRenameMutationVariables>;
export const EvHistoryDocument = new TypedDocumentString(`
    query EvHistory($after: String) {
  events(first: 5, after: $after) {
    edges {
      node {
        seq
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EvHistoryQuery, EvHistoryQueryVariables>;
export const EvCreateProjectDocument = new TypedDocumentString(`
    mutation EvCreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on CreateProjectPayload {
      project {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EvCreateProjectMutation, EvCreateProjectMutationVariables>;
export const EvCreateTaskDocument = new TypedDocumentString(`
    mutation EvCreateTask($input: CreateTaskInput!) {
  createTask(input: $input) {
    __typename
    ... on CreateTaskPayload {
      task {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EvCreateTaskMutation, EvCreateTaskMutationVariables>;
export const EvUpdateTaskDocument = new TypedDocumentString(`
    mutation EvUpdateTask($input: UpdateTaskInput!) {
  updateTask(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EvUpdateTaskMutation, EvUpdateTaskMutationVariables>;
export const EvDeleteTaskDocument = new TypedDocumentString(`
    mutation EvDeleteTask($input: DeleteTaskInput!) {
  deleteTask(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EvDeleteTaskMutation, EvDeleteTaskMutationVariables>;
export const EvHeadDocument = new TypedDocumentString(`
    query EvHead {
  events(last: 1) {
    pageInfo {
      endCursor
    }
    edges {
      node {
        seq
        cursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EvHeadQuery, EvHeadQueryVariables>;
export const EvEventsDocument = new TypedDocumentString(`
    subscription EvEvents($after: String, $fromStart: Boolean, $filter: EventFilter) {
  events(after: $after, fromStart: $fromStart, filter: $filter) {
    seq
    cursor
    kind
    projectId
    taskId
    payload
    createdAt
  }
}
    `) as unknown as TypedDocumentString<EvEventsSubscription, EvEventsSubscriptionVariables>;
export const HkCreateProjectDocument = new TypedDocumentString(`
    mutation HkCreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on CreateProjectPayload {
      project {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<HkCreateProjectMutation, HkCreateProjectMutationVariables>;
export const HkCreateTaskDocument = new TypedDocumentString(`
    mutation HkCreateTask($input: CreateTaskInput!) {
  createTask(input: $input) {
    __typename
    ... on CreateTaskPayload {
      task {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<HkCreateTaskMutation, HkCreateTaskMutationVariables>;
export const HkCreateSessionDocument = new TypedDocumentString(`
    mutation HkCreateSession($input: CreateSessionInput!) {
  createSession(input: $input) {
    __typename
    ... on CreateSessionPayload {
      token
      session {
        id
        name
        role
        status
        cwd
        agentSessionId
        createdAt
        tasks {
          totalCount
          edges {
            node {
              id
            }
          }
        }
        parent {
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
      id
      type
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<HkCreateSessionMutation, HkCreateSessionMutationVariables>;
export const HkSessionStatusDocument = new TypedDocumentString(`
    query HkSessionStatus($id: ID!) {
  session(id: $id) {
    id
    status
    agentSessionId
    cwd
    startedAt
    endedAt
    lastEvidenceAt
    needsInput {
      since
      kind
      message
    }
    toolCallCount
    pendingToolCalls
    failures
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
      toolUseId
    }
    model
    title
    lastPrompt
    lastAssistantMessage
  }
}
    `) as unknown as TypedDocumentString<HkSessionStatusQuery, HkSessionStatusQueryVariables>;
export const HkSessionEventsDocument = new TypedDocumentString(`
    query HkSessionEvents($id: ID!, $first: Int, $after: String, $kinds: [EventKind!]) {
  session(id: $id) {
    events(first: $first, after: $after, kinds: $kinds) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          seq
          kind
          hookEvent
          toolName
          toolUseId
          agentId
          payload
          actor
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HkSessionEventsQuery, HkSessionEventsQueryVariables>;
export const RcSessionDocument = new TypedDocumentString(`
    query RcSession($id: ID!) {
  session(id: $id) {
    status
    needsInput {
      kind
      message
    }
    lastPrompt
    lastAssistantMessage
    model
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
    }
    subagents {
      agentId
      agentType
      toolCalls
    }
    lastError {
      at
      error
      details
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RcSessionQuery, RcSessionQueryVariables>;
export const RcSessionsByStatusDocument = new TypedDocumentString(`
    query RcSessionsByStatus($projectId: ID!, $status: SessionStatus!) {
  sessions(projectId: $projectId, status: $status, first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RcSessionsByStatusQuery, RcSessionsByStatusQueryVariables>;
export const RcSpawnDocument = new TypedDocumentString(`
    mutation RcSpawn($input: SpawnSessionInput!) {
  spawnSession(input: $input) {
    __typename
    ... on SpawnSessionPayload {
      session {
        id
        model
      }
      token
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RcSpawnMutation, RcSpawnMutationVariables>;
export const HkReportSessionExitDocument = new TypedDocumentString(`
    mutation HkReportSessionExit($input: ReportSessionExitInput!) {
  reportSessionExit(input: $input) {
    __typename
    ... on ReportSessionExitPayload {
      session {
        status
        endedAt
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<HkReportSessionExitMutation, HkReportSessionExitMutationVariables>;
export const RnCreateProjectDocument = new TypedDocumentString(`
    mutation RnCreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on CreateProjectPayload {
      project {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RnCreateProjectMutation, RnCreateProjectMutationVariables>;
export const RnCreateTaskDocument = new TypedDocumentString(`
    mutation RnCreateTask($input: CreateTaskInput!) {
  createTask(input: $input) {
    __typename
    ... on CreateTaskPayload {
      task {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RnCreateTaskMutation, RnCreateTaskMutationVariables>;
export const RnSpawnDocument = new TypedDocumentString(`
    mutation RnSpawn($input: SpawnSessionInput!) {
  spawnSession(input: $input) {
    __typename
    ... on SpawnSessionPayload {
      token
      manifestPath
      session {
        id
        status
        role
      }
      skills {
        name
        version
        contentHash
        scope
        reason
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RnSpawnMutation, RnSpawnMutationVariables>;
export const RnStopDocument = new TypedDocumentString(`
    mutation RnStop($input: StopSessionInput!) {
  stopSession(input: $input) {
    __typename
    ... on StopSessionPayload {
      session {
        id
        status
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RnStopMutation, RnStopMutationVariables>;
export const RnSessionDocument = new TypedDocumentString(`
    query RnSession($id: ID!) {
  session(id: $id) {
    id
    status
    role
    parent {
      id
    }
    children(first: 10) {
      edges {
        node {
          id
          role
        }
      }
    }
    skills {
      name
      version
      contentHash
      scope
    }
    subtasks: tasks(first: 5) {
      edges {
        node {
          id
          subtasks(first: 20) {
            edges {
              node {
                title
                done
              }
            }
          }
        }
      }
    }
    spawn {
      state
      attempts
      pid
      exitCode
      exitSignal
      outputTail
      runnerId
      stopRequestedAt
      sessionDir
      manifestPath
    }
  }
}
    `) as unknown as TypedDocumentString<RnSessionQuery, RnSessionQueryVariables>;
export const PrCreateProjectDocument = new TypedDocumentString(`
    mutation PrCreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on CreateProjectPayload {
      project {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PrCreateProjectMutation, PrCreateProjectMutationVariables>;
export const PrSessionCwdDocument = new TypedDocumentString(`
    query PrSessionCwd($id: ID!) {
  session(id: $id) {
    id
    cwd
    spawn {
      sessionDir
    }
  }
}
    `) as unknown as TypedDocumentString<PrSessionCwdQuery, PrSessionCwdQueryVariables>;
export const WtCreateProjectDocument = new TypedDocumentString(`
    mutation WtCreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on CreateProjectPayload {
      project {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WtCreateProjectMutation, WtCreateProjectMutationVariables>;
export const WtSessionDocument = new TypedDocumentString(`
    query WtSession($id: ID!) {
  session(id: $id) {
    id
    cwd
    spawn {
      state
      worktree {
        path
        branch
        repository
        removedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WtSessionQuery, WtSessionQueryVariables>;
export const ScaleCreateSubtaskDocument = new TypedDocumentString(`
    mutation ScaleCreateSubtask($input: CreateSubtaskInput!) {
  createSubtask(input: $input) {
    __typename
    ... on CreateSubtaskPayload {
      subtask {
        id
        position
        version
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ScaleCreateSubtaskMutation, ScaleCreateSubtaskMutationVariables>;
export const ScaleCompleteSubtaskDocument = new TypedDocumentString(`
    mutation ScaleCompleteSubtask($input: CompleteSubtaskInput!) {
  completeSubtask(input: $input) {
    __typename
    ... on CompleteSubtaskPayload {
      subtask {
        id
        done
        version
      }
    }
    ... on ConflictError {
      currentVersion
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ScaleCompleteSubtaskMutation, ScaleCompleteSubtaskMutationVariables>;
export const SrvLifecycleSnapshotDocument = new TypedDocumentString(`
    query SrvLifecycleSnapshot {
  projects(first: 100) {
    edges {
      node {
        id
        name
        tasks(first: 100) {
          edges {
            node {
              id
              title
              status
            }
          }
        }
      }
    }
  }
  events(first: 100) {
    totalCount
    edges {
      cursor
      node {
        seq
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SrvLifecycleSnapshotQuery, SrvLifecycleSnapshotQueryVariables>;
export const SrvLifecycleTasksDocument = new TypedDocumentString(`
    query SrvLifecycleTasks($projectId: ID!) {
  tasks(projectId: $projectId, first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SrvLifecycleTasksQuery, SrvLifecycleTasksQueryVariables>;
export const SrvLifecycleLiveDocument = new TypedDocumentString(`
    subscription SrvLifecycleLive {
  events {
    seq
    kind
  }
}
    `) as unknown as TypedDocumentString<SrvLifecycleLiveSubscription, SrvLifecycleLiveSubscriptionVariables>;
export const SrvUpdateProjectDocument = new TypedDocumentString(`
    mutation SrvUpdateProject($input: UpdateProjectInput!) {
  updateProject(input: $input) {
    __typename
    ... on UpdateProjectPayload {
      project {
        id
        name
        workingDir
        description
        updatedAt
      }
    }
    ... on ValidationError {
      fields {
        path
        message
      }
    }
    ... on NotFoundError {
      id
      type
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SrvUpdateProjectMutation, SrvUpdateProjectMutationVariables>;
export const SrvDeleteProjectDocument = new TypedDocumentString(`
    mutation SrvDeleteProject($input: DeleteProjectInput!) {
  deleteProject(input: $input) {
    __typename
    ... on DeleteProjectPayload {
      deletedProjectId
    }
    ... on ProjectNotEmptyError {
      taskCount
    }
    ... on ValidationError {
      fields {
        path
        message
      }
    }
    ... on NotFoundError {
      id
      type
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SrvDeleteProjectMutation, SrvDeleteProjectMutationVariables>;
export const SrvUpdateTaskDocument = new TypedDocumentString(`
    mutation SrvUpdateTask($input: UpdateTaskInput!) {
  updateTask(input: $input) {
    __typename
    ... on UpdateTaskPayload {
      task {
        id
        title
        description
        status
        priority
        acceptanceCriteria
        startedAt
        completedAt
        updatedAt
        project {
          id
        }
      }
    }
    ... on ValidationError {
      fields {
        path
        message
      }
    }
    ... on NotFoundError {
      id
      type
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SrvUpdateTaskMutation, SrvUpdateTaskMutationVariables>;
export const SrvDeleteTaskDocument = new TypedDocumentString(`
    mutation SrvDeleteTask($input: DeleteTaskInput!) {
  deleteTask(input: $input) {
    __typename
    ... on DeleteTaskPayload {
      deletedTaskId
    }
    ... on ValidationError {
      fields {
        path
        message
      }
    }
    ... on NotFoundError {
      id
      type
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SrvDeleteTaskMutation, SrvDeleteTaskMutationVariables>;
export const SrvMutationStateDocument = new TypedDocumentString(`
    query SrvMutationState {
  projects(first: 100) {
    edges {
      node {
        id
        name
        workingDir
        description
        updatedAt
        tasks(first: 100) {
          edges {
            node {
              id
              title
              description
              status
              priority
              acceptanceCriteria
              startedAt
              completedAt
              updatedAt
            }
          }
        }
      }
    }
  }
  events(last: 1) {
    totalCount
    edges {
      node {
        seq
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SrvMutationStateQuery, SrvMutationStateQueryVariables>;
export const SrvMutationTaskDocument = new TypedDocumentString(`
    query SrvMutationTask($id: ID!) {
  task(id: $id) {
    id
    title
    status
    startedAt
    completedAt
    project {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SrvMutationTaskQuery, SrvMutationTaskQueryVariables>;
export const SrvMutationProjectDocument = new TypedDocumentString(`
    query SrvMutationProject($id: ID!) {
  project(id: $id) {
    id
    name
    tasks(first: 10) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<SrvMutationProjectQuery, SrvMutationProjectQueryVariables>;
export const SrvLatestEventsDocument = new TypedDocumentString(`
    query SrvLatestEvents($last: Int!) {
  events(last: $last) {
    edges {
      node {
        seq
        kind
        projectId
        taskId
        payload
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SrvLatestEventsQuery, SrvLatestEventsQueryVariables>;
export const SrvNPlusOneProjectsDocument = new TypedDocumentString(`
    query SrvNPlusOneProjects {
  projects(first: 100) {
    totalCount
    edges {
      node {
        id
        name
        tasks(first: 50) {
          totalCount
          edges {
            node {
              id
              title
              status
              project {
                id
                name
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SrvNPlusOneProjectsQuery, SrvNPlusOneProjectsQueryVariables>;
export const SrvNPlusOneTasksDocument = new TypedDocumentString(`
    query SrvNPlusOneTasks($first: Int!) {
  tasks(first: $first) {
    edges {
      node {
        id
        title
        project {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SrvNPlusOneTasksQuery, SrvNPlusOneTasksQueryVariables>;
export const SrvNodeDocument = new TypedDocumentString(`
    query SrvNode($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Project {
      name
    }
    ... on Task {
      title
      project {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SrvNodeQuery, SrvNodeQueryVariables>;
export const SrvNodesDocument = new TypedDocumentString(`
    query SrvNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
    ... on Project {
      name
    }
    ... on Task {
      title
    }
  }
}
    `) as unknown as TypedDocumentString<SrvNodesQuery, SrvNodesQueryVariables>;
export const SrvProjectsDocument = new TypedDocumentString(`
    query SrvProjects($first: Int, $after: String) {
  projects(first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        id
        name
      }
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<SrvProjectsQuery, SrvProjectsQueryVariables>;
export const SrvTasksDocument = new TypedDocumentString(`
    query SrvTasks($projectId: ID, $status: TaskStatus, $first: Int, $after: String) {
  tasks(projectId: $projectId, status: $status, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        title
        status
        project {
          id
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<SrvTasksQuery, SrvTasksQueryVariables>;
export const SrvProjectTasksDocument = new TypedDocumentString(`
    query SrvProjectTasks($id: ID!, $status: TaskStatus, $first: Int, $after: String) {
  project(id: $id) {
    id
    tasks(status: $status, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          title
          status
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SrvProjectTasksQuery, SrvProjectTasksQueryVariables>;
export const SrvCreateProjectDocument = new TypedDocumentString(`
    mutation SrvCreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on CreateProjectPayload {
      project {
        id
        name
        workingDir
        description
        createdAt
        updatedAt
      }
    }
    ... on ValidationError {
      fields {
        path
        message
      }
    }
    ... on NotFoundError {
      id
      type
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SrvCreateProjectMutation, SrvCreateProjectMutationVariables>;
export const SrvCreateTaskDocument = new TypedDocumentString(`
    mutation SrvCreateTask($input: CreateTaskInput!) {
  createTask(input: $input) {
    __typename
    ... on CreateTaskPayload {
      task {
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
        }
      }
    }
    ... on ValidationError {
      fields {
        path
        message
      }
    }
    ... on NotFoundError {
      id
      type
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SrvCreateTaskMutation, SrvCreateTaskMutationVariables>;
export const SrvTransportProjectsDocument = new TypedDocumentString(`
    query SrvTransportProjects {
  projects(first: 100) {
    totalCount
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SrvTransportProjectsQuery, SrvTransportProjectsQueryVariables>;
export const SrvTransportEventsDocument = new TypedDocumentString(`
    subscription SrvTransportEvents {
  events {
    seq
    kind
    projectId
  }
}
    `) as unknown as TypedDocumentString<SrvTransportEventsSubscription, SrvTransportEventsSubscriptionVariables>;
export const BfCreateSessionDocument = new TypedDocumentString(`
    mutation BfCreateSession($input: CreateSessionInput!) {
  createSession(input: $input) {
    __typename
    ... on CreateSessionPayload {
      token
      session {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<BfCreateSessionMutation, BfCreateSessionMutationVariables>;
export const BfBoardDocument = new TypedDocumentString(`
    query BfBoard($id: ID!) {
  project(id: $id) {
    sessionsNeedingInput
    tasks(first: 10) {
      edges {
        node {
          title
          liveSession {
            id
            status
            activity
            activityAt
            needsInput {
              kind
              message
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BfBoardQuery, BfBoardQueryVariables>;
export const HkUpdateSessionDocument = new TypedDocumentString(`
    mutation HkUpdateSession($input: UpdateSessionInput!) {
  updateSession(input: $input) {
    __typename
    ... on UpdateSessionPayload {
      session {
        id
        name
        role
        cwd
        parent {
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
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<HkUpdateSessionMutation, HkUpdateSessionMutationVariables>;
export const HkLinkSessionTaskDocument = new TypedDocumentString(`
    mutation HkLinkSessionTask($input: LinkSessionTaskInput!) {
  linkSessionTask(input: $input) {
    __typename
    ... on LinkSessionTaskPayload {
      session {
        id
        tasks {
          totalCount
          edges {
            node {
              id
            }
          }
        }
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<HkLinkSessionTaskMutation, HkLinkSessionTaskMutationVariables>;
export const HkUnlinkSessionTaskDocument = new TypedDocumentString(`
    mutation HkUnlinkSessionTask($input: UnlinkSessionTaskInput!) {
  unlinkSessionTask(input: $input) {
    __typename
    ... on UnlinkSessionTaskPayload {
      session {
        id
        tasks {
          totalCount
        }
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<HkUnlinkSessionTaskMutation, HkUnlinkSessionTaskMutationVariables>;
export const HkSessionsDocument = new TypedDocumentString(`
    query HkSessions($projectId: ID, $taskId: ID, $status: SessionStatus, $first: Int, $after: String) {
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
        status
        project {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HkSessionsQuery, HkSessionsQueryVariables>;
export const HkTaskSessionsDocument = new TypedDocumentString(`
    query HkTaskSessions($id: ID!) {
  task(id: $id) {
    sessions {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HkTaskSessionsQuery, HkTaskSessionsQueryVariables>;
export const HkSessionTreeDocument = new TypedDocumentString(`
    query HkSessionTree($id: ID!) {
  session(id: $id) {
    id
    parent {
      id
    }
    children {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HkSessionTreeQuery, HkSessionTreeQueryVariables>;
export const HkSessionEventKindsDocument = new TypedDocumentString(`
    query HkSessionEventKinds($id: ID!) {
  events(first: 100, filter: {sessionId: $id}) {
    edges {
      node {
        kind
        taskId
        payload
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HkSessionEventKindsQuery, HkSessionEventKindsQueryVariables>;
export const SklCreateProjectDocument = new TypedDocumentString(`
    mutation SklCreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on CreateProjectPayload {
      project {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SklCreateProjectMutation, SklCreateProjectMutationVariables>;
export const SklSkillsDocument = new TypedDocumentString(`
    query SklSkills($role: SkillRole, $projectId: ID) {
  skills(role: $role, projectId: $projectId) {
    name
    version
    description
    assignTo
    capabilities
    dependencies
    contentHash
    scope
    path
    content
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
  }
  skillScopes(projectId: $projectId) {
    scope
    path
    exists
    skillNames
  }
}
    `) as unknown as TypedDocumentString<SklSkillsQuery, SklSkillsQueryVariables>;
export const SklSkillDocument = new TypedDocumentString(`
    query SklSkill($name: String!, $projectId: ID) {
  skill(name: $name, projectId: $projectId) {
    name
    version
    scope
    path
    content
    contentHash
    valid
    overrides {
      scope
      version
    }
    issues {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SklSkillQuery, SklSkillQueryVariables>;
export const SklCliCreateProjectDocument = new TypedDocumentString(`
    mutation SklCliCreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on CreateProjectPayload {
      project {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SklCliCreateProjectMutation, SklCliCreateProjectMutationVariables>;
export const SmokeCreateProjectDocument = new TypedDocumentString(`
    mutation SmokeCreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on CreateProjectPayload {
      project {
        id
        name
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SmokeCreateProjectMutation, SmokeCreateProjectMutationVariables>;
export const SmokeProjectsDocument = new TypedDocumentString(`
    query SmokeProjects {
  projects(first: 5) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SmokeProjectsQuery, SmokeProjectsQueryVariables>;
export const SubBoardAddDocument = new TypedDocumentString(`
    mutation SubBoardAdd($input: CreateSubtasksInput!) {
  createSubtasks(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SubBoardAddMutation, SubBoardAddMutationVariables>;
export const SubBoardDocument = new TypedDocumentString(`
    query SubBoard($projectId: ID!) {
  project(id: $projectId) {
    tasks(first: 50) {
      edges {
        node {
          id
          title
          subtaskProgress {
            total
            done
          }
          subtasks(first: 20) {
            totalCount
            edges {
              node {
                id
                title
                done
                position
                version
                task {
                  id
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SubBoardQuery, SubBoardQueryVariables>;
export const SubConcCreateDocument = new TypedDocumentString(`
    mutation SubConcCreate($input: CreateSubtaskInput!) {
  createSubtask(input: $input) {
    __typename
    ... on CreateSubtaskPayload {
      subtask {
        id
        position
        version
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SubConcCreateMutation, SubConcCreateMutationVariables>;
export const SubConcUpdateDocument = new TypedDocumentString(`
    mutation SubConcUpdate($input: UpdateSubtaskInput!) {
  updateSubtask(input: $input) {
    __typename
    ... on UpdateSubtaskPayload {
      subtask {
        id
        title
        version
      }
    }
    ... on ConflictError {
      currentVersion
      current {
        title
        version
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SubConcUpdateMutation, SubConcUpdateMutationVariables>;
export const SubConcCompleteDocument = new TypedDocumentString(`
    mutation SubConcComplete($input: CompleteSubtaskInput!) {
  completeSubtask(input: $input) {
    __typename
    ... on CompleteSubtaskPayload {
      subtask {
        id
        done
        version
      }
    }
    ... on ConflictError {
      currentVersion
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SubConcCompleteMutation, SubConcCompleteMutationVariables>;
export const SubConcTaskDocument = new TypedDocumentString(`
    query SubConcTask($id: ID!) {
  task(id: $id) {
    subtaskProgress {
      total
      done
    }
    subtasks(first: 100) {
      totalCount
      edges {
        node {
          id
          title
          position
          version
          done
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SubConcTaskQuery, SubConcTaskQueryVariables>;
export const SubCreateProjectDocument = new TypedDocumentString(`
    mutation SubCreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on CreateProjectPayload {
      project {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SubCreateProjectMutation, SubCreateProjectMutationVariables>;
export const SubCreateTaskDocument = new TypedDocumentString(`
    mutation SubCreateTask($input: CreateTaskInput!) {
  createTask(input: $input) {
    __typename
    ... on CreateTaskPayload {
      task {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SubCreateTaskMutation, SubCreateTaskMutationVariables>;
export const SubMutCreateDocument = new TypedDocumentString(`
    mutation SubMutCreate($input: CreateSubtaskInput!) {
  createSubtask(input: $input) {
    __typename
    ... on CreateSubtaskPayload {
      subtask {
        id
        title
        position
        version
        done
        task {
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
      id
      type
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SubMutCreateMutation, SubMutCreateMutationVariables>;
export const SubMutCreateManyDocument = new TypedDocumentString(`
    mutation SubMutCreateMany($input: CreateSubtasksInput!) {
  createSubtasks(input: $input) {
    __typename
    ... on CreateSubtasksPayload {
      subtasks {
        id
        title
      }
    }
    ... on ValidationError {
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
    `) as unknown as TypedDocumentString<SubMutCreateManyMutation, SubMutCreateManyMutationVariables>;
export const SubMutMoveDocument = new TypedDocumentString(`
    mutation SubMutMove($input: MoveSubtaskInput!) {
  moveSubtask(input: $input) {
    __typename
    ... on MoveSubtaskPayload {
      subtask {
        id
        version
        task {
          id
        }
      }
    }
    ... on ValidationError {
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
    `) as unknown as TypedDocumentString<SubMutMoveMutation, SubMutMoveMutationVariables>;
export const SubMutCompleteDocument = new TypedDocumentString(`
    mutation SubMutComplete($input: CompleteSubtaskInput!) {
  completeSubtask(input: $input) {
    __typename
    ... on CompleteSubtaskPayload {
      subtask {
        id
        done
        completedAt
        version
      }
    }
    ... on ConflictError {
      currentVersion
      current {
        id
        done
        version
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SubMutCompleteMutation, SubMutCompleteMutationVariables>;
export const SubMutReopenDocument = new TypedDocumentString(`
    mutation SubMutReopen($input: ReopenSubtaskInput!) {
  reopenSubtask(input: $input) {
    __typename
    ... on ReopenSubtaskPayload {
      subtask {
        id
        done
        completedAt
        version
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SubMutReopenMutation, SubMutReopenMutationVariables>;
export const SubMutDeleteDocument = new TypedDocumentString(`
    mutation SubMutDelete($input: DeleteSubtaskInput!) {
  deleteSubtask(input: $input) {
    __typename
    ... on DeleteSubtaskPayload {
      deletedSubtaskId
    }
    ... on ConflictError {
      currentVersion
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SubMutDeleteMutation, SubMutDeleteMutationVariables>;
export const SubMutOrderDocument = new TypedDocumentString(`
    query SubMutOrder($id: ID!) {
  task(id: $id) {
    subtaskProgress {
      total
      done
    }
    subtasks(first: 100) {
      edges {
        node {
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SubMutOrderQuery, SubMutOrderQueryVariables>;
export const SubMutNodeDocument = new TypedDocumentString(`
    query SubMutNode($id: ID!) {
  node(id: $id) {
    __typename
    ... on Subtask {
      title
      task {
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SubMutNodeQuery, SubMutNodeQueryVariables>;
export const SubOrdCreateDocument = new TypedDocumentString(`
    mutation SubOrdCreate($input: CreateSubtaskInput!) {
  createSubtask(input: $input) {
    __typename
    ... on CreateSubtaskPayload {
      subtask {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SubOrdCreateMutation, SubOrdCreateMutationVariables>;
export const SubOrdMoveDocument = new TypedDocumentString(`
    mutation SubOrdMove($input: MoveSubtaskInput!) {
  moveSubtask(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SubOrdMoveMutation, SubOrdMoveMutationVariables>;
export const SubOrdDeleteDocument = new TypedDocumentString(`
    mutation SubOrdDelete($input: DeleteSubtaskInput!) {
  deleteSubtask(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SubOrdDeleteMutation, SubOrdDeleteMutationVariables>;
export const SubOrdPageDocument = new TypedDocumentString(`
    query SubOrdPage($id: ID!, $after: String) {
  task(id: $id) {
    subtasks(first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          position
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SubOrdPageQuery, SubOrdPageQueryVariables>;
export const WebActCreateSubtasksDocument = new TypedDocumentString(`
    mutation WebActCreateSubtasks($input: CreateSubtasksInput!) {
  createSubtasks(input: $input) {
    __typename
    ... on CreateSubtasksPayload {
      subtasks {
        id
        title
        version
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WebActCreateSubtasksMutation, WebActCreateSubtasksMutationVariables>;
export const WebActMoveSubtaskDocument = new TypedDocumentString(`
    mutation WebActMoveSubtask($input: MoveSubtaskInput!) {
  moveSubtask(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WebActMoveSubtaskMutation, WebActMoveSubtaskMutationVariables>;
export const WebSeedProjectDocument = new TypedDocumentString(`
    mutation WebSeedProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on CreateProjectPayload {
      project {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WebSeedProjectMutation, WebSeedProjectMutationVariables>;
export const WebSeedTaskDocument = new TypedDocumentString(`
    mutation WebSeedTask($input: CreateTaskInput!) {
  createTask(input: $input) {
    __typename
    ... on CreateTaskPayload {
      task {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WebSeedTaskMutation, WebSeedTaskMutationVariables>;
export const WebSeedSubtaskDocument = new TypedDocumentString(`
    mutation WebSeedSubtask($input: CreateSubtaskInput!) {
  createSubtask(input: $input) {
    __typename
    ... on CreateSubtaskPayload {
      subtask {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WebSeedSubtaskMutation, WebSeedSubtaskMutationVariables>;
export const WebSeedSessionDocument = new TypedDocumentString(`
    mutation WebSeedSession($input: CreateSessionInput!) {
  createSession(input: $input) {
    __typename
    ... on CreateSessionPayload {
      token
      session {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WebSeedSessionMutation, WebSeedSessionMutationVariables>;
export const WebSeedCompleteSubtaskDocument = new TypedDocumentString(`
    mutation WebSeedCompleteSubtask($input: CompleteSubtaskInput!) {
  completeSubtask(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WebSeedCompleteSubtaskMutation, WebSeedCompleteSubtaskMutationVariables>;
export const WebSeedUpdateTaskDocument = new TypedDocumentString(`
    mutation WebSeedUpdateTask($input: UpdateTaskInput!) {
  updateTask(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WebSeedUpdateTaskMutation, WebSeedUpdateTaskMutationVariables>;
export const WebSeedDeleteTaskDocument = new TypedDocumentString(`
    mutation WebSeedDeleteTask($input: DeleteTaskInput!) {
  deleteTask(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WebSeedDeleteTaskMutation, WebSeedDeleteTaskMutationVariables>;
export const WebSeedTaskStatusDocument = new TypedDocumentString(`
    query WebSeedTaskStatus($id: ID!) {
  task(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WebSeedTaskStatusQuery, WebSeedTaskStatusQueryVariables>;
export const WebSeedReportExitDocument = new TypedDocumentString(`
    mutation WebSeedReportExit($input: ReportSessionExitInput!) {
  reportSessionExit(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WebSeedReportExitMutation, WebSeedReportExitMutationVariables>;
export const WebLiveCreateProjectDocument = new TypedDocumentString(`
    mutation WebLiveCreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on CreateProjectPayload {
      project {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WebLiveCreateProjectMutation, WebLiveCreateProjectMutationVariables>;
export const WebLiveCreateTaskDocument = new TypedDocumentString(`
    mutation WebLiveCreateTask($input: CreateTaskInput!) {
  createTask(input: $input) {
    __typename
    ... on CreateTaskPayload {
      task {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WebLiveCreateTaskMutation, WebLiveCreateTaskMutationVariables>;
export const WebLiveUpdateTaskDocument = new TypedDocumentString(`
    mutation WebLiveUpdateTask($input: UpdateTaskInput!) {
  updateTask(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WebLiveUpdateTaskMutation, WebLiveUpdateTaskMutationVariables>;
export const WebLiveProjectEventsDocument = new TypedDocumentString(`
    query WebLiveProjectEvents($id: ID!) {
  project(id: $id) {
    events(first: 100) {
      edges {
        node {
          seq
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebLiveProjectEventsQuery, WebLiveProjectEventsQueryVariables>;
export const WebSubCreateProjectDocument = new TypedDocumentString(`
    mutation WebSubCreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on CreateProjectPayload {
      project {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WebSubCreateProjectMutation, WebSubCreateProjectMutationVariables>;
export const WebSubCreateTaskDocument = new TypedDocumentString(`
    mutation WebSubCreateTask($input: CreateTaskInput!) {
  createTask(input: $input) {
    __typename
    ... on CreateTaskPayload {
      task {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WebSubCreateTaskMutation, WebSubCreateTaskMutationVariables>;
export const WebSubCreateSubtasksDocument = new TypedDocumentString(`
    mutation WebSubCreateSubtasks($input: CreateSubtasksInput!) {
  createSubtasks(input: $input) {
    __typename
    ... on CreateSubtasksPayload {
      subtasks {
        id
        title
        version
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WebSubCreateSubtasksMutation, WebSubCreateSubtasksMutationVariables>;
export const WebSubUpdateSubtaskDocument = new TypedDocumentString(`
    mutation WebSubUpdateSubtask($input: UpdateSubtaskInput!) {
  updateSubtask(input: $input) {
    __typename
    ... on UpdateSubtaskPayload {
      subtask {
        version
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WebSubUpdateSubtaskMutation, WebSubUpdateSubtaskMutationVariables>;
export const WebSubTaskSubtasksDocument = new TypedDocumentString(`
    query WebSubTaskSubtasks($id: ID!) {
  task(id: $id) {
    subtaskProgress {
      total
      done
    }
    subtasks(first: 100) {
      edges {
        node {
          id
          title
          done
          version
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebSubTaskSubtasksQuery, WebSubTaskSubtasksQueryVariables>;
export const WebTpCreateSubtasksDocument = new TypedDocumentString(`
    mutation WebTpCreateSubtasks($input: CreateSubtasksInput!) {
  createSubtasks(input: $input) {
    __typename
    ... on CreateSubtasksPayload {
      subtasks {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WebTpCreateSubtasksMutation, WebTpCreateSubtasksMutationVariables>;
export const WebTpUpdateTaskDocument = new TypedDocumentString(`
    mutation WebTpUpdateTask($input: UpdateTaskInput!) {
  updateTask(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WebTpUpdateTaskMutation, WebTpUpdateTaskMutationVariables>;
export const WebTpStoredTaskDocument = new TypedDocumentString(`
    query WebTpStoredTask($id: ID!) {
  task(id: $id) {
    status
    priority
    subtasks(first: 100) {
      edges {
        node {
          title
          done
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebTpStoredTaskQuery, WebTpStoredTaskQueryVariables>;
export const WebTestCreateProjectDocument = new TypedDocumentString(`
    mutation WebTestCreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on CreateProjectPayload {
      project {
        id
        name
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WebTestCreateProjectMutation, WebTestCreateProjectMutationVariables>;
export const WebTestCreateTaskDocument = new TypedDocumentString(`
    mutation WebTestCreateTask($input: CreateTaskInput!) {
  createTask(input: $input) {
    __typename
    ... on CreateTaskPayload {
      task {
        id
        title
      }
    }
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WebTestCreateTaskMutation, WebTestCreateTaskMutationVariables>;
export const WebTestDeleteTaskDocument = new TypedDocumentString(`
    mutation WebTestDeleteTask($input: DeleteTaskInput!) {
  deleteTask(input: $input) {
    __typename
    ... on Error {
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WebTestDeleteTaskMutation, WebTestDeleteTaskMutationVariables>;
export const WebTestProjectsDocument = new TypedDocumentString(`
    query WebTestProjects {
  projects(first: 100) {
    totalCount
    edges {
      node {
        id
        name
        workingDir
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebTestProjectsQuery, WebTestProjectsQueryVariables>;
export const WebTestProjectTasksDocument = new TypedDocumentString(`
    query WebTestProjectTasks($id: ID!) {
  project(id: $id) {
    tasks(first: 100) {
      totalCount
      edges {
        node {
          id
          title
          description
          status
          priority
          acceptanceCriteria
          startedAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebTestProjectTasksQuery, WebTestProjectTasksQueryVariables>;