/**
 * A task's subtasks: add, tick/untick, edit the title in place, reorder (drag and drop, or
 * Alt+ArrowUp/Down on a focused subtask), delete. Every change carries the version the page saw
 * (expectedVersion): when another client changed the subtask first, nothing is overwritten and a
 * toast shows the other writer's value. Changes made elsewhere arrive over the live feed.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type DragEvent, type FormEvent, type KeyboardEvent } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { graphql } from '../../gql/index.ts';
import type { WebConflictFieldsFragment, WebSubtaskFieldsFragment } from '../../gql/graphql.ts';
import { describeRequestError, ErrorMessage, FieldError, formErrorsOf, Loading } from '../../lib/errors.tsx';
import { useToast } from '../../lib/toast.tsx';
import { useKeptData } from '../../lib/useKeptData.ts';
import { useEventRefresh } from '../activity/useEventRefresh.ts';
import { Progress } from '../tasks/Progress.tsx';
import { applyMove, dropMove, keyboardMove, type MoveTarget } from './order.ts';
import './subtasks.css';

/** More than any task should have; the list is not paged. */
const MAX_SUBTASKS = 500;

export const SUBTASK_EVENT_KINDS = ['SUBTASK_CREATED', 'SUBTASK_UPDATED', 'SUBTASK_COMPLETED', 'SUBTASK_REOPENED', 'SUBTASK_MOVED', 'SUBTASK_DELETED'];

export const SubtaskFields = graphql(`
  fragment WebSubtaskFields on Subtask {
    id
    title
    description
    done
    completedAt
    position
    version
  }
`);

export const ConflictFields = graphql(`
  fragment WebConflictFields on ConflictError {
    message
    currentVersion
    current {
      ...WebSubtaskFields
    }
  }
`);

const TaskSubtasksQuery = graphql(`
  query WebTaskSubtasks($id: ID!, $first: Int!) {
    task(id: $id) {
      id
      subtaskProgress {
        total
        done
      }
      subtasks(first: $first) {
        totalCount
        edges {
          node {
            ...WebSubtaskFields
          }
        }
      }
    }
  }
`);

const CreateSubtaskMutation = graphql(`
  mutation WebCreateSubtask($input: CreateSubtaskInput!) {
    createSubtask(input: $input) {
      __typename
      ... on CreateSubtaskPayload {
        subtask {
          ...WebSubtaskFields
        }
      }
      ... on ValidationError {
        ...WebValidationErrorFields
      }
      ... on Error {
        message
      }
    }
  }
`);

const UpdateSubtaskMutation = graphql(`
  mutation WebUpdateSubtask($input: UpdateSubtaskInput!) {
    updateSubtask(input: $input) {
      __typename
      ... on UpdateSubtaskPayload {
        subtask {
          ...WebSubtaskFields
        }
      }
      ... on ConflictError {
        ...WebConflictFields
      }
      ... on ValidationError {
        ...WebValidationErrorFields
      }
      ... on Error {
        message
      }
    }
  }
`);

const CompleteSubtaskMutation = graphql(`
  mutation WebCompleteSubtask($input: CompleteSubtaskInput!) {
    completeSubtask(input: $input) {
      __typename
      ... on CompleteSubtaskPayload {
        subtask {
          ...WebSubtaskFields
        }
      }
      ... on ConflictError {
        ...WebConflictFields
      }
      ... on Error {
        message
      }
    }
  }
`);

const ReopenSubtaskMutation = graphql(`
  mutation WebReopenSubtask($input: ReopenSubtaskInput!) {
    reopenSubtask(input: $input) {
      __typename
      ... on ReopenSubtaskPayload {
        subtask {
          ...WebSubtaskFields
        }
      }
      ... on ConflictError {
        ...WebConflictFields
      }
      ... on Error {
        message
      }
    }
  }
`);

