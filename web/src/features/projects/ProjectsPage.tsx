import { CreateProjectForm } from './CreateProjectForm.tsx';
import { ProjectList } from './ProjectList.tsx';

export function ProjectsPage() {
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
