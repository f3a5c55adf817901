/**
 * What each EventKind means to a reader of the log, with the payload it carries. Typed against
 * EVENT_KINDS so a new kind does not compile until it is described here.
 */
import type { EventKind } from '../../events/kinds.ts';

export const EVENT_KIND_DESCRIPTIONS: Record<EventKind, { description: string }> = {
  PROJECT_CREATED: { description: 'A project was created. Payload: { project }.' },
  PROJECT_UPDATED: { description: 'A project changed. Payload: { project (after the change), changed (the field names) }.' },
  PROJECT_DELETED: { description: 'A project was deleted. Payload: { project (as it was), deletedTasks (how many tasks went with it) }.' },
  TASK_CREATED: { description: 'A task was created. Payload: { task }.' },
  TASK_UPDATED: { description: 'A task changed. Payload: { task (after), changed (field names), previousStatus }.' },
  TASK_DELETED: { description: 'A task was deleted, with its subtasks. Payload: { task (as it was) }.' },
  SUBTASK_CREATED: { description: 'A subtask was created. Payload: { subtask }.' },
  SUBTASK_UPDATED: { description: 'A subtask\'s title or description changed. Payload: { subtask (after), changed (field names) }.' },
  SUBTASK_COMPLETED: { description: 'A subtask was marked done. Payload: { subtask }.' },
  SUBTASK_REOPENED: { description: 'A done subtask was marked not done again. Payload: { subtask }.' },
  SUBTASK_MOVED: { description: 'A subtask moved within its task or to another task. Payload: { subtask (after), fromTaskId, toTaskId }.' },
  SUBTASK_DELETED: { description: 'A subtask was deleted. Payload: { subtask (as it was) }.' },
  SESSION_CREATED: { description: 'A session was registered (createSession) or spawned (spawnSession). Payload: { session, taskIds }.' },
  SESSION_UPDATED: { description: 'A session\'s name, role, cwd or parent changed. Payload: { session (after), changed (field names) }.' },
  SESSION_STATUS_CHANGED: {
    description: 'A session\'s status changed. Payload: { sessionId, from, to, reason, evidenceSeq (the hook event that caused it; null for silence or a process exit), hookEvent }.',
  },
  SESSION_TASK_LINKED: { description: 'A session started working on a task. Payload: { sessionId, taskId }.' },
  SESSION_TASK_UNLINKED: { description: 'A session stopped working on a task. Payload: { sessionId, taskId }.' },
  HOOK_RECEIVED: { description: 'One Claude Code hook delivery. Payload: the hook body verbatim; hookEvent, toolName, toolUseId and agentId carry its main fields.' },
  SPAWN_REQUESTED: { description: 'spawnSession asked for a session to be launched. Payload: { sessionId, role, taskIds, parentSessionId, agent, manifestPath, skills }.' },
  SPAWN_CLAIMED: { description: 'A runner took the lease on a spawn request. Payload: { sessionId, runnerId, leaseUntil, takeover (true when its previous holder\'s lease ran out), previousState, previousRunner, previousLaunchId }.' },
  SESSION_LAUNCHED: { description: 'The agent process of a spawned session started. Payload: { sessionId, runnerId, launchId, pid, adopted, attempt }.' },
  SESSION_EXITED: { description: 'The agent process exited, or a stop ended the session before launch. Payload: { sessionId, runnerId, launchId, exitCode, signal, stopped, reason, outputTail }.' },
  RUNNER_HOST_DECLARED_DEAD: { description: 'An operator declared a runner host dead (runnerDeclareHostDead): runners of other hosts may take over the requests it launched once their leases ran out. Payload: { hostId, lastSeenAt, launched }.' },
  SESSION_STOP_REQUESTED: { description: 'stopSession was called: the runner sends SIGTERM, then SIGKILL after graceMs. Payload: { sessionId, graceMs, state }.' },
};
