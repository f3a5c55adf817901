/**
 * Lists a session may read are confined to its own project. The field rules (scopes.ts) refuse an
 * explicit filter naming another project; these helpers narrow what the resolver reads, so a
 * session's `tasks`, `sessions`, `projects`, `events` (query and subscription) hold nothing else.
 */
import type { EventFilter } from '../events/log.ts';
import type { Viewer } from './viewer.ts';

/** The only project the viewer may list, or null for the operator (all). */
export function confinedProject(viewer: Viewer): string | null {
  return viewer.kind === 'session' ? viewer.projectId : null;
}

/** A Prisma `where` fragment limiting rows with a projectId column to the viewer's project. */
export function projectWhere(viewer: Viewer, column: 'projectId' | 'id' = 'projectId'): Record<string, string> {
  const project = confinedProject(viewer);
  return project === null ? {} : { [column]: project };
}

/** The event filter narrowed to the viewer's project (events of no project are the operator's). */
export function confineEventFilter<F extends EventFilter>(viewer: Viewer, filter: F): F {
  const project = confinedProject(viewer);
  return project === null ? filter : { ...filter, projectId: project };
}
