/** The header's "Needs you" entry: a link to /needs-you with the number of sessions waiting on a person. */
import { Link } from '../../lib/router.tsx';
import { useNeedsYou } from './NeedsYouProvider.tsx';

export function NeedsYouCounter({ current }: { current: boolean }) {
  const { total, loading } = useNeedsYou();
  // No number until it is known: a "0" while loading would say nobody waits.
  const label = loading ? 'Needs you' : total === 0 ? 'Needs you: no session is waiting' : `Needs you: ${total} session${total === 1 ? '' : 's'} waiting`;
  return (
    <Link to="/needs-you" current={current} className={`needs-you-link${total > 0 ? ' attention' : ''}`} label={label}>
      Needs you{' '}
      {!loading && (
        <span className="counter" data-count={total} aria-hidden="true">
          {total}
        </span>
      )}
    </Link>
  );
}
