/**
 * One task: its details with status and priority editable (live: another page's change shows at
 * once), its subtasks, its sessions with their live state, spawning a session on it, and the
 * task's own activity.
 */
import { useCallback } from 'react';
import type { StreamEvent } from '../../../../src/client/event-stream.ts';
import { useQuery } from 'urql';
import { graphql } from '../../gql/index.ts';
import { ErrorMessage, Loading } from '../../lib/errors.tsx';
import { Link, projectPath } from '../../lib/router.tsx';
import { useKeptData } from '../../lib/useKeptData.ts';
import { ActivityPanel } from '../activity/ActivityPanel.tsx';
import { useDocumentTitle } from '../../lib/title.ts';
import { SessionList } from '../sessions/SessionsPage.tsx';
import { SpawnSessionForm } from '../sessions/SpawnSessionForm.tsx';
import { SubtaskList } from '../subtasks/SubtaskList.tsx';
import { TaskFieldControls } from './TaskFieldControls.tsx';

const TaskQuery = graphql(`
  query WebTask($id: ID!) {
    task(id: $id) {
      id
      title
      description
      status
      priority
      acceptanceCriteria
      updatedAt
      project {
        id
        name
      }
    }
  }
`);

const TASK_EVENT_KINDS = new Set(['TASK_UPDATED', 'TASK_DELETED']);

export function TaskPage({ id }: { id: string }) {
  const [{ data: answer, error }, reexecute] = useQuery({ query: TaskQuery, variables: { id } });
  // A refresh that fails (server down) keeps the page; its parts say what they could not do.
  const data = useKeptData(answer);
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  // The task's activity follows every event of the task (replaying what a drop missed), so its
  // stream also tells when the task itself changed: no socket of its own.
  const onTaskEvent = useCallback((event: StreamEvent) => TASK_EVENT_KINDS.has(event.kind) && refresh(), [refresh]);
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
        <TaskFieldControls taskId={task.id} values={{ status: task.status, priority: task.priority }} onChanged={refresh} />
        {task.description && <p>{task.description}</p>}
        {task.acceptanceCriteria.length > 0 && (
          <ul className="criteria" aria-label="Acceptance criteria">
            {task.acceptanceCriteria.map((criterion, index) => (
              <li key={index}>{criterion}</li>
            ))}
          </ul>
        )}
      </header>
      <div className="project-layout">
        <div className="main-column">
          <SubtaskList taskId={task.id} />
          <ActivityPanel projectId={task.project.id} taskId={task.id} heading="Task activity" onLiveEvent={onTaskEvent} />
        </div>
        <aside className="side-column">
          <SessionList projectId={task.project.id} taskId={task.id} heading="Sessions on this task" />
          <SpawnSessionForm projectId={task.project.id} taskId={task.id} />
        </aside>
      </div>
    </>
  );
}
