/**
 * Sessions in real Chromium: the list with live status badges (NEEDS_INPUT stands out) and a
 * session's live hook feed (Pre/Post pairs collapsed with their duration, filters by event and
 * tool), fed by hook payloads from the shared fixtures POSTed to /hooks/claude with the token.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server.ts';
import { createProject, createSession, fixture, postHook } from '../hooks/helpers.ts';
import { assertPrerequisites, cleanUpBrowserTests, launchBrowser, openPage, poll, type OpenPage } from './browser.ts';

let server: TestServer;
let browser: Browser;
const opened: OpenPage[] = [];

/** A session registered by hand, and a poster of fixtures under its own agent session_id. */
async function agent(projectId: string, name: string) {
  const s = await createSession(server, projectId, name);
  const agentSessionId = randomUUID();
  const send = async (name: string, overrides: Record<string, unknown> = {}) => {
    const r = await postHook(server, s.token, { ...fixture(name), session_id: agentSessionId, ...overrides });
    expect(r.status, `${name}: ${r.body}`).toBeLessThan(300);
  };
  return { ...s, send };
}

async function newPage(path: string) {
  const open = await openPage(browser, server.url);
  opened.push(open);
  await open.page.goto(path);
  const page = open.page;
  await poll(() => page.getByRole('status', { name: 'Live connection' }).first().getAttribute('data-state')).toBe('connected');
  return page;
}

const sessionItem = (page: Page, name: string) => page.getByRole('list', { name: 'Sessions' }).getByRole('listitem', { name, exact: true });
const statusOf = (page: Page, name: string) => sessionItem(page, name).locator('.session-status').getAttribute('data-status');
const feedRows = (page: Page) => page.getByRole('list', { name: 'Hook events' }).getByRole('listitem');

