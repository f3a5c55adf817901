/**
 * How projects, tasks and events look, for people and for --json. The fragments here are the one
 * definition of the fields every command selects, so `--json` output has the same shape everywhere.
 */
import { graphql } from '../gql/index.ts';
import type { CliEventFieldsFragment, CliProjectFieldsFragment, CliTaskFieldsFragment } from '../gql/graphql.ts';
import { shortTime, table, truncate } from './output.ts';

graphql(`
  fragment CliProjectFields on Project {
    id
    name
    description
    workingDir
    createdAt
    updatedAt
  }
`);

graphql(`
  fragment CliTaskFields on Task {
    id
    title
    description
    status
    priority
    acceptanceCriteria
    startedAt
    completedAt
    createdAt
    updatedAt
    project { id name }
  }
`);

graphql(`
  fragment CliEventFields on Event {
    seq
    cursor
    kind
    projectId
    taskId
    subtaskId
    sessionId
    actor
    hookEvent
    toolName
    payload
    createdAt
  }
`);

export type Project = CliProjectFieldsFragment;
export type Task = CliTaskFieldsFragment;
export type Event = CliEventFieldsFragment;

const field = (label: string, value: string) => `${`${label}:`.padEnd(13)}${value}`;

export function projectTable(projects: readonly Project[]): string {
  if (!projects.length) return 'No projects yet. Create one with `maestro project create --name NAME`.';
  return table(
    ['ID', 'NAME', 'WORKING DIR', 'CREATED'],
    projects.map((p) => [p.id, truncate(p.name, 40), p.workingDir || '-', shortTime(p.createdAt)]),
  );
}

export function projectDetails(project: Project): string[] {
  return [
    field('Project', `${project.name} (${project.id})`),
    field('Working dir', project.workingDir || '-'),
    field('Created', shortTime(project.createdAt)),
    field('Updated', shortTime(project.updatedAt)),
    ...(project.description ? ['', project.description] : []),
  ];
}

export function taskTable(tasks: readonly Task[], options: { showProject?: boolean } = {}): string {
  if (!tasks.length) return 'No tasks match.';
  const header = ['ID', 'STATUS', 'PRIORITY', 'TITLE', ...(options.showProject ? ['PROJECT'] : [])];
  return table(
    header,
    tasks.map((t) => [t.id, t.status, t.priority, truncate(t.title, 50), ...(options.showProject ? [truncate(t.project.name, 24)] : [])]),
  );
}

export function taskDetails(task: Task): string[] {
  const lines = [
    field('Task', `${task.title} (${task.id})`),
    field('Project', `${task.project.name} (${task.project.id})`),
    field('Status', task.status),
    field('Priority', task.priority),
    field('Created', shortTime(task.createdAt)),
    field('Updated', shortTime(task.updatedAt)),
  ];
  if (task.startedAt) lines.push(field('Started', shortTime(task.startedAt)));
  if (task.completedAt) lines.push(field('Completed', shortTime(task.completedAt)));
  if (task.description) lines.push('', task.description);
  if (task.acceptanceCriteria.length) {
    lines.push('', 'Acceptance criteria:', ...task.acceptanceCriteria.map((c, i) => `  ${i + 1}. ${c}`));
  }
  return lines;
}

/** What eventLine needs: both the history fragment and the stream client's events have it. */
export type EventLike = Pick<Event, 'seq' | 'createdAt' | 'projectId' | 'taskId' | 'sessionId' | 'actor' | 'payload'> & { kind: string };

/** A few words about what an event says, from its payload (the entity after the change). */
function eventSummary(event: EventLike): string {
  const payload = (event.payload ?? {}) as {
    project?: { name?: string };
    task?: { title?: string; status?: string };
    changed?: string[];
  };
  const parts: string[] = [];
  if (payload.task?.title) parts.push(`"${truncate(payload.task.title, 40)}"`);
  else if (payload.project?.name) parts.push(`"${truncate(payload.project.name, 40)}"`);
  if (payload.task?.status) parts.push(payload.task.status);
  if (Array.isArray(payload.changed) && payload.changed.length) parts.push(`changed ${payload.changed.join(',')}`);
  return parts.join(' ');
}

/** One line per event: seq, time, kind, scope, summary, actor. */
export function eventLine(event: EventLike): string {
  const scope = event.taskId ? `task ${event.taskId}` : event.projectId ? `project ${event.projectId}` : event.sessionId ? `session ${event.sessionId}` : '';
  return [String(event.seq).padStart(6), event.createdAt.slice(0, 19).replace('T', ' '), event.kind.padEnd(16), scope, eventSummary(event), `by ${event.actor}`]
    .filter(Boolean)
    .join('  ');
}
