/** Human text for one event of the log, from its kind and payload (see src/services/*). */
import type { EventKind } from '../../gql/graphql.ts';

type Named = { title?: unknown; name?: unknown; status?: unknown };

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function quoted(entity: Named | undefined, key: 'title' | 'name'): string {
  const value = entity?.[key];
  return typeof value === 'string' && value ? ` “${value}”` : '';
}

function changes(payload: Record<string, unknown>, entity: Named | undefined): string {
  const changed = Array.isArray(payload.changed) ? payload.changed.filter((c): c is string => typeof c === 'string') : [];
  const parts: string[] = [];
  if (changed.includes('status') && typeof payload.previousStatus === 'string' && typeof entity?.status === 'string') {
    parts.push(`status ${payload.previousStatus} → ${entity.status}`);
  }
  const rest = changed.filter((c) => c !== 'status' || parts.length === 0);
  if (rest.length) parts.push(rest.join(', '));
  return parts.length ? ` (${parts.join('; ')})` : '';
}

export function describeEvent(kind: EventKind | string, payload: unknown): string {
  const data = record(payload);
  const task = record(data.task) as Named;
  const project = record(data.project) as Named;
  switch (kind) {
    case 'TASK_CREATED':
      return `Task created${quoted(task, 'title')}`;
    case 'TASK_UPDATED':
      return `Task updated${quoted(task, 'title')}${changes(data, task)}`;
    case 'TASK_DELETED':
      return `Task deleted${quoted(task, 'title')}`;
    case 'PROJECT_CREATED':
      return `Project created${quoted(project, 'name')}`;
    case 'PROJECT_UPDATED':
      return `Project updated${quoted(project, 'name')}${changes(data, project)}`;
    case 'PROJECT_DELETED':
      return `Project deleted${quoted(project, 'name')}`;
    default:
      return String(kind).toLowerCase().replaceAll('_', ' ');
  }
}
