/**
 * The web UI in real headless Chromium against the real server (which serves web/dist):
 * projects list and paging, creating a project and a task (the board's "Add task" dialog), typed
 * errors inline, editing a task (its card's "Edit" dialog).
 */
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { execute } from '../helpers/graphql.ts';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { assertPrerequisites, launchBrowser, openPage, poll, type OpenPage } from './browser.ts';

const CreateProject = graphql(`
  mutation WebTestCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      __typename
      ... on CreateProjectPayload { project { id name } }
      ... on Error { message }
    }
  }
`);

const CreateTask = graphql(`
  mutation WebTestCreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      __typename
      ... on CreateTaskPayload { task { id title } }
      ... on Error { message }
    }
  }
`);

const DeleteTask = graphql(`
  mutation WebTestDeleteTask($input: DeleteTaskInput!) {
    deleteTask(input: $input) {
      __typename
      ... on Error { message }
    }
  }
`);

const ProjectsByName = graphql(`
  query WebTestProjects { projects(first: 100) { totalCount edges { node { id name workingDir } } } }
`);

const ProjectTasks = graphql(`
  query WebTestProjectTasks($id: ID!) {
    project(id: $id) {
      tasks(first: 100) {
        totalCount
        edges { node { id title description status priority acceptanceCriteria startedAt } }
      }
    }
  }
`);

let server: TestServer;
let browser: Browser;
let open: OpenPage | null = null;

async function seedProject(name: string): Promise<string> {
  const result = await execute(server, CreateProject, { input: { name } });
  const created = result.data?.createProject;
  if (created?.__typename !== 'CreateProjectPayload') throw new Error(`seeding ${name} failed: ${JSON.stringify(result)}`);
  return created.project.id;
}

async function seedTask(projectId: string, title: string): Promise<string> {
  const result = await execute(server, CreateTask, { input: { projectId, title } });
  const created = result.data?.createTask;
  if (created?.__typename !== 'CreateTaskPayload') throw new Error(`seeding ${title} failed: ${JSON.stringify(result)}`);
  return created.task.id;
}

async function tasksOf(projectId: string) {
  const result = await execute(server, ProjectTasks, { id: projectId });
  return result.data?.project?.tasks.edges.map((e) => e.node) ?? [];
}

async function newPage(path: string) {
  open = await openPage(browser, server.url);
  await open.page.goto(path);
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
  expect(errors, 'the page logged errors').toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await stopAllServers();
});

