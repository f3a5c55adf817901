/**
 * Moving a card to another column: the card shows in its new column at once, then the change goes
 * through updateTask. When it does not happen the card goes back and a toast says why: the task was
 * deleted meanwhile (NotFoundError: the board re-reads so it disappears), the input was refused, or
 * the server could not be reached. Concurrent moves by others are last-writer-wins, as the API is;
 * the live feed brings every board to the stored status.
 */
import { useCallback, useEffect, useState } from 'react';
import { useMutation } from 'urql';
import type { TaskStatus } from '../../gql/graphql.ts';
import { describeRequestError } from '../../lib/errors.tsx';
import { useToast } from '../../lib/toast.tsx';
import { STATUS_LABELS } from '../tasks/labels.ts';
import { MoveTaskMutation } from './queries.ts';

type Move = { status: TaskStatus; settled: boolean };
type Movable = { id: string; title: string; status: TaskStatus };

export function useMoveTask(projectId: string, boardData: unknown, refresh: () => void) {
  const [moves, setMoves] = useState<Record<string, Move>>({});
  const [, updateTask] = useMutation(MoveTaskMutation);
  const toast = useToast();

  // A settled move is shown until the board has been read again (which then holds it).
  useEffect(() => {
    setMoves((current) => {
      const kept = Object.entries(current).filter(([, m]) => !m.settled);
      return kept.length === Object.keys(current).length ? current : Object.fromEntries(kept);
    });
  }, [boardData]);

  const forget = (id: string) =>
    setMoves((current) => {
      const { [id]: _dropped, ...rest } = current;
      return rest;
    });

  const move = useCallback(
    async (task: Movable, to: TaskStatus) => {
      if (task.status === to) return;
      setMoves((current) => ({ ...current, [task.id]: { status: to, settled: false } }));
      const result = await updateTask({ input: { id: task.id, projectId, status: to } });
      const outcome = result.data?.updateTask;
      if (outcome?.__typename === 'UpdateTaskPayload') {
        setMoves((current) => ({ ...current, [task.id]: { status: to, settled: true } }));
        refresh();
        return;
      }
      forget(task.id);
      const stays = `It stays in ${STATUS_LABELS[task.status]}.`;
      if (result.error || !outcome) {
        toast.push({ tone: 'error', title: `“${task.title}” was not moved`, body: `${result.error ? describeRequestError(result.error) : 'No answer from the server.'} ${stays}` });
      } else if (outcome.__typename === 'NotFoundError') {
        toast.push({ tone: 'conflict', title: `“${task.title}” no longer exists`, body: 'It was deleted elsewhere before your move reached the server; the board has been refreshed.' });
        refresh();
      } else {
        toast.push({ tone: 'error', title: `“${task.title}” was not moved`, body: `${'message' in outcome ? outcome.message : 'The server refused the change.'} ${stays}` });
      }
    },
    [projectId, refresh, toast, updateTask],
  );

  return { move, statusOf: (task: Movable): TaskStatus => moves[task.id]?.status ?? task.status, moving: (id: string) => moves[id]?.settled === false };
}
