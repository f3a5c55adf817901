import { NeedsYouPage } from './features/needs-you/NeedsYouPage.tsx';
import { NeedsYouProvider } from './features/needs-you/NeedsYouProvider.tsx';
import { ProjectPage } from './features/projects/ProjectPage.tsx';
import { ProjectsPage } from './features/projects/ProjectsPage.tsx';
import { SessionPage } from './features/sessions/SessionPage.tsx';
import { SessionsPage } from './features/sessions/SessionsPage.tsx';
import { AppHeader } from './features/shell/AppHeader.tsx';
import { NotFoundPage } from './features/shell/NotFoundPage.tsx';
import { TaskPage } from './features/tasks/TaskPage.tsx';
import { useRoute } from './lib/router.tsx';
import { ToastProvider } from './lib/toast.tsx';

export function App() {
  const route = useRoute();
  return (
    <ToastProvider>
      <NeedsYouProvider>
        <AppHeader route={route} />
        <main className="container">
          {route.name === 'projects' && <ProjectsPage />}
          {route.name === 'project' && <ProjectPage key={route.id} id={route.id} />}
          {route.name === 'task' && <TaskPage key={route.id} id={route.id} />}
          {route.name === 'sessions' && <SessionsPage />}
          {route.name === 'session' && <SessionPage key={route.id} id={route.id} />}
          {route.name === 'needsYou' && <NeedsYouPage />}
          {route.name === 'notFound' && <NotFoundPage path={route.path} />}
        </main>
      </NeedsYouProvider>
    </ToastProvider>
  );
}
