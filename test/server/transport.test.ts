/**
 * Transports and operational endpoints of a spawned server: graphql-ws on /graphql, GraphiQL
 * bundled (no CDN), /healthz, /readyz, /metrics, the WebSocket Origin and Host checks, bearer-token
 * auth (including /metrics) and the refusal to bind beyond loopback without a token and a public host.
 * The full hostile-request corpus is test/security/transport-corpus.test.ts.
 */
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { execute, executeRaw } from '../helpers/graphql.ts';
import { rmSync } from 'node:fs';
import { startServer, stopAllServers, tempDir, type TestServer } from '../helpers/server.ts';
import { metricValue, scrapeMetrics, SrvCreateProject, waitFor } from './support.ts';

const ProjectsQuery = graphql(`
  query SrvTransportProjects { projects(first: 100) { totalCount edges { node { id name } } } }
`);

const EventsSubscription = graphql(`
  subscription SrvTransportEvents { events { seq kind projectId } }
`);

let server: TestServer;
const clients: Client[] = [];
beforeAll(async () => {
  // No in-server runner: its own event subscription would show in the WebSocket gauges counted below.
  server = await startServer({ args: ['--no-runner'] });
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await stopAllServers();
});

function wsClient(target: TestServer, options: Partial<Parameters<typeof createClient>[0]> = {}): Client {
  const client = createClient({ url: target.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true, ...options });
  clients.push(client);
  return client;
}

/** Runs one query or mutation over graphql-ws and resolves with its single result. */
async function overWs<T>(client: Client, query: string, variables?: Record<string, unknown>) {
  const iterator = client.iterate<T>({ query, variables });
  const first = await iterator.next();
  await iterator.return?.();
  if (first.done) throw new Error('no result over graphql-ws');
  return first.value;
}

/** Opens a raw WebSocket upgrade and reports whether it was accepted or the HTTP status it got. */
function tryUpgrade(url: string, headers: Record<string, string>, protocols = 'graphql-transport-ws') {
  return new Promise<{ opened: true } | { opened: false; status: number }>((resolve, reject) => {
    const ws = new WebSocket(url, protocols, { headers });
    ws.once('open', () => {
      ws.close();
      resolve({ opened: true });
    });
    ws.once('unexpected-response', (_req, res) => {
      resolve({ opened: false, status: res.statusCode ?? 0 });
      ws.terminate();
    });
    ws.once('error', (error) => {
      if (!/Unexpected server response/.test(error.message)) reject(error);
    });
  });
}

describe('graphql-ws', () => {
  it('should run a mutation and a query over graphql-ws on /graphql', async () => {
    const client = wsClient(server);
    const created = await overWs<{ createProject: { __typename: string; project?: { id: string; name: string } } }>(
      client,
      SrvCreateProject.toString(),
      { input: { name: 'Over WS' } },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createProject).toMatchObject({ __typename: 'CreateProjectPayload', project: { name: 'Over WS' } });
    const id = created.data!.createProject.project!.id;

    const listed = await overWs<{ projects: { edges: { node: { id: string; name: string } }[] } }>(client, ProjectsQuery.toString());
    expect(listed.data?.projects.edges.map((e) => e.node)).toContainEqual({ id, name: 'Over WS' });

    // The same row is visible over HTTP: one database behind both transports.
    const overHttp = await execute(server, ProjectsQuery);
    expect(overHttp.data?.projects.edges.map((e) => e.node.id)).toContain(id);
    await client.dispose();
  });

  it('should answer typed errors over graphql-ws just like over HTTP', async () => {
    const client = wsClient(server);
    const refused = await overWs<{ createProject: { __typename: string } }>(client, SrvCreateProject.toString(), { input: { name: '' } });
    expect(refused.data?.createProject.__typename).toBe('ValidationError');
    await client.dispose();
  });

  it('should refuse an upgrade from a foreign Origin or Host with 403 and accept the server\'s own', async () => {
    expect(await tryUpgrade(server.wsUrl, { origin: 'https://evil.example' })).toEqual({ opened: false, status: 403 });
    expect(await tryUpgrade(server.wsUrl, { origin: 'null' })).toEqual({ opened: false, status: 403 });
    // Another loopback port is another site (any local web page): not the server's own origin.
    expect(await tryUpgrade(server.wsUrl, { origin: 'http://localhost:1' })).toEqual({ opened: false, status: 403 });
    expect(await tryUpgrade(server.wsUrl, { host: `rebind.evil.example:${server.port}`, origin: `http://rebind.evil.example:${server.port}` })).toEqual({ opened: false, status: 403 });
    expect(await tryUpgrade(server.wsUrl, { origin: server.url })).toEqual({ opened: true });
    expect(await tryUpgrade(server.wsUrl, {})).toEqual({ opened: true }); // CLI and agents send no Origin
  });

  it('should refuse an upgrade on any path but /graphql', async () => {
    expect(await tryUpgrade(`${server.url.replace(/^http/, 'ws')}/elsewhere`, {})).toEqual({ opened: false, status: 403 });
  });
});

