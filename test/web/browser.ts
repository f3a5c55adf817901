/**
 * Headless Chromium (the Debian package) for the web UI tests, through playwright-core.
 * The UI under test is the built one (web/dist) served by the real server; the README's test
 * command builds it first.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ROOT, stopAllServers } from '../helpers/server.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const WEB_INDEX = join(ROOT, 'web', 'dist', 'index.html');

/** Fails with a message that says what to do, instead of testing a 503 page. */
export function assertPrerequisites() {
  if (!existsSync(WEB_INDEX)) {
    throw new Error(`The web UI is not built (${WEB_INDEX} is missing): run \`npm run build:web\` (or the README's test command, which builds it) before \`vitest run test/web\`.`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (scripts/test.sh does) or set CHROMIUM_PATH.`);
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export type OpenPage = { context: BrowserContext; page: Page; errors: string[] };

/** A fresh context and page at baseURL; uncaught page errors and console errors are collected. */
export async function openPage(browser: Browser, baseURL: string): Promise<OpenPage> {
  const context = await browser.newContext({ baseURL });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return { context, page, errors };
}

/**
 * expect.poll with a timeout fit for a loaded two-core CI machine (vitest's default is 1 s, while
 * Chromium, the server and another test file share the cores).
 */
export function poll<T>(read: () => T | Promise<T>, timeout = 15_000) {
  return expect.poll(read, { timeout, interval: 50 });
}

/**
 * The clean-up every browser test file shares: after each test the pages it opened are closed, and
 * the test fails if one of them logged an error (except `expected`: what Chromium logs by itself
 * when the test cuts the connection); after the file, Chromium and the servers stop.
 */
export function cleanUpBrowserTests(opened: OpenPage[], browser: () => Browser | undefined, expected?: RegExp) {
  afterEach(async () => {
    const errors = opened.flatMap((o) => o.errors).filter((e) => !expected?.test(e));
    await Promise.all(opened.map((o) => o.context.close()));
    opened.length = 0;
    expect(errors, 'the page logged errors').toEqual([]);
  });
  afterAll(async () => {
    await browser()?.close();
    await stopAllServers();
  });
}
