/**
 * The activity feed in real Chromium: sentences a person reads (who did what to which thing, a
 * session named by its role and name), a reorder inside one task reading as a reorder, a
 * session's hook events folded into one line that follows the session live and links to it,
 * filters by kind group, and "Load older" paging back through the log.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { execute, executeRaw } from '../helpers/graphql.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { createProject, createTask, fixture, HkCreateSession, postHook } from '../hooks/helpers.ts';
import { assertPrerequisites, cleanUpBrowserTests, launchBrowser, openPage, poll, type OpenPage } from './browser.ts';

const CreateSubtasks = graphql(`
  mutation WebActCreateSubtasks($input: CreateSubtasksInput!) {
    createSubtasks(input: $input) {
      __typename
      ... on CreateSubtasksPayload { subtasks { id title version } }
      ... on Error { message }
    }
  }
`);

const MoveSubtask = graphql(`
  mutation WebActMoveSubtask($input: MoveSubtaskInput!) {
    moveSubtask(input: $input) { __typename ... on Error { message } }
  }
`);

const COMPLETE = `mutation WebActComplete($input: CompleteSubtaskInput!) { completeSubtask(input: $input) { __typename ... on Error { message } } }`;

let server: TestServer;
let browser: Browser;
const opened: OpenPage[] = [];

async function subtasks(taskId: string, titles: string[]) {
  const r = await execute(server, CreateSubtasks, { input: { taskId, items: titles.map((title) => ({ title })) } });
  if (r.data?.createSubtasks.__typename !== 'CreateSubtasksPayload') throw new Error(JSON.stringify(r));
  return r.data.createSubtasks.subtasks;
}

async function session(projectId: string, name: string, taskIds: string[] = []) {
  const r = await execute(server, HkCreateSession, { input: { projectId, name, taskIds } });
  if (r.data?.createSession.__typename !== 'CreateSessionPayload') throw new Error(JSON.stringify(r));
  const { token, session } = r.data.createSession;
  const agentSessionId = randomUUID();
  const send = async (file: string, overrides: Record<string, unknown> = {}) => {
    const res = await postHook(server, token, { ...fixture(file), session_id: agentSessionId, ...overrides });
    expect(res.status, `${file}: ${res.body}`).toBeLessThan(300);
  };
  return { id: session.id, token, send };
}

async function projectPage(projectId: string) {
  const open = await openPage(browser, server.url);
  opened.push(open);
  await open.page.goto(`/projects/${encodeURIComponent(projectId)}`);
  await poll(() => feed(open.page).count()).toBeGreaterThan(0);
  return open.page;
}

const activity = (page: Page) => page.getByRole('region', { name: 'Activity' }).or(page.locator('section.activity')).first();
const feed = (page: Page) => activity(page).getByRole('list', { name: 'Recent events' }).getByRole('listitem');
const texts = (page: Page) => feed(page).allTextContents();

beforeAll(async () => {
  assertPrerequisites();
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

cleanUpBrowserTests(opened, () => browser);

describe('activity feed', () => {
  it('should read as sentences, a worker named by its name, a reorder as a reorder', async () => {
    const projectId = await createProject(server, 'Sentences');
    const taskId = await createTask(server, projectId, 'Rate limiting');
    const [first, second] = await subtasks(taskId, ['Write the test', 'Make it pass']);
    const worker = await session(projectId, '3f2a', [taskId]);
    const page = await projectPage(projectId);
    await poll(() => texts(page)).toContainEqual(expect.stringContaining('You created the task “Rate limiting”'));
    expect((await texts(page)).join('\n')).not.toMatch(/SUBTASK_CREATED|TASK_CREATED/);

    // Live: a worker completes a step with its own token; the operator reorders within the task.
    const done = await executeRaw(server, COMPLETE, { input: { id: first!.id } }, { authorization: `Bearer ${worker.token}` });
    expect(JSON.stringify(done)).toContain('CompleteSubtaskPayload');
    await poll(async () => (await texts(page))[0]).toMatch(/^Worker 3f2a completed “Write the test”/);
    const moved = await execute(server, MoveSubtask, { input: { id: second!.id, beforeId: first!.id } });
    expect(moved.data?.moveSubtask.__typename).toBe('MoveSubtaskPayload');
    await poll(async () => (await texts(page))[0]).toMatch(/^You reordered “Make it pass”/);
    expect((await texts(page)).join('\n')).not.toContain('another task');
  });

  it('should fold a session’s hook events into one line that follows it live and links to it, and filter by kind', async () => {
    const projectId = await createProject(server, 'Folding');
    await createTask(server, projectId, 'Some work');
    const agent = await session(projectId, 'Folder');
    await agent.send('SessionStart.startup');
    await agent.send('UserPromptSubmit');
    const page = await projectPage(projectId);
    const line = activity(page).locator(`li[data-session-id="${agent.id}"]`);
    await poll(() => line.count()).toBe(1);

    await agent.send('PreToolUse.Bash', { tool_use_id: 'toolu_f1' });
    await poll(() => line.textContent()).toMatch(/Folder.*Running npm test -- --testPathPattern=auth.*3 hook events/);
    await agent.send('PostToolUse.Bash', { tool_use_id: 'toolu_f1' });
    await agent.send('PreToolUse.Edit', { tool_use_id: 'toolu_f2' });
    await poll(() => line.textContent()).toMatch(/Editing \/home\/dev\/project\/src\/auth\/login\.ts.*5 hook events/);
    // Still one line for the session, on top, and no raw hook names anywhere.
    expect(await line.count()).toBe(1);
    expect(await feed(page).first().getAttribute('data-session-id')).toBe(agent.id);
    expect((await texts(page)).join('\n')).not.toMatch(/HOOK_RECEIVED|PreToolUse/);

    // Filters: agent activity off hides the line, tasks off hides the task sentence.
    const chip = (name: string) => activity(page).getByRole('button', { name, exact: true });
    await chip('Agent activity').click();
    await poll(() => line.count()).toBe(0);
    expect(await chip('Agent activity').getAttribute('aria-pressed')).toBe('false');
    await chip('Tasks').click();
    await poll(() => texts(page)).not.toContainEqual(expect.stringContaining('created the task'));
    await chip('Sessions').click();
    await chip('Subtasks').click();
    await activity(page).getByText('No activity of the kinds shown.').waitFor();
    await chip('Agent activity').click();
    await poll(() => line.count()).toBe(1);

    // The link opens the session.
    await line.getByRole('link', { name: 'Worker Folder' }).click();
    await page.getByRole('heading', { name: /Folder/, level: 1 }).waitFor();
  });

  it('should page back to older events with "Load older"', async () => {
    const projectId = await createProject(server, 'Paging');
    const taskId = await createTask(server, projectId, 'Many steps');
    // Two batches: at most 100 items per createSubtasks.
    await subtasks(taskId, Array.from({ length: 60 }, (_, i) => `Step ${i + 1}`));
    await subtasks(taskId, Array.from({ length: 60 }, (_, i) => `Step ${i + 61}`));
    const page = await projectPage(projectId);
    await poll(() => feed(page).count()).toBe(100);
    expect((await texts(page)).join('\n')).not.toContain('created the project');
    await activity(page).getByRole('button', { name: 'Load older' }).click();
    await poll(() => feed(page).count()).toBe(122);
    expect((await texts(page)).at(-1)).toMatch(/^You created the project “Paging”/);
    expect(await activity(page).getByRole('button', { name: 'Load older' }).count()).toBe(0);
  });
});
