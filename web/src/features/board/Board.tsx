/**
 * A project's tasks as a board, a column per status. A card moves by dragging its handle, by the
 * keyboard (focus the handle, Space, arrow keys, Space) or with its "Move to" control; the board
 * follows changes made elsewhere through `refreshVersion` (bumped by the project's live feed).
 */
import { DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import type { TaskStatus, WebBoardTasksQuery } from '../../gql/graphql.ts';
import { ErrorMessage } from '../../lib/errors.tsx';
import { STATUSES, STATUS_LABELS } from '../tasks/labels.ts';
import { AddTaskButton } from './AddTaskButton.tsx';
import { BoardColumn } from './BoardColumn.tsx';
import { BoardFilters, matchesFilters, type Filters } from './BoardFilters.tsx';
import { BoardSkeleton } from './BoardSkeleton.tsx';
import { columnCollision, columnKeyboardCoordinates } from './keyboard.ts';
import { BoardTasksQuery } from './queries.ts';
import { useMoveTask } from './useMoveTask.ts';
import './board.css';

/** The API's page limit; a board with more says so rather than silently dropping cards. */
const BOARD_SIZE = 100;

export type BoardTask = NonNullable<WebBoardTasksQuery['project']>['tasks']['edges'][number]['node'];

// An empty board holds no Task: name the type so a created task still refreshes it.
const context = { additionalTypenames: ['Task'] };

export function Board({ projectId, refreshVersion }: { projectId: string; refreshVersion: number }) {
  const ctx = useMemo(() => context, []);
  const [{ data, error }, reexecute] = useQuery({ query: BoardTasksQuery, variables: { id: projectId, first: BOARD_SIZE }, context: ctx });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useEffect(() => {
    if (refreshVersion > 0) refresh();
  }, [refreshVersion, refresh]);

  const [filters, setFilters] = useState<Filters>({ priority: '', text: '' });
  const { move, statusOf, moving } = useMoveTask(projectId, data, refresh);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );

  const tasks = useMemo(() => data?.project?.tasks.edges.map((e) => e.node) ?? [], [data]);
  const byId = useMemo(() => new Map(tasks.map((t) => [t.id, t])), [tasks]);
  const titleOf = (id: string | number) => byId.get(String(id))?.title ?? 'the task';
  const columnOf = (id: string | number | undefined) => (id ? STATUS_LABELS[id as TaskStatus] ?? String(id) : null);
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up “${titleOf(active.id)}”. Arrow keys move it between columns; Space drops it, Escape cancels.`,
    onDragOver: ({ active, over }) => (over ? `“${titleOf(active.id)}” is over ${columnOf(over.id)}.` : `“${titleOf(active.id)}” is over no column.`),
    onDragEnd: ({ active, over }) => (over ? `“${titleOf(active.id)}” dropped in ${columnOf(over.id)}.` : `“${titleOf(active.id)}” put back.`),
    onDragCancel: ({ active }) => `Moving “${titleOf(active.id)}” was cancelled; it stays where it was.`,
  };

  if (error && !data) return <ErrorMessage error={error} title="Could not load tasks" />;
  if (!data) return <BoardSkeleton />;
  if (!data.project) return <ErrorMessage error="This project no longer exists." title="Not found" />;

  const total = data.project.tasks.totalCount;
  const shown = tasks.filter((t) => matchesFilters(t, filters));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const task = byId.get(String(active.id));
    if (task && over) void move({ ...task, status: statusOf(task) }, over.id as TaskStatus);
  };

  return (
    <section className="board-area" aria-labelledby="board-heading">
      <div className="board-toolbar">
        <h2 id="board-heading">Board</h2>
        <BoardFilters filters={filters} onChange={setFilters} />
        <AddTaskButton projectId={projectId} />
      </div>
      <p className="muted small-text" role="status">
        {total === 0
          ? 'No tasks yet. Use “Add task” to create the first one.'
          : shown.length === tasks.length
            ? `${total} task${total === 1 ? '' : 's'}${total > tasks.length ? ` (showing the first ${tasks.length})` : ''}`
            : `${shown.length} of ${tasks.length} tasks match the filters`}
      </p>
      <DndContext sensors={sensors} collisionDetection={columnCollision} onDragEnd={onDragEnd} accessibility={{ announcements }}>
        <div className="board">
          {STATUSES.map((status) => (
            <BoardColumn
              key={status}
              status={status}
              projectId={projectId}
              tasks={shown.filter((t) => statusOf(t) === status)}
              statusOf={statusOf}
              moving={moving}
              onMove={(task, to) => void move({ ...task, status: statusOf(task) }, to)}
            />
          ))}
        </div>
      </DndContext>
    </section>
  );
}

