/**
 * Git worktrees for spawned sessions (spawnSession(input: { worktree: true })): the agent works on its
 * own branch `maestro/<short session id>`, in its own checkout made from the repository's current
 * HEAD, so parallel sessions never edit the same files. The worktree outlives the session (its work is
 * there to review and merge); `cleanupSessionWorktree` removes checkout and branch once merged, or
 * when forced.
 *
 * Only git's own commands are used (no shell), with arguments that cannot be read as options.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ValidationError } from './errors.ts';

export type Worktree = { path: string; branch: string; repository: string };

class GitFailed extends Error {}

function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', ['-C', cwd, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 }).trim();
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new GitFailed((e.stderr || e.message).trim().split('\n').slice(-3).join(' '));
  }
}

/** The branch a session's worktree gets: short enough to type, unique enough (the session id's random end). */
export const worktreeBranch = (sessionId: string) => `maestro/${sessionId.slice(-8)}`;

/** Creates `<worktreesDir>/<sessionId>` on a new branch from the current HEAD of the repository holding `dir`. */
export function createWorktree(dir: string, sessionId: string, worktreesDir: string): Worktree {
  const field = ['input', 'worktree'];
  let repository: string;
  try {
    repository = git(dir, ['rev-parse', '--show-toplevel']);
  } catch {
    throw ValidationError.field(field, `${dir} is not in a git repository: a worktree needs the project's workingDir (or cwd) to be one`);
  }
  const branch = worktreeBranch(sessionId);
  try {
    git(repository, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`]);
    throw ValidationError.field(field, `branch ${branch} already exists in ${repository}: delete or rename it, then spawn again`);
  } catch (error) {
    if (error instanceof ValidationError) throw error;
  }
  const path = join(worktreesDir, sessionId);
  try {
    git(repository, ['worktree', 'add', '-b', branch, '--', path, 'HEAD']);
  } catch (error) {
    throw ValidationError.field(field, `could not create a worktree of ${repository}: ${(error as Error).message}`);
  }
  return { path, branch, repository };
}

/** Whether every commit of `branch` is in the repository's current HEAD. */
function isMerged(worktree: Worktree): boolean {
  try {
    git(worktree.repository, ['merge-base', '--is-ancestor', `refs/heads/${worktree.branch}`, 'HEAD']);
    return true;
  } catch {
    return false;
  }
}

/** Removes checkout and branch: only when merged into the repository's HEAD, unless `force`. */
export function removeWorktree(worktree: Worktree, force: boolean) {
  const field = ['input', 'force'];
  if (!existsSync(worktree.repository)) throw ValidationError.field(['input', 'id'], `the repository ${worktree.repository} is gone`);
  const branchExists = (() => {
    try {
      git(worktree.repository, ['rev-parse', '--verify', '--quiet', `refs/heads/${worktree.branch}`]);
      return true;
    } catch {
      return false;
    }
  })();
  if (!force && branchExists && !isMerged(worktree)) {
    throw ValidationError.field(field, `branch ${worktree.branch} is not merged into the current HEAD of ${worktree.repository}: merge it, or clean up with force to discard its work`);
  }
  try {
    if (existsSync(worktree.path)) git(worktree.repository, ['worktree', 'remove', ...(force ? ['--force'] : []), '--', worktree.path]);
    git(worktree.repository, ['worktree', 'prune']);
    if (branchExists) git(worktree.repository, ['branch', '-D', '--', worktree.branch]);
  } catch (error) {
    throw ValidationError.field(field, `could not remove the worktree: ${(error as Error).message}${force ? '' : ' (uncommitted changes? clean up with force to discard them)'}`);
  }
}
