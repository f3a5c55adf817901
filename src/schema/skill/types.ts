import { GraphQLError } from 'graphql';
import { rules } from '../../auth/scopes.ts';
import { builder } from '../../builder.ts';
import { NotFoundError } from '../../services/errors.ts';
import { SKILL_SCOPES, type OverriddenSkill, type ScopeReport, type Skill } from '../../skills/catalog.ts';
import { assignedTo, SKILL_ASSIGNMENTS, SKILL_ROLES, type SkillIssue, type SkillIssueCode } from '../../skills/manifest.ts';
import { catalogFor } from '../../skills/project.ts';
import { ProjectRef } from '../project/types.ts';
import type { Context } from '../../context.ts';

export const SkillRoleEnum = builder.enumType('SkillRole', {
  description: 'The role of the session a skill is for.',
  values: {
    WORKER: { description: 'Sessions that work on tasks.' },
    ORCHESTRATOR: { description: 'Sessions that plan, spawn workers and review.' },
  } satisfies Record<Uppercase<(typeof SKILL_ROLES)[number]>, { description: string }>,
});

export const SkillAssignmentEnum = builder.enumType('SkillAssignment', {
  description: 'Which sessions a skill is assigned to (manifest.json `assignTo`).',
  values: {
    WORKER: { description: 'Worker sessions only.' },
    ORCHESTRATOR: { description: 'Orchestrator sessions only.' },
    ALL: { description: 'Every session.' },
  } satisfies Record<Uppercase<(typeof SKILL_ASSIGNMENTS)[number]>, { description: string }>,
});

export const SkillScopeEnum = builder.enumType('SkillScope', {
  description: 'Where a skill was found. Later scopes override earlier ones by name: BUNDLED, then USER, then PROJECT.',
  values: {
    BUNDLED: { description: 'Shipped with Maestro (the repository\'s skills/ directory).' },
    USER: { description: 'The user\'s skills directory (--skills-dir, default ~/.agents-ui/maestro-skills).' },
    PROJECT: { description: 'The project\'s <workingDir>/.maestro/skills directory.' },
  } satisfies Record<(typeof SKILL_SCOPES)[number], { description: string }>,
});

const ISSUE_CODES: Record<SkillIssueCode, string> = {
  MANIFEST_MISSING: 'The directory has no manifest.json.',
  MANIFEST_INVALID_JSON: 'manifest.json is not valid JSON.',
  MANIFEST_FIELD: 'A manifest field breaks a rule (see field and message).',
  MANIFEST_UNKNOWN_FIELD: 'manifest.json has a field Maestro does not know (a typo?).',
  NAME_DIRECTORY_MISMATCH: 'The manifest names the skill differently from its directory.',
  SKILL_MD_MISSING: 'The directory has no SKILL.md.',
  FRONT_MATTER_MISSING: 'SKILL.md does not start with YAML front matter.',
  FRONT_MATTER_INVALID: 'SKILL.md front matter is not YAML, or lacks name or description.',
  FRONT_MATTER_MISMATCH: 'SKILL.md front matter name or description differs from the manifest.',
  INSTRUCTIONS_EMPTY: 'SKILL.md has nothing after its front matter.',
  DEPENDENCY_MISSING: 'A dependency is found in no scope.',
  DEPENDENCY_INVALID: 'A dependency is itself invalid.',
  DEPENDENCY_CYCLE: 'The skill is part of a dependency cycle (the message names it).',
};

const SkillIssueCodeEnum = builder.enumType('SkillIssueCode', {
  description: 'The rule a skill breaks.',
  values: Object.fromEntries(Object.entries(ISSUE_CODES).map(([code, description]) => [code, { description }])) as Record<
    SkillIssueCode,
    { description: string }
  >,
});

const SkillIssueRef = builder.objectRef<SkillIssue>('SkillIssue').implement({
  description: 'One validation problem of a skill.',
  fields: (t) => ({
    code: t.field({ type: SkillIssueCodeEnum, description: 'The rule broken.', resolve: (i) => i.code }),
    field: t.exposeString('field', { nullable: true, description: 'The manifest or front-matter field concerned, such as "version" or "dependencies.1".' }),
    message: t.exposeString('message', { description: 'What is wrong and what was found, for the skill\'s author.' }),
  }),
});

const SkillOverrideRef = builder.objectRef<OverriddenSkill>('SkillOverride').implement({
  description: 'A copy of the skill in an earlier scope that this one replaces.',
  fields: (t) => ({
    scope: t.field({ type: SkillScopeEnum, description: 'The overridden copy\'s scope.', resolve: (o) => o.scope }),
    path: t.exposeString('path', { description: 'The overridden copy\'s directory.' }),
    version: t.exposeString('version', { nullable: true, description: 'Its manifest version (null when its manifest is invalid).' }),
    contentHash: t.exposeString('contentHash', { description: 'sha256 of its files.' }),
  }),
});

