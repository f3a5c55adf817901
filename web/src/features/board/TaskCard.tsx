/**
 * A task on the board: priority, title, subtask progress and the live state of its session; a drag
 * handle (pointer and keyboard), a "Move to" control, and edit and delete.
 */
import { useDraggable } from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';
import { useId } from 'react';
import type { TaskStatus } from '../../gql/graphql.ts';
import { Link, taskPath } from '../../lib/router.tsx';
import { PRIORITY_LABELS, STATUSES, STATUS_LABELS } from '../tasks/labels.ts';
import { Progress } from '../tasks/Progress.tsx';
import type { BoardTask } from './Board.tsx';
import { CardSession } from './CardSession.tsx';
import { DeleteTaskButton } from './DeleteTaskButton.tsx';
import { EditTaskButton } from './EditTaskButton.tsx';

type Props = { task: BoardTask; status: TaskStatus; projectId: string; moving: boolean; onMove(to: TaskStatus): void };

export function TaskCard({ task, status, projectId, moving, onMove }: Props) {
  const id = useId();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } = useDraggable({ id: task.id });
  const titleId = `card-${task.id}-title`;
  const waiting = task.liveSession?.status === 'NEEDS_INPUT';
  return (
    <li
      ref={setNodeRef}
      className={`board-card${isDragging ? ' dragging' : ''}${waiting ? ' attention' : ''}${moving ? ' moving' : ''}`}
      style={{ transform: CSS.Translate.toString(transform) }}
      aria-labelledby={titleId}
      data-task={task.id}
      data-status={status}
    >
      <div className="card-head">
        <button type="button" ref={setActivatorNodeRef} className="card-handle" aria-label={`Drag ${task.title}`} {...attributes} {...listeners}>
          <span aria-hidden="true">⠿</span>
        </button>
        <h4 id={titleId} className="card-title">
          <Link to={taskPath(task.id)}>{task.title}</Link>
        </h4>
      </div>
      <div className="card-meta">
        <span className={`badge priority-${task.priority.toLowerCase()}`} aria-label={`Priority: ${PRIORITY_LABELS[task.priority]}`}>
          {PRIORITY_LABELS[task.priority]}
        </span>
        {task.subtaskProgress.total > 0 && <Progress done={task.subtaskProgress.done} total={task.subtaskProgress.total} />}
      </div>
      {task.liveSession && <CardSession session={task.liveSession} />}
      <div className="card-actions">
        <label className="visually-hidden" htmlFor={`${id}-move`}>
          Move {task.title} to
        </label>
        <select id={`${id}-move`} className="move-select" value={status} onChange={(e) => onMove(e.target.value as TaskStatus)}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s === status ? STATUS_LABELS[s] : `→ ${STATUS_LABELS[s]}`}
            </option>
          ))}
        </select>
        <EditTaskButton task={task} projectId={projectId} />
        <DeleteTaskButton task={task} projectId={projectId} />
      </div>
    </li>
  );
}
