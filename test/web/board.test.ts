/**
 * The project board in real Chromium against the real server: a column per status; a card moves
 * by dragging, by the keyboard (dnd-kit's keyboard sensor and the card's "Move to" control), and
 * the move is stored through updateTask; two pages on one project see each other's moves live; a
 * move of a task deleted meanwhile says so and the board drops it; add, edit, delete with
 * confirmation; filters; cards show priority, subtask progress and their session's live state.
 */
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../helpers/graphql.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { SeedDeleteTask, SeedReportExit, SeedUpdateTask, seedAgent, seedProject, seedTask, taskStatus } from './board-seed.ts';
import { assertPrerequisites, cleanUpBrowserTests, launchBrowser, openPage, poll, type OpenPage } from './browser.ts';

let server: TestServer;
let browser: Browser;
const opened: OpenPage[] = [];

async function boardPage(projectId: string, options: { live?: boolean; on?: TestServer } = {}) {
  const open = await openPage(browser, (options.on ?? server).url);
  opened.push(open);
  // Kept off the live feed when asked, so the page cannot learn of a change before acting on stale data.
  if (options.live === false) await open.page.routeWebSocket(/\/graphql$/, () => {});
  await open.page.goto(`/projects/${encodeURIComponent(projectId)}`);
  await open.page.getByRole('region', { name: 'Board' }).waitFor();
  if (options.live !== false) await poll(() => open.page.getByRole('status', { name: 'Live connection' }).getAttribute('data-state')).toBe('connected');
  return open.page;
}

const column = (page: Page, label: string) => page.getByRole('region', { name: new RegExp(`^${label} \\d+$`) });
const card = (page: Page, title: string) => page.getByRole('listitem', { name: title, exact: true });
const cardsIn = (page: Page, label: string) => column(page, label).getByRole('listitem').locator('.card-title').allTextContents();

/** A pointer drag of the card's handle onto a column, in small steps as a hand would. */
async function drag(page: Page, title: string, toColumn: string) {
  const handle = card(page, title).getByRole('button', { name: `Drag ${title}` });
  const from = (await handle.boundingBox())!;
  const to = (await column(page, toColumn).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 5, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + 40, { steps: 12 });
  await page.mouse.up();
}

