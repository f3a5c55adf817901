/**
 * The skill catalog: every skill found in the scopes, later scopes overriding earlier ones by
 * name (bundled → user → project), with each scope and each override reported, and the problems
 * only the whole set reveals (missing, invalid and cyclic dependencies) added to the skills.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { issue, type SkillIssue } from './manifest.ts';
import { readSkillDir, type SkillDir } from './skill-dir.ts';

export const SKILL_SCOPES = ['BUNDLED', 'USER', 'PROJECT'] as const;
export type SkillScope = (typeof SKILL_SCOPES)[number];

/** Where one scope looks; `dir: null` when the scope is not configured (a project with no working directory). */
export type ScopeSource = Readonly<{ scope: SkillScope; dir: string | null }>;

export type ScopeReport = Readonly<{
  scope: SkillScope;
  dir: string | null;
  exists: boolean;
  /** Names of the skills found in this scope, overridden or not. */
  skills: readonly string[];
}>;

/** A copy of a skill in an earlier scope that a later scope replaced. */
export type OverriddenSkill = Readonly<{ scope: SkillScope; path: string; version: string | null; contentHash: string }>;

export type Skill = SkillDir &
  Readonly<{
    scope: SkillScope;
    /** The copies this one replaced, earliest scope first. */
    overrides: readonly OverriddenSkill[];
    /** The directory's own issues plus dependency issues; empty when the skill is valid. */
    issues: readonly SkillIssue[];
  }>;

export type SkillCatalog = Readonly<{
  scopes: readonly ScopeReport[];
  /** The effective skills, sorted by name. */
  skills: readonly Skill[];
  get(name: string): Skill | undefined;
}>;

const isDir = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;

/** The skill directories directly under dir (hidden entries skipped), sorted by name. */
export function skillDirsIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.') && (e.isDirectory() || (e.isSymbolicLink() && isDir(join(dir, e.name)))))
    .map((e) => e.name)
    .sort();
}

/** Loads every scope in order; a later scope's skill replaces an earlier one with the same name. */
export function loadCatalog(sources: readonly ScopeSource[]): SkillCatalog {
  const effective = new Map<string, { dir: SkillDir; scope: SkillScope; overrides: OverriddenSkill[] }>();
  const scopes: ScopeReport[] = [];
  for (const { scope, dir } of sources) {
    const exists = dir !== null && isDir(dir);
    const names = exists ? skillDirsIn(dir) : [];
    scopes.push({ scope, dir, exists, skills: names });
    for (const name of names) {
      const skill = readSkillDir(join(dir!, name));
      const previous = effective.get(name);
      const overrides = previous
        ? [...previous.overrides, { scope: previous.scope, path: previous.dir.path, version: previous.dir.partial.version ?? null, contentHash: previous.dir.contentHash }]
        : [];
      effective.set(name, { dir: skill, scope, overrides });
    }
  }
  const searched = scopes.filter((s) => s.dir !== null).map((s) => `${s.scope.toLowerCase()} ${s.dir}`).join(', ');
  const extra = dependencyIssues(new Map([...effective].map(([name, e]) => [name, e.dir])), searched);
  const skills = [...effective.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, e]): Skill => ({ ...e.dir, scope: e.scope, overrides: e.overrides, issues: [...e.dir.issues, ...(extra.get(name) ?? [])] }));
  const byName = new Map(skills.map((s) => [s.name, s]));
  return { scopes, skills, get: (name) => byName.get(name) };
}

/** The dependencies a skill declares, valid manifest or not. */
const depsOf = (skill: SkillDir) => skill.manifest?.dependencies ?? skill.partial.dependencies ?? [];

/**
 * Missing dependencies, cycles (each named in full, on every skill in it) and dependencies on
 * invalid skills (propagated, so a skill is valid only when everything it pulls in is).
 */
export function dependencyIssues(skills: ReadonlyMap<string, SkillDir>, searched: string): Map<string, SkillIssue[]> {
  const out = new Map<string, SkillIssue[]>();
  const add = (name: string, i: SkillIssue) => out.set(name, [...(out.get(name) ?? []), i]);

  for (const [name, skill] of skills) {
    depsOf(skill).forEach((dep, index) => {
      if (!skills.has(dep)) add(name, issue('DEPENDENCY_MISSING', `depends on "${dep}", which no scope provides (looked in: ${searched || 'no scope'})`, `dependencies.${index}`));
    });
  }

  // Cycles: depth-first search; a back edge to a skill on the stack closes the cycle stack[i..].
  const state = new Map<string, 'active' | 'done'>();
  const stack: string[] = [];
  const inCycle = new Set<string>();
  const reported = new Set<string>();
  const visit = (name: string) => {
    state.set(name, 'active');
    stack.push(name);
    for (const dep of depsOf(skills.get(name)!)) {
      if (!skills.has(dep)) continue;
      if (state.get(dep) === 'active') {
        const cycle = stack.slice(stack.indexOf(dep));
        // The same cycle is reached from each of its members: report it once, from its smallest name.
        const start = cycle.indexOf([...cycle].sort()[0]!);
        const canonical = [...cycle.slice(start), ...cycle.slice(0, start)];
        const key = canonical.join('\0');
        if (reported.has(key)) continue;
        reported.add(key);
        const text = [...canonical, canonical[0]].join(' → ');
        for (const member of canonical) {
          inCycle.add(member);
          add(member, issue('DEPENDENCY_CYCLE', `dependency cycle: ${text}`, 'dependencies'));
        }
      } else if (!state.has(dep)) visit(dep);
    }
    stack.pop();
    state.set(name, 'done');
  };
  for (const name of [...skills.keys()].sort()) if (!state.has(name)) visit(name);

  // Invalid dependencies, to a fixed point (a chain a → b → c with c broken marks b, then a).
  const invalid = (name: string) => (skills.get(name)?.issues.length ?? 0) > 0 || (out.get(name)?.length ?? 0) > 0;
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, skill] of skills) {
      depsOf(skill).forEach((dep, index) => {
        if (!skills.has(dep) || dep === name || (inCycle.has(name) && inCycle.has(dep))) return;
        if (!invalid(dep) || out.get(name)?.some((i) => i.code === 'DEPENDENCY_INVALID' && i.field === `dependencies.${index}`)) return;
        add(name, issue('DEPENDENCY_INVALID', `depends on "${dep}", which is invalid (run \`maestro skill info ${dep}\` for its problems)`, `dependencies.${index}`));
        changed = true;
      });
    }
  }
  return out;
}
