/** Creates a project; typed errors show inline, a created project opens. */
import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql/index.ts';
import { FieldError, formErrorsOf, formErrorsOfRequest, NO_ERRORS, type FormErrors } from '../../lib/errors.tsx';
import { navigate, projectPath } from '../../lib/router.tsx';

const CreateProjectMutation = graphql(`
  mutation WebCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      __typename
      ... on CreateProjectPayload {
        project {
          id
          name
        }
      }
      ... on ValidationError {
        ...WebValidationErrorFields
      }
      ... on Error {
        message
      }
    }
  }
`);

export function CreateProjectForm() {
  const id = useId();
  const [name, setName] = useState('');
  const [workingDir, setWorkingDir] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [{ fetching }, createProject] = useMutation(CreateProjectMutation);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await createProject({ input: { name, workingDir: workingDir || undefined, description: description || undefined } });
    if (result.error || !result.data) return setErrors(result.error ? formErrorsOfRequest(result.error) : { form: 'No answer from the server.', fields: {} });
    const outcome = result.data.createProject;
    if (outcome.__typename === 'CreateProjectPayload') {
      setErrors(NO_ERRORS);
      setName('');
      setWorkingDir('');
      setDescription('');
      navigate(projectPath(outcome.project.id));
      return;
    }
    setErrors(formErrorsOf(outcome, ['name', 'workingDir', 'description']));
  }

  return (
    <form className="card form" aria-label="New project" onSubmit={onSubmit} noValidate>
      <h2>New project</h2>
      {errors.form && (
        <div className="error" role="alert">
          {errors.form}
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={errors.fields.name ? true : undefined}
          aria-describedby={errors.fields.name ? `${id}-name-error` : undefined}
        />
        <FieldError id={`${id}-name-error`} message={errors.fields.name} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-dir`}>Working directory</label>
        <input
          id={`${id}-dir`}
          value={workingDir}
          onChange={(e) => setWorkingDir(e.target.value)}
          placeholder="/path/to/repo"
          aria-invalid={errors.fields.workingDir ? true : undefined}
          aria-describedby={errors.fields.workingDir ? `${id}-dir-error` : undefined}
        />
        <FieldError id={`${id}-dir-error`} message={errors.fields.workingDir} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>Description</label>
        <textarea
          id={`${id}-description`}
          value={description}
          rows={2}
          onChange={(e) => setDescription(e.target.value)}
          aria-invalid={errors.fields.description ? true : undefined}
          aria-describedby={errors.fields.description ? `${id}-description-error` : undefined}
        />
        <FieldError id={`${id}-description-error`} message={errors.fields.description} />
      </div>
      <div className="actions">
        <button type="submit" disabled={fetching}>
          {fetching ? 'Creating…' : 'Create project'}
        </button>
      </div>
    </form>
  );
}
