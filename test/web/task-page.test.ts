/**
 * The task page in real Chromium: status and priority changed on the page and seen live by a
 * second page, a change someone else made first refused with a toast and the view following
 * theirs, subtask titles that take the row's width and wrap, the task's sessions with their live
 * state, the task's own activity; with the server stopped a failed tick keeps the list and says
 * what did not happen with a retry, and a form's connection error clears once it is back.
 * axe-core finds no serious or critical violation; a screenshot goes to test-results/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { execute } from '../helpers/graphql.ts';
import { ROOT, startServer, type TestServer } from '../helpers/server.ts';
import { createProject, createTask, fixture, HkCreateSession, postHook } from '../hooks/helpers.ts';
import { seriousViolations } from './axe.ts';
import { assertPrerequisites, cleanUpBrowserTests, launchBrowser, openPage, poll, type OpenPage } from './browser.ts';

const CreateSubtasks = graphql(`
  mutation WebTpCreateSubtasks($input: CreateSubtasksInput!) {
    createSubtasks(input: $input) {
      __typename
      ... on CreateSubtasksPayload { subtasks { id } }
      ... on Error { message }
    }
  }
`);

const UpdateTask = graphql(`
  mutation WebTpUpdateTask($input: UpdateTaskInput!) {
    updateTask(input: $input) { __typename ... on Error { message } }
  }
`);

const StoredTask = graphql(`
  query WebTpStoredTask($id: ID!) {
    task(id: $id) { status priority subtasks(first: 100) { edges { node { title done } } } }
  }
`);

let server: TestServer;
let browser: Browser;
const opened: OpenPage[] = [];

async function seed(title: string, subtasks: string[] = []) {
  const projectId = await createProject(server, `Project of ${title}`);
  const taskId = await createTask(server, projectId, title);
  if (subtasks.length) {
    const r = await execute(server, CreateSubtasks, { input: { taskId, items: subtasks.map((t) => ({ title: t })) } });
    if (r.data?.createSubtasks.__typename !== 'CreateSubtasksPayload') throw new Error(JSON.stringify(r));
  }
  return { projectId, taskId };
}

const stored = async (taskId: string) => (await execute(server, StoredTask, { id: taskId })).data!.task!;

async function taskPage(taskId: string, options: { blockWebSocket?: boolean; viewport?: { width: number; height: number } } = {}) {
  const open = await openPage(browser, server.url);
  opened.push(open);
  if (options.viewport) await open.page.setViewportSize(options.viewport);
  // A WebSocket that never opens: the page reads over HTTP and learns nothing live.
  if (options.blockWebSocket) await open.page.routeWebSocket(/\/graphql$/, () => {});
  await open.page.goto(`/tasks/${encodeURIComponent(taskId)}`);
  if (!options.blockWebSocket) await poll(() => connectionBadge(open.page).getAttribute('data-state')).toBe('connected');
  else await open.page.getByRole('heading', { level: 1 }).waitFor();
  return open.page;
}

/** The app's one connection badge, in the header: it speaks for every live view of the page. */
const connectionBadge = (page: Page) => page.getByRole('banner').getByRole('status', { name: 'Live connection' });
const statusSelect = (page: Page) => page.locator('.task-field-controls').getByLabel('Status');
const prioritySelect = (page: Page) => page.locator('.task-field-controls').getByLabel('Priority');
const shown = (page: Page, select: 'status' | 'priority') => (select === 'status' ? statusSelect(page) : prioritySelect(page)).inputValue();
const subtaskRow = (page: Page, title: string) => page.getByRole('list', { name: 'Subtasks' }).getByRole('listitem', { name: title, exact: true });
const activityTexts = (page: Page) => page.getByRole('region', { name: 'Task activity' }).getByRole('list', { name: 'Recent events' }).getByRole('listitem').allTextContents();

