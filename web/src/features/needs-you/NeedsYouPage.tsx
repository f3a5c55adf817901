/** /needs-you: every session waiting on a person, across projects, with what it asked; live. */
import { ErrorMessage, Loading } from '../../lib/errors.tsx';
import { Link, projectPath, sessionPath, taskPath } from '../../lib/router.tsx';
import { useDocumentTitle } from '../../lib/title.ts';
import { NotifyButton } from './NotifyButton.tsx';
import { useNeedsYou, type WaitingSession } from './NeedsYouProvider.tsx';

const KIND_LABELS: Record<string, string> = {
  PERMISSION: 'Asks for permission',
  ELICITATION: 'Asks for input',
  QUESTION: 'Asks a question',
  IDLE_PROMPT: 'Waits for attention',
};

export function NeedsYouPage() {
  const { sessions, total, loading, error } = useNeedsYou();
  useDocumentTitle(total > 0 ? `Needs you (${total})` : 'Needs you');
  let body;
  if (error) body = <ErrorMessage error={error} title="Could not load the waiting sessions" />;
  else if (loading) body = <Loading label="Loading waiting sessions…" />;
  else if (sessions.length === 0)
    body = (
      <p className="list-state empty">
        No session is waiting for a person. When an agent asks for permission or asks a question, it shows here and in the header.
      </p>
    );
  else
    body = (
      <ul className="needs-you-list" aria-label="Sessions waiting for you">
        {sessions.map((session) => (
          <WaitingItem key={session.id} session={session} />
        ))}
      </ul>
    );
  return (
    <>
      <header className="page-head section-head">
        <div>
          <h1>Needs you</h1>
          <p className="muted">Sessions blocked until a person answers, across all projects.</p>
        </div>
        <NotifyButton />
      </header>
      <section className="card" aria-label="Waiting sessions">
        {body}
      </section>
    </>
  );
}

function WaitingItem({ session }: { session: WaitingSession }) {
  const titleId = `waiting-${session.id}`;
  const tasks = session.tasks.edges.map((e) => e.node);
  return (
    <li className="waiting attention" aria-labelledby={titleId} data-session={session.id}>
      <div className="waiting-head">
        <h2 id={titleId} className="waiting-title">
          <Link to={sessionPath(session.id)}>{session.name || 'Unnamed session'}</Link>
        </h2>
        <span className="badge needs-badge">{KIND_LABELS[session.needsInput?.kind ?? ''] ?? 'Needs input'}</span>
      </div>
      <p className="waiting-message">{session.needsInput?.message || 'It did not say what it needs.'}</p>
      <p className="muted small-text">
        <Link to={projectPath(session.project.id)}>{session.project.name}</Link>
        {tasks.map((task) => (
          <span key={task.id}>
            {' · '}
            <Link to={taskPath(task.id)}>{task.title}</Link>
          </span>
        ))}
        {session.needsInput && <> · waiting since {new Date(session.needsInput.since).toLocaleTimeString()}</>}
      </p>
    </li>
  );
}
