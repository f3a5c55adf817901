/** Unknown paths: say what was asked for and offer the way back. */
import { Link } from '../../lib/router.tsx';
import { useDocumentTitle } from '../../lib/title.ts';

export function NotFoundPage({ path }: { path: string }) {
  useDocumentTitle('Page not found');
  return (
    <section className="card not-found" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">Page not found</h1>
      <p>
        Nothing lives at <code>{path}</code>. The link may be old, or the project, task or session may have been deleted.
      </p>
      <p>
        <Link to="/">Go to all projects</Link> or <Link to="/sessions">see all sessions</Link>.
      </p>
    </section>
  );
}
