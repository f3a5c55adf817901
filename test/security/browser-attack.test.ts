/**
 * A real browser attack on a default Maestro server (loopback, no token, in-server runner on).
 * Chromium opens a page served from another origin — a second HTTP server on 127.0.0.2 — that
 * tries every cross-site door: form POSTs (urlencoded, text/plain-smuggled JSON, multipart),
 * `fetch` with and without credentials (a createProject → createTask → spawnSession chain that
 * would run a shell command), a no-cors "simple" POST, a graphql-ws WebSocket and an SSE
 * subscription (EventSource). Then a DNS-rebinding page: a hostile name mapped to 127.0.0.1 so
 * the attacker's script counts as same-origin. Afterwards the API shows nothing was created, the
 * page read nothing, and the command's marker file does not exist. A same-origin control on the
 * server's own page shows the harness does see a mutation that gets through.
 */
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { CHROMIUM, assertPrerequisites, openPage, poll } from '../web/browser.ts';
import { startServer, stopAllServers, tempDir, type TestServer } from '../helpers/server.ts';
import { projectNames } from './helpers.ts';

const ATTACKER_HOST = '127.0.0.2';
const REBIND_NAME = 'rebind.evil.example';

let maestro: TestServer;
let attacker: Server;
let attackerUrl: string;
let browser: Browser;
let marker: string;

/** The attacker's page: runs every attack against `target` and leaves its findings in window.findings. */
function attackPage(target: string, markerPath: string): string {
  const script = `
  const target = ${JSON.stringify(target)};
  const ws = target.replace(/^http/, 'ws') + '/graphql';
  const findings = {};
  const mutation = (name) => 'mutation { createProject(input: { name: "' + name + '" }) { __typename ... on CreateProjectPayload { project { id } } } }';
  const settle = (p, ms = 5000) => Promise.race([p, new Promise((r) => setTimeout(() => r('timeout'), ms))]);

  function submitForm(enctype, fields) {
    const frame = document.createElement('iframe');
    frame.name = 'sink-' + enctype.replace(/\\W/g, '');
    document.body.appendChild(frame);
    const form = document.createElement('form');
    form.method = 'POST';
    form.action = target + '/graphql';
    form.enctype = enctype;
    form.target = frame.name;
    for (const [name, value] of fields) {
      const input = document.createElement('input');
      input.type = 'hidden';
      input.name = name;
      input.value = value;
      form.appendChild(input);
    }
    document.body.appendChild(form);
    return new Promise((resolve) => { frame.onload = () => resolve('loaded'); form.submit(); });
  }

  async function readAttempt(init, url = target + '/graphql') {
    try {
      const res = await fetch(url, init);
      let body = '';
      try { body = await res.text(); } catch (e) { body = 'unreadable'; }
      return { type: res.type, status: res.status, body };
    } catch (error) {
      return { blocked: String(error.name) };
    }
  }

  async function spawnChain(credentials) {
    const post = (query, variables) => fetch(target + '/graphql', {
      method: 'POST', credentials, headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    }).then((r) => r.json());
    try {
      const project = await post(mutation('browser-chain-' + credentials));
      const projectId = project.data.createProject.project.id;
      const task = await post('mutation($p: ID!) { createTask(input: { projectId: $p, title: "t" }) { ... on CreateTaskPayload { task { id } } } }', { p: projectId });
      const spawned = await post('mutation($t: ID!, $a: String) { spawnSession(input: { taskId: $t, agent: $a }) { __typename } }',
        { t: task.data.createTask.task.id, a: 'touch ' + ${JSON.stringify(markerPath)} });
      return { ran: JSON.stringify(spawned) };
    } catch (error) {
      return { blocked: String(error.name) };
    }
  }

  function webSocketAttempt() {
    return settle(new Promise((resolve) => {
      const messages = [];
      let opened = false;
      const socket = new WebSocket(ws, 'graphql-transport-ws');
      socket.onopen = () => {
        opened = true;
        socket.send(JSON.stringify({ type: 'connection_init' }));
      };
      socket.onmessage = (event) => {
        messages.push(String(event.data));
        if (JSON.parse(event.data).type === 'connection_ack') {
          socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: mutation('browser-ws') } }));
        }
        if (JSON.parse(event.data).type === 'complete') socket.close();
      };
      socket.onclose = (event) => resolve({ opened, code: event.code, messages });
    }));
  }

  function eventSourceAttempt() {
    return settle(new Promise((resolve) => {
      const messages = [];
      const source = new EventSource(target + '/graphql?query=' + encodeURIComponent('subscription { events { seq kind } }'));
      source.onmessage = (event) => messages.push(event.data);
      source.addEventListener('next', (event) => messages.push(event.data));
      source.onerror = () => { const state = source.readyState; source.close(); resolve({ state, messages }); };
    }));
  }

  (async () => {
    findings.formUrlencoded = await settle(submitForm('application/x-www-form-urlencoded', [['query', mutation('browser-form')]]));
    findings.formTextPlain = await settle(submitForm('text/plain', [['{"query":"' + mutation('browser-text').replace(/"/g, '\\\\"') + '","x":"', '"}']]));
    findings.formMultipart = await settle(submitForm('multipart/form-data', [['query', mutation('browser-multipart')]]));
    findings.fetchCredentialed = await readAttempt({ method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: mutation('browser-fetch-cred') }) });
    findings.fetchPlain = await readAttempt({ method: 'POST', credentials: 'omit', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: mutation('browser-fetch') }) });
    findings.fetchNoCors = await readAttempt({ method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: mutation('browser-nocors') }) });
    findings.fetchRead = await readAttempt({ credentials: 'include' }, target + '/graphql?query=' + encodeURIComponent('{ projects(first: 10) { edges { node { name } } } }'));
    findings.fetchMetrics = await readAttempt({}, target + '/metrics');
    findings.chainCredentialed = await spawnChain('include');
    findings.chainPlain = await spawnChain('omit');
    findings.webSocket = await webSocketAttempt();
    findings.eventSource = await eventSourceAttempt();
    window.findings = findings;
  })();`;
  return `<!doctype html><html><head><title>totally harmless</title></head><body><h1>cat pictures</h1><script>${script}</script></body></html>`;
}