const MoveSubtaskMutation = graphql(`
  mutation WebMoveSubtask($input: MoveSubtaskInput!) {
    moveSubtask(input: $input) {
      __typename
      ... on MoveSubtaskPayload {
        subtask {
          ...WebSubtaskFields
        }
      }
      ... on ConflictError {
        ...WebConflictFields
      }
      ... on Error {
        message
      }
    }
  }
`);

const DeleteSubtaskMutation = graphql(`
  mutation WebDeleteSubtask($input: DeleteSubtaskInput!) {
    deleteSubtask(input: $input) {
      __typename
      ... on DeleteSubtaskPayload {
        deletedSubtaskId
      }
      ... on ConflictError {
        ...WebConflictFields
      }
      ... on Error {
        message
      }
    }
  }
`);

// An empty list holds no Subtask, and a delete answers with an id only: name the type so both
// still refresh the list.
const subtaskContext = { additionalTypenames: ['Subtask'] };

/** The order shown while moves are in flight; `settledOn`: the server's list when the last one settled. */
type Optimistic = { ids: string[]; inFlight: number; settledOn: readonly WebSubtaskFieldsFragment[] | null };

type Outcome = { __typename: string; message?: string } & Partial<WebConflictFieldsFragment>;

/** The text of a conflict toast: what the other writer left, so the user can decide again. */
export function conflictText(current: Pick<WebSubtaskFieldsFragment, 'title' | 'done' | 'version'>): string {
  return `Someone else changed it first; your change was not saved. It is now “${current.title}” (${current.done ? 'done' : 'open'}, version ${current.version}).`;
}

