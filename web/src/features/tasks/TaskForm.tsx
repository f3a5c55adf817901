/**
 * One form for creating and editing a task: title, description, status, priority and acceptance
 * criteria (one per line). Typed errors come back from the caller's mutation and show inline:
 * field messages next to their field, anything else above the form.
 */
import { useId, useState, type FormEvent } from 'react';
import type { TaskPriority, TaskStatus } from '../../gql/graphql.ts';
import { FieldError, type FormErrors } from '../../lib/errors.tsx';
import { PriorityOptions, StatusOptions } from './options.tsx';

export type TaskFormValues = {
  title: string;
  description: string;
  status: TaskStatus;
  priority: TaskPriority;
  acceptanceCriteria: string[];
};

/** The input fields this form shows (typed errors for others go to the form's summary). */
export const TASK_FORM_FIELDS = ['title', 'description', 'status', 'priority', 'acceptanceCriteria'] as const;

export const EMPTY_TASK: TaskFormValues = { title: '', description: '', status: 'TODO', priority: 'MEDIUM', acceptanceCriteria: [] };

type Props = {
  /** The form's accessible name, e.g. "New task" or "Edit task". */
  label: string;
  initial: TaskFormValues;
  errors: FormErrors;
  submitting: boolean;
  submitLabel: string;
  /** Resolves true when saved (then a create form clears itself). */
  onSubmit(values: TaskFormValues): Promise<boolean>;
  onCancel?(): void;
  resetOnSuccess?: boolean;
};

export function TaskForm({ label, initial, errors, submitting, submitLabel, onSubmit, onCancel, resetOnSuccess }: Props) {
  const id = useId();
  const [title, setTitle] = useState(initial.title);
  const [description, setDescription] = useState(initial.description);
  const [status, setStatus] = useState<TaskStatus>(initial.status);
  const [priority, setPriority] = useState<TaskPriority>(initial.priority);
  const [criteria, setCriteria] = useState(initial.acceptanceCriteria.join('\n'));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const acceptanceCriteria = criteria
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const saved = await onSubmit({ title, description, status, priority, acceptanceCriteria });
    if (saved && resetOnSuccess) {
      setTitle(initial.title);
      setDescription(initial.description);
      setStatus(initial.status);
      setPriority(initial.priority);
      setCriteria(initial.acceptanceCriteria.join('\n'));
    }
  }

  const describedBy = (field: string) => (errors.fields[field] ? `${id}-${field}-error` : undefined);
  const invalid = (field: string) => (errors.fields[field] ? true : undefined);

  return (
    <form className="form task-form" aria-label={label} onSubmit={submit} noValidate>
      {errors.form && (
        <div className="error" role="alert">
          {errors.form}
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input
          id={`${id}-title`}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          aria-invalid={invalid('title')}
          aria-describedby={describedBy('title')}
        />
        <FieldError id={`${id}-title-error`} message={errors.fields.title} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>Description</label>
        <textarea
          id={`${id}-description`}
          value={description}
          rows={3}
          onChange={(e) => setDescription(e.target.value)}
          aria-invalid={invalid('description')}
          aria-describedby={describedBy('description')}
        />
        <FieldError id={`${id}-description-error`} message={errors.fields.description} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            id={`${id}-status`}
            value={status}
            onChange={(e) => setStatus(e.target.value as TaskStatus)}
            aria-invalid={invalid('status')}
            aria-describedby={describedBy('status')}
          >
            <StatusOptions />
          </select>
          <FieldError id={`${id}-status-error`} message={errors.fields.status} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-priority`}>Priority</label>
          <select
            id={`${id}-priority`}
            value={priority}
            onChange={(e) => setPriority(e.target.value as TaskPriority)}
            aria-invalid={invalid('priority')}
            aria-describedby={describedBy('priority')}
          >
            <PriorityOptions />
          </select>
          <FieldError id={`${id}-priority-error`} message={errors.fields.priority} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-criteria`}>Acceptance criteria</label>
        <textarea
          id={`${id}-criteria`}
          value={criteria}
          rows={3}
          placeholder="One criterion per line"
          onChange={(e) => setCriteria(e.target.value)}
          aria-invalid={invalid('acceptanceCriteria')}
          aria-describedby={[`${id}-criteria-hint`, describedBy('acceptanceCriteria')].filter(Boolean).join(' ')}
        />
        <p className="hint" id={`${id}-criteria-hint`}>
          One per line.
        </p>
        <FieldError id={`${id}-acceptanceCriteria-error`} message={errors.fields.acceptanceCriteria} />
      </div>
      <div className="actions">
        <button type="submit" disabled={submitting}>
          {submitting ? 'Saving…' : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