export const SkillRef = builder.objectRef<Skill>('Skill').implement({
  description:
    'A skill: a directory with manifest.json and SKILL.md, installed into sessions by role. Its identity is its version plus contentHash. ' +
    'Invalid skills are listed too, with their issues; the fields their manifest fails to provide are null or empty.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Kebab-case name, the directory\'s name.' }),
    version: t.string({ nullable: true, description: 'Semantic version from manifest.json (null when missing or invalid).', resolve: (s) => s.partial.version ?? null }),
    description: t.string({ nullable: true, description: 'What the skill is for (null when missing or invalid).', resolve: (s) => s.partial.description ?? null }),
    assignTo: t.field({
      type: SkillAssignmentEnum,
      nullable: true,
      description: 'Which sessions get it (null when missing or invalid).',
      resolve: (s) => (s.partial.assignTo ? (s.partial.assignTo.toUpperCase() as Uppercase<typeof s.partial.assignTo>) : null),
    }),
    capabilities: t.stringList({ description: 'What the skill lets an agent do.', resolve: (s) => s.partial.capabilities ?? [] }),
    dependencies: t.stringList({ description: 'Names of the skills it needs, installed with it.', resolve: (s) => s.partial.dependencies ?? [] }),
    contentHash: t.exposeString('contentHash', { description: 'sha256 (hex) over all the skill\'s files in path order.' }),
    scope: t.field({ type: SkillScopeEnum, description: 'The scope it was found in.', resolve: (s) => s.scope }),
    path: t.exposeString('path', { description: 'Its directory on the server\'s machine.' }),
    content: t.exposeString('content', { nullable: true, description: 'SKILL.md as written, front matter included (null when missing).' }),
    overrides: t.field({ type: [SkillOverrideRef], description: 'The copies in earlier scopes it replaces, earliest first.', resolve: (s) => s.overrides }),
    issues: t.field({ type: [SkillIssueRef], description: 'Validation problems; empty when the skill is valid.', resolve: (s) => s.issues }),
    valid: t.boolean({ description: 'True when issues is empty: only valid skills can be installed into a session.', resolve: (s) => s.issues.length === 0 }),
  }),
});

const SkillScopeInfoRef = builder.objectRef<ScopeReport>('SkillScopeInfo').implement({
  description: 'One place skills are looked for, in override order.',
  fields: (t) => ({
    scope: t.field({ type: SkillScopeEnum, description: 'Which scope.', resolve: (s) => s.scope }),
    path: t.exposeString('dir', { nullable: true, description: 'Its directory (null for PROJECT when no project, or one with no working directory, was given).' }),
    exists: t.exposeBoolean('exists', { description: 'Whether the directory exists.' }),
    skillNames: t.stringList({ description: 'The skills found there, including those a later scope overrides.', resolve: (s) => [...s.skills] }),
  }),
});

/** The catalog for an optional project; an unknown project is a NOT_FOUND GraphQL error. */
async function catalog({ store, spawn }: Context, projectId: { id: string } | null | undefined) {
  try {
    return await catalogFor(store, spawn.userSkillsDir, projectId?.id ?? null);
  } catch (error) {
    if (error instanceof NotFoundError) throw new GraphQLError(error.message, { extensions: { code: 'NOT_FOUND' } });
    throw error;
  }
}

builder.queryFields((t) => ({
  skills: t.field({
    type: [SkillRef],
    description:
      'The effective skills (after overrides), by name, valid or not. With role, only those assigned to that role; with projectId, ' +
      'the project\'s own skills (<workingDir>/.maestro/skills) are included and override the others.',
    args: {
      role: t.arg({ type: SkillRoleEnum, required: false, description: 'Only skills a session of this role gets or may request.' }),
      projectId: t.arg.globalID({ required: false, for: ProjectRef, description: 'Include this project\'s skills.' }),
    },
    authScopes: rules.optionalProjectArg,
    resolve: async (_root, { role, projectId }, ctx) => {
      const { skills } = await catalog(ctx, projectId);
      const wanted = role ? (role.toLowerCase() as (typeof SKILL_ROLES)[number]) : null;
      return skills.filter((s) => !wanted || !s.partial.assignTo || assignedTo(s.partial.assignTo, wanted));
    },
  }),
  skill: t.field({
    type: SkillRef,
    nullable: true,
    description: 'One effective skill by name, with its SKILL.md, scope, overrides and issues; null when no scope has it.',
    args: {
      name: t.arg.string({ required: true, description: 'The skill\'s name.' }),
      projectId: t.arg.globalID({ required: false, for: ProjectRef, description: 'Include this project\'s skills.' }),
    },
    authScopes: rules.optionalProjectArg,
    resolve: async (_root, { name, projectId }, ctx) => (await catalog(ctx, projectId)).get(name) ?? null,
  }),
  skillScopes: t.field({
    type: [SkillScopeInfoRef],
    description: 'Where skills are looked for, in override order (BUNDLED, USER, PROJECT), and what each holds.',
    args: { projectId: t.arg.globalID({ required: false, for: ProjectRef, description: 'Report this project\'s scope too.' }) },
    authScopes: rules.optionalProjectArg,
    resolve: async (_root, { projectId }, ctx) => (await catalog(ctx, projectId)).scopes,
  }),
}));