export function SubtaskList({ taskId }: { taskId: string }) {
  const toast = useToast();
  const [{ data: answer, error }, reexecute] = useQuery({
    query: TaskSubtasksQuery,
    variables: { id: taskId, first: MAX_SUBTASKS },
    context: useMemo(() => subtaskContext, []),
  });
  // A failed refresh keeps the list on screen (the failure is said below, with a retry).
  const data = useKeptData(answer);
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const connection = useEventRefresh({ filter: { taskId, kinds: SUBTASK_EVENT_KINDS }, onChange: refresh });
  // A change that could not reach the server: what did not happen, and a way to try it again.
  const [failure, setFailure] = useState<{ what: string; why: string; retry(): void } | null>(null);

  const [, completeSubtask] = useMutation(CompleteSubtaskMutation);
  const [, reopenSubtask] = useMutation(ReopenSubtaskMutation);
  const [, updateSubtask] = useMutation(UpdateSubtaskMutation);
  const [, moveSubtask] = useMutation(MoveSubtaskMutation);
  const [, deleteSubtask] = useMutation(DeleteSubtaskMutation);

  /** Reports anything but success as a toast; true on success. */
  const settle = useCallback(
    (subject: string, result: { error?: CombinedError; outcome?: Outcome }, failed?: { what: string; retry(): void }): boolean => {
      if (result.error || !result.outcome) {
        const why = result.error ? describeRequestError(result.error) : 'No answer from the server.';
        if (failed) setFailure({ ...failed, why });
        else toast.push({ tone: 'error', title: `Could not change “${subject}”`, body: why });
        return false;
      }
      if (failed) setFailure(null);
      const outcome = result.outcome;
      if (outcome.__typename === 'ConflictError' && outcome.current) {
        toast.push({ tone: 'conflict', title: `Conflict on “${subject}”`, body: conflictText(outcome.current) });
        refresh();
        return false;
      }
      if (outcome.__typename.endsWith('Payload')) return true;
      toast.push({ tone: 'error', title: `Could not change “${subject}”`, body: outcome.message ?? outcome.__typename });
      refresh();
      return false;
    },
    [toast, refresh],
  );

  const serverItems = useMemo(() => data?.task?.subtasks.edges.map((e) => e.node) ?? [], [data]);
  // A reorder shows at once and stays while moves are in flight; the first answer from the server
  // after the last one settled replaces it. Subtasks added or removed meanwhile still show.
  const [optimistic, setOptimistic] = useState<Optimistic | null>(null);
  const serverRef = useRef(serverItems);
  serverRef.current = serverItems;
  const items = useMemo(() => {
    if (!optimistic || (optimistic.inFlight === 0 && optimistic.settledOn !== serverItems)) return serverItems;
    const byId = new Map(serverItems.map((s) => [s.id, s]));
    const ordered = optimistic.ids.map((id) => byId.get(id)).filter((s): s is WebSubtaskFieldsFragment => s !== undefined);
    const known = new Set(optimistic.ids);
    return [...ordered, ...serverItems.filter((s) => !known.has(s.id))];
  }, [optimistic, serverItems]);
  const ids = useMemo(() => items.map((s) => s.id), [items]);

  // Focus follows a subtask moved by keyboard: moving a DOM node drops its focus. Only focus that
  // was dropped is given back; once the user focuses something else, it is theirs.
  const [focusId, setFocusId] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!focusId) return;
    const active = document.activeElement;
    if (active && active !== document.body) {
      if (active.getAttribute('data-subtask-id') !== focusId) setFocusId(null);
      return;
    }
    listRef.current?.querySelector<HTMLElement>(`[data-subtask-id="${CSS.escape(focusId)}"]`)?.focus();
  }, [focusId, ids]);

  const move = useCallback(
    async (subtask: WebSubtaskFieldsFragment, target: MoveTarget) => {
      setOptimistic((current) => ({ ids: applyMove(ids, subtask.id, target), inFlight: (current?.inFlight ?? 0) + 1, settledOn: null }));
      const result = await moveSubtask({ input: { id: subtask.id, ...target } }, subtaskContext);
      setOptimistic((current) => {
        if (!current) return null;
        const inFlight = current.inFlight - 1;
        return { ...current, inFlight, settledOn: inFlight === 0 ? serverRef.current : null };
      });
      settle(subtask.title, { error: result.error, outcome: result.data?.moveSubtask }, { what: `“${subtask.title}” was not moved`, retry: () => void move(subtask, target) });
    },
    [ids, moveSubtask, settle],
  );

  const actions: RowActions = {
    toggle: async (s) => {
      const input = { id: s.id, expectedVersion: s.version };
      const retry = () => void actions.toggle(s);
      if (s.done) {
        const r = await reopenSubtask({ input }, subtaskContext);
        return settle(s.title, { error: r.error, outcome: r.data?.reopenSubtask }, { what: `“${s.title}” was not reopened`, retry });
      }
      const r = await completeSubtask({ input }, subtaskContext);
      return settle(s.title, { error: r.error, outcome: r.data?.completeSubtask }, { what: `“${s.title}” was not marked done`, retry });
    },
    rename: async (s, title) => {
      const r = await updateSubtask({ input: { id: s.id, title, expectedVersion: s.version } }, subtaskContext);
      const outcome = r.data?.updateSubtask;
      if (outcome?.__typename === 'ValidationError') return formErrorsOf(outcome, ['title']).fields.title ?? outcome.message;
      return settle(s.title, { error: r.error, outcome }) || outcome?.__typename === 'ConflictError' ? null : 'Not saved.';
    },
    remove: async (s) => {
      const r = await deleteSubtask({ input: { id: s.id, expectedVersion: s.version } }, subtaskContext);
      settle(s.title, { error: r.error, outcome: r.data?.deleteSubtask }, { what: `“${s.title}” was not deleted`, retry: () => void actions.remove(s) });
    },
    keyMove: (s, direction) => {
      const target = keyboardMove(ids, s.id, direction);
      if (!target) return;
      setFocusId(s.id);
      void move(s, target);
    },
    drop: (sourceId, target, where) => {
      const source = items.find((s) => s.id === sourceId);
      const to = dropMove(ids, sourceId, target.id, where);
      if (source && to) void move(source, to);
    },
  };

  const failureNotice = failure && (
    <div className="error subtask-failure" role="alert">
      <span>
        Not saved: {failure.what}. {failure.why}
      </span>
      <button
        type="button"
        className="secondary small"
        onClick={() => {
          const { retry } = failure;
          setFailure(null);
          retry();
        }}
      >
        Retry
      </button>
      <button type="button" className="secondary small" onClick={() => setFailure(null)}>
        Dismiss
      </button>
    </div>
  );
  const staleNotice = error && data && (
    <p className="notice" role="status">
      Could not refresh the list ({describeRequestError(error)}); showing it as last loaded.
    </p>
  );

  let body;
  if (error && !data) body = <ErrorMessage error={error} title="Could not load subtasks" />;
  else if (!data) body = <Loading label="Loading subtasks…" />;
  else if (!data.task) body = <ErrorMessage error="This task no longer exists." title="Not found" />;
  else
    body = (
      <>
        <Progress done={data.task.subtaskProgress.done} total={data.task.subtaskProgress.total} />
        {items.length === 0 ? (
          <p className="muted">No subtasks yet. Add the first step below.</p>
        ) : (
          <>
            <p className="hint" id={`subtasks-${taskId}-help`}>
              Drag a subtask, or focus it and press Alt+↑ / Alt+↓, to reorder.
            </p>
            <ol className="subtask-list" aria-label="Subtasks" ref={listRef}>
              {items.map((s) => (
                <SubtaskRow key={s.id} subtask={s} actions={actions} helpId={`subtasks-${taskId}-help`} />
              ))}
            </ol>
          </>
        )}
        <AddSubtaskForm taskId={taskId} connected={connection.status === 'connected'} />
      </>
    );

  return (
    <section className="card" aria-labelledby="subtasks-heading">
      <div className="section-head">
        <h2 id="subtasks-heading">Subtasks</h2>
      </div>
      {failureNotice}
      {staleNotice}
      {body}
    </section>
  );
}

