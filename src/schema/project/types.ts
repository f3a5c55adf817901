import { rules } from '../../auth/scopes.ts';
import { projectWhere } from '../../auth/confinement.ts';
import { builder } from '../../builder.ts';
import { CONNECTION_LIMITS } from '../connection-limits.ts';
import { TaskStatusEnum } from '../task/enums.ts';

// Re-exported: the other domains import it from here.
export { CONNECTION_LIMITS };

export const ProjectRef = builder.prismaNode('Project', {
  id: { field: 'id' },
  // node(id)/nodes(ids) answer null for an id that names nothing (default: findUniqueOrThrow, a masked error).
  nullable: true,
  authScopes: (project) => rules.ofProject(project.id),
  description: 'A body of work with a working directory, broken into tasks.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Short human name (1–200 characters).' }),
    workingDir: t.exposeString('workingDir', { description: 'Directory agents work in for this project ("" when unset).' }),
    description: t.exposeString('description', { description: 'Longer description (up to 10 000 characters).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the project was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the project last changed.' }),
    tasks: t.relatedConnection('tasks', {
      ...CONNECTION_LIMITS,
      description: 'The project\'s tasks, oldest first; optionally only those with one status.',
      cursor: 'id',
      args: { status: t.arg({ type: TaskStatusEnum, required: false, description: 'Only tasks with this status.' }) },
      query: ({ status }) => ({
        where: status ? { status } : {},
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
      totalCount: true,
    }),
  }),
});

builder.queryFields((t) => ({
  projects: t.prismaConnection({
    ...CONNECTION_LIMITS,
    type: 'Project',
    cursor: 'id',
    description: 'All projects, oldest first.',
    // A session lists only its own project.
    resolve: (query, _root, _args, ctx) => ctx.store.prisma.project.findMany({ ...query, where: projectWhere(ctx.viewer, 'id'), orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    totalCount: (_root, _args, ctx) => ctx.store.prisma.project.count({ where: projectWhere(ctx.viewer, 'id') }),
  }),
  project: t.prismaField({
    type: 'Project',
    nullable: true,
    description: 'One project by global ID; null when it does not exist.',
    args: { id: t.arg.globalID({ required: true, for: ProjectRef, description: 'The project\'s global ID.' }) },
    resolve: (query, _root, { id }, ctx) => ctx.store.prisma.project.findUnique({ ...query, where: { id: id.id } }),
  }),
}));
