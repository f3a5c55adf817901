/** Creates a task in a project (in the board's "Add task" dialog); the board refreshes through urql's document cache. */
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql/index.ts';
import { formErrorsOf, formErrorsOfRequest, NO_ERRORS, type FormErrors } from '../../lib/errors.tsx';
import { EMPTY_TASK, TASK_FORM_FIELDS, TaskForm, type TaskFormValues } from './TaskForm.tsx';

const CreateTaskMutation = graphql(`
  mutation WebCreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      __typename
      ... on CreateTaskPayload {
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

type Props = { projectId: string; onCreated?(title: string): void; onCancel?(): void };

export function CreateTaskForm({ projectId, onCreated, onCancel }: Props) {
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [created, setCreated] = useState<string | null>(null);
  const [{ fetching }, createTask] = useMutation(CreateTaskMutation);

  async function create(values: TaskFormValues): Promise<boolean> {
    setCreated(null);
    const result = await createTask({ input: { projectId, ...values } });
    if (result.error || !result.data) {
      setErrors(result.error ? formErrorsOfRequest(result.error) : { form: 'No answer from the server.', fields: {} });
      return false;
    }
    const outcome = result.data.createTask;
    if (outcome.__typename === 'CreateTaskPayload') {
      setErrors(NO_ERRORS);
      setCreated(outcome.task.title);
      onCreated?.(outcome.task.title);
      return true;
    }
    setErrors(formErrorsOf(outcome, TASK_FORM_FIELDS));
    return false;
  }

  return (
    <section aria-labelledby="new-task-heading">
      <h2 id="new-task-heading">New task</h2>
      <TaskForm label="New task" initial={EMPTY_TASK} errors={errors} submitting={fetching} submitLabel="Create task" onSubmit={create} onCancel={onCancel} resetOnSuccess />
      {created && (
        <p className="notice" role="status">
          Created “{created}”.
        </p>
      )}
    </section>
  );
}