type RowActions = {
  /** True when the server took the change. */
  toggle(s: WebSubtaskFieldsFragment): Promise<boolean>;
  /** Null when saved or refused with a toast; otherwise the message to show under the field. */
  rename(s: WebSubtaskFieldsFragment, title: string): Promise<string | null>;
  remove(s: WebSubtaskFieldsFragment): Promise<void>;
  keyMove(s: WebSubtaskFieldsFragment, direction: 'up' | 'down'): void;
  drop(sourceId: string, target: WebSubtaskFieldsFragment, where: 'before' | 'after'): void;
};

const DRAG_TYPE = 'application/x-maestro-subtask';

function SubtaskRow({ subtask, actions, helpId }: { subtask: WebSubtaskFieldsFragment; actions: RowActions; helpId: string }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(subtask.title);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [dropHint, setDropHint] = useState<'before' | 'after' | null>(null);
  // The box follows a click at once, until the server shows the same value (or refuses the change).
  const [pendingDone, setPendingDone] = useState<boolean | null>(null);
  useEffect(() => {
    if (pendingDone !== null && pendingDone === subtask.done) setPendingDone(null);
  }, [pendingDone, subtask.done]);
  const inputId = useId();

  async function toggle() {
    setPendingDone(!subtask.done);
    setBusy(true);
    const ok = await actions.toggle(subtask);
    setBusy(false);
    if (!ok) setPendingDone(null);
  }

  async function run(action: () => Promise<unknown>) {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const message = await actions.rename(subtask, draft);
    setBusy(false);
    setFieldError(message);
    if (message === null) setEditing(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>) {
    if (!event.altKey || editing || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    actions.keyMove(subtask, event.key === 'ArrowUp' ? 'up' : 'down');
  }

  const half = (event: DragEvent<HTMLLIElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return event.clientY < box.top + box.height / 2 ? 'before' : 'after';
  };

  return (
    <li
      className={`subtask${(pendingDone ?? subtask.done) ? ' done' : ''}${dropHint ? ` drop-${dropHint}` : ''}`}
      data-subtask-id={subtask.id}
      data-version={subtask.version}
      aria-label={subtask.title}
      aria-describedby={helpId}
      tabIndex={0}
      draggable={!editing}
      onKeyDown={onKeyDown}
      onDragStart={(event) => {
        event.dataTransfer.setData(DRAG_TYPE, subtask.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setDropHint(half(event));
      }}
      onDragLeave={() => setDropHint(null)}
      onDrop={(event) => {
        const sourceId = event.dataTransfer.getData(DRAG_TYPE);
        setDropHint(null);
        if (!sourceId) return;
        event.preventDefault();
        actions.drop(sourceId, subtask, half(event));
      }}
    >
      <span className="drag-handle" aria-hidden="true">
        ⋮⋮
      </span>
      <input type="checkbox" checked={pendingDone ?? subtask.done} disabled={busy} aria-label={`Done: ${subtask.title}`} onChange={() => void toggle()} />
      {editing ? (
        <form className="subtask-edit" onSubmit={save} aria-label={`Edit ${subtask.title}`}>
          <input
            id={inputId}
            value={draft}
            autoFocus
            aria-label="Subtask title"
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? `${inputId}-error` : undefined}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                setEditing(false);
                setFieldError(null);
              }
            }}
          />
          <button type="submit" className="small" disabled={busy}>
            Save
          </button>
          <button
            type="button"
            className="secondary small"
            onClick={() => {
              setEditing(false);
              setFieldError(null);
            }}
          >
            Cancel
          </button>
          <FieldError id={`${inputId}-error`} message={fieldError ?? undefined} />
        </form>
      ) : (
        <>
          <span
            className="subtask-title"
            onDoubleClick={() => {
              setDraft(subtask.title);
              setEditing(true);
            }}
          >
            {subtask.title}
          </span>
          <button
            type="button"
            className="secondary small"
            aria-label={`Edit ${subtask.title}`}
            onClick={() => {
              setDraft(subtask.title);
              setEditing(true);
            }}
          >
            Edit
          </button>
          <button type="button" className="secondary small danger" aria-label={`Delete ${subtask.title}`} disabled={busy} onClick={() => void run(() => actions.remove(subtask))}>
            Delete
          </button>
        </>
      )}
    </li>
  );
}

