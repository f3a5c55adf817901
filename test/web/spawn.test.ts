/**
 * Spawning from the web UI in real Chromium: "Spawn session" on a task (role, skills picker with
 * descriptions, agent profile) launches the fake agent through the server's runner; the session
 * appears live in another page's sessions list; its page lists its skills with versions; the stop
 * button ends it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { startServer, tempDir, type TestServer } from '../helpers/server.ts';
import { execute } from '../helpers/graphql.ts';
import { agentFlags, FAKE_PROFILES, RnCreateProject, RnSpawn, seed, sessionInfo, waitForExited } from '../runner/helpers.ts';
import { assertPrerequisites, cleanUpBrowserTests, launchBrowser, openPage, poll, type OpenPage } from './browser.ts';

let server: TestServer;
let browser: Browser;
const opened: OpenPage[] = [];

/** A valid user-scope skill for workers, so the picker has something to pick. */
function writeUserSkill(root: string) {
  const dir = join(root, 'web-testing');
  mkdirSync(dir, { recursive: true });
  const description = 'Drive the web UI in a real browser and check what people see.';
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ name: 'web-testing', version: '2.3.1', description, assignTo: 'worker', capabilities: ['browser'], dependencies: ['maestro-cli'] }, null, 2),
  );
  writeFileSync(join(dir, 'SKILL.md'), `---\nname: web-testing\ndescription: ${JSON.stringify(description)}\n---\n\nOpen the page, act like a person, assert on roles.\n`);
}

async function newPage(path: string) {
  const open = await openPage(browser, server.url);
  opened.push(open);
  await open.page.goto(path);
  const page = open.page;
  for (const badge of await page.getByRole('status', { name: 'Live connection' }).all()) await poll(() => badge.getAttribute('data-state')).toBe('connected');
  return page;
}

const sessionNames = (page: Page, list = page.getByRole('list', { name: 'Sessions' })) => list.locator('.session-name').allTextContents();

/**
 * Opens the spawn form and waits until both of its queries have answered: the skills list replaces
 * "Loading skills…" above the worktree checkbox, and a click that lands while it grows hits the
 * wrong spot ("Clicking the checkbox did not change its state", seen on a loaded machine).
 */
async function openSpawnForm(page: Page) {
  await page.getByRole('button', { name: 'Spawn session' }).click();
  const form = page.getByRole('form', { name: 'Spawn session' });
  await form.getByRole('checkbox', { name: 'maestro-worker' }).waitFor();
  await poll(() => form.getByLabel('Agent', { exact: true }).inputValue()).toBe('claude');
  return form;
}

beforeAll(async () => {
  assertPrerequisites();
  const skillsDir = tempDir();
  writeUserSkill(skillsDir);
  [server, browser] = await Promise.all([startServer({ args: agentFlags(), env: { MAESTRO_SKILLS_DIR: skillsDir } }), launchBrowser()]);
});

cleanUpBrowserTests(opened, () => browser);

/** A git repository with one commit, for a project folder a worktree can be made of. */
function repository(): string {
  const repo = tempDir('maestro-web-repo-');
  const git = (...args: string[]) => execFileSync('git', ['-C', repo, '-c', 'user.email=t@example.com', '-c', 'user.name=Test', ...args]);
  git('init', '-q', '-b', 'main');
  writeFileSync(join(repo, 'README'), 'a project\n');
  git('add', 'README');
  git('commit', '-q', '-m', 'init');
  return repo;
}

