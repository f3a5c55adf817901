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

export type DescribedEvent = { kind: EventKind | string; payload: unknown; hookEvent?: string | null; toolName?: string | null };

export function describeEvent({ kind, payload, hookEvent, toolName }: DescribedEvent): string {
  const data = record(payload);
  const task = record(data.task) as Named;
  const project = record(data.project) as Named;
  const subtask = record(data.subtask) as Named;
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
    case 'SUBTASK_CREATED':
      return `Subtask created${quoted(subtask, 'title')}`;
    case 'SUBTASK_UPDATED':
      return `Subtask updated${quoted(subtask, 'title')}${changes(data, subtask)}`;
    case 'SUBTASK_COMPLETED':
      return `Subtask done${quoted(subtask, 'title')}`;
    case 'SUBTASK_REOPENED':
      return `Subtask reopened${quoted(subtask, 'title')}`;
    case 'SUBTASK_MOVED':
      return `Subtask moved to another task${quoted(subtask, 'title')}`;
    case 'SUBTASK_DELETED':
      return `Subtask deleted${quoted(subtask, 'title')}`;
    case 'SESSION_STATUS_CHANGED':
      return typeof data.from === 'string' && typeof data.to === 'string' ? `Session ${data.from.toLowerCase()} → ${data.to.toLowerCase()}` : 'Session status changed';
    case 'HOOK_RECEIVED':
      return hookEvent ? `Agent hook ${hookEvent}${toolName ? ` (${toolName})` : ''}` : 'Agent hook received';
    default: {
      const text = String(kind).toLowerCase().replaceAll('_', ' ');
      return text.charAt(0).toUpperCase() + text.slice(1);
    }
  }
}
