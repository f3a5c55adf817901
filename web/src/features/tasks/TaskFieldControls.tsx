/**
 * Status and priority of a task, changed right on its page. updateTask takes no expected version,
 * so the page re-reads the task just before writing: when someone else changed the field since the
 * page showed it, nothing is written, the page shows their value and a toast says what changed
 * (the user picks again). A write that cannot reach the server is said so inline, with a retry.
 */
import { useId, useState } from 'react';
import { useClient, useMutation } from 'urql';
import { graphql } from '../../gql/index.ts';
import type { TaskPriority, TaskStatus } from '../../gql/graphql.ts';
import { describeRequestError } from '../../lib/errors.tsx';
import { useToast } from '../../lib/toast.tsx';
import { PRIORITY_LABELS, STATUS_LABELS } from './labels.ts';
import { PriorityOptions, StatusOptions } from './options.tsx';
import './task-page.css';

const TaskFieldsNowQuery = graphql(`
  query WebTaskFieldsNow($id: ID!) {
    task(id: $id) {
      id
      status
      priority
      updatedAt
    }
  }
`);

const SetTaskFieldMutation = graphql(`
  mutation WebSetTaskField($input: UpdateTaskInput!) {
    updateTask(input: $input) {
      __typename
      ... on UpdateTaskPayload {
        task {
          id
          status
          priority
          updatedAt
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

type Values = { status: TaskStatus; priority: TaskPriority };
type Field = keyof Values;

const LABELS: { [F in Field]: Record<Values[F], string> } = { status: STATUS_LABELS, priority: PRIORITY_LABELS };
const NAMES: Record<Field, string> = { status: 'status', priority: 'priority' };

export function TaskFieldControls({ taskId, values, onChanged }: { taskId: string; values: Values; onChanged(): void }) {
  const id = useId();
  const client = useClient();
  const toast = useToast();
  const [{ fetching }, setTaskField] = useMutation(SetTaskFieldMutation);
  // The value picked, shown until the server's answer (or the live refresh) replaces it.
  const [pending, setPending] = useState<Partial<Values>>({});
  const [failure, setFailure] = useState<{ text: string; retry(): void } | null>(null);

  async function change<F extends Field>(field: F, to: Values[F], seen: Values[F]) {
    setPending((p) => ({ ...p, [field]: to }));
    setFailure(null);
    const fail = (why: string) => {
      setPending((p) => ({ ...p, [field]: undefined }));
      setFailure({ text: `The ${NAMES[field]} was not changed to ${LABELS[field][to]}: ${why}`, retry: () => void change(field, to, seen) });
    };
    const now = await client.query(TaskFieldsNowQuery, { id: taskId }, { requestPolicy: 'network-only' }).toPromise();
    if (now.error || !now.data) return fail(now.error ? describeRequestError(now.error) : 'no answer from the server.');
    const current = now.data.task?.[field] as Values[F] | undefined;
    if (current === undefined) return fail('the task no longer exists.');
    if (current !== seen) {
      setPending((p) => ({ ...p, [field]: undefined }));
      toast.push({
        tone: 'conflict',
        title: `Conflict on the ${NAMES[field]}`,
        body: `Someone else changed it from ${LABELS[field][seen]} to ${LABELS[field][current]} first; your change to ${LABELS[field][to]} was not saved. Pick again if you still want it.`,
      });
      onChanged();
      return;
    }
    const result = await setTaskField({ input: { id: taskId, [field]: to } });
    const outcome = result.data?.updateTask;
    if (result.error || !outcome) return fail(result.error ? describeRequestError(result.error) : 'no answer from the server.');
    if (outcome.__typename !== 'UpdateTaskPayload') return fail('message' in outcome ? outcome.message : 'refused by the server.');
    setPending((p) => ({ ...p, [field]: undefined }));
    onChanged();
  }

  const status = pending.status ?? values.status;
  const priority = pending.priority ?? values.priority;
  return (
    <div className="task-field-controls">
      <div className="inline-field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select id={`${id}-status`} value={status} disabled={fetching} data-value={values.status} onChange={(e) => void change('status', e.target.value as TaskStatus, values.status)}>
          <StatusOptions />
        </select>
      </div>
      <div className="inline-field">
        <label htmlFor={`${id}-priority`}>Priority</label>
        <select id={`${id}-priority`} value={priority} disabled={fetching} data-value={values.priority} onChange={(e) => void change('priority', e.target.value as TaskPriority, values.priority)}>
          <PriorityOptions />
        </select>
      </div>
      {failure && (
        <div className="error" role="alert">
          {failure.text}{' '}
          <button type="button" className="secondary small" onClick={failure.retry}>
            Retry
          </button>
        </div>
      )}
    </div>
  );
}
