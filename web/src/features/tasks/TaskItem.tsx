/** One task in the list: its fields, and an inline editor. */
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql/index.ts';
import type { WebTaskFieldsFragment } from '../../gql/graphql.ts';
import { formErrorsOf, formErrorsOfRequest, NO_ERRORS, type FormErrors } from '../../lib/errors.tsx';
import { Link, taskPath } from '../../lib/router.tsx';
import { PRIORITY_LABELS, STATUS_LABELS } from './labels.ts';
import { Progress } from './Progress.tsx';
import { TASK_FORM_FIELDS, TaskForm, type TaskFormValues } from './TaskForm.tsx';

export const TaskFields = graphql(`
  fragment WebTaskFields on Task {
    id
    title
    description
    status
    priority
    acceptanceCriteria
    createdAt
    updatedAt
    startedAt
    completedAt
    subtaskProgress {
      total
      done
    }
  }
`);

export const UpdateTaskMutation = graphql(`
  mutation WebUpdateTask($input: UpdateTaskInput!) {
    updateTask(input: $input) {
      __typename
      ... on UpdateTaskPayload {
        task {
          ...WebTaskFields
        }
      }
      ... on ValidationError {
        ...WebValidationErrorFields
      }
      ... on NotFoundError {
        type
        id
      }
      ... on Error {
        message
      }
    }
  }
`);

export function TaskItem({ task, projectId }: { task: WebTaskFieldsFragment; projectId: string }) {
  const [editing, setEditing] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [{ fetching }, updateTask] = useMutation(UpdateTaskMutation);

  async function save(values: TaskFormValues): Promise<boolean> {
    const result = await updateTask({ input: { id: task.id, projectId, ...values } });
    if (result.error || !result.data) {
      setErrors(result.error ? formErrorsOfRequest(result.error) : { form: 'No answer from the server.', fields: {} });
      return false;
    }
    const outcome = result.data.updateTask;
    if (outcome.__typename === 'UpdateTaskPayload') {
      setErrors(NO_ERRORS);
      setEditing(false);
      return true;
    }
    setErrors(formErrorsOf(outcome, TASK_FORM_FIELDS));
    return false;
  }

  const titleId = `task-${task.id}-title`;
  return (
    <li className="task" aria-labelledby={titleId} data-status={task.status}>
      <div className="task-head">
        <h3 id={titleId} className="task-title">
          <Link to={taskPath(task.id)}>{task.title}</Link>
        </h3>
        <span className={`badge status-${task.status.toLowerCase()}`} aria-label={`Status: ${STATUS_LABELS[task.status]}`}>
          {STATUS_LABELS[task.status]}
        </span>
        <span className={`badge priority-${task.priority.toLowerCase()}`} aria-label={`Priority: ${PRIORITY_LABELS[task.priority]}`}>
          {PRIORITY_LABELS[task.priority]}
        </span>
        {!editing && (
          <button type="button" className="secondary small" onClick={() => setEditing(true)} aria-label={`Edit ${task.title}`}>
            Edit
          </button>
        )}
      </div>
      {editing ? (
        <TaskForm
          label={`Edit ${task.title}`}
          initial={task}
          errors={errors}
          submitting={fetching}
          submitLabel="Save task"
          onSubmit={save}
          onCancel={() => {
            setErrors(NO_ERRORS);
            setEditing(false);
          }}
        />
      ) : (
        <>
          {task.description && <p className="task-description">{task.description}</p>}
          {task.acceptanceCriteria.length > 0 && (
            <ul className="criteria" aria-label="Acceptance criteria">
              {task.acceptanceCriteria.map((criterion, index) => (
                <li key={index}>{criterion}</li>
              ))}
            </ul>
          )}
          <Progress done={task.subtaskProgress.done} total={task.subtaskProgress.total} />
          <p className="muted small-text">
            Created {formatTime(task.createdAt)}
            {task.startedAt && ` · started ${formatTime(task.startedAt)}`}
            {task.completedAt && ` · closed ${formatTime(task.completedAt)}`}
          </p>
        </>
      )}
    </li>
  );
}

export function formatTime(iso: string): string {
  return new Date(iso).toLocaleString();
}