beforeAll(async () => {
  assertPrerequisites();
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

cleanUpBrowserTests(opened, () => browser);

describe('sessions', () => {
  it('should list sessions with status badges that follow hooks live, needs-input standing out', async () => {
    const projectId = await createProject(server, 'Sessions list');
    const alpha = await agent(projectId, 'Alpha');
    await agent(projectId, 'Beta');
    const page = await newPage('/sessions');
    await sessionItem(page, 'Alpha').waitFor();
    await sessionItem(page, 'Beta').waitFor();
    const before = await statusOf(page, 'Alpha');

    await alpha.send('SessionStart.startup');
    await poll(() => statusOf(page, 'Alpha')).toBe('IDLE');
    expect(before).not.toBe('IDLE');
    await alpha.send('UserPromptSubmit');
    await poll(() => statusOf(page, 'Alpha')).toBe('WORKING');

    // A permission dialog: the row stands out and says what the agent waits for.
    await alpha.send('PreToolUse.Bash', { tool_input: fixture('PermissionRequest.Bash').tool_input });
    await alpha.send('PermissionRequest.Bash');
    await poll(() => statusOf(page, 'Alpha')).toBe('NEEDS_INPUT');
    const item = sessionItem(page, 'Alpha');
    expect(await item.getAttribute('class')).toContain('attention');
    expect(await item.getByLabel('Status: Needs input').textContent()).toBe('⚠ Needs input');
    await item.locator('.needs-input').waitFor();
    expect(await sessionItem(page, 'Beta').getAttribute('class')).not.toContain('attention');

    await alpha.send('PostToolUse.Bash', { tool_input: fixture('PermissionRequest.Bash').tool_input });
    await poll(() => statusOf(page, 'Alpha')).toBe('WORKING');
    expect(await item.getAttribute('class')).not.toContain('attention');

    // A session registered after the page opened appears without reload, newest first.
    await agent(projectId, 'Gamma');
    await poll(async () => (await page.getByRole('list', { name: 'Sessions' }).locator('.session-name').allTextContents()).slice(0, 3)).toEqual(['Gamma', 'Beta', 'Alpha']);

    // The status filter asks the server for just those sessions.
    await page.getByLabel('Filter by status').selectOption({ label: 'Working' });
    await poll(() => page.getByRole('list', { name: 'Sessions' }).locator('.session-name').allTextContents()).toEqual(['Alpha']);
  });

  it('should show the live hook feed with Pre/Post tool calls collapsed into one row with duration, filtered by event and tool', async () => {
    const projectId = await createProject(server, 'Hook feed');
    const s = await agent(projectId, 'Feed agent');
    const other = await agent(projectId, 'Someone else');
    // Before the page opens: a start, a prompt and the Pre of a call whose Post arrives live.
    await s.send('SessionStart.startup');
    await s.send('UserPromptSubmit');
    await s.send('PreToolUse.Bash', { tool_use_id: 'toolu_bash1' });

    await newPage('/sessions');
    const page = opened[0]!.page;
    await sessionItem(page, 'Feed agent').getByRole('link', { name: 'Feed agent' }).click();
    await page.getByRole('heading', { name: /Feed agent/, level: 1 }).waitFor();
    await poll(() => page.getByRole('status', { name: 'Live connection' }).getAttribute('data-state')).toBe('connected');
    await poll(() => feedRows(page).count()).toBe(3);
    const bash = page.locator('[data-tool-use-id="toolu_bash1"]');
    expect(await bash.locator('.tool-outcome').textContent()).toBe('running');

    // Live: the Post closes the same row, with the duration the hook reported (4210 ms).
    await s.send('PostToolUse.Bash', { tool_use_id: 'toolu_bash1' });
    await poll(() => bash.locator('.tool-outcome').textContent()).toBe('ok');
    expect(await bash.locator('.tool-duration').textContent()).toBe('4.2 s');
    expect(await feedRows(page).count()).toBe(3);

    await s.send('PreToolUse.Write', { tool_use_id: 'toolu_write1' });
    await s.send('PostToolUse.Write', { tool_use_id: 'toolu_write1' });
    await s.send('PreToolUse.Bash', { tool_use_id: 'toolu_bash2' });
    await s.send('PostToolUseFailure.Bash', { tool_use_id: 'toolu_bash2' });
    await s.send('Notification.idle_prompt');
    // Another session's hooks stay out of this feed.
    await other.send('UserPromptSubmit');

    const kinds = () => feedRows(page).evaluateAll((rows) => rows.map((r) => `${r.querySelector('.event-kind')?.textContent} ${r.querySelector('.tool-outcome')?.textContent ?? ''}`.trim()));
    await poll(kinds).toEqual(['Notification', 'Bash failed', 'Write ok', 'Bash ok', 'UserPromptSubmit', 'SessionStart']);
    expect(await page.locator('[data-tool-use-id="toolu_write1"] .tool-duration').textContent()).toBe('11 ms');
    expect(await page.locator('[data-tool-use-id="toolu_bash2"] .tool-duration').textContent()).toBe('5.2 s');

    // Filters: by tool, by event, both.
    await page.getByLabel('Tool', { exact: true }).selectOption('Bash');
    await poll(kinds).toEqual(['Bash failed', 'Bash ok']);
    await page.getByLabel('Event', { exact: true }).selectOption('PostToolUseFailure');
    await poll(kinds).toEqual(['Bash failed']);
    await page.getByLabel('Tool', { exact: true }).selectOption('Write');
    await page.getByText('No hook events match the filters.').waitFor();
    await page.getByLabel('Tool', { exact: true }).selectOption('');
    await page.getByLabel('Event', { exact: true }).selectOption('UserPromptSubmit');
    await poll(kinds).toEqual(['UserPromptSubmit']);
    // A filter stays while new events arrive.
    await s.send('UserPromptSubmit', { prompt: 'And add a changelog entry.' });
    await poll(kinds).toEqual(['UserPromptSubmit', 'UserPromptSubmit']);
    expect(await feedRows(page).first().textContent()).toContain('And add a changelog entry.');

    // The summary above the feed follows too.
    await poll(() => page.getByRole('heading', { level: 1 }).getByLabel(/^Status: /).textContent()).toBe('Working');
    // A turn ended by an API error shows its error, which otherwise lives only in a status reason.
    expect(await page.getByLabel('Last error').count()).toBe(0);
    await s.send('StopFailure.rate_limit');
    await page.getByLabel('Last error').waitFor();
    expect(await page.getByLabel('Last error').textContent()).toMatch(/API error at .+: rate_limit \(429 Too Many Requests\) — API Error: Rate limit reached$/);
  });
});
