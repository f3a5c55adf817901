/**
 * Subtasks in real Chromium: add, tick, edit in place, reorder by keyboard and by drag, delete,
 * each checked over GraphQL; the progress bar on the task card; two pages on one task following
 * each other live; a stale edit refused with a conflict toast showing the other writer's value.
 */
import type { Browser, Page, WebSocketRoute } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { execute } from '../helpers/graphql.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { assertPrerequisites, cleanUpBrowserTests, launchBrowser, openPage, poll, type OpenPage } from './browser.ts';

const CreateProject = graphql(`
  mutation WebSubCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      __typename
      ... on CreateProjectPayload { project { id } }
      ... on Error { message }
    }
  }
`);

const CreateTask = graphql(`
  mutation WebSubCreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      __typename
      ... on CreateTaskPayload { task { id } }
      ... on Error { message }
    }
  }
`);

const CreateSubtasks = graphql(`
  mutation WebSubCreateSubtasks($input: CreateSubtasksInput!) {
    createSubtasks(input: $input) {
      __typename
      ... on CreateSubtasksPayload { subtasks { id title version } }
      ... on Error { message }
    }
  }
`);

const UpdateSubtask = graphql(`
  mutation WebSubUpdateSubtask($input: UpdateSubtaskInput!) {
    updateSubtask(input: $input) {
      __typename
      ... on UpdateSubtaskPayload { subtask { version } }
      ... on Error { message }
    }
  }
`);

const TaskSubtasks = graphql(`
  query WebSubTaskSubtasks($id: ID!) {
    task(id: $id) {
      subtaskProgress { total done }
      subtasks(first: 100) { edges { node { id title done version } } }
    }
  }
`);

let server: TestServer;
let browser: Browser;
const opened: OpenPage[] = [];

async function seedTask(title: string, subtasks: string[] = []) {
  const p = await execute(server, CreateProject, { input: { name: `Project of ${title}` } });
  if (p.data?.createProject.__typename !== 'CreateProjectPayload') throw new Error(JSON.stringify(p));
  const projectId = p.data.createProject.project.id;
  const t = await execute(server, CreateTask, { input: { projectId, title } });
  if (t.data?.createTask.__typename !== 'CreateTaskPayload') throw new Error(JSON.stringify(t));
  const taskId = t.data.createTask.task.id;
  if (subtasks.length) {
    const s = await execute(server, CreateSubtasks, { input: { taskId, items: subtasks.map((title) => ({ title })) } });
    if (s.data?.createSubtasks.__typename !== 'CreateSubtasksPayload') throw new Error(JSON.stringify(s));
  }
  return { projectId, taskId };
}

async function stored(taskId: string) {
  const r = await execute(server, TaskSubtasks, { id: taskId });
  const task = r.data!.task!;
  return { progress: task.subtaskProgress, subtasks: task.subtasks.edges.map((e) => e.node) };
}

async function newPage(path: string, options: { blockWebSocket?: boolean } = {}) {
  const open = await openPage(browser, server.url);
  opened.push(open);
  // A WebSocket that never opens: the page reads over HTTP and learns nothing live.
  if (options.blockWebSocket) await open.page.routeWebSocket(/\/graphql$/, () => {});
  await open.page.goto(path);
  return open.page;
}

/** The task page, once its live feed is connected (changes from now on arrive live). */
async function taskPage(taskId: string) {
  const page = await newPage(`/tasks/${encodeURIComponent(taskId)}`);
  await poll(() => subtasksBadge(page).getAttribute('data-state')).toBe('connected');
  return page;
}

// The app has one connection badge, in the header; it reports the worst of the page's live feeds, the subtasks' included.
const subtasksBadge = (page: Page) => page.getByRole('banner').getByRole('status', { name: 'Live connection' });
const list = (page: Page) => page.getByRole('list', { name: 'Subtasks' });
const titles = (page: Page) => list(page).locator('.subtask-title').allTextContents();
const row = (page: Page, title: string) => list(page).getByRole('listitem', { name: title, exact: true });
const progress = (page: Page) => page.getByRole('progressbar', { name: 'Subtasks done' }).getAttribute('aria-valuetext');

