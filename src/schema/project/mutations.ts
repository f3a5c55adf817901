import { builder } from '../../builder.ts';
import { ProjectNotEmptyError } from '../../services/errors.ts';
import { createProject, deleteProject, updateProject } from '../../services/projects.ts';
import { rules } from '../../auth/scopes.ts';
import { COMMON_ERRORS } from '../errors.ts';
import { parseGlobalId, toGlobalId } from '../ids.ts';
import { ProjectRef } from './types.ts';

const CreateProjectInput = builder.inputType('CreateProjectInput', {
  description: 'A new project.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Short human name (1–200 characters).' }),
    workingDir: t.string({ description: 'Directory agents work in.' }),
    description: t.string({ description: 'Longer description (up to 10 000 characters).' }),
  }),
});

const UpdateProjectInput = builder.inputType('UpdateProjectInput', {
  description: 'Changes to a project; omitted fields keep their value.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The project\'s global ID.' }),
    name: t.string({ description: 'New name (1–200 characters).' }),
    workingDir: t.string({ description: 'New working directory.' }),
    description: t.string({ description: 'New description (up to 10 000 characters).' }),
  }),
});

const DeleteProjectInput = builder.inputType('DeleteProjectInput', {
  description: 'The project to delete.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The project\'s global ID.' }),
    force: t.boolean({ description: 'Also delete its tasks. Without it, a project with tasks is refused.' }),
  }),
});

builder.mutationFields((t) => ({
  createProject: t.field({
    type: ProjectRef,
    description: 'Creates a project and appends PROJECT_CREATED.',
    args: { input: t.arg({ type: CreateProjectInput, required: true, description: 'The new project.' }) },
    authScopes: rules.operatorOnly,
    errors: {
      types: [...COMMON_ERRORS],
      dataField: { name: 'project', description: 'The created project.' },
      result: { description: 'The project was created.' },
    },
    resolve: (_root, { input }, ctx) => createProject(ctx.store, ctx.actor, input),
  }),
  updateProject: t.field({
    type: ProjectRef,
    description: 'Changes a project\'s fields and appends PROJECT_UPDATED.',
    args: { input: t.arg({ type: UpdateProjectInput, required: true, description: 'The changes.' }) },
    authScopes: rules.operatorOnly,
    errors: {
      types: [...COMMON_ERRORS],
      dataField: { name: 'project', description: 'The project after the change.' },
      result: { description: 'The project was updated.' },
    },
    resolve: (_root, { input }, ctx) =>
      updateProject(ctx.store, ctx.actor, parseGlobalId(String(input.id), 'Project', ['input', 'id']), input),
  }),
  deleteProject: t.field({
    type: 'ID',
    description: 'Deletes a project (refused while it has tasks unless force: true) and appends PROJECT_DELETED.',
    args: { input: t.arg({ type: DeleteProjectInput, required: true, description: 'The project to delete.' }) },
    authScopes: rules.operatorOnly,
    errors: {
      types: [...COMMON_ERRORS, ProjectNotEmptyError],
      dataField: { name: 'deletedProjectId', description: 'The global ID of the deleted project.' },
      result: { description: 'The project was deleted.' },
    },
    resolve: async (_root, { input }, ctx) => {
      const project = await deleteProject(
        ctx.store, ctx.actor,
        parseGlobalId(String(input.id), 'Project', ['input', 'id']),
        input.force ?? false,
      );
      return toGlobalId('Project', project.id);
    },
  }),
}));
