/**
 * "Needs you" in real Chromium against the real server: a session that asks for permission
 * (PermissionRequest, or a permission_prompt Notification) marks its task card, the projects list
 * and the header counter, and the /needs-you page lists it with what it asked; the next PreToolUse
 * clears every mark. The hook POST → DOM change latency is measured over 20 rounds and printed
 * (median and max), never asserted. The opt-in browser notification fires for a new wait.
 */
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server.ts';
import { fixture } from '../hooks/helpers.ts';
import { seedAgent, seedProject, seedTask } from './board-seed.ts';
import { assertPrerequisites, cleanUpBrowserTests, launchBrowser, openPage, poll, type OpenPage } from './browser.ts';

let server: TestServer;
let browser: Browser;
const opened: OpenPage[] = [];

async function livePage(path: string, setup?: (open: OpenPage) => Promise<void>) {
  const open = await openPage(browser, server.url);
  opened.push(open);
  await setup?.(open);
  await open.page.goto(path);
  await poll(() => open.page.getByRole('status', { name: 'Live connection' }).getAttribute('data-state')).toBe('connected');
  return open.page;
}

const headerCount = (page: Page) => page.locator('.needs-you-link .counter').getAttribute('data-count');
const cardWaiting = (page: Page, taskId: string) => page.locator(`.board-card[data-task="${taskId}"]`).evaluate((el) => el.classList.contains('attention'));
const projectNeeds = (page: Page, projectId: string) => page.locator(`.project-item[data-project="${projectId}"] [data-needs-you]`).count();

/** Resolves with the page's clock (Date.now()) at the first check where `predicate` holds, checked every 5 ms. */
function when(page: Page, predicate: string, arg: unknown): Promise<number> {
  return page
    .waitForFunction(
      ([source, value]) => ((new Function('arg', `return (${source})(arg)`) as (a: unknown) => boolean)(value) ? Date.now() : false),
      [predicate, arg] as const,
      { polling: 5, timeout: 15_000 },
    )
    .then((handle) => handle.jsonValue() as Promise<number>);
}

const CARD_WAITING = `(id) => document.querySelector('.board-card[data-task="' + id + '"]')?.classList.contains('attention') === true`;
const CARD_CLEAR = `(id) => document.querySelector('.board-card[data-task="' + id + '"]')?.classList.contains('attention') === false`;
const HEADER_IS = `(n) => document.querySelector('.needs-you-link .counter')?.getAttribute('data-count') === String(n)`;
const PROJECT_WAITING = `(id) => !!document.querySelector('.project-item[data-project="' + id + '"] [data-needs-you]')`;
const PROJECT_CLEAR = `(id) => !!document.querySelector('.project-item[data-project="' + id + '"]') && !document.querySelector('.project-item[data-project="' + id + '"] [data-needs-you]')`;

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return `median ${median} ms, max ${sorted.at(-1)} ms`;
};

