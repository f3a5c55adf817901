/** "Edit" on a card: the task form in a dialog; typed errors show in it and it stays open until saved. */
import { useState } from 'react';
import { useMutation } from 'urql';
import type { WebTaskFieldsFragment } from '../../gql/graphql.ts';
import { formErrorsOf, formErrorsOfRequest, NO_ERRORS, type FormErrors } from '../../lib/errors.tsx';
import { Modal } from '../../lib/Modal.tsx';
import { UpdateTaskMutation } from '../tasks/TaskItem.tsx';
import { TASK_FORM_FIELDS, TaskForm, type TaskFormValues } from '../tasks/TaskForm.tsx';

export function EditTaskButton({ task, projectId }: { task: WebTaskFieldsFragment; projectId: string }) {
  const [open, setOpen] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [{ fetching }, updateTask] = useMutation(UpdateTaskMutation);
  const close = () => {
    setErrors(NO_ERRORS);
    setOpen(false);
  };

  async function save(values: TaskFormValues): Promise<boolean> {
    const result = await updateTask({ input: { id: task.id, projectId, ...values } });
    if (result.error || !result.data) {
      setErrors(result.error ? formErrorsOfRequest(result.error) : { form: 'No answer from the server.', fields: {} });
      return false;
    }
    const outcome = result.data.updateTask;
    if (outcome.__typename === 'UpdateTaskPayload') {
      close();
      return true;
    }
    setErrors(formErrorsOf(outcome, TASK_FORM_FIELDS));
    return false;
  }

  const headingId = `edit-${task.id}-heading`;
  return (
    <>
      <button type="button" className="secondary small" onClick={() => setOpen(true)} aria-label={`Edit ${task.title}`}>
        Edit
      </button>
      {open && (
        <Modal labelledBy={headingId} onClose={close}>
          <h2 id={headingId}>Edit “{task.title}”</h2>
          <TaskForm label={`Edit ${task.title}`} initial={task} errors={errors} submitting={fetching} submitLabel="Save task" onSubmit={save} onCancel={close} />
        </Modal>
      )}
    </>
  );
}
