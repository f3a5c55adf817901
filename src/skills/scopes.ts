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

let userSkillsDir = defaultUserSkillsDir();

/** Set once at start-up from the server's configuration. */
export function setUserSkillsDir(dir: string) {
  userSkillsDir = resolve(dir);
}

export const getUserSkillsDir = () => userSkillsDir;

/** The scopes in override order: bundled, then the user's, then the project's (when it has a working directory). */
export function skillSources(options: { workingDir?: string | null; userDir?: string } = {}): ScopeSource[] {
  return [
    { scope: 'BUNDLED', dir: BUNDLED_SKILLS_DIR },
    { scope: 'USER', dir: options.userDir ?? userSkillsDir },
    { scope: 'PROJECT', dir: options.workingDir ? projectSkillsDir(options.workingDir) : null },
  ];
}