describe('GraphiQL', () => {
  it('should serve a bundled GraphiQL page at /graphql with no external network references', async () => {
    const res = await fetch(server.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('<title>Maestro GraphiQL');
    expect(html).toMatch(/graphiql/i);
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|cdnjs|cdn\.[a-z]|fonts\.googleapis|esm\.sh|skypack/i);
    // Every script and stylesheet is inline (or a data: URL): nothing for the browser to fetch.
    expect(html).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/<link[^>]+href=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import\s+(url\()?["']?(https?:)?\/\//i);
  });
});

describe('health, readiness and metrics', () => {
  it('should answer /healthz and /readyz', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect([health.status, await health.text()]).toEqual([200, 'ok\n']);
    const ready = await fetch(`${server.url}/readyz`);
    expect([ready.status, await ready.text()]).toEqual([200, 'ready\n']);
  });

  it('should count operations by name and outcome in /metrics', async () => {
    const before = metricValue(await scrapeMetrics(server), 'maestro_graphql_operations_total', {
      operation: 'SrvTransportProjects',
      type: 'query',
      outcome: 'ok',
    }) ?? 0;
    await execute(server, ProjectsQuery);
    await execute(server, ProjectsQuery);
    const text = await scrapeMetrics(server);
    expect(metricValue(text, 'maestro_graphql_operations_total', { operation: 'SrvTransportProjects', type: 'query', outcome: 'ok' })).toBe(
      before + 2,
    );
    await execute(server, SrvCreateProject, { input: { name: 'metered' } });
    const after = await scrapeMetrics(server);
    expect(metricValue(after, 'maestro_graphql_operations_total', { operation: 'SrvCreateProject', type: 'mutation', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(metricValue(after, 'maestro_graphql_operation_duration_seconds_count', { operation: 'SrvTransportProjects' })).toBeGreaterThanOrEqual(2);
    expect(metricValue(after, 'maestro_event_loop_delay_p99_seconds')).toBeGreaterThanOrEqual(0);
    expect(metricValue(after, 'maestro_http_requests_total', { route: '/graphql', status: '200' })).toBeGreaterThan(0);
  });

  it('should count an operation that errors as outcome="error"', async () => {
    const { body } = await executeRaw(server, 'query SrvTransportBroken { project(id: "x") { id } }');
    expect(body.errors?.length).toBeGreaterThan(0);
    const text = await scrapeMetrics(server);
    expect(metricValue(text, 'maestro_graphql_operations_total', { operation: 'SrvTransportBroken', outcome: 'error' })).toBe(1);
  });

  it('should report open WebSockets and active subscriptions', async () => {
    const text = await scrapeMetrics(server);
    expect(metricValue(text, 'maestro_websockets_open')).toBe(0);
    expect(metricValue(text, 'maestro_subscriptions_active')).toBe(0);

    const client = wsClient(server);
    const received: unknown[] = [];
    let subscribed = false;
    const unsubscribe = client.subscribe(
      { query: EventsSubscription.toString() },
      { next: (value) => received.push(value), error: () => {}, complete: () => {} },
    );
    client.on('connected', () => (subscribed = true));
    await waitFor(() => subscribed, 10_000, 'graphql-ws connection');
    await waitFor(async () => metricValue(await scrapeMetrics(server), 'maestro_subscriptions_active') === 1, 10_000, 'subscription gauge at 1');
    expect(metricValue(await scrapeMetrics(server), 'maestro_websockets_open')).toBe(1);

    // The subscription is live: a mutation over HTTP reaches it.
    await execute(server, SrvCreateProject, { input: { name: 'seen live' } });
    await waitFor(() => received.length > 0, 10_000, 'a live event');
    expect(received[0]).toMatchObject({ data: { events: { kind: 'PROJECT_CREATED' } } });

    unsubscribe();
    await client.dispose();
    await waitFor(async () => {
      const now = await scrapeMetrics(server);
      return metricValue(now, 'maestro_websockets_open') === 0 && metricValue(now, 'maestro_subscriptions_active') === 0;
    }, 10_000, 'gauges back at 0');
  });
});

describe('authentication', () => {
  let secured: TestServer;
  const TOKEN = 'test-token-3b1f';
  beforeAll(async () => {
    secured = await startServer({ args: ['--auth-token', TOKEN] });
  });

  it('should answer 401 UNAUTHENTICATED without the token or with a wrong one', async () => {
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer wrong-token-xxxx' }, { authorization: TOKEN.slice(0, -1) }];
    for (const headers of attempts) {
      const { status, body } = await executeRaw(secured, ProjectsQuery.toString(), undefined, headers);
      expect(status).toBe(401);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
      expect(JSON.stringify(body)).not.toContain(TOKEN);
    }
  });

  it('should answer with the token', async () => {
    const { status, body } = await executeRaw(secured, ProjectsQuery.toString(), undefined, { authorization: `Bearer ${TOKEN}` });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.projects.totalCount).toBe(0);
  });

  it('should require the token on graphql-ws too', async () => {
    const refused = wsClient(secured);
    const closed = new Promise<number>((resolve) => refused.on('closed', (event) => resolve((event as { code: number }).code)));
    const attempt = overWs(refused, ProjectsQuery.toString()).catch((e: unknown) => e);
    expect(await closed).toBe(4403);
    await attempt;

    const allowed = wsClient(secured, { connectionParams: { authorization: `Bearer ${TOKEN}` } });
    const result = await overWs<{ projects: { totalCount: number } }>(allowed, ProjectsQuery.toString());
    expect(result.data?.projects.totalCount).toBe(0);
    await allowed.dispose();
  });

  it('should still serve GraphiQL and /healthz without the token', async () => {
    expect((await fetch(secured.graphqlUrl, { headers: { accept: 'text/html' } })).status).toBe(200);
    expect((await fetch(`${secured.url}/healthz`)).status).toBe(200);
  });

  it('should keep /metrics behind the token', async () => {
    expect((await fetch(`${secured.url}/metrics`)).status).toBe(401);
    const scraped = await fetch(`${secured.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toContain('maestro_http_requests_total');
  });
});

describe('binding beyond loopback', () => {
  // A server that refuses to start is never registered with stopAllServers: clean its directory here.
  const refusedDirs: string[] = [];
  const refusedDir = () => {
    const dir = tempDir();
    refusedDirs.push(dir);
    return dir;
  };
  afterAll(() => refusedDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('should refuse to start on a non-loopback host without a token, with a clear message', async () => {
    const failure = await startServer({ dataDir: refusedDir(), args: ['--host', '0.0.0.0'] }).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(failure).toMatch(/exited with 1 before listening/);
    expect(failure).toMatch(/Binding 0\.0\.0\.0 exposes the server beyond this machine: set --auth-token or MAESTRO_AUTH_TOKEN/);
  });

  it('should refuse MAESTRO_HOST off loopback without a token too', async () => {
    const failure = await startServer({ dataDir: refusedDir(), env: { MAESTRO_HOST: '0.0.0.0' } }).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(failure).toMatch(/set --auth-token or MAESTRO_AUTH_TOKEN/);
  });

  it('should refuse a non-loopback host without --public-host, even with a token', async () => {
    const failure = await startServer({ dataDir: refusedDir(), args: ['--host', '0.0.0.0', '--auth-token', 'tok-123456'] }).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(failure).toMatch(/name the host they will use with --public-host NAME/);
  });

  it('should start on a non-loopback host when a token and a public host are given', async () => {
    const open = await startServer({ dataDir: refusedDir(), args: ['--host', '0.0.0.0', '--auth-token', 'tok-123456', '--public-host', 'maestro.test'] });
    expect(open.url).toMatch(/^http:\/\/0\.0\.0\.0:\d+$/);
    const res = await fetch(`http://127.0.0.1:${open.port}/healthz`);
    expect(res.status).toBe(200);
    expect(await open.stop()).toBe(0);
  });
});
