import { ProjectPage } from './features/projects/ProjectPage.tsx';
import { ProjectsPage } from './features/projects/ProjectsPage.tsx';
import { SessionPage } from './features/sessions/SessionPage.tsx';
import { SessionsPage } from './features/sessions/SessionsPage.tsx';
import { TaskPage } from './features/tasks/TaskPage.tsx';
import { ErrorMessage } from './lib/errors.tsx';
import { Link, useRoute } from './lib/router.tsx';
import { ToastProvider } from './lib/toast.tsx';

export function App() {
  const route = useRoute();
  return (
    <ToastProvider>
      <header className="topbar">
        <Link to="/" className="brand">
          Maestro
        </Link>
        <nav aria-label="Main" className="topnav">
          <Link to="/">Projects</Link>
          <Link to="/sessions">Sessions</Link>
        </nav>
      </header>
      <main className="container">
        {route.name === 'projects' && <ProjectsPage />}
        {route.name === 'project' && <ProjectPage key={route.id} id={route.id} />}
        {route.name === 'task' && <TaskPage key={route.id} id={route.id} />}
        {route.name === 'sessions' && <SessionsPage />}
        {route.name === 'session' && <SessionPage key={route.id} id={route.id} />}
        {route.name === 'notFound' && <ErrorMessage error={`Nothing lives at ${route.path}.`} title="Page not found" />}
      </main>
    </ToastProvider>
  );
}