describe('spawning sessions from the web UI', () => {
  it('should spawn with the permission mode picked and in a new git worktree when asked', async () => {
    const repo = repository();
    const { taskId } = await seed(server, 'Spawn with options', repo);
    const page = await newPage(`/tasks/${encodeURIComponent(taskId)}`);
    const form = await openSpawnForm(page);
    const permissions = form.getByLabel('Permissions');
    expect(await permissions.inputValue()).toBe(''); // Maestro's own: only `maestro` commands
    await permissions.selectOption('acceptEdits');
    await form.getByRole('checkbox', { name: 'Run in a new git worktree' }).check();
    await form.getByLabel('Name').fill('Worktree worker');
    await form.getByLabel('Agent', { exact: true }).selectOption('fake-hang');
    await form.getByRole('button', { name: 'Spawn', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Spawn requested:' }).waitFor();

    await page.getByRole('link', { name: 'Worktree worker' }).first().click();
    await page.getByRole('heading', { name: /Worktree worker/, level: 1 }).waitFor();
    const sessionId = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1)!);
    const manifest = JSON.parse(readFileSync((await sessionInfo(server, sessionId)).spawn!.manifestPath, 'utf8'));
    expect(manifest.permissionMode).toBe('acceptEdits');
    // The agent works in a worktree of the project's repository, on its own branch.
    expect(manifest.cwd).not.toBe(repo);
    expect(execFileSync('git', ['-C', repo, 'worktree', 'list'], { encoding: 'utf8' })).toContain(manifest.cwd);
    await page.getByRole('button', { name: 'Stop session' }).click();
    await poll(() => page.locator('[data-spawn-state]').getAttribute('data-spawn-state'), 30_000).toBe('EXITED');
  });

  it('should show the server\'s refusal of a worktree next to the checkbox when the project folder is not a git repository', async () => {
    const { taskId } = await seed(server, 'No repository', tempDir('maestro-web-plain-'));
    const page = await newPage(`/tasks/${encodeURIComponent(taskId)}`);
    const form = await openSpawnForm(page);
    await form.getByRole('checkbox', { name: 'Run in a new git worktree' }).check();
    await form.getByRole('button', { name: 'Spawn', exact: true }).click();
    await poll(() => form.locator('[id$="-worktree-error"]').textContent()).toContain('is not in a git repository');
  });

  it('should spawn a session on a task with picked skills and an agent profile, show it live elsewhere, list its skills and stop it', async () => {
    const { taskId } = await seed(server, 'Spawn from the UI');
    const watcher = await newPage('/sessions');
    const page = await newPage(`/tasks/${encodeURIComponent(taskId)}`);
    await page.getByText('No sessions yet.').waitFor();

    await page.getByRole('button', { name: 'Spawn session' }).click();
    const form = page.getByRole('form', { name: 'Spawn session' });
    // The picker shows each skill with its description; the role's own skills are always in.
    const extra = form.getByRole('checkbox', { name: 'web-testing' });
    await extra.waitFor();
    expect(await form.getByText('Drive the web UI in a real browser and check what people see.').count()).toBe(1);
    expect(await form.getByRole('checkbox', { name: 'maestro-worker' }).isChecked()).toBe(true);
    expect(await form.getByRole('checkbox', { name: 'maestro-worker' }).isDisabled()).toBe(true);
    // Another role asks the server for that role's skills.
    await form.getByLabel('Role').selectOption({ label: 'Orchestrator' });
    await form.getByRole('checkbox', { name: 'maestro-orchestrator' }).waitFor();
    await poll(() => form.getByRole('checkbox', { name: 'web-testing' }).count()).toBe(0);
    await form.getByLabel('Role').selectOption({ label: 'Worker' });

    await extra.check();
    await form.getByLabel('Name').fill('UI worker');
    // The agent is picked from the server's profiles (agentProfiles), the default preselected; no command line to type.
    const agentSelect = form.getByLabel('Agent', { exact: true });
    await poll(() => agentSelect.inputValue()).toBe('claude');
    expect(await agentSelect.locator('option').allTextContents()).toEqual(['claude (default)', ...Object.keys(FAKE_PROFILES).sort()]);
    expect(await form.getByText('Claude Code, headless (claude -p)', { exact: false }).count()).toBe(1);
    await agentSelect.selectOption('fake-hang');
    await form.getByRole('button', { name: 'Spawn', exact: true }).click();

    const notice = page.getByRole('status').filter({ hasText: 'Spawn requested:' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('web-testing 2.3.1');

    // The other page learns of it live; the runner launches the fake agent, which reports in.
    await poll(() => sessionNames(watcher)).toContain('UI worker');
    const watched = watcher.getByRole('list', { name: 'Sessions' }).getByRole('listitem', { name: 'UI worker' });
    await poll(() => watched.locator('.session-status').getAttribute('data-status'), 30_000).toBe('IDLE');
    await poll(() => sessionNames(page)).toEqual(['UI worker']);

    // What the server recorded is what the page shows.
    await page.getByRole('link', { name: 'UI worker' }).first().click();
    await page.getByRole('heading', { name: /UI worker/, level: 1 }).waitFor();
    const sessionId = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1)!);
    const stored = await sessionInfo(server, sessionId);
    expect(stored.skills.map((s) => s.name).sort()).toEqual(['maestro-cli', 'maestro-worker', 'web-testing']);
    const shown = await page
      .getByRole('list', { name: 'Session skills' })
      .getByRole('listitem')
      .evaluateAll((items) => items.map((i) => `${i.querySelector('strong')?.textContent} ${i.querySelector('.skill-version')?.textContent}`).sort());
    expect(shown).toEqual(stored.skills.map((s) => `${s.name} ${s.version}`).sort());
    expect(shown).toContain('web-testing 2.3.1');

    // Stop: SIGTERM to the agent, which exits; the session ends, here and on the other page.
    await page.getByRole('button', { name: 'Stop session' }).click();
    await poll(() => page.getByRole('heading', { level: 1 }).getByLabel(/^Status: /).textContent(), 30_000).toBe('Ended');
    await poll(() => page.locator('[data-spawn-state]').getAttribute('data-spawn-state')).toBe('EXITED');
    expect(await page.getByRole('button', { name: 'Stop session' }).count()).toBe(0);
    const done = await waitForExited(server, sessionId, 'the agent to exit');
    expect(done.status).toBe('ENDED');
    expect(done.spawn?.stopRequestedAt).toBeTruthy();
    await poll(() => watched.locator('.session-status').getAttribute('data-status')).toBe('ENDED');
  });

  it('should show the git worktree a session was spawned in', async () => {
    const repo = tempDir('maestro-web-repo-');
    const git = (...args: string[]) => execFileSync('git', ['-C', repo, '-c', 'user.email=t@example.com', '-c', 'user.name=Test', ...args]);
    git('init', '-q');
    git('commit', '-q', '--allow-empty', '-m', 'init');
    const project = await execute(server, RnCreateProject, { input: { name: 'Web repo', workingDir: repo } });
    if (project.data?.createProject.__typename !== 'CreateProjectPayload') throw new Error(JSON.stringify(project));
    const spawned = await execute(server, RnSpawn, { input: { projectId: project.data.createProject.project.id, agent: 'fake', worktree: true } });
    if (spawned.data?.spawnSession.__typename !== 'SpawnSessionPayload') throw new Error(JSON.stringify(spawned));
    const sessionId = spawned.data.spawnSession.session.id;
    await waitForExited(server, sessionId, 'the agent to exit');

    const page = await newPage(`/sessions/${encodeURIComponent(sessionId)}`);
    const shown = page.getByLabel('Worktree');
    await shown.waitFor();
    const branch = `maestro/${Buffer.from(sessionId, 'base64').toString('utf8').split(':')[1]!.slice(-8)}`;
    expect(await shown.textContent()).toMatch(new RegExp(`^Worktree ${server.dataDir}/worktrees/\\S+ on branch ${branch}$`));
  });
});
