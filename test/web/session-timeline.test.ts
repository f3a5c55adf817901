/**
 * The session page in real Chromium: the timeline's bars appear live as hook events are POSTed
 * (a running call, then closed by its Post), a failed call is marked, a subagent gets its own
 * lane; the calls-per-tool table and the files touched follow; axe-core finds no serious or
 * critical violation; a screenshot goes to test-results/ and docs/screenshots/session.png. A
 * spawned session whose process exits 3 says why it failed, with the exit code, first.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startServer, type TestServer } from '../helpers/server.ts';
import { createProject, createSession, fixture, postHook } from '../hooks/helpers.ts';
import { agentFlags, seed, spawnOne, waitForExited } from '../runner/helpers.ts';
import { seriousViolations } from './axe.ts';
import { assertPrerequisites, cleanUpBrowserTests, launchBrowser, openPage, poll, type OpenPage } from './browser.ts';

let server: TestServer;
let browser: Browser;
const opened: OpenPage[] = [];

async function agent(projectId: string, name: string) {
  const s = await createSession(server, projectId, name);
  const agentSessionId = randomUUID();
  const send = async (file: string, overrides: Record<string, unknown> = {}) => {
    const r = await postHook(server, s.token, { ...fixture(file), session_id: agentSessionId, ...overrides });
    expect(r.status, `${file}: ${r.body}`).toBeLessThan(300);
  };
  return { ...s, send };
}

async function openSession(id: string, viewport = { width: 1280, height: 900 }) {
  const open = await openPage(browser, server.url);
  opened.push(open);
  await open.page.setViewportSize(viewport);
  await open.page.goto(`/sessions/${encodeURIComponent(id)}`);
  await poll(() => open.page.getByRole('status', { name: 'Live connection' }).first().getAttribute('data-state')).toBe('connected');
  return open.page;
}

const lane = (page: Page, label: string | RegExp) => page.getByRole('list', { name: label });
const bars = (page: Page, label: string | RegExp) =>
  lane(page, label)
    .getByRole('listitem')
    .evaluateAll((items) => items.map((i) => `${i.getAttribute('data-tool')} ${i.getAttribute('data-outcome')}`));

beforeAll(async () => {
  assertPrerequisites();
  // The fake agent profiles, for a spawned session whose process fails.
  [server, browser] = await Promise.all([startServer({ args: agentFlags() }), launchBrowser()]);
});

cleanUpBrowserTests(opened, () => browser);

describe('session timeline', () => {
  it('should draw tool calls as bars live, mark a failure and give a subagent its own lane', async () => {
    const projectId = await createProject(server, 'Timeline');
    const s = await agent(projectId, 'Timeline agent');
    await s.send('SessionStart.startup');
    await s.send('UserPromptSubmit');
    const page = await openSession(s.id);
    await page.getByText('No tool calls yet.').first().waitFor();

    // A Pre alone: a running bar on the main lane; its Post closes it.
    await s.send('PreToolUse.Bash', { tool_use_id: 'toolu_t1' });
    await poll(() => bars(page, 'Main agent: tool calls')).toEqual(['Bash running']);
    await s.send('PostToolUse.Bash', { tool_use_id: 'toolu_t1' });
    await poll(() => bars(page, 'Main agent: tool calls')).toEqual(['Bash ok']);

    // A failed call is marked (outcome, colour and a cross), and named so in its label.
    await s.send('PreToolUse.Bash', { tool_use_id: 'toolu_t2' });
    await s.send('PostToolUseFailure.Bash', { tool_use_id: 'toolu_t2' });
    await poll(() => bars(page, 'Main agent: tool calls')).toEqual(['Bash ok', 'Bash failed']);
    const failed = lane(page, 'Main agent: tool calls').locator('[data-outcome="failed"]');
    expect(await failed.getAttribute('aria-label')).toMatch(/^Bash: npm test .*, failed, 5\.2 s$/);
    expect(await failed.textContent()).toBe('✕');

    // A subagent: its lane appears at SubagentStart, its calls go there, not on the main lane.
    await s.send('PreToolUse.Agent', { tool_use_id: 'toolu_agent' });
    await s.send('SubagentStart.Explore');
    await poll(() => page.getByRole('list', { name: /^Subagent Explore aad8a5a: tool calls$/ }).count()).toBe(1);
    await s.send('PreToolUse.Grep.subagent', { tool_use_id: 'toolu_grep' });
    await poll(() => bars(page, /^Subagent Explore/)).toEqual(['Grep running']);
    await s.send('PostToolUse.Read', { tool_use_id: 'toolu_grep', tool_name: 'Grep', agent_id: 'aad8a5a38badd48f4', agent_type: 'Explore' });
    await poll(() => bars(page, /^Subagent Explore/)).toEqual(['Grep ok']);
    expect(await bars(page, 'Main agent: tool calls')).toEqual(['Bash ok', 'Bash failed', 'Agent running']);
    await s.send('SubagentStop.Explore');
    await s.send('PostToolUse.Agent', { tool_use_id: 'toolu_agent' });
    await poll(() => bars(page, 'Main agent: tool calls')).toEqual(['Bash ok', 'Bash failed', 'Agent ok']);

    // The per-tool table and files touched (the CLI's session show) follow live too.
    await s.send('PreToolUse.Edit', { tool_use_id: 'toolu_edit' });
    await s.send('PostToolUse.Edit', { tool_use_id: 'toolu_edit' });
    const row = (tool: string) => page.locator(`.tool-table tr[data-tool="${tool}"]`);
    await poll(() => row('Edit').locator('td').allTextContents()).toEqual(['1', '1', '0', expect.stringMatching(/ (ms|s)$/)]);
    expect((await row('Bash').locator('td').allTextContents()).slice(0, 3)).toEqual(['2', '1', '1']);
    await poll(() => page.getByRole('list', { name: 'Files written' }).textContent()).toContain('/home/dev/project/src/auth/login.ts');
    await page.getByRole('list', { name: 'Subagents' }).getByText('Explore').waitFor();

    // The header (its nav contrast) belongs to the header's own change and test (issue 17, board part).
    expect(await seriousViolations(page)).toEqual([]);

    const shot = await page.screenshot({ fullPage: true });
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    mkdirSync(join(ROOT, 'docs', 'screenshots'), { recursive: true });
    writeFileSync(join(ROOT, 'test-results', 'session-timeline.png'), shot);
    writeFileSync(join(ROOT, 'docs', 'screenshots', 'session.png'), await page.screenshot({ fullPage: false }));
  });

  it('should say first why a spawned session failed, with its exit code', async () => {
    const { projectId, taskId } = await seed(server, 'Failing spawn');
    const spawned = await spawnOne(server, { projectId, taskIds: [taskId], agent: 'fake-fail' });
    const exited = await waitForExited(server, spawned.session.id, 'the failing agent to exit');
    expect(exited.status).toBe('FAILED');
    const page = await openSession(spawned.session.id);
    const summary = page.getByRole('region', { name: 'Why it failed' });
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/^This session failed\..*The agent process exited with code 3\./);
    expect(await summary.locator('[data-exit-code]').getAttribute('data-exit-code')).toBe('3');
    // It comes before the title: the first thing read on the page.
    const [summaryTop, titleTop] = [(await summary.boundingBox())!.y, (await page.getByRole('heading', { level: 1 }).boundingBox())!.y];
    expect(summaryTop).toBeLessThan(titleTop);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
