/**
 * Which skills a session gets: its role's base skills (workers `maestro-worker` + `maestro-cli`,
 * orchestrators `maestro-orchestrator` + `maestro-cli`), the requested ones, and everything they
 * depend on, transitively, dependencies first. Refuses (typed errors) unknown names, invalid skills
 * and skills not assigned to the role.
 */
import { ValidationError } from '../services/errors.ts';
import type { Skill, SkillCatalog, SkillScope } from './catalog.ts';
import { assignedTo, type SkillAssignment, type SkillIssue, type SkillRole } from './manifest.ts';

export const BASE_SKILLS: Readonly<Record<SkillRole, readonly string[]>> = {
  worker: ['maestro-worker', 'maestro-cli'],
  orchestrator: ['maestro-orchestrator', 'maestro-cli'],
};

export type ResolvedSkill = Readonly<{
  name: string;
  version: string;
  contentHash: string;
  scope: SkillScope;
  path: string;
  /** Why the session gets it: its role, the request, or a dependency of `requiredBy`. */
  reason: 'role' | 'requested' | 'dependency';
  requiredBy: string | null;
}>;

const SKILLS_PATH = ['input', 'skills'];

/** Base of the resolution failures: a ValidationError on `input.skills`, so mutations can return it as is. */
export class SkillResolutionError extends ValidationError {
  readonly names: readonly string[];
  constructor(message: string, names: readonly string[]) {
    super(message, [{ path: SKILLS_PATH, message }]);
    this.names = names;
  }
}

export class UnknownSkillError extends SkillResolutionError {
  constructor(names: readonly string[], known: readonly string[]) {
    super(
      `Unknown skill${names.length > 1 ? 's' : ''} ${names.map((n) => `"${n}"`).join(', ')}` +
        ` (known: ${known.join(', ') || 'none'}; \`maestro skill list\` shows them)`,
      names,
    );
  }
}

export class InvalidSkillError extends SkillResolutionError {
  readonly issues: readonly SkillIssue[];
  constructor(name: string, issues: readonly SkillIssue[]) {
    super(`Skill "${name}" is invalid: ${issues.map((i) => i.message).join('; ')}`, [name]);
    this.issues = issues;
  }
}

export class SkillRoleMismatchError extends SkillResolutionError {
  constructor(name: string, assignTo: SkillAssignment, role: SkillRole) {
    super(`Skill "${name}" is assigned to ${assignTo} sessions, not ${role} sessions`, [name]);
  }
}

/** The skills a `role` session gets when it asks for `requested`, dependencies before dependents. */
export function resolveSkills(catalog: SkillCatalog, role: SkillRole, requested: readonly string[]): ResolvedSkill[] {
  const wanted = [...new Set(requested.map((n) => n.trim()).filter(Boolean))];
  const unknown = [...BASE_SKILLS[role], ...wanted].filter((n) => !catalog.get(n));
  if (unknown.length) throw new UnknownSkillError([...new Set(unknown)], catalog.skills.map((s) => s.name));

  const out = new Map<string, ResolvedSkill>();
  // Depth-first, dependencies first. Cycles cannot loop here: a skill in a cycle has an issue and is refused.
  const base = new Set(BASE_SKILLS[role]);
  const visit = (name: string, reason: ResolvedSkill['reason'], requiredBy: string | null) => {
    if (out.has(name)) return;
    if (base.has(name)) [reason, requiredBy] = ['role', null];
    const skill = catalog.get(name) as Skill;
    if (skill.issues.length || !skill.manifest) throw new InvalidSkillError(name, skill.issues);
    if (!assignedTo(skill.manifest.assignTo, role)) throw new SkillRoleMismatchError(name, skill.manifest.assignTo, role);
    for (const dep of skill.manifest.dependencies) visit(dep, 'dependency', name);
    out.set(name, {
      name,
      version: skill.manifest.version,
      contentHash: skill.contentHash,
      scope: skill.scope,
      path: skill.path,
      reason,
      requiredBy,
    });
  };
  for (const name of BASE_SKILLS[role]) visit(name, 'role', null);
  for (const name of wanted) visit(name, 'requested', null);
  return [...out.values()];
}
