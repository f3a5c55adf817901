import { CreateProjectForm } from './CreateProjectForm.tsx';
import { ProjectList } from './ProjectList.tsx';
import { useDocumentTitle } from '../../lib/title.ts';

export function ProjectsPage() {
  useDocumentTitle('Projects');
  return (
    <>
      <header className="page-head">
        <h1>Projects</h1>
      </header>
      <div className="projects-layout">
        <ProjectList />
        <CreateProjectForm />
      </div>
    </>
  );
}
