import type { SessionStatus } from '../../gql/graphql.ts';

export const SESSION_STATUSES: SessionStatus[] = ['STARTING', 'IDLE', 'WORKING', 'NEEDS_INPUT', 'STALE', 'ENDED', 'FAILED'];

export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = {
  STARTING: 'Starting',
  IDLE: 'Idle',
  WORKING: 'Working',
  NEEDS_INPUT: 'Needs input',
  STALE: 'Stale',
  ENDED: 'Ended',
  FAILED: 'Failed',
};

/** Events that change what a sessions list or a session's summary shows. */
export const SESSION_EVENT_KINDS = [
  'SESSION_CREATED',
  'SESSION_UPDATED',
  'SESSION_STATUS_CHANGED',
  'SESSION_TASK_LINKED',
  'SESSION_TASK_UNLINKED',
  'SESSION_LAUNCHED',
  'SESSION_EXITED',
  'SESSION_STOP_REQUESTED',
  'SPAWN_REQUESTED',
  'SPAWN_CLAIMED',
];
