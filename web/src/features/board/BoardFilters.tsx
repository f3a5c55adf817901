/** Narrowing the board: by priority and by text in a task's title or description (on the loaded cards). */
import { useId } from 'react';
import type { TaskPriority } from '../../gql/graphql.ts';
import { PriorityOptions } from '../tasks/options.tsx';

export type Filters = { priority: TaskPriority | ''; text: string };

export function matchesFilters(task: { title: string; description: string; priority: TaskPriority }, { priority, text }: Filters): boolean {
  if (priority && task.priority !== priority) return false;
  const needle = text.trim().toLowerCase();
  return !needle || task.title.toLowerCase().includes(needle) || task.description.toLowerCase().includes(needle);
}

export function BoardFilters({ filters, onChange }: { filters: Filters; onChange(filters: Filters): void }) {
  const id = useId();
  return (
    <div className="board-filters" role="group" aria-label="Filter tasks">
      <div className="inline-field">
        <label htmlFor={`${id}-priority`}>Priority</label>
        <select id={`${id}-priority`} value={filters.priority} onChange={(e) => onChange({ ...filters, priority: e.target.value as TaskPriority | '' })}>
          <option value="">All priorities</option>
          <PriorityOptions />
        </select>
      </div>
      <div className="inline-field">
        <label htmlFor={`${id}-text`}>Search</label>
        <input id={`${id}-text`} type="search" value={filters.text} placeholder="Title or description" onChange={(e) => onChange({ ...filters, text: e.target.value })} />
      </div>
    </div>
  );
}