async function add(page: Page, title: string) {
  const form = page.getByRole('form', { name: 'Add subtask' });
  await form.getByLabel('New subtask').fill(title);
  await form.getByRole('button', { name: 'Add' }).click();
  await row(page, title).waitFor();
}

beforeAll(async () => {
  assertPrerequisites();
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

// A WebSocket the test blocked or cut is logged by Chromium itself; anything else is a bug.
cleanUpBrowserTests(opened, () => browser, /WebSocket connection to .* failed/);

describe('subtasks in the task view', () => {
  it('should add, tick, untick, edit in place, reorder by keyboard and delete, and store each change', async () => {
    const { projectId, taskId } = await seedTask('Ship the parser');
    const page = await taskPage(taskId);
    await page.getByText('No subtasks yet.').waitFor();

    for (const title of ['Tokenise', 'Build the tree', 'Write tests']) await add(page, title);
    expect(await titles(page)).toEqual(['Tokenise', 'Build the tree', 'Write tests']);
    expect((await stored(taskId)).subtasks.map((s) => s.title)).toEqual(['Tokenise', 'Build the tree', 'Write tests']);
    await poll(() => progress(page)).toBe('0 of 3 subtasks done');

    // Tick and untick.
    await row(page, 'Tokenise').getByRole('checkbox', { name: 'Done: Tokenise' }).check();
    await poll(async () => (await stored(taskId)).subtasks.find((s) => s.title === 'Tokenise')?.done).toBe(true);
    await poll(() => progress(page)).toBe('1 of 3 subtasks done');
    await row(page, 'Build the tree').getByRole('checkbox').check();
    await poll(() => progress(page)).toBe('2 of 3 subtasks done');
    // Untick only once the tick is stored and its row settled (checkbox enabled again, showing the
    // stored state): a click while the live refresh re-renders the row can be undone by it.
    await poll(async () => (await stored(taskId)).progress).toEqual({ total: 3, done: 2 });
    await poll(async () => {
      const box = row(page, 'Build the tree').getByRole('checkbox');
      return (await box.isEnabled()) && (await box.isChecked());
    }).toBe(true);
    await row(page, 'Build the tree').getByRole('checkbox').uncheck();
    await poll(async () => (await stored(taskId)).progress).toEqual({ total: 3, done: 1 });
    await poll(() => progress(page)).toBe('1 of 3 subtasks done');
    expect(await row(page, 'Build the tree').getByRole('checkbox').isChecked()).toBe(false);

    // Edit the title in place; Escape leaves it unchanged, Enter saves.
    await row(page, 'Write tests').getByRole('button', { name: 'Edit Write tests' }).click();
    const field = row(page, 'Write tests').getByLabel('Subtask title');
    await field.fill('Abandoned edit');
    await field.press('Escape');
    expect(await titles(page)).toEqual(['Tokenise', 'Build the tree', 'Write tests']);
    await row(page, 'Write tests').getByRole('button', { name: 'Edit Write tests' }).click();
    await row(page, 'Write tests').getByLabel('Subtask title').fill('Write property tests');
    await row(page, 'Write tests').getByLabel('Subtask title').press('Enter');
    await row(page, 'Write property tests').waitFor();
    expect((await stored(taskId)).subtasks.map((s) => s.title)).toEqual(['Tokenise', 'Build the tree', 'Write property tests']);

    // An empty title is refused next to the field, and nothing changes.
    await row(page, 'Tokenise').getByRole('button', { name: 'Edit Tokenise' }).click();
    await row(page, 'Tokenise').getByLabel('Subtask title').fill('');
    await row(page, 'Tokenise').getByRole('button', { name: 'Save' }).click();
    await poll(() => row(page, 'Tokenise').getByLabel('Subtask title').getAttribute('aria-invalid')).toBe('true');
    await row(page, 'Tokenise').getByRole('button', { name: 'Cancel' }).click();
    expect((await stored(taskId)).subtasks[0]!.title).toBe('Tokenise');

    // Reorder by keyboard: Alt+ArrowUp / Alt+ArrowDown on the focused subtask; focus stays on it.
    await row(page, 'Write property tests').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await poll(async () => (await stored(taskId)).subtasks.map((s) => s.title)).toEqual(['Tokenise', 'Write property tests', 'Build the tree']);
    await poll(() => titles(page)).toEqual(['Tokenise', 'Write property tests', 'Build the tree']);
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Write property tests');
    await page.keyboard.press('Alt+ArrowUp');
    await poll(async () => (await stored(taskId)).subtasks.map((s) => s.title)).toEqual(['Write property tests', 'Tokenise', 'Build the tree']);
    await poll(() => titles(page)).toEqual(['Write property tests', 'Tokenise', 'Build the tree']);
    // At the top, up does nothing.
    await page.keyboard.press('Alt+ArrowUp');
    await row(page, 'Tokenise').focus();
    await page.keyboard.press('Alt+ArrowDown');
    await poll(async () => (await stored(taskId)).subtasks.map((s) => s.title)).toEqual(['Write property tests', 'Build the tree', 'Tokenise']);
    await poll(() => titles(page)).toEqual(['Write property tests', 'Build the tree', 'Tokenise']);

    // Delete.
    await row(page, 'Build the tree').getByRole('button', { name: 'Delete Build the tree' }).click();
    await poll(() => titles(page)).toEqual(['Write property tests', 'Tokenise']);
    expect(await stored(taskId)).toMatchObject({ progress: { total: 2, done: 1 }, subtasks: [{ title: 'Write property tests' }, { title: 'Tokenise', done: true }] });

    // The task card in the project shows the progress bar.
    await page.getByRole('link', { name: /^← Project of Ship the parser$/ }).click();
    const card = page.getByRole('listitem', { name: 'Ship the parser' });
    await poll(() => card.getByRole('progressbar', { name: 'Subtasks done' }).getAttribute('aria-valuetext')).toBe('1 of 2 subtasks done');
    expect(await card.getByText('1/2', { exact: true }).count()).toBe(1);
    expect(new URL(page.url()).pathname).toBe(`/projects/${encodeURIComponent(projectId)}`);
  });

  it('should reorder by drag and drop, and by quick repeated keyboard moves', async () => {
    const { taskId } = await seedTask('Drag me', ['First', 'Second', 'Third']);
    const page = await taskPage(taskId);
    await poll(() => titles(page)).toEqual(['First', 'Second', 'Third']);

    // Dropped on the upper half of "First": it goes before it.
    await row(page, 'Third').dragTo(row(page, 'First'), { targetPosition: { x: 20, y: 2 } });
    await poll(async () => (await stored(taskId)).subtasks.map((s) => s.title)).toEqual(['Third', 'First', 'Second']);
    await poll(() => titles(page)).toEqual(['Third', 'First', 'Second']);

    // Two quick moves by keyboard, the second sent before the first is answered: both apply.
    await row(page, 'Second').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await page.keyboard.press('Alt+ArrowUp');
    await poll(async () => (await stored(taskId)).subtasks.map((s) => s.title)).toEqual(['Second', 'Third', 'First']);
    await poll(() => titles(page)).toEqual(['Second', 'Third', 'First']);
  });

  it('should show a subtask added and ticked in one page in another page on the same task, without reload', async () => {
    const { taskId } = await seedTask('Shared task', ['Existing']);
    const [one, two] = await Promise.all([taskPage(taskId), taskPage(taskId)]);
    await poll(() => titles(two)).toEqual(['Existing']);

    await add(one, 'Added in one');
    await poll(() => titles(two)).toEqual(['Existing', 'Added in one']);
    await row(one, 'Added in one').getByRole('checkbox').check();
    await poll(() => row(two, 'Added in one').getByRole('checkbox').isChecked()).toBe(true);
    await poll(() => progress(two)).toBe('1 of 2 subtasks done');

    // And the other way round, for a change made outside any page.
    const [existing] = (await stored(taskId)).subtasks;
    expect((await execute(server, UpdateSubtask, { input: { id: existing!.id, title: 'Renamed over HTTP' } })).data?.updateSubtask.__typename).toBe('UpdateSubtaskPayload');
    await poll(() => titles(one)).toEqual(['Renamed over HTTP', 'Added in one']);
    await poll(() => titles(two)).toEqual(['Renamed over HTTP', 'Added in one']);
  });

  it('should catch up on changes made while its connection was down, once it is back', async () => {
    const { taskId } = await seedTask('Blinking', ['Before']);
    const open = await openPage(browser, server.url);
    opened.push(open);
    const page = open.page;
    let down = false;
    let sockets: WebSocketRoute[] = [];
    await page.routeWebSocket(/\/graphql$/, (ws) => {
      if (down) return void ws.close({ code: 1011, reason: 'test: network down' });
      ws.connectToServer();
      sockets.push(ws);
    });
    let reads = 0;
    page.on('response', (r) => void (r.url().includes('WebTaskSubtasks') && reads++));
    // Open sockets of the page, and when that last changed: the stream client reopens its socket
    // once after reading the log head, so the test waits for the page's sockets to be settled.
    let openSockets = 0;
    let lastChange = Date.now();
    page.on('websocket', (ws) => {
      openSockets++;
      lastChange = Date.now();
      ws.on('close', () => {
        openSockets--;
        lastChange = Date.now();
      });
    });
    await page.goto(`/tasks/${encodeURIComponent(taskId)}`);
    await poll(() => subtasksBadge(page).getAttribute('data-state')).toBe('connected');
    await poll(() => titles(page)).toEqual(['Before']);
    // The first load, then the re-read once the live feed is up (again if a stream's first socket
    // was replaced while the page's streams start): from here on only the feed tells.
    await poll(() => reads).toBeGreaterThanOrEqual(2);
    // One socket per live view: the subtasks, the task's sessions, the task's activity and the
    // header's "needs you" counter.
    await poll(() => openSockets === 4 && Date.now() - lastChange > 300).toBe(true);

    down = true;
    for (const ws of sockets) await ws.close({ code: 1006, reason: 'test: cable pulled' });
    sockets = [];
    await poll(() => subtasksBadge(page).getAttribute('data-state')).toBe('reconnecting');
    const [before] = (await stored(taskId)).subtasks;
    await execute(server, UpdateSubtask, { input: { id: before!.id, title: 'Renamed while down' } });
    await execute(server, CreateSubtasks, { input: { taskId, items: [{ title: 'Added while down' }] } });
    // Nothing arrives while the connection is down.
    expect(await titles(page)).toEqual(['Before']);

    down = false;
    await poll(() => subtasksBadge(page).getAttribute('data-state'), 20_000).toBe('connected');
    await poll(() => titles(page)).toEqual(['Renamed while down', 'Added while down']);
    await poll(() => progress(page)).toBe('0 of 2 subtasks done');
  });

  it("should refuse a stale edit with a toast showing the other writer's value, and overwrite nothing", async () => {
    const { taskId } = await seedTask('Contested', ['Original title']);
    const page = await newPage(`/tasks/${encodeURIComponent(taskId)}`, { blockWebSocket: true });
    await row(page, 'Original title').waitFor();
    expect(await subtasksBadge(page).getAttribute('data-state')).not.toBe('connected');

    // Another writer changes it behind the page's back.
    const [subtask] = (await stored(taskId)).subtasks;
    const theirs = await execute(server, UpdateSubtask, { input: { id: subtask!.id, title: 'Their title', expectedVersion: subtask!.version } });
    expect(theirs.data?.updateSubtask.__typename).toBe('UpdateSubtaskPayload');

    await row(page, 'Original title').getByRole('button', { name: 'Edit Original title' }).click();
    await row(page, 'Original title').getByLabel('Subtask title').fill('My title');
    await row(page, 'Original title').getByLabel('Subtask title').press('Enter');

    const toast = page.getByRole('alert').filter({ hasText: 'Conflict on “Original title”' });
    await toast.waitFor();
    expect(await toast.textContent()).toContain('It is now “Their title” (open, version');
    // The page now shows their value; the server kept it.
    await poll(() => titles(page)).toEqual(['Their title']);
    expect((await stored(taskId)).subtasks.map((s) => s.title)).toEqual(['Their title']);

    // The page re-read the subtask with the conflict: a change from it now applies.
    await row(page, 'Their title').getByRole('checkbox').check();
    await poll(async () => (await stored(taskId)).subtasks[0]!.done).toBe(true);
    await toast.getByRole('button', { name: /^Dismiss/ }).click();
    expect(await page.getByRole('alert').filter({ hasText: 'Conflict' }).count()).toBe(0);
  });
});
