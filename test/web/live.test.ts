/**
 * The project activity panel in real Chromium: the recent history, live events written by another
 * client, and the connection badge and catch-up across a server restart (same port, same data).
 */
import { rmSync } from 'node:fs';
import type { Browser, Page, WebSocketRoute } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { execute } from '../helpers/graphql.ts';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { assertPrerequisites, launchBrowser, openPage, poll, type OpenPage } from './browser.ts';

const CreateProject = graphql(`
  mutation WebLiveCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      __typename
      ... on CreateProjectPayload { project { id } }
      ... on Error { message }
    }
  }
`);

const CreateTask = graphql(`
  mutation WebLiveCreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      __typename
      ... on CreateTaskPayload { task { id } }
      ... on Error { message }
    }
  }
`);

const UpdateTask = graphql(`
  mutation WebLiveUpdateTask($input: UpdateTaskInput!) {
    updateTask(input: $input) {
      __typename
      ... on Error { message }
    }
  }
`);

const ProjectEventSeqs = graphql(`
  query WebLiveProjectEvents($id: ID!) {
    project(id: $id) { events(first: 100) { edges { node { seq } } } }
  }
`);

let server: TestServer;
let browser: Browser;
let open: OpenPage | null = null;

async function createProject(name: string) {
  const r = await execute(server, CreateProject, { input: { name } });
  if (r.data?.createProject.__typename !== 'CreateProjectPayload') throw new Error(JSON.stringify(r));
  return r.data.createProject.project.id;
}

async function createTask(projectId: string, title: string) {
  const r = await execute(server, CreateTask, { input: { projectId, title } });
  if (r.data?.createTask.__typename !== 'CreateTaskPayload') throw new Error(JSON.stringify(r));
  return r.data.createTask.task.id;
}

const badge = (page: Page) => page.getByRole('status', { name: 'Live connection' });
const eventTexts = (page: Page) => page.getByRole('list', { name: 'Recent events' }).getByRole('listitem').allTextContents();
const eventSeqs = async (page: Page) =>
  (await page.getByRole('list', { name: 'Recent events' }).getByRole('listitem').evaluateAll((items) => items.map((i) => Number(i.getAttribute('data-seq'))))).reverse();

async function projectPage(projectId: string) {
  open = await openPage(browser, server.url);
  await open.page.goto(`/projects/${encodeURIComponent(projectId)}`);
  await poll(() => badge(open!.page).getAttribute('data-state')).toBe('connected');
  return open.page;
}