beforeAll(async () => {
  assertPrerequisites();
  marker = join(tempDir('maestro-attack-'), 'pwned');
  maestro = await startServer();
  attacker = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(attackPage(maestro.url, marker)));
  await new Promise<void>((resolve) => attacker.listen(0, ATTACKER_HOST, resolve));
  attackerUrl = `http://${ATTACKER_HOST}:${(attacker.address() as AddressInfo).port}/`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // DNS rebinding, simulated: the hostile name resolves to the loopback address Maestro listens on.
      `--host-resolver-rules=MAP ${REBIND_NAME} 127.0.0.1`,
    ],
  });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => attacker?.close(resolve));
  await stopAllServers();
});

type Findings = Record<string, { blocked?: string; type?: string; status?: number; body?: string; opened?: boolean; code?: number; messages?: string[]; state?: number; ran?: string } | string>;

describe('a page on another origin', () => {
  it('should neither change nor read anything, nor run a command', { timeout: 120_000 }, async () => {
    const before = await projectNames(maestro);
    const { context, page } = await openPage(browser, attackerUrl);
    try {
      await page.goto(attackerUrl);
      await poll(() => page.evaluate(() => (window as unknown as { findings?: unknown }).findings !== undefined), 60_000).toBe(true);
      const findings = (await page.evaluate(() => (window as unknown as { findings: unknown }).findings)) as Findings;

      // Every read is blocked by the browser (no CORS answer) or opaque: the page learnt nothing.
      for (const key of ['fetchCredentialed', 'fetchPlain', 'fetchRead', 'fetchMetrics']) expect({ key, finding: findings[key] }).toEqual({ key, finding: { blocked: 'TypeError' } });
      expect(findings['fetchNoCors']).toEqual({ type: 'opaque', status: 0, body: '' });
      expect(findings['chainCredentialed']).toEqual({ blocked: 'TypeError' });
      expect(findings['chainPlain']).toEqual({ blocked: 'TypeError' });
      // The upgrade is refused before the handshake: no socket, no message.
      expect(findings['webSocket']).toMatchObject({ opened: false, messages: [] });
      // EventSource gets a 403, fails and does not reconnect (CLOSED = 2).
      expect(findings['eventSource']).toEqual({ state: 2, messages: [] });

      const after = await projectNames(maestro);
      expect(after).toEqual(before);
      expect(after.filter((name) => name.startsWith('browser-'))).toEqual([]);
      expect(existsSync(marker)).toBe(false);
    } finally {
      await context.close();
    }
  });
});

describe('a DNS-rebinding page (hostile name, loopback address)', () => {
  it('should get 403 for the page and for every request its script makes', async () => {
    const rebound = `http://${REBIND_NAME}:${maestro.port}`;
    const { context, page } = await openPage(browser, rebound);
    try {
      const response = await page.goto(`${rebound}/`);
      expect(response?.status()).toBe(403);
      // The attacker's script now runs "same-origin" with Maestro: every request still carries Host: rebind.evil.example.
      const outcome = await page.evaluate(async () => {
        const post = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: 'mutation { createProject(input: { name: "browser-rebind" }) { __typename } }' }),
        });
        const read = await fetch('/graphql?query=' + encodeURIComponent('{ projects(first: 10) { edges { node { name } } } }'));
        const socket = await new Promise<boolean>((resolve) => {
          const ws = new WebSocket(location.origin.replace(/^http/, 'ws') + '/graphql', 'graphql-transport-ws');
          ws.onopen = () => resolve(true);
          ws.onclose = () => resolve(false);
        });
        return { post: post.status, read: read.status, readBody: await read.text(), socket };
      });
      expect(outcome).toMatchObject({ post: 403, read: 403, socket: false });
      expect(outcome.readBody).toContain('HOST_NOT_ALLOWED');
      expect(outcome.readBody).not.toContain('edges');
      expect((await projectNames(maestro)).filter((name) => name.startsWith('browser-'))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('control: the server\'s own page', () => {
  it('should create a project with the same fetch, so the checks above can see one', async () => {
    const { context, page } = await openPage(browser, maestro.url);
    try {
      await page.goto(`${maestro.url}/`);
      const status = await page.evaluate(async () => {
        const res = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: 'mutation { createProject(input: { name: "browser-control" }) { __typename } }' }),
        });
        return res.status;
      });
      expect(status).toBe(200);
      expect(await projectNames(maestro)).toContain('browser-control');
    } finally {
      await context.close();
    }
  });
});
