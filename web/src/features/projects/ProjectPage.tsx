/** One project: its details, its tasks (with the create form) and its activity. */
import { useQuery } from 'urql';
import { graphql } from '../../gql/index.ts';
import { ErrorMessage, Loading } from '../../lib/errors.tsx';
import { Link } from '../../lib/router.tsx';
import { ActivityPanel } from '../activity/ActivityPanel.tsx';
import { CreateTaskForm } from '../tasks/CreateTaskForm.tsx';
import { TaskList } from '../tasks/TaskList.tsx';

const ProjectQuery = graphql(`
  query WebProject($id: ID!) {
    project(id: $id) {
      id
      name
      description
      workingDir
      createdAt
    }
  }
`);

export function ProjectPage({ id }: { id: string }) {
  const [{ data, error }] = useQuery({ query: ProjectQuery, variables: { id } });

  const back = (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <Link to="/">← All projects</Link>
    </nav>
  );
  if (error && !data) {
    return (
      <>
        {back}
        <ErrorMessage error={error} title="Could not load the project" />
      </>
    );
  }
  if (!data) return <Loading label="Loading project…" />;
  if (!data.project) {
    return (
      <>
        {back}
        <ErrorMessage error={`No project with id ${id}. It may have been deleted.`} title="Project not found" />
      </>
    );
  }
  const project = data.project;
  return (
    <>
      {back}
      <header className="page-head">
        <h1>{project.name}</h1>
        {project.workingDir && <code className="muted">{project.workingDir}</code>}
        {project.description && <p>{project.description}</p>}
      </header>
      <div className="project-layout">
        <div className="main-column">
          <TaskList projectId={project.id} />
          <CreateTaskForm projectId={project.id} />
        </div>
        <aside className="side-column">
          <ActivityPanel projectId={project.id} />
        </aside>
      </div>
    </>
  );
}
