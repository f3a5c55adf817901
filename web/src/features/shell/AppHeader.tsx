/** The header on every page: the app's name, the main navigation, the "needs you" counter and the one connection badge. */
import { Link, type Route } from '../../lib/router.tsx';
import { NeedsYouCounter } from '../needs-you/NeedsYouCounter.tsx';
import { ConnectionBadge } from './ConnectionBadge.tsx';

export function AppHeader({ route }: { route: Route }) {
  const section = route.name === 'sessions' || route.name === 'session' ? 'sessions' : route.name === 'needsYou' ? 'needsYou' : route.name === 'notFound' ? null : 'projects';
  return (
    <header className="topbar">
      <Link to="/" className="brand">
        Maestro
      </Link>
      <nav aria-label="Main" className="topnav">
        <Link to="/" current={section === 'projects'}>
          Projects
        </Link>
        <Link to="/sessions" current={section === 'sessions'}>
          Sessions
        </Link>
        <NeedsYouCounter current={section === 'needsYou'} />
      </nav>
      <ConnectionBadge />
    </header>
  );
}
