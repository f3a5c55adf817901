/** One task: its details, its subtasks and its sessions (live), and spawning a session on it. */
import { useQuery } from 'urql';
import { graphql } from '../../gql/index.ts';
import { ErrorMessage, Loading } from '../../lib/errors.tsx';
import { Link, projectPath } from '../../lib/router.tsx';
import { useDocumentTitle } from '../../lib/title.ts';
import { SessionList } from '../sessions/SessionsPage.tsx';
import { SpawnSessionForm } from '../sessions/SpawnSessionForm.tsx';
import { SubtaskList } from '../subtasks/SubtaskList.tsx';
import { PRIORITY_LABELS, STATUS_LABELS } from './labels.ts';

const TaskQuery = graphql(`
  query WebTask($id: ID!) {
    task(id: $id) {
      id
      title
      description
      status
      priority
      acceptanceCriteria
      project {
        id
        name
      }
    }
  }
`);

export function TaskPage({ id }: { id: string }) {
  const [{ data, error }] = useQuery({ query: TaskQuery, variables: { id } });
  useDocumentTitle(data ? (data.task?.title ?? 'Task not found') : 'Task');
  if (error && !data) return <ErrorMessage error={error} title="Could not load the task" />;
  if (!data) return <Loading label="Loading task…" />;
  if (!data.task) return <ErrorMessage error={`No task with id ${id}. It may have been deleted.`} title="Task not found" />;
  const task = data.task;
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={projectPath(task.project.id)}>← {task.project.name}</Link>
      </nav>
      <header className="page-head">
        <h1>{task.title}</h1>
        <span className={`badge status-${task.status.toLowerCase()}`} aria-label={`Status: ${STATUS_LABELS[task.status]}`}>
          {STATUS_LABELS[task.status]}
        </span>{' '}
        <span className={`badge priority-${task.priority.toLowerCase()}`} aria-label={`Priority: ${PRIORITY_LABELS[task.priority]}`}>
          {PRIORITY_LABELS[task.priority]}
        </span>
        {task.description && <p>{task.description}</p>}
        {task.acceptanceCriteria.length > 0 && (
          <ul className="criteria" aria-label="Acceptance criteria">
            {task.acceptanceCriteria.map((criterion, index) => (
              <li key={index}>{criterion}</li>
            ))}
          </ul>
        )}
      </header>
      <SubtaskList taskId={task.id} />
      <SpawnSessionForm projectId={task.project.id} taskId={task.id} />
      <SessionList projectId={task.project.id} taskId={task.id} heading="Sessions on this task" />
    </>
  );
}
