/** Where each skill scope lives. The user scope is configurable (--skills-dir / MAESTRO_SKILLS_DIR). */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ScopeSource } from './catalog.ts';
import { REPO_ROOT } from '../client/repo-root.ts';

/** The skills shipped in this repository. */
export const BUNDLED_SKILLS_DIR = join(REPO_ROOT, 'skills');

export const defaultUserSkillsDir = () => join(homedir(), '.agents-ui', 'maestro-skills');

/** A project's own skills, inside its working directory. */
export const projectSkillsDir = (workingDir: string) => join(workingDir, '.maestro', 'skills');

/**
 * The scopes in override order: bundled, then the user's (the server's --skills-dir, which each
 * app passes in; else the default), then the project's (when it has a working directory).
 */
export function skillSources(options: { workingDir?: string | null; userDir?: string } = {}): ScopeSource[] {
  return [
    { scope: 'BUNDLED', dir: BUNDLED_SKILLS_DIR },
    { scope: 'USER', dir: resolve(options.userDir ?? defaultUserSkillsDir()) },
    { scope: 'PROJECT', dir: options.workingDir ? projectSkillsDir(options.workingDir) : null },
  ];
}