beforeAll(async () => {
  assertPrerequisites();
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

// Dropped WebSockets and the request the offline test aborts itself are logged by Chromium; anything else is a bug in the page.
cleanUpBrowserTests(opened, () => browser, /WebSocket connection to .* failed|ERR_INTERNET_DISCONNECTED/);

describe('project board', () => {
  it('should show a column per status with each task in its own, and move a card by dragging it', async () => {
    const projectId = await seedProject(server, 'Drag board');
    const taskId = await seedTask(server, projectId, 'Drag me');
    await seedTask(server, projectId, { title: 'Already started', status: 'IN_PROGRESS' });
    const page = await boardPage(projectId);

    expect(await page.getByRole('region', { name: 'Board' }).getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'To do 1',
      'In progress 1',
      'Blocked 0',
      'In review 0',
      'Done 0',
      'Cancelled 0',
    ]);
    expect(await cardsIn(page, 'To do')).toEqual(['Drag me']);

    await drag(page, 'Drag me', 'In review');
    await poll(() => cardsIn(page, 'In review')).toEqual(['Drag me']);
    await poll(() => taskStatus(server, taskId)).toBe('IN_REVIEW');
    expect(await cardsIn(page, 'To do')).toEqual([]);

    // Stored, not just shown: a reload puts it in the same column.
    await page.reload();
    await poll(() => cardsIn(page, 'In review')).toEqual(['Drag me']);
  });

  it('should move a card with the keyboard: the drag handle with Space and arrow keys, and the "Move to" control', async () => {
    const projectId = await seedProject(server, 'Keyboard board');
    const taskId = await seedTask(server, projectId, 'Keys only');
    const page = await boardPage(projectId);

    // dnd-kit's keyboard sensor: pick up, two columns to the right, drop; each step is announced
    // (the live region a screen reader reads), and the next key waits for it as a person would.
    const announced = (text: string) => poll(() => page.locator('[id^="DndLiveRegion"]').textContent()).toContain(text);
    // The sensor starts listening for arrow keys in a setTimeout(0) after the pick-up; a timer the
    // page queues after it runs after it (timers of equal delay run in order): an ordering barrier, not a guessed wait.
    const sensorListening = () => page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await card(page, 'Keys only').getByRole('button', { name: 'Drag Keys only' }).focus();
    await page.keyboard.press('Space');
    await announced('“Keys only” is over To do.');
    await sensorListening();
    await page.keyboard.press('ArrowRight');
    await announced('“Keys only” is over In progress.');
    await page.keyboard.press('ArrowRight');
    await announced('“Keys only” is over Blocked.');
    await page.keyboard.press('Space');
    await announced('“Keys only” dropped in Blocked.');
    await poll(() => cardsIn(page, 'Blocked')).toEqual(['Keys only']);
    await poll(() => taskStatus(server, taskId)).toBe('BLOCKED');

    // Escape puts a picked-up card back.
    await card(page, 'Keys only').getByRole('button', { name: 'Drag Keys only' }).focus();
    await page.keyboard.press('Space');
    await announced('“Keys only” is over Blocked.');
    await sensorListening();
    await page.keyboard.press('ArrowRight');
    await announced('“Keys only” is over In review.');
    await page.keyboard.press('Escape');
    await announced('Moving “Keys only” was cancelled');
    expect(await cardsIn(page, 'Blocked')).toEqual(['Keys only']);
    expect(await taskStatus(server, taskId)).toBe('BLOCKED');

    // The "Move to" control on the card, operable by keyboard like any select.
    await card(page, 'Keys only').getByLabel('Move Keys only to').selectOption({ label: '→ Done' });
    await poll(() => cardsIn(page, 'Done')).toEqual(['Keys only']);
    await poll(() => taskStatus(server, taskId)).toBe('DONE');
  });

  it("should show each other's moves live on two pages of one project", async () => {
    const projectId = await seedProject(server, 'Shared board');
    await seedTask(server, projectId, 'First card');
    await seedTask(server, projectId, 'Second card');
    const [left, right] = [await boardPage(projectId), await boardPage(projectId)];

    await drag(left, 'First card', 'In progress');
    await poll(() => cardsIn(right, 'In progress')).toEqual(['First card']);

    await right.getByLabel('Move Second card to').selectOption({ label: '→ Blocked' });
    await poll(() => cardsIn(left, 'Blocked')).toEqual(['Second card']);
    expect(await cardsIn(left, 'To do')).toEqual([]);
    expect(await cardsIn(right, 'To do')).toEqual([]);
  });

  it('should say what happened when the moved task was deleted elsewhere, and drop its card', async () => {
    const projectId = await seedProject(server, 'Conflict board');
    const taskId = await seedTask(server, projectId, 'Deleted meanwhile');
    await seedTask(server, projectId, 'Survivor');
    const page = await boardPage(projectId, { live: false });
    await card(page, 'Deleted meanwhile').waitFor();

    expect((await execute(server, SeedDeleteTask, { input: { id: taskId } })).data?.deleteTask.__typename).toBe('DeleteTaskPayload');
    await drag(page, 'Deleted meanwhile', 'Done');

    const toast = page.getByRole('alert').filter({ hasText: '“Deleted meanwhile” no longer exists' });
    await toast.waitFor();
    expect(await toast.textContent()).toContain('deleted elsewhere');
    // The view is right again: the card is gone from every column, the others are untouched.
    await poll(() => card(page, 'Deleted meanwhile').count()).toBe(0);
    expect(await cardsIn(page, 'To do')).toEqual(['Survivor']);
  });

  it('should put a card back and say so when the move cannot reach the server', async () => {
    const projectId = await seedProject(server, 'Offline board');
    const taskId = await seedTask(server, projectId, 'Stays put');
    const page = await boardPage(projectId);
    await page.route('**/graphql', (route) => (route.request().postData()?.includes('WebMoveTask') ? route.abort('internetdisconnected') : route.continue()));

    await card(page, 'Stays put').getByLabel('Move Stays put to').selectOption({ label: '→ Done' });
    await page.getByRole('alert').filter({ hasText: '“Stays put” was not moved' }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'It stays in To do.' }).count()).toBe(1);
    await poll(() => cardsIn(page, 'To do')).toEqual(['Stays put']);
    expect(await taskStatus(server, taskId)).toBe('TODO');
  });

  it('should add a task from the "Add task" dialog, edit it in a dialog, and delete it after confirming', async () => {
    const projectId = await seedProject(server, 'Dialogs');
    const page = await boardPage(projectId);
    await page.getByText('No tasks yet. Use “Add task” to create the first one.').waitFor();
    expect(await page.getByRole('form', { name: 'New task' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Add task' }).click();
    const dialog = page.getByRole('dialog', { name: 'New task' });
    await dialog.getByLabel('Title').fill('From the dialog');
    await dialog.getByLabel('Priority').selectOption({ label: 'High' });
    await dialog.getByRole('button', { name: 'Create task' }).click();
    await poll(() => cardsIn(page, 'To do')).toEqual(['From the dialog']);
    await poll(() => dialog.count()).toBe(0);
    await card(page, 'From the dialog').getByLabel('Priority: High').waitFor();

    await card(page, 'From the dialog').getByRole('button', { name: 'Edit From the dialog' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit “From the dialog”' });
    await edit.getByLabel('Title').fill('Edited in a dialog');
    await edit.getByRole('button', { name: 'Save task' }).click();
    await poll(() => cardsIn(page, 'To do')).toEqual(['Edited in a dialog']);

    // Delete asks first; Cancel keeps the task.
    await card(page, 'Edited in a dialog').getByRole('button', { name: 'Delete Edited in a dialog' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete “Edited in a dialog”?' });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await poll(() => confirm.count()).toBe(0);
    expect(await cardsIn(page, 'To do')).toEqual(['Edited in a dialog']);

    await card(page, 'Edited in a dialog').getByRole('button', { name: 'Delete Edited in a dialog' }).click();
    await page.getByRole('dialog', { name: 'Delete “Edited in a dialog”?' }).getByRole('button', { name: 'Delete task' }).click();
    await poll(() => cardsIn(page, 'To do')).toEqual([]);
    await page.getByText('No tasks yet. Use “Add task” to create the first one.').waitFor();
  });

  it('should filter the cards by priority and by text', async () => {
    const projectId = await seedProject(server, 'Filters');
    await seedTask(server, projectId, { title: 'Fix the login bug', priority: 'CRITICAL' });
    await seedTask(server, projectId, { title: 'Write docs', priority: 'LOW', description: 'About the login page' });
    await seedTask(server, projectId, { title: 'Refactor', priority: 'LOW', status: 'IN_PROGRESS' });
    const page = await boardPage(projectId);
    await poll(() => cardsIn(page, 'To do')).toEqual(['Fix the login bug', 'Write docs']);

    await page.getByLabel('Priority', { exact: true }).selectOption({ label: 'Low' });
    await poll(() => cardsIn(page, 'To do')).toEqual(['Write docs']);
    expect(await cardsIn(page, 'In progress')).toEqual(['Refactor']);

    await page.getByLabel('Search').fill('login');
    await poll(() => cardsIn(page, 'In progress')).toEqual([]);
    expect(await cardsIn(page, 'To do')).toEqual(['Write docs']);
    await page.getByText('1 of 3 tasks match the filters').waitFor();

    await page.getByLabel('Priority', { exact: true }).selectOption({ label: 'All priorities' });
    await poll(() => cardsIn(page, 'To do')).toEqual(['Fix the login bug', 'Write docs']);
  });

  it("should show on a card its priority, subtask progress and its session's live state with the latest activity in words", async () => {
    const projectId = await seedProject(server, 'Live cards');
    const taskId = await seedTask(server, projectId, { title: 'Busy task', priority: 'HIGH', subtasks: [{ title: 'one', done: true }, { title: 'two' }, { title: 'three' }] });
    const page = await boardPage(projectId);
    const busy = card(page, 'Busy task');
    await busy.getByLabel('Priority: High').waitFor();
    expect(await busy.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('1 of 3 subtasks done');
    expect(await busy.locator('.card-session').count()).toBe(0);

    const agent = await seedAgent(server, projectId, 'Worker', taskId);
    await agent.start();
    await agent.preToolUse('Edit', { file_path: 'src/config.ts', old_string: 'a', new_string: 'b' });
    await poll(() => busy.locator('.card-activity').textContent()).toBe('Editing src/config.ts');
    expect(await busy.locator('.card-session').getAttribute('data-session-status')).toBe('WORKING');

    await agent.preToolUse('Bash', { command: 'npm test' });
    await poll(() => busy.locator('.card-activity').textContent()).toBe('Running npm test');

    // A status change elsewhere (another client) moves the card too.
    await execute(server, SeedUpdateTask, { input: { id: taskId, status: 'IN_REVIEW' } });
    await poll(() => cardsIn(page, 'In review')).toEqual(['Busy task']);

    await agent.send('SessionEnd.prompt_input_exit');
    await poll(() => busy.locator('.card-session').getAttribute('data-session-status')).toBe('ENDED');
  });

  it('should say on a card when its session failed (the process exited) and when it went stale (silent too long)', async () => {
    const projectId = await seedProject(server, 'Failing cards');
    const taskId = await seedTask(server, projectId, 'Crashy task');
    const page = await boardPage(projectId);
    const agent = await seedAgent(server, projectId, 'Crasher', taskId);
    await agent.start();
    await agent.preToolUse('Bash', { command: 'npm run build' });
    await poll(() => card(page, 'Crashy task').locator('.card-activity').textContent()).toBe('Running npm run build');
    expect((await execute(server, SeedReportExit, { input: { id: agent.id, exitCode: 137 } })).data?.reportSessionExit.__typename).toBe('ReportSessionExitPayload');
    await poll(() => card(page, 'Crashy task').locator('.card-session').getAttribute('data-session-status')).toBe('FAILED');
    expect(await card(page, 'Crashy task').locator('.card-activity').textContent()).toBe('Failed after: Running npm run build');

    // A server that calls a session stale after 1 s of silence.
    const quick = await startServer({ args: ['--session-stale-seconds', '1'] });
    const quietProject = await seedProject(quick, 'Quiet cards');
    const quietTask = await seedTask(quick, quietProject, 'Quiet task');
    const quiet = await seedAgent(quick, quietProject, 'Sleeper', quietTask);
    const quietPage = await boardPage(quietProject, { on: quick });
    await quiet.start();
    await quiet.preToolUse('Edit', { file_path: 'src/slow.ts', old_string: 'a', new_string: 'b' });
    await poll(() => card(quietPage, 'Quiet task').locator('.card-activity').textContent(), 20_000).toBe('No sign of life since: Editing src/slow.ts');
    // The next event brings it back.
    await quiet.preToolUse('Bash', { command: 'npm test' });
    await poll(() => card(quietPage, 'Quiet task').locator('.card-activity').textContent()).toBe('Running npm test');
  });
});
