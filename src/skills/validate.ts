/**
 * Local validation of skill directories, with no server: what `maestro skill validate [PATH]` runs.
 * PATH is one skill (it has manifest.json or SKILL.md) or a directory of skills. Dependencies are
 * looked up among the validated skills, then the user's and the bundled skills.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { dependencyIssues, loadCatalog, skillDirsIn } from './catalog.ts';
import type { SkillIssue } from './manifest.ts';
import { skillSources } from './scopes.ts';
import { readSkillDir, type SkillDir } from './skill-dir.ts';

export type ValidatedSkill = Readonly<{
  name: string;
  path: string;
  version: string | null;
  contentHash: string;
  valid: boolean;
  issues: readonly SkillIssue[];
}>;

export class SkillPathError extends Error {}

export function validateSkillPath(path: string, options: { userDir?: string } = {}): ValidatedSkill[] {
  const target = resolve(path);
  if (!statSync(target, { throwIfNoEntry: false })?.isDirectory()) {
    throw new SkillPathError(`${target} is not a directory: pass a skill directory (with manifest.json and SKILL.md) or a directory of skills`);
  }
  const single = existsSync(join(target, 'manifest.json')) || existsSync(join(target, 'SKILL.md')) || skillDirsIn(target).length === 0;
  const dirs: SkillDir[] = single ? [readSkillDir(target)] : skillDirsIn(target).map((name) => readSkillDir(join(target, name)));

  const context = loadCatalog(skillSources({ userDir: options.userDir }).filter((s) => s.scope !== 'PROJECT'));
  const all = new Map<string, SkillDir>(context.skills.map((s) => [s.name, s]));
  for (const dir of dirs) all.set(dir.name, dir);
  const searched = `${single ? basename(target) : target}, ${context.scopes.map((s) => `${s.scope.toLowerCase()} ${s.dir}`).join(', ')}`;
  const extra = dependencyIssues(all, searched);

  return dirs.map((dir) => {
    const issues = [...dir.issues, ...(extra.get(dir.name) ?? [])];
    return { name: dir.name, path: dir.path, version: dir.partial.version ?? null, contentHash: dir.contentHash, valid: issues.length === 0, issues };
  });
}

/**
 * `maestro skill validate` with no PATH: the skills of the scopes sessions actually get — bundled,
 * the user's, and the project's `.maestro/skills` under `workingDir` — each effective skill checked
 * with its dependencies, plus which scope directories were looked at.
 */
export function validateLoadedScopes(options: { userDir?: string; workingDir: string }): {
  skills: (ValidatedSkill & { scope: string })[];
  scopes: readonly { scope: string; dir: string | null; exists: boolean }[];
} {
  const catalog = loadCatalog(skillSources({ userDir: options.userDir, workingDir: options.workingDir }));
  return {
    skills: catalog.skills.map((s) => ({
      name: s.name,
      path: s.path,
      version: s.partial.version ?? null,
      contentHash: s.contentHash,
      valid: s.issues.length === 0,
      issues: s.issues,
      scope: s.scope,
    })),
    scopes: catalog.scopes.map(({ scope, dir, exists }) => ({ scope, dir, exists })),
  };
}