beforeAll(async () => {
  assertPrerequisites();
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterEach(async () => {
  const errors = open?.errors ?? [];
  await open?.context.close();
  open = null;
  // A dropped WebSocket is logged by Chromium itself, and so is an HTTP re-read sent while the
  // server restarts (the app has more live views now); anything else is a bug in the page.
  expect(errors.filter((e) => !/WebSocket connection to .* failed|Failed to load resource: net::ERR_CONNECTION_REFUSED/.test(e)), 'the page logged errors').toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await stopAllServers();
});

describe('activity panel', () => {
  it('should list the recent events and show a change made by another client without reload', async () => {
    const projectId = await createProject('Live');
    const taskId = await createTask(projectId, 'Before the page');
    const page = await projectPage(projectId);

    await poll(() => eventTexts(page)).toEqual([expect.stringContaining('You created the task “Before the page”'), expect.stringContaining('You created the project “Live”')]);

    // Another client writes over HTTP; the open page learns of it over the live feed.
    await createTask(projectId, 'Made elsewhere');
    expect((await execute(server, UpdateTask, { input: { id: taskId, status: 'BLOCKED' } })).data?.updateTask.__typename).toBe('UpdateTaskPayload');

    await poll(() => eventTexts(page)).toEqual([
      expect.stringContaining('You moved “Before the page” from To do to Blocked'),
      expect.stringContaining('You created the task “Made elsewhere”'),
      expect.stringContaining('You created the task “Before the page”'),
      expect.stringContaining('You created the project “Live”'),
    ]);
    // The board follows too, with no reload: the new card, and the moved one in its new column.
    await page.getByRole('region', { name: /^To do \d+$/ }).getByRole('listitem', { name: 'Made elsewhere' }).waitFor();
    await page.getByRole('region', { name: /^Blocked \d+$/ }).getByRole('listitem', { name: 'Before the page' }).waitFor();

    // Events of other projects stay out of this panel.
    const other = await createProject('Elsewhere');
    await createTask(other, 'Not here');
    await createTask(projectId, 'Marker');
    await poll(async () => (await eventTexts(page))[0]).toContain('You created the task “Marker”');
    expect((await eventTexts(page)).join('\n')).not.toContain('Not here');
  });

  it('should say "caught up on N events" with exactly the events missed while the connection was down', async () => {
    const projectId = await createProject('Blink');
    open = await openPage(browser, server.url);
    const page = open.page;
    // The page's WebSockets go through this route, so the test can cut the network and refuse
    // reconnects while it writes.
    let down = false;
    let sockets: WebSocketRoute[] = [];
    await page.routeWebSocket(/\/graphql$/, (ws) => {
      if (down) return void ws.close({ code: 1011, reason: 'test: network down' });
      ws.connectToServer();
      sockets.push(ws);
    });
    await page.goto(`/projects/${encodeURIComponent(projectId)}`);
    await poll(() => badge(page).getAttribute('data-state')).toBe('connected');
    await poll(() => eventTexts(page)).toHaveLength(1);

    down = true;
    for (const ws of sockets) await ws.close({ code: 1006, reason: 'test: cable pulled' });
    sockets = [];
    await poll(() => badge(page).getAttribute('data-state')).toBe('reconnecting');
    for (const title of ['Missed 1', 'Missed 2', 'Missed 3']) await createTask(projectId, title);
    // Nothing arrives while the connection is down.
    expect(await eventTexts(page)).toHaveLength(1);

    down = false;
    await poll(() => badge(page).getAttribute('data-state'), 20_000).toBe('connected');
    await page.getByRole('status').filter({ hasText: 'Reconnected: caught up on 3 events.' }).waitFor();
    const stored = (await execute(server, ProjectEventSeqs, { id: projectId })).data!.project!.events.edges.map((e) => e.node.seq);
    expect(stored).toHaveLength(4);
    expect(await eventSeqs(page)).toEqual(stored);

    // Live again: the next event arrives with no reconnect notice change.
    await createTask(projectId, 'After the blink');
    await poll(async () => (await eventTexts(page))[0]).toContain('You created the task “After the blink”');
    expect(await page.getByRole('status').filter({ hasText: 'Reconnected: caught up on 3 events.' }).count()).toBe(1);
  });

  it('should show reconnecting while the server is down, then catch up with every event exactly once', async () => {
    const projectId = await createProject('Restart');
    const page = await projectPage(projectId);
    await poll(() => eventTexts(page)).toHaveLength(1);

    const { port, dataDir } = server;
    expect(await server.stop('SIGTERM')).toBe(0);
    await poll(() => badge(page).textContent()).toMatch(/^reconnecting… \(attempt \d+\)$/);

    server = await startServer({ port, dataDir });
    // Written before the page is back (its backoff is at least a few hundred ms by now) or just
    // after: either way each must appear once, in order.
    for (const title of ['After restart 1', 'After restart 2', 'After restart 3']) await createTask(projectId, title);

    await poll(() => badge(page).getAttribute('data-state'), 20_000).toBe('connected');
    await page.getByRole('status').filter({ hasText: /^Reconnected: caught up on \d+ events?\.$/ }).waitFor();
    const stored = (await execute(server, ProjectEventSeqs, { id: projectId })).data!.project!.events.edges.map((e) => e.node.seq);
    expect(stored).toHaveLength(4);
    await poll(() => eventSeqs(page)).toEqual(stored);
    await page.getByRole('listitem', { name: 'After restart 3' }).waitFor();
  });

  it('should stop the live feed and say why when the database was replaced (cursor from another epoch)', async () => {
    const projectId = await createProject('Replaced');
    const page = await projectPage(projectId);

    // Same port, a brand-new database: the page's cursor belongs to another epoch.
    const { port, dataDir } = server;
    await server.stop('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
    server = await startServer({ port });

    const alert = page.getByRole('alert').filter({ hasText: 'The live feed stopped' });
    await poll(() => alert.textContent(), 20_000).toContain('CURSOR_UNKNOWN');
    await poll(() => badge(page).textContent()).toBe('offline');
    // The activity was re-read: the project is not in the new database.
    await page.getByRole('alert').filter({ hasText: 'This project no longer exists.' }).waitFor();
  });
});
