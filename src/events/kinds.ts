/** Every kind of event the log holds. Later domains (subtasks, sessions, hooks) add theirs here. */
export const EVENT_KINDS = [
  'PROJECT_CREATED',
  'PROJECT_UPDATED',
  'PROJECT_DELETED',
  'TASK_CREATED',
  'TASK_UPDATED',
  'TASK_DELETED',
  'SUBTASK_CREATED',
  'SUBTASK_UPDATED',
  'SUBTASK_COMPLETED',
  'SUBTASK_REOPENED',
  'SUBTASK_MOVED',
  'SUBTASK_DELETED',
  'SESSION_CREATED',
  'SESSION_UPDATED',
  'SESSION_STATUS_CHANGED',
  'SESSION_TASK_LINKED',
  'SESSION_TASK_UNLINKED',
  /** One Claude Code hook delivery: payload = the body verbatim; hookEvent/toolName/… columns normalised. */
  'HOOK_RECEIVED',
  /** spawnSession: a session to launch (payload: role, taskIds, skills, agent, manifestPath, parentSessionId). */
  'SPAWN_REQUESTED',
  /** A runner took the lease on a spawn request (payload: runnerId, attempt, leaseUntil, takeover). */
  'SPAWN_CLAIMED',
  /** The agent process started (payload: runnerId, launchId, pid, adopted). */
  'SESSION_LAUNCHED',
  /** The agent process exited (payload: exitCode, signal, outputTail, stopped). */
  'SESSION_EXITED',
  /** stopSession: the runner sends SIGTERM, then SIGKILL after the grace period. */
  'SESSION_STOP_REQUESTED',
  /** An operator declared a runner host dead: other hosts may take over what it launched (payload: hostId, lastSeenAt, launched). */
  'RUNNER_HOST_DECLARED_DEAD',
] as const;

export type EventKind = (typeof EVENT_KINDS)[number];