describe('web UI', () => {
  it('should render the project list, 20 at a time, with load more', async () => {
    for (let i = 1; i <= 22; i++) await seedProject(`Seeded ${String(i).padStart(2, '0')}`);
    const page = await newPage('/');

    await page.getByRole('heading', { name: 'Projects', level: 1 }).waitFor();
    const links = page.getByRole('list', { name: 'Projects' }).getByRole('link');
    await poll(() => links.allTextContents()).toEqual(Array.from({ length: 20 }, (_, i) => `Seeded ${String(i + 1).padStart(2, '0')}`));
    await poll(() => page.getByRole('list', { name: 'Projects' }).getByRole('status').textContent()).toBe('22 projects');

    await page.getByRole('button', { name: 'Load more' }).click();
    await poll(() => links.count()).toBe(22);
    expect(await links.last().textContent()).toBe('Seeded 22');
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
  });

  it('should create a project and a task through the UI, and store both', async () => {
    const page = await newPage('/');
    const projectForm = page.getByRole('form', { name: 'New project' });
    await projectForm.getByLabel('Name').fill('Browser project');
    await projectForm.getByLabel('Working directory').fill('/srv/browser');
    await projectForm.getByRole('button', { name: 'Create project' }).click();

    // A created project opens.
    await page.getByRole('heading', { name: 'Browser project', level: 1 }).waitFor();
    await page.getByText('No tasks yet').waitFor();

    await page.getByRole('button', { name: 'Add task' }).click();
    const taskForm = page.getByRole('form', { name: 'New task' });
    await taskForm.getByLabel('Title').fill('Write the parser');
    await taskForm.getByLabel('Description').fill('Tokens first, then the tree.');
    await taskForm.getByLabel('Priority').selectOption({ label: 'High' });
    await taskForm.getByLabel('Acceptance criteria').fill('parses the sample\n\nhas tests\n');
    await taskForm.getByRole('button', { name: 'Create task' }).click();

    // The card is in the "To do" column with its priority; the dialog closed.
    const item = page.getByRole('region', { name: /^To do \d+$/ }).getByRole('listitem', { name: 'Write the parser' });
    await item.waitFor();
    expect(await item.getByLabel('Priority: High').count()).toBe(1);
    await poll(() => taskForm.count()).toBe(0);
    // Opened again, the form is empty for the next task.
    await page.getByRole('button', { name: 'Add task' }).click();
    expect(await taskForm.getByLabel('Title').inputValue()).toBe('');
    await taskForm.getByRole('button', { name: 'Cancel' }).click();
    await poll(() => taskForm.count()).toBe(0);
    // The task page shows the acceptance criteria as entered (blank lines dropped).
    await item.getByRole('link', { name: 'Write the parser' }).click();
    await poll(() => page.getByRole('list', { name: 'Acceptance criteria' }).getByRole('listitem').allTextContents()).toEqual(['parses the sample', 'has tests']);
    await page.goBack();

    // It is really in the database, with what the form said.
    const projectId = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1)!);
    const projects = (await execute(server, ProjectsByName)).data!.projects.edges.map((e) => e.node);
    expect(projects).toContainEqual({ id: projectId, name: 'Browser project', workingDir: '/srv/browser' });
    expect(await tasksOf(projectId)).toEqual([
      expect.objectContaining({ title: 'Write the parser', description: 'Tokens first, then the tree.', status: 'TODO', priority: 'HIGH', acceptanceCriteria: ['parses the sample', 'has tests'] }),
    ]);

    // The project list shows it too (on the second page: the first test seeded 22 before it).
    await page.getByRole('link', { name: '← All projects' }).click();
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.getByRole('list', { name: 'Projects' }).getByRole('link', { name: 'Browser project' }).waitFor();
  });

  it('should show a ValidationError next to the offending field and create nothing', async () => {
    const projectId = await seedProject('Validation');
    const page = await newPage(`/projects/${encodeURIComponent(projectId)}`);
    await page.getByRole('button', { name: 'Add task' }).click();
    const taskForm = page.getByRole('form', { name: 'New task' });
    await taskForm.getByLabel('Title').fill('x'.repeat(201));
    await taskForm.getByRole('button', { name: 'Create task' }).click();

    const title = taskForm.getByLabel('Title');
    await poll(() => title.getAttribute('aria-invalid')).toBe('true');
    const errorId = await title.getAttribute('aria-describedby');
    expect(errorId).toBeTruthy();
    // The message sits next to the field and is what the field is described by.
    expect(await taskForm.locator(`[id="${errorId}"]`).textContent()).toMatch(/at most 200 characters/);
    expect(await taskForm.getByRole('alert').textContent()).toBe('Not saved: check the field marked below.');
    // The other fields are not marked, and what was typed is kept for correction.
    expect(await taskForm.getByLabel('Description').getAttribute('aria-invalid')).toBeNull();
    expect(await title.inputValue()).toHaveLength(201);
    expect(await tasksOf(projectId)).toEqual([]);

    // Fixing the field clears the error and creates the task (and the dialog closes).
    await title.fill('Short enough');
    await taskForm.getByRole('button', { name: 'Create task' }).click();
    await page.getByRole('listitem', { name: 'Short enough' }).waitFor();
    await poll(() => taskForm.count()).toBe(0);
    // Opened again, no error of the earlier attempt is left.
    await page.getByRole('button', { name: 'Add task' }).click();
    expect(await taskForm.getByLabel('Title').getAttribute('aria-invalid')).toBeNull();
    expect(await taskForm.getByRole('alert').count()).toBe(0);
  });

  it('should validate the project name inline on the projects page', async () => {
    const page = await newPage('/');
    const form = page.getByRole('form', { name: 'New project' });
    await form.getByRole('button', { name: 'Create project' }).click();
    const name = form.getByLabel('Name');
    await poll(() => name.getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator(`[id="${await name.getAttribute('aria-describedby')}"]`).textContent()).toMatch(/must not be empty/);
    expect(page.url()).toBe(`${server.url}/`);
  });

  it("should edit a task's fields and status, and show each task in its status's column", async () => {
    const projectId = await seedProject('Editing');
    const taskId = await seedTask(projectId, 'Draft the plan');
    await seedTask(projectId, 'Other task');
    const page = await newPage(`/projects/${encodeURIComponent(projectId)}`);

    const item = page.getByRole('listitem', { name: 'Draft the plan' });
    await item.getByRole('button', { name: 'Edit Draft the plan' }).click();
    const form = item.getByRole('form', { name: 'Edit Draft the plan' });
    await form.getByLabel('Title').fill('Finalise the plan');
    await form.getByLabel('Status').selectOption({ label: 'In progress' });
    await form.getByLabel('Acceptance criteria').fill('reviewed');
    await form.getByRole('button', { name: 'Save task' }).click();

    const column = (label: string) => page.getByRole('region', { name: new RegExp(`^${label} \\d+$`) });
    const edited = column('In progress').getByRole('listitem', { name: 'Finalise the plan' });
    await edited.waitFor();
    expect(await edited.getByRole('form').count()).toBe(0);

    const stored = (await tasksOf(projectId)).find((t) => t.id === taskId)!;
    expect(stored).toMatchObject({ title: 'Finalise the plan', status: 'IN_PROGRESS', acceptanceCriteria: ['reviewed'] });
    expect(stored.startedAt).toBeTruthy();

    // Each column holds exactly the tasks with its status (filters by priority and text: board.test.ts).
    const titles = (label: string) => column(label).getByRole('heading', { level: 4 }).allTextContents();
    await poll(() => titles('In progress')).toEqual(['Finalise the plan']);
    expect(await titles('To do')).toEqual(['Other task']);
    expect(await titles('Done')).toEqual([]);
    await column('Done').getByText('No tasks here.', { exact: false }).waitFor();
  });

  it('should show a NotFoundError inline when the task was deleted elsewhere', async () => {
    const projectId = await seedProject('Vanishing');
    const taskId = await seedTask(projectId, 'Soon gone');
    open = await openPage(browser, server.url);
    // Keep this page off the live feed, so it cannot learn of the deletion before saving.
    await open.page.routeWebSocket(/\/graphql$/, () => {});
    await open.page.goto(`/projects/${encodeURIComponent(projectId)}`);
    const page = open.page;

    const item = page.getByRole('listitem', { name: 'Soon gone' });
    await item.getByRole('button', { name: 'Edit Soon gone' }).click();
    expect((await execute(server, DeleteTask, { input: { id: taskId } })).data?.deleteTask.__typename).toBe('DeleteTaskPayload');

    const form = item.getByRole('form', { name: 'Edit Soon gone' });
    await form.getByLabel('Status').selectOption({ label: 'Done' });
    await form.getByRole('button', { name: 'Save task' }).click();
    await poll(() => form.getByRole('alert').textContent()).toMatch(/^Not found: /);
    // The form stays open with the user's input.
    expect(await form.getByLabel('Status').inputValue()).toBe('DONE');
  });

  it('should say so when a project does not exist', async () => {
    const page = await newPage('/projects/UHJvamVjdDpub3BlLW5vdC1oZXJl');
    await page.getByRole('alert').filter({ hasText: 'Project not found' }).waitFor();
    await page.getByRole('link', { name: '← All projects' }).waitFor();
  });
});