beforeAll(async () => {
  assertPrerequisites();
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

// Chromium logs a cut WebSocket and each request refused while the server is stopped itself.
cleanUpBrowserTests(opened, () => browser, /WebSocket connection to .* failed|Failed to load resource|Failed to fetch/);

describe('task page', () => {
  it('should change status and priority on the page, seen live by another page and in the task activity', async () => {
    const { taskId } = await seed('Live fields');
    const [a, b] = [await taskPage(taskId), await taskPage(taskId)];
    expect(await shown(b, 'status')).toBe('TODO');

    await statusSelect(a).selectOption('IN_PROGRESS');
    await poll(async () => (await stored(taskId)).status).toBe('IN_PROGRESS');
    await poll(() => shown(b, 'status')).toBe('IN_PROGRESS');
    await prioritySelect(b).selectOption('HIGH');
    await poll(() => shown(a, 'priority')).toBe('HIGH');
    expect((await stored(taskId)).priority).toBe('HIGH');

    // The task's own activity says it in words, live on both pages.
    for (const page of [a, b]) {
      await poll(() => activityTexts(page)).toEqual([
        expect.stringMatching(/^You set the priority of “Live fields” to High/),
        expect.stringMatching(/^You moved “Live fields” from To do to In progress/),
        expect.stringMatching(/^You created the task “Live fields”/),
      ]);
    }
  });

  it('should refuse a change when someone else changed the field first, show theirs and say what changed', async () => {
    const { taskId } = await seed('Contested status');
    // This page hears nothing live: it still shows To do after another writer's change.
    const page = await taskPage(taskId, { blockWebSocket: true });
    const theirs = await execute(server, UpdateTask, { input: { id: taskId, status: 'BLOCKED' } });
    expect(theirs.data?.updateTask.__typename).toBe('UpdateTaskPayload');
    expect(await shown(page, 'status')).toBe('TODO');

    await statusSelect(page).selectOption('IN_REVIEW');
    const toast = page.getByRole('alert').filter({ hasText: 'Conflict on the status' });
    await toast.waitFor();
    expect(await toast.textContent()).toContain('Someone else changed it from To do to Blocked first; your change to In review was not saved.');
    await poll(() => shown(page, 'status')).toBe('BLOCKED');
    expect((await stored(taskId)).status).toBe('BLOCKED');

    // Picking again now applies.
    await statusSelect(page).selectOption('IN_REVIEW');
    await poll(async () => (await stored(taskId)).status).toBe('IN_REVIEW');
  });

  it('should lay subtasks out with full-width wrapping titles and show the task’s sessions with live state', async () => {
    const long = 'Write the integration test for the rate limiter that covers five attempts per minute per IP and the reset after the window';
    const { projectId, taskId } = await seed('Layout', ['Short', long]);
    const r = await execute(server, HkCreateSession, { input: { projectId, name: 'Task worker', taskIds: [taskId] } });
    if (r.data?.createSession.__typename !== 'CreateSessionPayload') throw new Error(JSON.stringify(r));
    const { token } = r.data.createSession;
    const page = await taskPage(taskId, { viewport: { width: 1280, height: 900 } });

    const listWidth = (await page.getByRole('list', { name: 'Subtasks' }).boundingBox())!.width;
    const title = subtaskRow(page, long).locator('.subtask-title');
    const box = (await title.boundingBox())!;
    // The title takes what the checkbox and buttons leave, and wraps onto more lines.
    expect(box.width).toBeGreaterThan(listWidth * 0.5);
    const lineHeight = await title.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 20);
    expect(box.height).toBeGreaterThan(lineHeight * 1.5);
    const checkbox = (await subtaskRow(page, 'Short').getByRole('checkbox').boundingBox())!;
    expect(checkbox.width).toBeLessThan(30);

    // The session on this task follows its hooks live.
    const sessions = page.getByRole('list', { name: 'Sessions' });
    const badge = sessions.getByRole('listitem', { name: 'Task worker' }).locator('.session-status');
    await poll(() => badge.getAttribute('data-status')).toBe('STARTING');
    const agentSessionId = randomUUID();
    const res = await postHook(server, token, { ...fixture('PreToolUse.Bash'), session_id: agentSessionId, tool_use_id: 'toolu_tp1' });
    expect(res.status).toBeLessThan(300);
    await poll(() => badge.getAttribute('data-status')).toBe('WORKING');

    expect(await seriousViolations(page)).toEqual([]);
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    writeFileSync(join(ROOT, 'test-results', 'task-page.png'), await page.screenshot({ fullPage: true }));
  });

  it('should keep the list when a tick fails with the server stopped, say what did not happen, and retry once it is back', async () => {
    const { taskId } = await seed('Server goes away', ['First step', 'Second step']);
    const page = await taskPage(taskId);
    const { port, dataDir } = server;
    expect(await server.stop('SIGTERM')).toBe(0);
    await poll(() => connectionBadge(page).getAttribute('data-state')).toBe('reconnecting');

    await subtaskRow(page, 'First step').getByRole('checkbox').click();
    const alert = page.getByRole('region', { name: 'Subtasks' }).getByRole('alert').filter({ hasText: 'Not saved' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^Not saved: “First step” was not marked done\. Could not reach the server/);
    // The list is still there, unticked.
    expect(await page.getByRole('list', { name: 'Subtasks' }).getByRole('listitem').count()).toBe(2);
    await poll(() => subtaskRow(page, 'First step').getByRole('checkbox').isChecked()).toBe(false);

    // A form's "could not reach the server" goes away once the connection is back.
    const form = page.getByRole('form', { name: 'Add subtask' });
    await form.getByLabel('New subtask').fill('Third step');
    await form.getByRole('button', { name: 'Add' }).click();
    await form.getByText(/Could not reach the server/).waitFor();

    server = await startServer({ port, dataDir });
    await poll(() => connectionBadge(page).getAttribute('data-state'), 30_000).toBe('connected');
    await poll(() => form.getByText(/Could not reach the server/).count()).toBe(0);
    expect(await form.getByLabel('New subtask').inputValue()).toBe('Third step');

    await alert.getByRole('button', { name: 'Retry' }).click();
    await poll(async () => (await stored(taskId)).subtasks.edges.find((e) => e.node.title === 'First step')!.node.done).toBe(true);
    await poll(() => subtaskRow(page, 'First step').getByRole('checkbox').isChecked()).toBe(true);
    expect(await alert.count()).toBe(0);
  });
});
