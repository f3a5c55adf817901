/**
 * "Spawn session" on a task: role, extra skills (picked from `skills(role)` with their
 * descriptions; the role's own skills are always included) and the agent profile (picked from
 * `agentProfiles`: names configured on the server, never a command line). A runner picks the
 * request up; the new session appears in the sessions lists through the live feed.
 */
import { useId, useState, type FormEvent } from 'react';
import { PERMISSION_MODES, type PermissionMode } from '../../../../src/client/claude-permissions.ts';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql/index.ts';
import type { SessionRole } from '../../gql/graphql.ts';
import { FieldError, formErrorsOf, formErrorsOfRequest, NO_ERRORS, type FormErrors } from '../../lib/errors.tsx';
import { Link, sessionPath } from '../../lib/router.tsx';

/** What spawnSession always adds for a role (schema: SpawnSessionInput.role). */
export const ROLE_SKILLS: Record<SessionRole, string[]> = {
  WORKER: ['maestro-worker', 'maestro-cli'],
  ORCHESTRATOR: ['maestro-orchestrator', 'maestro-cli'],
};

const SkillsQuery = graphql(`
  query WebSkills($role: SkillRole!, $projectId: ID) {
    skills(role: $role, projectId: $projectId) {
      name
      version
      description
      scope
      valid
      dependencies
    }
  }
`);

const AgentProfilesQuery = graphql(`
  query WebAgentProfiles {
    agentProfiles {
      name
      description
      isDefault
    }
  }
`);

