/**
 * spawnSession(input: { worktree: true }) against a real git repository in a temporary directory:
 * the agent runs in a new worktree on branch maestro/<short session id>, the session records path and
 * branch, the worktree stays after the session, and `maestro session cleanup` removes worktree and
 * branch when merged or with --force. A directory outside git and an existing branch are clear errors.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorktree, worktreeBranch } from '../../src/services/worktree.ts';
import { execute } from '../helpers/graphql.ts';
import { startServer, stopAllServers, tempDir, type TestServer } from '../helpers/server.ts';
import { runCli } from '../cli/cli.ts';
import { graphql } from '../gql/index.ts';
import { agentFlags, killAgents, RnSpawn, startsOf, waitForExited } from './helpers.ts';

const WtCreateProject = graphql(`
  mutation WtCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } ... on Error { message } }
  }
`);

const WtSession = graphql(`
  query WtSession($id: ID!) { session(id: $id) { id cwd spawn { state worktree { path branch repository removedAt } } } }
`);

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-C', cwd, '-c', 'user.email=t@example.com', '-c', 'user.name=Test', ...args], { encoding: 'utf8' }).trim();
const branches = (repo: string) => git(repo, 'branch', '--format=%(refname:short)').split('\n');

function repository() {
  const repo = tempDir('maestro-repo-');
  git(repo, 'init', '-q', '-b', 'main');
  writeFileSync(join(repo, 'README'), 'hello\n');
  git(repo, 'add', 'README');
  git(repo, 'commit', '-q', '-m', 'init');
  return repo;
}

let server: TestServer;
let logPath: string;
beforeAll(async () => {
  logPath = join(tempDir('maestro-agents-'), 'agents.log');
  server = await startServer({ args: agentFlags(), env: { FAKE_AGENT_LOG: logPath } });
}, 120_000);
afterAll(async () => {
  killAgents(logPath);
  await stopAllServers();
});

async function projectIn(workingDir: string) {
  const r = await execute(server, WtCreateProject, { input: { name: 'Repo', workingDir } });
  if (r.data?.createProject.__typename !== 'CreateProjectPayload') throw new Error(JSON.stringify(r));
  return r.data.createProject.project.id;
}

async function spawnInWorktree(projectId: string) {
  const r = await execute(server, RnSpawn, { input: { projectId, agent: 'fake', worktree: true } });
  return r.data!.spawnSession;
}

describe('spawnSession with worktree: true', () => {
  it('should run the agent in a new worktree on maestro/<short id>, record it, and leave it in place after the session', async () => {
    const repo = repository();
    const spawned = await spawnInWorktree(await projectIn(repo));
    if (spawned.__typename !== 'SpawnSessionPayload') throw new Error(JSON.stringify(spawned));
    await waitForExited(server, spawned.session.id, 'the agent to exit');

    const { session } = (await execute(server, WtSession, { id: spawned.session.id })).data!;
    const worktree = session!.spawn!.worktree!;
    expect(worktree.branch).toMatch(/^maestro\/[a-z0-9]{8}$/);
    expect(worktree.repository).toBe(git(repo, 'rev-parse', '--show-toplevel'));
    expect(worktree.removedAt).toBeNull();
    expect(session!.cwd).toBe(worktree.path);
    expect(startsOf(logPath, spawned.session.id)[0].cwd).toBe(worktree.path);
    expect(existsSync(join(worktree.path, 'README'))).toBe(true);
    expect(git(worktree.path, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe(worktree.branch);
    expect(branches(repo)).toContain(worktree.branch);

    const shown = await runCli(server.url, ['session', 'show', spawned.session.id]);
    expect(shown.stdout).toContain(`Worktree:  ${worktree.path} on branch ${worktree.branch}`);
  });

  it('should clean up a merged worktree, refuse an unmerged one without --force, and remove it with --force', async () => {
    const repo = repository();
    const projectId = await projectIn(repo);
    const merged = await spawnInWorktree(projectId);
    const unmerged = await spawnInWorktree(projectId);
    if (merged.__typename !== 'SpawnSessionPayload' || unmerged.__typename !== 'SpawnSessionPayload') throw new Error(JSON.stringify([merged, unmerged]));
    await waitForExited(server, merged.session.id, 'the first agent to exit');
    await waitForExited(server, unmerged.session.id, 'the second agent to exit');
    const worktreeOf = async (id: string) => (await execute(server, WtSession, { id })).data!.session!.spawn!.worktree!;

    // Nothing committed on it: its branch is HEAD's ancestor, so merged.
    const first = await worktreeOf(merged.session.id);
    const ok = await runCli(server.url, ['session', 'cleanup', merged.session.id, '--json']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(existsSync(first.path)).toBe(false);
    expect(branches(repo)).not.toContain(first.branch);
    expect((await worktreeOf(merged.session.id)).removedAt).not.toBeNull();
    const again = await runCli(server.url, ['session', 'cleanup', merged.session.id, '--json']);
    expect(again.code).toBe(1);
    expect(again.json().error.message).toContain('already removed');

    const second = await worktreeOf(unmerged.session.id);
    writeFileSync(join(second.path, 'work.txt'), 'work\n');
    git(second.path, 'add', 'work.txt');
    git(second.path, 'commit', '-q', '-m', 'work');
    const refused = await runCli(server.url, ['session', 'cleanup', unmerged.session.id, '--json']);
    expect(refused.code).toBe(1);
    expect(refused.json().error.message).toContain(`branch ${second.branch} is not merged`);
    expect(existsSync(second.path)).toBe(true);
    const forced = await runCli(server.url, ['session', 'cleanup', unmerged.session.id, '--force', '--json']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(existsSync(second.path)).toBe(false);
    expect(branches(repo)).not.toContain(second.branch);
  });

  it('should refuse a project that is not in a git repository, or has no folder, with a ValidationError on input.worktree', async () => {
    const plain = await spawnInWorktree(await projectIn(tempDir('maestro-plain-')));
    expect(plain).toMatchObject({ __typename: 'ValidationError', message: expect.stringContaining('is not in a git repository') });
    const r = await execute(server, WtCreateProject, { input: { name: 'No folder' } });
    if (r.data?.createProject.__typename !== 'CreateProjectPayload') throw new Error(JSON.stringify(r));
    const none = await spawnInWorktree(r.data.createProject.project.id);
    expect(none).toMatchObject({ __typename: 'ValidationError', message: expect.stringContaining('a worktree needs a git repository') });
  });

  it('should spawn in a worktree from the CLI with --worktree, and print where', async () => {
    const repo = repository();
    const out = await runCli(server.url, ['session', 'spawn', '--project', await projectIn(repo), '--agent', 'fake', '--worktree']);
    expect(out.code, out.stderr).toBe(0);
    const line = out.stdout.split('\n').find((l) => l.startsWith('Worktree: '));
    expect(line).toMatch(new RegExp(`^Worktree: ${server.dataDir}/worktrees/\\S+ on branch maestro/[a-z0-9]{8}$`));
    const branch = line!.split(' on branch ')[1]!;
    expect(branches(repo)).toContain(branch);
    const id = /session (\S+) \(/.exec(out.stdout)![1]!;
    await waitForExited(server, id, 'the agent to exit');
  });

  it('should refuse a branch that already exists', () => {
    const repo = repository();
    const sessionId = 'cmx0000000000000abcdefgh';
    git(repo, 'branch', worktreeBranch(sessionId));
    expect(() => createWorktree(repo, sessionId, tempDir('maestro-worktrees-'))).toThrow(`branch maestro/abcdefgh already exists in ${git(repo, 'rev-parse', '--show-toplevel')}`);
  });
});
