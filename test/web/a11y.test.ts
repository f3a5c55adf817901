/**
 * Accessibility and the app shell in real Chromium: axe-core (injected from node_modules) finds no
 * serious or critical violation on the projects list, the board (with live and waiting cards, and
 * with its dialogs open), the needs-you page, the 404 page and the board at 390 px; each page has
 * its own title; the header has one connection badge; keyboard focus is visible; checkboxes keep
 * their size (the `input { width: 100% }` bug); the 390 px layout does not scroll sideways.
 */
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server.ts';
import { seriousViolations } from './axe.ts';
import { seedAgent, seedProject, seedTask } from './board-seed.ts';
import { assertPrerequisites, cleanUpBrowserTests, launchBrowser, openPage, poll, type OpenPage } from './browser.ts';

let server: TestServer;
let browser: Browser;
const opened: OpenPage[] = [];
let projectId: string;
let waitingTaskId: string;

async function visit(path: string, viewport?: { width: number; height: number }) {
  const open = await openPage(browser, server.url);
  opened.push(open);
  if (viewport) await open.page.setViewportSize(viewport);
  await open.page.goto(path);
  await poll(() => open.page.getByRole('status', { name: 'Live connection' }).getAttribute('data-state')).toBe('connected');
  return open.page;
}

const boardPath = () => `/projects/${encodeURIComponent(projectId)}`;
const waitingCard = (page: Page) => page.locator(`.board-card[data-task="${waitingTaskId}"].attention`);

beforeAll(async () => {
  assertPrerequisites();
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  projectId = await seedProject(server, 'Accessible board');
  await seedProject(server, 'A quiet project');
  waitingTaskId = await seedTask(server, projectId, { title: 'Blocked on a person', priority: 'CRITICAL', status: 'IN_PROGRESS', subtasks: [{ title: 'ask', done: true }, { title: 'wait' }] });
  const workingTaskId = await seedTask(server, projectId, { title: 'Being worked on', priority: 'HIGH', status: 'IN_PROGRESS' });
  await seedTask(server, projectId, { title: 'Not started', priority: 'LOW' });
  await seedTask(server, projectId, { title: 'Finished', status: 'DONE', subtasks: [{ title: 'all', done: true }] });
  const waiting = await seedAgent(server, projectId, 'Waiting agent', waitingTaskId);
  await waiting.start();
  await waiting.preToolUse('Bash', { command: 'npm publish' });
  await waiting.permissionRequest({ command: 'npm publish' });
  const working = await seedAgent(server, projectId, 'Busy agent', workingTaskId);
  await working.start();
  await working.preToolUse('Edit', { file_path: 'src/config.ts', old_string: 'a', new_string: 'b' });
});

cleanUpBrowserTests(opened, () => browser);

describe('accessibility (axe-core: no serious or critical violations)', () => {
  it('should pass on the projects list, with its counts and a project that needs you', async () => {
    const page = await visit('/');
    await page.locator('.project-item [data-needs-you]').waitFor();
    expect(await page.title()).toBe('Projects · Maestro');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('should pass on the board with live and waiting cards, and with its dialogs open', async () => {
    const page = await visit(boardPath());
    await waitingCard(page).waitFor();
    await poll(() => page.title()).toBe('Accessible board · Maestro');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Add task' }).click();
    await page.getByRole('dialog', { name: 'New task' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await poll(() => page.getByRole('dialog').count()).toBe(0);

    await page.getByRole('button', { name: 'Delete Not started' }).click();
    await page.getByRole('dialog', { name: 'Delete “Not started”?' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('should pass on the needs-you page with a waiting session', async () => {
    const page = await visit('/needs-you');
    await page.getByRole('list', { name: 'Sessions waiting for you' }).getByRole('listitem', { name: 'Waiting agent' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('should pass on the sessions list, with a waiting and a working session', async () => {
    const page = await visit('/sessions');
    await page.getByRole('heading', { name: 'Sessions', level: 1 }).waitFor();
    await page.getByText('Waiting agent').first().waitFor();
    expect(await page.title()).toContain('Maestro');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('should pass on the 404 page, which offers a way back', async () => {
    const page = await visit('/no/such/page');
    await page.getByRole('heading', { name: 'Page not found', level: 1 }).waitFor();
    expect(await page.title()).toBe('Page not found · Maestro');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Go to all projects' }).click();
    await page.getByRole('heading', { name: 'Projects', level: 1 }).waitFor();
  });

  it('should pass on the board at 390 px wide, which does not scroll sideways', async () => {
    const page = await visit(boardPath(), { width: 390, height: 844 });
    await waitingCard(page).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

describe('app shell', () => {
  it('should show one connection badge, in the header, and a needs-you counter there', async () => {
    const page = await visit(boardPath());
    expect(await page.getByRole('status', { name: 'Live connection' }).count()).toBe(1);
    expect(await page.getByRole('banner').getByRole('status', { name: 'Live connection' }).count()).toBe(1);
    await poll(() => page.getByRole('banner').getByRole('link', { name: /^Needs you (\d+): \1 sessions? waiting$/ }).count()).toBe(1);
    expect(await page.getByRole('banner').getByRole('link', { name: 'Projects' }).getAttribute('aria-current')).toBe('page');
  });

  it('should show where the keyboard focus is on the card controls and the nav', async () => {
    const page = await visit(boardPath());
    await waitingCard(page).waitFor();
    const outline = async () => page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    await page.getByRole('button', { name: 'Drag Not started' }).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Drag Not started');
    expect(await outline()).toBe('solid 2px');
    await page.getByRole('banner').getByRole('link', { name: 'Sessions' }).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await outline()).toBe('solid 2px');
  });

  it("should keep checkboxes their own size and give a subtask's title the row", async () => {
    const page = await visit(`/tasks/${encodeURIComponent(waitingTaskId)}`);
    const row = page.getByRole('list', { name: 'Subtasks' }).getByRole('listitem').first();
    await row.waitFor();
    const checkbox = (await row.getByRole('checkbox').boundingBox())!;
    const title = (await row.locator('.subtask-title').boundingBox())!;
    expect(checkbox.width).toBeLessThan(30);
    expect(title.width).toBeGreaterThan(300);
  });
});