beforeAll(async () => {
  assertPrerequisites();
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

cleanUpBrowserTests(opened, () => browser, /WebSocket connection to .* failed/);

describe('needs you', () => {
  it('should mark the card, the projects list and the header counter on PermissionRequest and clear them on the next PreToolUse (latency over 20 rounds)', async () => {
    const projectId = await seedProject(server, 'Blocked and rescue');
    const taskId = await seedTask(server, projectId, 'Install the limiter');
    const agent = await seedAgent(server, projectId, 'Rescuer', taskId);
    await agent.start();
    const board = await livePage(`/projects/${encodeURIComponent(projectId)}`);
    const projects = await livePage('/');
    await projects.locator(`.project-item[data-project="${projectId}"]`).waitFor();
    await poll(() => headerCount(board)).toBe('0');

    const input = (i: number) => ({ command: `npm install express-rate-limit@${i}`, description: 'Install rate limiting middleware' });
    await agent.preToolUse('Bash', input(0));
    const rounds = 20;
    const set = { card: [] as number[], header: [] as number[], projects: [] as number[], all: [] as number[] };
    const clear = { card: [] as number[], header: [] as number[], projects: [] as number[], all: [] as number[] };
    for (let i = 0; i < rounds; i++) {
      // The watchers start before the POST, so each records the first moment its mark is in the DOM.
      let marks = [when(board, CARD_WAITING, taskId), when(board, HEADER_IS, 1), when(projects, PROJECT_WAITING, projectId)];
      let t0 = Date.now();
      await agent.permissionRequest(input(i));
      let [card, header, list] = await Promise.all(marks);
      set.card.push(card - t0);
      set.header.push(header - t0);
      set.projects.push(list - t0);
      set.all.push(Math.max(card, header, list) - t0);
      expect(await board.locator(`.board-card[data-task="${taskId}"] .card-activity`).textContent()).toBe(`Needs you: Permission to use Bash: ${input(i).command}`);

      // The agent goes on (the next call starts): every mark goes away.
      marks = [when(board, CARD_CLEAR, taskId), when(board, HEADER_IS, 0), when(projects, PROJECT_CLEAR, projectId)];
      t0 = Date.now();
      await agent.preToolUse('Bash', input(i + 1));
      [card, header, list] = await Promise.all(marks);
      clear.card.push(card - t0);
      clear.header.push(header - t0);
      clear.projects.push(list - t0);
      clear.all.push(Math.max(card, header, list) - t0);
    }
    expect(await cardWaiting(board, taskId)).toBe(false);
    expect(await projectNeeds(projects, projectId)).toBe(0);
    console.log(
      [
        `hook POST → DOM, ${rounds} rounds (board page and projects page open):`,
        `  PermissionRequest → card marked: ${stats(set.card)}; header counter: ${stats(set.header)}; projects list: ${stats(set.projects)}; all three: ${stats(set.all)}`,
        `  next PreToolUse → card cleared: ${stats(clear.card)}; header counter: ${stats(clear.header)}; projects list: ${stats(clear.projects)}; all three: ${stats(clear.all)}`,
      ].join('\n'),
    );
  });

  it('should list a permission_prompt Notification on /needs-you with what it asked, across projects, until the next PreToolUse', async () => {
    const first = await seedProject(server, 'Needs page A');
    const second = await seedProject(server, 'Needs page B');
    const taskA = await seedTask(server, first, 'Task of A');
    const a = await seedAgent(server, first, 'Asker A', taskA);
    const b = await seedAgent(server, second, 'Asker B');
    await a.start();
    await b.start();
    const page = await livePage('/needs-you');
    await page.getByText('No session is waiting for a person.', { exact: false }).waitFor();
    expect(await page.title()).toBe('Needs you · Maestro');

    await a.preToolUse('Bash', { command: 'rm -rf build' });
    await a.permissionRequest({ command: 'rm -rf build' });
    await b.preToolUse('Bash', { command: 'git push' });
    await b.send('Notification.permission_prompt');

    const list = page.getByRole('list', { name: 'Sessions waiting for you' });
    const itemA = list.getByRole('listitem', { name: 'Asker A' });
    const itemB = list.getByRole('listitem', { name: 'Asker B' });
    await itemA.waitFor();
    await itemB.waitFor();
    expect(await itemA.locator('.waiting-message').textContent()).toBe('Permission to use Bash: rm -rf build');
    expect(await itemB.locator('.waiting-message').textContent()).toBe(fixture('Notification.permission_prompt').message);
    expect(await itemA.getByRole('link', { name: 'Needs page A' }).count()).toBe(1);
    expect(await itemA.getByRole('link', { name: 'Task of A' }).count()).toBe(1);
    expect(await itemB.getByRole('link', { name: 'Needs page B' }).count()).toBe(1);
    await poll(() => headerCount(page)).toBe('2');
    await poll(() => page.title()).toBe('Needs you (2) · Maestro');

    await b.preToolUse('Bash', { command: 'git status' });
    await poll(() => itemB.count()).toBe(0);
    await poll(() => headerCount(page)).toBe('1');
    await itemA.waitFor();
  });

  it('should show a browser notification for a new wait once the person turned notifications on', async () => {
    const projectId = await seedProject(server, 'Notify me');
    const agent = await seedAgent(server, projectId, 'Pinger');
    await agent.start();
    const page = await livePage('/needs-you', async ({ context }) => {
      await context.grantPermissions(['notifications'], { origin: server.url });
      // Records what the page shows (headless Chromium displays nothing).
      await context.addInitScript(() => {
        const shown: string[] = [];
        (window as unknown as { shownNotifications: string[] }).shownNotifications = shown;
        const Real = window.Notification;
        class Recording extends Real {
          constructor(title: string, options?: NotificationOptions) {
            super(title, options);
            shown.push(`${title} | ${options?.body ?? ''}`);
          }
        }
        window.Notification = Recording as typeof Notification;
      });
    });
    const shown = () => page.evaluate(() => (window as unknown as { shownNotifications: string[] }).shownNotifications);
    // Sessions of earlier tests may still wait: count from here (once the counter is loaded).
    await poll(() => headerCount(page)).not.toBeNull();
    const before = Number(await headerCount(page));

    // Off until asked for: a wait now shows nothing.
    await agent.preToolUse('Bash', { command: 'make deploy' });
    await agent.permissionRequest({ command: 'make deploy' });
    await poll(() => headerCount(page)).toBe(String(before + 1));
    expect(await shown()).toEqual([]);

    await page.getByRole('button', { name: 'Notify me when a session needs me' }).click();
    await page.getByRole('button', { name: 'Turn off notifications' }).waitFor();
    await agent.preToolUse('Bash', { command: 'make release' });
    await poll(() => headerCount(page)).toBe(String(before));
    await agent.permissionRequest({ command: 'make release' });
    await poll(() => shown()).toEqual(['Pinger needs you (Notify me) | Permission to use Bash: make release']);
  });
});
