/**
 * "Delete" on a card, after a confirmation that says what goes with it (its subtasks). A task
 * already deleted elsewhere is reported as such; the board follows either way.
 */
import { useState } from 'react';
import { useMutation } from 'urql';
import { describeRequestError } from '../../lib/errors.tsx';
import { Modal } from '../../lib/Modal.tsx';
import { useToast } from '../../lib/toast.tsx';
import { DeleteTaskMutation } from './queries.ts';

// The payload holds only an ID: name the type so the board's cached list is re-read.
const context = { additionalTypenames: ['Task'] };

type Props = { task: { id: string; title: string; subtaskProgress: { total: number } }; projectId: string };

export function DeleteTaskButton({ task, projectId }: Props) {
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching }, deleteTask] = useMutation(DeleteTaskMutation);
  const toast = useToast();
  const close = () => {
    setFailure(null);
    setOpen(false);
  };

  async function confirm() {
    const result = await deleteTask({ input: { id: task.id, projectId } }, context);
    const outcome = result.data?.deleteTask;
    if (outcome?.__typename === 'DeleteTaskPayload') return close();
    if (outcome?.__typename === 'NotFoundError') {
      close();
      toast.push({ tone: 'conflict', title: `“${task.title}” was already deleted`, body: 'Someone else deleted it first; nothing else changed.' });
      return;
    }
    // Kept open: the person sees what did not happen and can retry.
    setFailure(result.error ? describeRequestError(result.error) : outcome && 'message' in outcome ? outcome.message : 'No answer from the server.');
  }

  const headingId = `delete-${task.id}-heading`;
  const subtasks = task.subtaskProgress.total;
  return (
    <>
      <button type="button" className="secondary small danger" onClick={() => setOpen(true)} aria-label={`Delete ${task.title}`}>
        Delete
      </button>
      {open && (
        <Modal labelledBy={headingId} onClose={close} className="confirm">
          <h2 id={headingId}>Delete “{task.title}”?</h2>
          <p>{subtasks > 0 ? `Its ${subtasks} subtask${subtasks === 1 ? '' : 's'} will be deleted with it. ` : ''}This cannot be undone.</p>
          {failure && (
            <div className="error" role="alert">
              Not deleted: {failure}
            </div>
          )}
          <div className="actions">
            <button type="button" className="danger-solid" onClick={() => void confirm()} disabled={fetching}>
              {fetching ? 'Deleting…' : failure ? 'Retry delete' : 'Delete task'}
            </button>
            <button type="button" className="secondary" onClick={close} autoFocus>
              Cancel
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}