const SpawnSessionMutation = graphql(`
  mutation WebSpawnSession($input: SpawnSessionInput!) {
    spawnSession(input: $input) {
      __typename
      ... on SpawnSessionPayload {
        session {
          id
          name
          status
        }
        skills {
          name
          version
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

export const SPAWN_FORM_FIELDS = ['role', 'skills', 'agent', 'name', 'permissionMode', 'worktree'] as const;

/** What each Claude Code permission mode lets the agent do without asking (nobody can answer in a headless run). */
const PERMISSION_LABELS: Record<PermissionMode, string> = {
  default: 'default: read-only tools; anything else is refused',
  acceptEdits: 'acceptEdits: also edit files in its folder',
  plan: 'plan: read and plan, change nothing',
  bypassPermissions: 'bypassPermissions: everything, no checks',
};

type Spawned = { id: string; name: string; skills: { name: string; version: string }[] };

export function SpawnSessionForm({ projectId, taskId }: { projectId: string; taskId: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [role, setRole] = useState<SessionRole>('WORKER');
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [agent, setAgent] = useState('');
  const [name, setName] = useState('');
  const [permissionMode, setPermissionMode] = useState<PermissionMode | ''>('');
  const [worktree, setWorktree] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [spawned, setSpawned] = useState<Spawned | null>(null);
  const [{ data: skillData, error: skillError }] = useQuery({ query: SkillsQuery, variables: { role, projectId }, pause: !open });
  const [{ data: agentData, error: agentError }] = useQuery({ query: AgentProfilesQuery, pause: !open });
  const [{ fetching }, spawnSession] = useMutation(SpawnSessionMutation);
  const profiles = agentData?.agentProfiles ?? [];
  // Until the person picks one, the server's default profile is selected.
  const chosenAgent = agent || profiles.find((p) => p.isDefault)?.name || '';
  const chosenProfile = profiles.find((p) => p.name === chosenAgent);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await spawnSession(
      {
        input: {
          projectId,
          taskIds: [taskId],
          role,
          skills: [...picked].filter((s) => !ROLE_SKILLS[role].includes(s)),
          agent: chosenAgent || null,
          name: name.trim() || null,
          permissionMode: permissionMode || null,
          worktree,
        },
      },
      { additionalTypenames: ['Session'] },
    );
    if (result.error || !result.data) return setErrors(result.error ? formErrorsOfRequest(result.error) : { form: 'No answer from the server.', fields: {} });
    const outcome = result.data.spawnSession;
    if (outcome.__typename === 'SpawnSessionPayload') {
      setErrors(NO_ERRORS);
      setSpawned({ id: outcome.session.id, name: outcome.session.name, skills: outcome.skills });
      setPicked(new Set());
      setName('');
      setPermissionMode('');
      setWorktree(false);
      setOpen(false);
      return;
    }
    setErrors(formErrorsOf(outcome, SPAWN_FORM_FIELDS));
  }

  const notice = spawned && (
    <p className="notice" role="status">
      Spawn requested: <Link to={sessionPath(spawned.id)}>{spawned.name || spawned.id}</Link> with {spawned.skills.map((s) => `${s.name} ${s.version}`).join(', ')}.
    </p>
  );

  if (!open) {
    return (
      <div className="spawn">
        {notice}
        <button type="button" onClick={() => setOpen(true)}>
          Spawn session
        </button>
      </div>
    );
  }

  const skills = skillData?.skills ?? [];
  return (
    <form className="form spawn" onSubmit={submit} aria-label="Spawn session" noValidate>
      {errors.form && (
        <p className="error" role="alert">
          {errors.form}
        </p>
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-role`}>Role</label>
          <select
            id={`${id}-role`}
            value={role}
            onChange={(e) => {
              setRole(e.target.value as SessionRole);
              setPicked(new Set());
            }}
          >
            <option value="WORKER">Worker</option>
            <option value="ORCHESTRATOR">Orchestrator</option>
          </select>
          <FieldError id={`${id}-role-error`} message={errors.fields.role} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} placeholder="optional" />
          <FieldError id={`${id}-name-error`} message={errors.fields.name} />
        </div>
      </div>
      <fieldset className="field skills-picker" aria-describedby={errors.fields.skills ? `${id}-skills-error` : undefined}>
        <legend>Skills</legend>
        {skillError && <p className="error">Could not load skills: {skillError.message}</p>}
        {!skillData && !skillError && <p className="muted">Loading skills…</p>}
        {skills.map((skill) => {
          const always = ROLE_SKILLS[role].includes(skill.name);
          const checkboxId = `${id}-skill-${skill.name}`;
          return (
            <div key={skill.name} className="skill-option">
              <input
                type="checkbox"
                id={checkboxId}
                checked={always || picked.has(skill.name)}
                disabled={always || !skill.valid}
                aria-describedby={`${checkboxId}-desc`}
                onChange={(e) =>
                  setPicked((current) => {
                    const next = new Set(current);
                    if (e.target.checked) next.add(skill.name);
                    else next.delete(skill.name);
                    return next;
                  })
                }
              />
              <label htmlFor={checkboxId}>{skill.name}</label> <span className="skill-version">{skill.version ?? '?'}</span>
              <p className="hint" id={`${checkboxId}-desc`}>
                {skill.description ?? 'No description.'}
                {always && ' (always included for this role)'}
                {!skill.valid && ' (invalid: cannot be installed)'}
                {skill.dependencies.length > 0 && ` Needs ${skill.dependencies.join(', ')}.`}
              </p>
            </div>
          );
        })}
        <FieldError id={`${id}-skills-error`} message={errors.fields.skills} />
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-agent`}>Agent</label>
        <select id={`${id}-agent`} value={chosenAgent} onChange={(e) => setAgent(e.target.value)} aria-describedby={`${id}-agent-hint`} disabled={!agentData}>
          {profiles.map((p) => (
            <option key={p.name} value={p.name}>
              {p.name}
              {p.isDefault ? ' (default)' : ''}
            </option>
          ))}
        </select>
        <p className="hint" id={`${id}-agent-hint`}>
          {agentError ? `Could not load the agent profiles: ${agentError.message}` : !agentData ? 'Loading agent profiles…' : chosenProfile?.description || 'An agent profile configured on the server.'}
        </p>
        <FieldError id={`${id}-agent-error`} message={errors.fields.agent} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-permission-mode`}>Permissions</label>
        <select id={`${id}-permission-mode`} value={permissionMode} onChange={(e) => setPermissionMode(e.target.value as PermissionMode | '')} aria-describedby={`${id}-permission-hint`}>
          <option value="">Maestro's: only `maestro` commands without asking</option>
          {PERMISSION_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {PERMISSION_LABELS[mode]}
            </option>
          ))}
        </select>
        <p className="hint" id={`${id}-permission-hint`}>
          Claude Code's permission mode for the agent. A spawned agent runs headless: what it may not do is refused, not asked.
        </p>
        <FieldError id={`${id}-permissionMode-error`} message={errors.fields.permissionMode} />
      </div>
      <div className="field checkbox-field">
        <input id={`${id}-worktree`} type="checkbox" checked={worktree} onChange={(e) => setWorktree(e.target.checked)} aria-describedby={`${id}-worktree-hint`} />
        <label htmlFor={`${id}-worktree`}>Run in a new git worktree</label>
        <p className="hint" id={`${id}-worktree-hint`}>
          On a new branch maestro/&lt;session&gt; from the project folder's HEAD; it stays after the session (`maestro session cleanup` removes it).
        </p>
        <FieldError id={`${id}-worktree-error`} message={errors.fields.worktree} />
      </div>
      <div className="actions">
        <button type="submit" disabled={fetching}>
          {fetching ? 'Spawning…' : 'Spawn'}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setErrors(NO_ERRORS);
            setOpen(false);
          }}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
