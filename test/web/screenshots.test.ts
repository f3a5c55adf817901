/**
 * Screenshots of the pages this part of the UI builds, written to test-results/screenshots/: the
 * board (wide and at 390 px), the projects list and the needs-you page, with realistic data: cards
 * in several columns, subtask progress, one agent working and one waiting for a person. They are
 * for people to look at (the README's board picture is one of them); nothing is compared.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { seedAgent, seedProject, seedTask } from './board-seed.ts';
import { assertPrerequisites, launchBrowser, openPage, poll } from './browser.ts';

const OUT = join(ROOT, 'test-results', 'screenshots');
let server: TestServer;
let browser: Browser;
let projectId: string;

beforeAll(async () => {
  assertPrerequisites();
  mkdirSync(OUT, { recursive: true });
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  projectId = await seedProject(server, 'Checkout service');
  const other = await seedProject(server, 'Docs site');
  await seedTask(server, other, 'Publish the API reference');
  await seedProject(server, 'Mobile app');
  const limiter = await seedTask(server, projectId, { title: 'Add rate limiting to /login', priority: 'CRITICAL', status: 'IN_PROGRESS', subtasks: [{ title: 'pick a library', done: true }, { title: 'middleware' }, { title: 'tests' }] });
  const config = await seedTask(server, projectId, { title: 'Move settings to src/config.ts', priority: 'HIGH', status: 'IN_PROGRESS', subtasks: [{ title: 'read env', done: true }, { title: 'defaults', done: true }, { title: 'docs' }] });
  await seedTask(server, projectId, { title: 'Cache product images', priority: 'MEDIUM' });
  await seedTask(server, projectId, { title: 'Upgrade to Node 22', priority: 'LOW' });
  await seedTask(server, projectId, { title: 'Flaky payment webhook test', priority: 'HIGH', status: 'BLOCKED', description: 'Fails about once in 20 runs on CI.' });
  await seedTask(server, projectId, { title: 'Refund flow', priority: 'MEDIUM', status: 'IN_REVIEW', subtasks: [{ title: 'api', done: true }, { title: 'ui', done: true }] });
  await seedTask(server, projectId, { title: 'Set up CI', status: 'DONE', subtasks: [{ title: 'lint', done: true }, { title: 'test', done: true }] });
  await seedTask(server, projectId, { title: 'Old checkout page', status: 'CANCELLED', priority: 'LOW' });
  const waiting = await seedAgent(server, projectId, 'limiter-worker', limiter);
  await waiting.start();
  await waiting.preToolUse('Bash', { command: 'npm install express-rate-limit@7' });
  await waiting.permissionRequest({ command: 'npm install express-rate-limit@7' });
  const working = await seedAgent(server, projectId, 'config-worker', config);
  await working.start();
  await working.preToolUse('Edit', { file_path: 'src/config.ts', old_string: 'a', new_string: 'b' });
});

afterAll(async () => {
  await browser?.close();
  await stopAllServers();
});

async function shoot(path: string, file: string, viewport: { width: number; height: number }, ready: string, fullPage = true) {
  const open = await openPage(browser, server.url);
  try {
    await open.page.setViewportSize(viewport);
    await open.page.goto(path);
    await poll(() => open.page.getByRole('status', { name: 'Live connection' }).getAttribute('data-state')).toBe('connected');
    await open.page.locator(ready).first().waitFor();
    await open.page.screenshot({ path: join(OUT, file), fullPage });
    expect(open.errors).toEqual([]);
  } finally {
    await open.context.close();
  }
}

describe('screenshots', () => {
  it('should write the board, the projects list, the needs-you page and the board at 390 px to test-results/screenshots', async () => {
    const board = `/projects/${encodeURIComponent(projectId)}`;
    // The board as it fills a wide screen (the activity feed continues below the fold).
    await shoot(board, 'board.png', { width: 1440, height: 760 }, '.board-card.attention', false);
    await shoot('/', 'projects.png', { width: 1280, height: 720 }, '.project-item [data-needs-you]');
    await shoot('/needs-you', 'needs-you.png', { width: 1280, height: 720 }, '.waiting');
    await shoot(board, 'board-mobile.png', { width: 390, height: 844 }, '.board-card.attention');
  });
});
