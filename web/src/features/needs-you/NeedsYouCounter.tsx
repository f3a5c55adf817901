/** The header's "Needs you" entry: a link to /needs-you with the number of sessions waiting on a person. */
import { Link } from '../../lib/router.tsx';
import { useNeedsYou } from './NeedsYouProvider.tsx';

export function NeedsYouCounter({ current }: { current: boolean }) {
  const { total, loading } = useNeedsYou();
  // No number until it is known: a "0" while loading would say nobody waits. The name starts with
  // the visible text ("Needs you 2"), so speech control users can say what they see.
  const label = loading ? 'Needs you' : `Needs you ${total}: ${total === 0 ? 'no session is waiting' : `${total} session${total === 1 ? '' : 's'} waiting`}`;
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
