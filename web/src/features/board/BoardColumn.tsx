/** One status column: a drop target for cards, its count, and an empty state that says what goes here. */
import { useDroppable } from '@dnd-kit/core';
import type { TaskStatus } from '../../gql/graphql.ts';
import { STATUS_LABELS } from '../tasks/labels.ts';
import type { BoardTask } from './Board.tsx';
import { TaskCard } from './TaskCard.tsx';

type Props = {
  status: TaskStatus;
  projectId: string;
  tasks: BoardTask[];
  statusOf(task: BoardTask): TaskStatus;
  moving(id: string): boolean;
  onMove(task: BoardTask, to: TaskStatus): void;
};

export function BoardColumn({ status, projectId, tasks, statusOf, moving, onMove }: Props) {
  const { setNodeRef, isOver } = useDroppable({ id: status });
  const headingId = `column-${status}`;
  return (
    <section ref={setNodeRef} className={`board-column${isOver ? ' drop-target' : ''}`} aria-labelledby={headingId} data-status={status}>
      <h3 id={headingId} className="column-head">
        <span className={`column-dot status-${status.toLowerCase()}`} aria-hidden="true" />
        {STATUS_LABELS[status]} <span className="column-count">{tasks.length}</span>
      </h3>
      <ul className="card-list" aria-label={`${STATUS_LABELS[status]} tasks`}>
        {tasks.length === 0 && <li className="column-empty">No tasks here. Drag a card here or use its “Move to” control.</li>}
        {tasks.map((task) => (
          <TaskCard key={task.id} task={task} status={statusOf(task)} projectId={projectId} moving={moving(task.id)} onMove={(to) => onMove(task, to)} />
        ))}
      </ul>
    </section>
  );
}
