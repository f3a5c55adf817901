/** A session's status; NEEDS_INPUT stands out and says what the agent waits for. */
import type { SessionStatus } from '../../gql/graphql.ts';
import { SESSION_STATUS_LABELS } from './labels.ts';

type NeedsInput = { kind: string; message: string; since: string } | null | undefined;

export function StatusBadge({ status, needsInput }: { status: SessionStatus; needsInput?: NeedsInput }) {
  const label = SESSION_STATUS_LABELS[status];
  const waiting = status === 'NEEDS_INPUT';
  return (
    <span
      className={`badge session-status session-${status.toLowerCase()}${waiting ? ' attention' : ''}`}
      aria-label={`Status: ${label}`}
      data-status={status}
      title={needsInput ? `${needsInput.kind.toLowerCase().replaceAll('_', ' ')}: ${needsInput.message}` : undefined}
    >
      {waiting && <span aria-hidden="true">⚠ </span>}
      {label}
    </span>
  );
}
