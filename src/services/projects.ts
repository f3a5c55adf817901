/** Write rules for projects. Each function is one transaction that appends its event. */
import { z } from 'zod';
import { NotFoundError, ProjectNotEmptyError } from './errors.ts';
import { descriptionField, LIMITS, nameField, parseInput } from './validation.ts';
import type { Store } from '../store/types.ts';

const workingDir = z.string().max(LIMITS.path, `must be at most ${LIMITS.path} characters`);

const CreateProject = z.object({
  name: nameField('name'),
  workingDir: workingDir.nullish(),
  description: descriptionField.nullish(),
});

const UpdateProject = z.object({
  name: nameField('name').nullish(),
  workingDir: workingDir.nullish(),
  description: descriptionField.nullish(),
});

export async function createProject(store: Store, actor: string, input: z.input<typeof CreateProject>) {
  const data = parseInput(CreateProject, input);
  return store.withEvents(actor, async (tx, emit) => {
    const project = await tx.project.create({
      data: { name: data.name, workingDir: data.workingDir ?? '', description: data.description ?? '' },
    });
    await emit({ kind: 'PROJECT_CREATED', projectId: project.id, payload: { project } });
    return project;
  });
}

export async function updateProject(store: Store, actor: string, id: string, input: z.input<typeof UpdateProject>) {
  const data = parseInput(UpdateProject, input);
  return store.withEvents(actor, async (tx, emit) => {
    const existing = await tx.project.findUnique({ where: { id } });
    if (!existing) throw new NotFoundError('Project', id);
    const project = await tx.project.update({
      where: { id },
      data: {
        name: data.name ?? undefined,
        workingDir: data.workingDir ?? undefined,
        description: data.description ?? undefined,
      },
    });
    await emit({ kind: 'PROJECT_UPDATED', projectId: id, payload: { project, changed: changedKeys(data) } });
    return project;
  });
}

export async function deleteProject(store: Store, actor: string, id: string, force: boolean) {
  return store.withEvents(actor, async (tx, emit) => {
    const existing = await tx.project.findUnique({ where: { id } });
    if (!existing) throw new NotFoundError('Project', id);
    const taskCount = await tx.task.count({ where: { projectId: id } });
    if (taskCount > 0 && !force) throw new ProjectNotEmptyError(taskCount);
    // The foreign keys cascade the delete to the project's tasks, their subtasks and its sessions:
    // the one PROJECT_DELETED names every removed id (payload.cascade), so followers drop them too.
    const [tasks, subtasks, sessions] = await Promise.all([
      tx.task.findMany({ where: { projectId: id }, select: { id: true } }),
      tx.subtask.findMany({ where: { task: { projectId: id } }, select: { id: true } }),
      tx.session.findMany({ where: { projectId: id }, select: { id: true } }),
    ]);
    await tx.project.delete({ where: { id } });
    const cascade = { tasks: tasks.map((r) => r.id), subtasks: subtasks.map((r) => r.id), sessions: sessions.map((r) => r.id) };
    await emit({ kind: 'PROJECT_DELETED', projectId: id, payload: { project: existing, deletedTasks: taskCount, cascade } });
    return existing;
  });
}

/** Names of the fields an update actually set, for event payloads. */
export function changedKeys(data: Record<string, unknown>): string[] {
  return Object.entries(data).filter(([, v]) => v !== undefined && v !== null).map(([k]) => k);
}
