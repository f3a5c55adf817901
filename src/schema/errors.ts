/** The schema side of expected failures: the Error interface and one object type per domain error. */
import { builder } from '../builder.ts';
import { DomainError, NotFoundError, ProjectNotEmptyError, ValidationError } from '../services/errors.ts';

export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'Every expected failure implements this: branch on __typename for the details.',
  fields: (t) => ({ message: t.exposeString('message', { description: 'What went wrong and what to do about it.' }) }),
});

builder.objectType(DomainError, {
  name: 'BaseError',
  description: 'An expected failure with no more specific type.',
  interfaces: [ErrorInterface],
});

const FieldErrorRef = builder.objectRef<{ path: string[]; message: string }>('FieldError').implement({
  description: 'One offending input field.',
  fields: (t) => ({
    path: t.exposeStringList('path', { description: 'Path to the field, for example ["input", "title"].' }),
    message: t.exposeString('message', { description: 'Why the value was refused.' }),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'The input broke a rule; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    fields: t.field({ type: [FieldErrorRef], description: 'Each offending field.', resolve: (e) => e.fields }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'An id named in the input does not exist (or not where it was addressed).',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    id: t.exposeString('id', { description: 'The id that was not found, as given.' }),
    type: t.exposeString('type', { description: 'The type that was looked for, for example "Task".' }),
  }),
});

builder.objectType(ProjectNotEmptyError, {
  name: 'ProjectNotEmptyError',
  description: 'deleteProject was refused because the project has tasks; pass force: true to delete them too.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ taskCount: t.exposeInt('taskCount', { description: 'How many tasks the project has.' }) }),
});

/** Error types every mutation result union includes. */
export const COMMON_ERRORS = [DomainError, ValidationError, NotFoundError] as const;
