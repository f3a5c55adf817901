/**
 * The live state of a card's session in words: working (and on what), needs you (and what it
 * asked), failed, stale. A session that waits on a person stands out; the text links to the session.
 */
import type { SessionStatus } from '../../gql/graphql.ts';
import { Link, sessionPath } from '../../lib/router.tsx';
import { StatusBadge } from '../sessions/StatusBadge.tsx';

type Session = { id: string; name: string; status: SessionStatus; activity?: string | null; needsInput?: { kind: string; message: string; since: string } | null };

function sentence(session: Session): string {
  switch (session.status) {
    case 'NEEDS_INPUT':
      return `Needs you: ${session.needsInput?.message || 'waiting for a person'}`;
    case 'WORKING':
      return session.activity ?? 'Working';
    case 'STALE':
      return `No sign of life${session.activity ? ` since: ${session.activity}` : ''}`;
    case 'FAILED':
      return `Failed${session.activity ? ` after: ${session.activity}` : ''}`;
    case 'STARTING':
      return 'Starting';
    case 'IDLE':
      return 'Waiting for a prompt';
    case 'ENDED':
      return 'Ended';
  }
}

export function CardSession({ session }: { session: Session }) {
  return (
    <p className={`card-session card-session-${session.status.toLowerCase()}`} data-session-status={session.status}>
      <StatusBadge status={session.status} needsInput={session.needsInput} />{' '}
      <Link to={sessionPath(session.id)} className="card-activity">
        {sentence(session)}
      </Link>
    </p>
  );
}
