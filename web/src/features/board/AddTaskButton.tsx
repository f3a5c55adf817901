/** "Add task": the create form in a dialog, instead of a form that always takes half the page. */
import { useState } from 'react';
import { Modal } from '../../lib/Modal.tsx';
import { CreateTaskForm } from '../tasks/CreateTaskForm.tsx';

export function AddTaskButton({ projectId }: { projectId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Add task
      </button>
      {open && (
        <Modal labelledBy="new-task-heading" onClose={() => setOpen(false)}>
          <CreateTaskForm projectId={projectId} onCreated={() => setOpen(false)} onCancel={() => setOpen(false)} />
        </Modal>
      )}
    </>
  );
}