function AddSubtaskForm({ taskId, connected }: { taskId: string; connected: boolean }) {
  const id = useId();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  // "Could not reach the server" is wrong once the connection is back: clear it (the title stays,
  // so one click sends it again). Validation messages stay.
  // 'sent': failed while the live connection may not have noticed yet; 'down': it has.
  const [networkError, setNetworkError] = useState<'sent' | 'down' | null>(null);
  useEffect(() => {
    if (!connected && networkError === 'sent') setNetworkError('down');
    if (connected && networkError === 'down') {
      setError(null);
      setNetworkError(null);
    }
  }, [connected, networkError]);
  const [{ fetching }, createSubtask] = useMutation(CreateSubtaskMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await createSubtask({ input: { taskId, title } }, subtaskContext);
    const outcome = result.data?.createSubtask;
    if (result.error || !outcome) {
      setNetworkError(result.error?.networkError ? 'sent' : null);
      return setError(result.error ? describeRequestError(result.error) : 'No answer from the server.');
    }
    setNetworkError(null);
    if (outcome.__typename === 'CreateSubtaskPayload') {
      setTitle('');
      setError(null);
      return;
    }
    setError(outcome.__typename === 'ValidationError' ? (formErrorsOf(outcome, ['title']).fields.title ?? outcome.message) : outcome.message);
  }

  return (
    <form className="subtask-add" onSubmit={submit} aria-label="Add subtask">
      <label htmlFor={`${id}-title`}>New subtask</label>
      <input
        id={`${id}-title`}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <button type="submit" disabled={fetching}>
        Add
      </button>
      <FieldError id={`${id}-error`} message={error ?? undefined} />
    </form>
  );
}
