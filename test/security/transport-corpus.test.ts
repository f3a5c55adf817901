/**
 * The hostile-request corpus of the transport guard (src/http/guard.ts, README "Transport
 * security"): content types, methods, Host and Origin combinations, CSRF shapes, CORS, token
 * shapes, /metrics, limits with variables, huge `nodes`, field suggestions, malformed URLs and
 * slow bodies, over HTTP, SSE, graphql-ws and the hook endpoint. Each family is a table of
 * requests with the documented status and code; after each family the server still answers
 * /healthz and a real query, and nothing a refused request asked for was created.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, stopAllServers, tempDir, type TestServer } from '../helpers/server.ts';
import { codeOf, expectHealthy, gql, projectNames, rawExchange, requestsSent, send, statusOf, tryUpgrade, type Answer } from './helpers.ts';
import { rmSync } from 'node:fs';
import { createSession } from '../hooks/helpers.ts';

const TOKEN = 'corpus-server-token-5d1e';
const METRICS_TOKEN = 'corpus-metrics-token-77aa';
const LISTED_ORIGIN = 'http://allowed.example:8080';
/** The locked server's one CORS origin (not LISTED_ORIGIN: lists are per server). */
const DASHBOARD_ORIGIN = 'https://dashboard.example';
const PUBLIC_HOST = 'maestro.example';
const SLOW_TIMEOUT_MS = 1500;

/** The server under attack: defaults, plus one CORS origin and a short request timeout. */
let server: TestServer;
/** A locked-down server: token, no GraphiQL/introspection, a metrics token, a public host name, a CORS origin. */
let locked: TestServer;
const BEARER = `Bearer ${TOKEN}`;

beforeAll(async () => {
  [server, locked] = await Promise.all([
    startServer({ args: ['--no-runner', '--cors-origin', LISTED_ORIGIN, '--request-timeout-ms', String(SLOW_TIMEOUT_MS)] }),
    startServer({ args: ['--no-runner', '--auth-token', TOKEN, '--no-graphiql', '--metrics-token', METRICS_TOKEN, '--public-host', PUBLIC_HOST, '--cors-origin', DASHBOARD_ORIGIN] }),
  ]);
}, 60_000);
afterAll(() => stopAllServers());

const own = () => `127.0.0.1:${server.port}`;
const ownOrigin = () => `http://${own()}`;
const attackMutation = (name: string) => `mutation { createProject(input: { name: "${name}" }) { __typename } }`;
const JSON_HEADERS = { 'content-type': 'application/json' };

type Case = { name: string; run: () => Promise<Answer>; status: number; code?: string };

/** Runs a table of cases and checks every status (and code), reporting all mismatches at once. */
async function expectAll(cases: Case[]) {
  const mismatches: string[] = [];
  for (const c of cases) {
    const answer = await c.run();
    const code = codeOf(answer);
    if (answer.status !== c.status || (c.code !== undefined && code !== c.code)) {
      mismatches.push(`${c.name}: got ${answer.status} ${code ?? ''} (${answer.body.slice(0, 160)}), want ${c.status} ${c.code ?? ''}`);
    }
  }
  expect(mismatches).toEqual([]);
}

describe('content types on /graphql', () => {
  const refused = [
    ['form', 'application/x-www-form-urlencoded', (q: string) => `query=${encodeURIComponent(q)}`],
    ['form with charset', 'application/x-www-form-urlencoded; charset=UTF-8', (q: string) => `query=${encodeURIComponent(q)}`],
    ['multipart', 'multipart/form-data; boundary=XX', (q: string) => `--XX\r\nContent-Disposition: form-data; name="query"\r\n\r\n${q}\r\n--XX--\r\n`],
    ['text/plain JSON', 'text/plain', (q: string) => gql(q)],
    ['text/plain charset', 'text/plain;charset=UTF-8', (q: string) => gql(q)],
    ['application/graphql', 'application/graphql', (q: string) => q],
    ['application/graphql+json', 'application/graphql+json', (q: string) => gql(q)],
    ['text/json', 'text/json', (q: string) => gql(q)],
    ['application/xml', 'application/xml', (q: string) => gql(q)],
    ['application/jsonx', 'application/jsonx', (q: string) => gql(q)],
    ['json-patch', 'application/json-patch+json', (q: string) => gql(q)],
    ['octet-stream', 'application/octet-stream', (q: string) => gql(q)],
    ['empty type', '', (q: string) => gql(q)],
    ['list of types', 'text/plain, application/json', (q: string) => gql(q)],
  ] as const;
  const accepted = [
    ['application/json', 'application/json'],
    ['json with charset', 'application/json; charset=utf-8'],
    ['upper-case json', 'Application/JSON'],
    ['graphql-response+json', 'application/graphql-response+json'],
  ] as const;

  it('should answer 415 UNSUPPORTED_MEDIA_TYPE to every non-JSON body, queries and mutations alike, and run none', async () => {
    const cases: Case[] = [];
    for (const [name, type, body] of refused) {
      for (const [kind, query] of [['query', '{ projects(first: 1) { totalCount } }'], ['mutation', attackMutation(`ct-${name}`)]] as const) {
        cases.push({ name: `${name} ${kind}`, run: () => send(server, { method: 'POST', path: '/graphql', headers: { 'content-type': type }, body: body(query) }), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
      }
    }
    cases.push({ name: 'no content type', run: () => send(server, { method: 'POST', path: '/graphql', body: gql(attackMutation('ct-none')) }), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
    await expectAll(cases);
    expect((await projectNames(server)).filter((n) => n.startsWith('ct-'))).toEqual([]);
    await expectHealthy(server);
  });

  it('should run JSON bodies, whatever the spelling of the type', async () => {
    const cases: Case[] = accepted.map(([name, type]) => ({
      name,
      run: () => send(server, { method: 'POST', path: '/graphql', headers: { 'content-type': type }, body: gql(attackMutation(`json-${name}`)) }),
      status: 200,
    }));
    await expectAll(cases);
    expect((await projectNames(server)).filter((n) => n.startsWith('json-')).sort()).toEqual(accepted.map(([name]) => `json-${name}`).sort());
    await expectHealthy(server);
  });
});

describe('methods', () => {
  it('should run queries over GET, never mutations, and refuse other methods', async () => {
    const q = (query: string) => `/graphql?query=${encodeURIComponent(query)}`;
    await expectAll([
      { name: 'GET query', run: () => send(server, { path: q('{ projects(first: 1) { totalCount } }') }), status: 200 },
      { name: 'GET mutation', run: () => send(server, { path: q(attackMutation('get-mutation')) }), status: 405 },
      { name: 'GET named mutation', run: () => send(server, { path: `${q(`query A { __typename } ${attackMutation('get-named').replace('mutation', 'mutation B')}`)}&operationName=B` }), status: 405 },
      ...['PUT', 'DELETE', 'PATCH'].map((method) => ({
        name: method,
        run: () => send(server, { method, path: '/graphql', headers: JSON_HEADERS, body: gql(attackMutation(`method-${method}`)) }),
        status: 405,
      })),
    ]);
    expect((await projectNames(server)).filter((n) => n.startsWith('get-') || n.startsWith('method-'))).toEqual([]);
    await expectHealthy(server);
  });
});

describe('Host header (DNS rebinding)', () => {
  const refusedHosts = [
    'rebind.evil.example',
    'evil.example:4000',
    'localhost.evil.example',
    '127.0.0.1.nip.io',
    'localhost.',
    '127.0.0.2',
    '0.0.0.0',
    '[::2]',
    '10.0.0.1',
    'maestro.example',
    'user@localhost',
    'localhost/evil',
    '',
  ];
  const allowedHosts = () => [own(), `localhost:${server.port}`, `LOCALHOST:${server.port}`, `[::1]:${server.port}`, 'localhost', '127.0.0.1'];
  const targets = [
    ['GET /', (host: string) => send(server, { path: '/', headers: { host } })],
    ['POST /graphql', (host: string) => send(server, { method: 'POST', path: '/graphql', headers: { host, ...JSON_HEADERS }, body: gql(attackMutation('rebind')) })],
    ['GET /graphql', (host: string) => send(server, { path: '/graphql?query=%7B__typename%7D', headers: { host } })],
    ['POST /hooks/claude', (host: string) => send(server, { method: 'POST', path: '/hooks/claude', headers: { host, ...JSON_HEADERS }, body: '{}' })],
    ['GET /metrics', (host: string) => send(server, { path: '/metrics', headers: { host } })],
    ['GET /readyz', (host: string) => send(server, { path: '/readyz', headers: { host } })],
  ] as const;

  it('should answer 403 HOST_NOT_ALLOWED on every path but /healthz for a Host that is not loopback', async () => {
    const cases: Case[] = [];
    for (const host of refusedHosts) {
      for (const [name, run] of targets) cases.push({ name: `${name} Host=${host}`, run: () => run(host), status: 403, code: 'HOST_NOT_ALLOWED' });
      cases.push({ name: `/healthz Host=${host}`, run: () => send(server, { path: '/healthz', headers: { host } }), status: 200 });
    }
    await expectAll(cases);
    expect(await projectNames(server)).not.toContain('rebind');
    await expectHealthy(server);
  });

  it('should answer loopback names and addresses, with or without a port', async () => {
    await expectAll(allowedHosts().map((host) => ({ name: `GET /graphql Host=${host}`, run: () => send(server, { path: '/graphql?query=%7B__typename%7D', headers: { host } }), status: 200 })));
  });

  it('should answer a --public-host name on the locked server, and refuse other names there', async () => {
    await expectAll([
      { name: 'public host', run: () => send(locked, { path: '/graphql?query=%7B__typename%7D', headers: { host: PUBLIC_HOST, authorization: BEARER } }), status: 200 },
      { name: 'public host with port', run: () => send(locked, { path: '/graphql?query=%7B__typename%7D', headers: { host: `${PUBLIC_HOST}:443`, authorization: BEARER } }), status: 200 },
      { name: 'public host upper-case', run: () => send(locked, { path: '/graphql?query=%7B__typename%7D', headers: { host: 'MAESTRO.EXAMPLE', authorization: BEARER } }), status: 200 },
      { name: 'sub-domain of the public host', run: () => send(locked, { path: '/graphql?query=%7B__typename%7D', headers: { host: `evil.${PUBLIC_HOST}`, authorization: BEARER } }), status: 403, code: 'HOST_NOT_ALLOWED' },
      { name: 'public host as suffix', run: () => send(locked, { path: '/graphql?query=%7B__typename%7D', headers: { host: `${PUBLIC_HOST}.evil.example`, authorization: BEARER } }), status: 403, code: 'HOST_NOT_ALLOWED' },
      { name: 'rebind with the token', run: () => send(locked, { path: '/graphql?query=%7B__typename%7D', headers: { host: 'rebind.evil.example', authorization: BEARER } }), status: 403, code: 'HOST_NOT_ALLOWED' },
    ]);
    await expectHealthy(locked, BEARER);
  });

  it('should answer 400 to an HTTP/1.1 request with no Host at all', async () => {
    const answer = await rawExchange(server, ['GET /graphql?query=%7B__typename%7D HTTP/1.1\r\nConnection: close\r\n\r\n']);
    expect(statusOf(answer)).toBe(400);
    const old = await rawExchange(server, ['GET /graphql?query=%7B__typename%7D HTTP/1.0\r\n\r\n']);
    expect(statusOf(old)).toBe(403);
    await expectHealthy(server);
  });
});

describe('Origin and Sec-Fetch-Site (CSRF)', () => {
  const refusedOrigins = () => [
    'https://evil.example',
    'http://evil.example',
    'null',
    `http://localhost:${server.port}`, // the same server under another name is another origin
    'http://127.0.0.1',
    `http://127.0.0.1:${server.port + 1}`,
    `http://127.0.0.2:${server.port}`,
    `http://127.0.0.1:${server.port}.evil.example`,
    `${ownOrigin()}/`,
    `ftp://${own()}`,
    `${ownOrigin()}, https://evil.example`,
    'http://allowed.example', // a listed origin with another port
    'http://allowed.example:8080.evil.example',
    'garbage',
  ];
  const routes = [
    ['mutation', (origin: string, extra: Record<string, string> = {}) =>
      send(server, { method: 'POST', path: '/graphql', headers: { origin, ...JSON_HEADERS, ...extra }, body: gql(attackMutation('csrf')) })],
    ['GET query', (origin: string, extra: Record<string, string> = {}) => send(server, { path: '/graphql?query=%7B__typename%7D', headers: { origin, ...extra } })],
    ['SSE', (origin: string, extra: Record<string, string> = {}) =>
      send(server, { path: `/graphql?query=${encodeURIComponent('subscription { events { seq } }')}`, headers: { origin, accept: 'text/event-stream', ...extra }, readLimit: 1 })],
    ['hook', (origin: string, extra: Record<string, string> = {}) => send(server, { method: 'POST', path: '/hooks/claude', headers: { origin, ...JSON_HEADERS, ...extra }, body: '{}' })],
  ] as const;

  it('should answer 403 ORIGIN_NOT_ALLOWED for any Origin but the server\'s own or a --cors-origin, on every route', async () => {
    const cases: Case[] = [];
    for (const origin of refusedOrigins()) {
      for (const [name, run] of routes) cases.push({ name: `${name} Origin=${origin}`, run: () => run(origin), status: 403, code: 'ORIGIN_NOT_ALLOWED' });
    }
    await expectAll(cases);
    expect(await projectNames(server)).not.toContain('csrf');
    await expectHealthy(server);
  });

  it('should run requests from the server\'s own origin and from a listed --cors-origin', async () => {
    const ok = [ownOrigin(), `https://${own()}`, LISTED_ORIGIN];
    await expectAll(ok.flatMap((origin) => [
      { name: `GET query Origin=${origin}`, run: () => routes[1][1](origin), status: 200 },
      { name: `SSE Origin=${origin}`, run: () => routes[2][1](origin), status: 200 },
    ]));
  });

  it('should refuse what the browser marks cross-site or same-site, except a plain navigation to a page', async () => {
    const post = (headers: Record<string, string>) => () =>
      send(server, { method: 'POST', path: '/graphql', headers: { ...JSON_HEADERS, ...headers }, body: gql(attackMutation('fetch-site')) });
    const get = (path: string, headers: Record<string, string>) => () => send(server, { path, headers });
    await expectAll([
      { name: 'cross-site POST, no Origin', run: post({ 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'cors' }), status: 403, code: 'CROSS_SITE_REQUEST' },
      { name: 'same-site POST, no Origin', run: post({ 'sec-fetch-site': 'same-site', 'sec-fetch-mode': 'cors' }), status: 403, code: 'CROSS_SITE_REQUEST' },
      { name: 'cross-site form navigation POST', run: post({ 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate' }), status: 403, code: 'CROSS_SITE_REQUEST' },
      { name: 'cross-site no-cors GET query', run: get('/graphql?query=%7B__typename%7D', { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors' }), status: 403, code: 'CROSS_SITE_REQUEST' },
      { name: 'cross-site GET /metrics', run: get('/metrics', { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors' }), status: 403, code: 'CROSS_SITE_REQUEST' },
      { name: 'same-site GET hook', run: get('/hooks/claude', { 'sec-fetch-site': 'same-site', 'sec-fetch-mode': 'cors' }), status: 403, code: 'CROSS_SITE_REQUEST' },
      { name: 'cross-site with a listed Origin', run: post({ 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'cors', origin: LISTED_ORIGIN }), status: 200 },
      { name: 'same-origin POST', run: post({ 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'cors', origin: ownOrigin() }), status: 200 },
      { name: 'typed URL (none)', run: get('/', { 'sec-fetch-site': 'none', 'sec-fetch-mode': 'navigate' }), status: 200 },
      { name: 'link from another site to the UI', run: get('/', { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate' }), status: 200 },
      { name: 'link from another site to GraphiQL', run: get('/graphql', { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate', accept: 'text/html' }), status: 200 },
    ]);
    await expectHealthy(server);
  });

  it('should not run a form POST from another origin, however it is dressed', async () => {
    const form = (query: string) => `query=${encodeURIComponent(query)}`;
    const evil = { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate' };
    await expectAll([
      { name: 'form from evil', run: () => send(server, { method: 'POST', path: '/graphql', headers: { ...evil, 'content-type': 'application/x-www-form-urlencoded' }, body: form(attackMutation('form-1')) }), status: 403 },
      { name: 'form, no Origin', run: () => send(server, { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form(attackMutation('form-2')) }), status: 415 },
      { name: 'text/plain JSON, no Origin', run: () => send(server, { method: 'POST', path: '/graphql', headers: { 'content-type': 'text/plain' }, body: gql(attackMutation('form-3')) }), status: 415 },
      { name: 'form with own Origin', run: () => send(server, { method: 'POST', path: '/graphql', headers: { origin: ownOrigin(), 'content-type': 'application/x-www-form-urlencoded' }, body: form(attackMutation('form-4')) }), status: 415 },
      { name: 'multipart from evil', run: () => send(server, { method: 'POST', path: '/graphql', headers: { ...evil, 'content-type': 'multipart/form-data; boundary=B' }, body: `--B\r\nContent-Disposition: form-data; name="query"\r\n\r\n${attackMutation('form-5')}\r\n--B--\r\n` }), status: 403 },
      { name: 'JSON from evil', run: () => send(server, { method: 'POST', path: '/graphql', headers: { ...evil, ...JSON_HEADERS }, body: gql(attackMutation('form-6')) }), status: 403 },
      { name: 'GET mutation from evil', run: () => send(server, { path: `/graphql?query=${encodeURIComponent(attackMutation('form-7'))}`, headers: evil }), status: 403 },
      { name: 'GET mutation, no Origin', run: () => send(server, { path: `/graphql?query=${encodeURIComponent(attackMutation('form-8'))}` }), status: 405 },
    ]);
    expect((await projectNames(server)).filter((n) => n.startsWith('form-'))).toEqual([]);
    await expectHealthy(server);
  });
});

describe('CORS', () => {
  const preflight = (target: TestServer, origin: string) =>
    send(target, { method: 'OPTIONS', path: '/graphql', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });

  it('should answer a preflight from a listed origin with that origin only, and refuse others without CORS headers', async () => {
    const listed = await preflight(server, LISTED_ORIGIN);
    expect(listed.status).toBe(204);
    expect(listed.headers['access-control-allow-origin']).toBe(LISTED_ORIGIN);
    expect(listed.headers['access-control-allow-credentials']).toBe('true');
    for (const origin of ['https://evil.example', 'null', `http://localhost:${server.port}`]) {
      const refused = await preflight(server, origin);
      expect({ origin, status: refused.status, acao: refused.headers['access-control-allow-origin'] }).toEqual({ origin, status: 403, acao: undefined });
    }
    const actual = await send(server, { method: 'POST', path: '/graphql', headers: { origin: LISTED_ORIGIN, ...JSON_HEADERS }, body: gql('{ __typename }') });
    expect([actual.status, actual.headers['access-control-allow-origin']]).toEqual([200, LISTED_ORIGIN]);
  });

  it('should send no CORS headers to same-origin requests, nor to an origin another server lists', async () => {
    const same = await send(server, { method: 'POST', path: '/graphql', headers: { origin: ownOrigin(), ...JSON_HEADERS }, body: gql('{ __typename }') });
    expect([same.status, same.headers['access-control-allow-origin']]).toEqual([200, undefined]);
    const lockedOrigin = `http://127.0.0.1:${locked.port}`;
    const noCors = await send(locked, { method: 'OPTIONS', path: '/graphql', headers: { host: `127.0.0.1:${locked.port}`, origin: lockedOrigin, 'access-control-request-method': 'POST' } });
    expect(noCors.headers['access-control-allow-origin']).toBeUndefined();
    const listedElsewhere = await preflight(locked, LISTED_ORIGIN);
    expect([listedElsewhere.status, listedElsewhere.headers['access-control-allow-origin']]).toEqual([403, undefined]);
    await expectHealthy(server);
  });

  it('should answer a listed origin\'s preflight on a token server without the token, and its request only with it', async () => {
    const answered = await preflight(locked, DASHBOARD_ORIGIN);
    expect([answered.status, answered.headers['access-control-allow-origin']]).toEqual([204, DASHBOARD_ORIGIN]);
    const post = (authorization: string | null) =>
      send(locked, { method: 'POST', path: '/graphql', headers: { origin: DASHBOARD_ORIGIN, ...JSON_HEADERS, authorization }, body: gql('{ __typename }') });
    const without = await post(null);
    expect([without.status, codeOf(without)]).toEqual([401, 'UNAUTHENTICATED']);
    const withToken = await post(BEARER);
    expect([withToken.status, withToken.headers['access-control-allow-origin']]).toEqual([200, DASHBOARD_ORIGIN]);
  });
});

describe('WebSocket upgrades', () => {
  it('should refuse an upgrade with 403 for a foreign Host or Origin, and accept the server\'s own', async () => {
    const refused: Record<string, string>[] = [
      { host: 'rebind.evil.example' },
      { host: `evil.example:${server.port}`, origin: `http://evil.example:${server.port}` }, // the rebinding shape of the report
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { origin: `http://localhost:${server.port}` },
      { origin: `http://127.0.0.1:${server.port + 1}` },
      { origin: `http://127.0.0.2:${server.port}` },
      { host: '127.0.0.2', origin: 'http://127.0.0.2' },
      { host: 'localhost.evil.example', origin: 'http://localhost.evil.example' },
    ];
    const outcomes = [];
    for (const headers of refused) outcomes.push({ headers, outcome: await tryUpgrade(server, headers) });
    expect(outcomes).toEqual(refused.map((headers) => ({ headers, outcome: { opened: false, status: 403 } })));
    expect(await tryUpgrade(server, {}, '/elsewhere')).toEqual({ opened: false, status: 403 });
    expect(await tryUpgrade(server, {}, '/%zz')).toEqual({ opened: false, status: 400 });
    for (const headers of [{}, { origin: ownOrigin() }, { origin: LISTED_ORIGIN }, { host: `localhost:${server.port}`, origin: `http://localhost:${server.port}` }] as Record<string, string>[]) {
      expect({ headers, outcome: await tryUpgrade(server, headers) }).toEqual({ headers, outcome: { opened: true } });
    }
  });

  it('should keep running operations over an accepted socket', async () => {
    const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 });
    try {
      const result = await new Promise<unknown>((resolve, reject) =>
        client.subscribe({ query: '{ projects(first: 1) { totalCount } }' }, { next: resolve, error: reject, complete: () => {} }),
      );
      expect(result).toMatchObject({ data: { projects: { totalCount: expect.any(Number) } } });
    } finally {
      await client.dispose();
    }
    await expectHealthy(server);
  });
});

describe('hook endpoint', () => {
  it('should refuse foreign Hosts and Origins even with a live session token, and non-JSON bodies', async () => {
    const { token } = await createSession(server, undefined, 'corpus-hook');
    const live = `Bearer ${token}`;
    const hook = (headers: Record<string, string>, body = '{"hook_event_name":"Stop"}') => () => send(server, { method: 'POST', path: '/hooks/claude', headers: { ...JSON_HEADERS, ...headers }, body });
    await expectAll([
      { name: 'rebind', run: hook({ host: 'rebind.evil.example', authorization: live }), status: 403, code: 'HOST_NOT_ALLOWED' },
      { name: 'evil origin', run: hook({ origin: 'https://evil.example', authorization: live }), status: 403, code: 'ORIGIN_NOT_ALLOWED' },
      { name: 'cross-site', run: hook({ 'sec-fetch-site': 'cross-site', authorization: live }), status: 403, code: 'CROSS_SITE_REQUEST' },
      { name: 'form body', run: hook({ 'content-type': 'application/x-www-form-urlencoded', authorization: live }, 'a=b'), status: 415 },
      { name: 'text body', run: hook({ 'content-type': 'text/plain', authorization: live }), status: 415 },
      { name: 'multipart body', run: hook({ 'content-type': 'multipart/form-data; boundary=B', authorization: live }, '--B--\r\n'), status: 415 },
      { name: 'no token', run: hook({}), status: 401 },
      { name: 'made-up token', run: hook({ authorization: 'Bearer mst_made_up' }), status: 401 },
    ]);
    await expectHealthy(server);
  });
});

describe('server token shapes and /metrics', () => {
  const query = (authorization: string | null) => () =>
    send(locked, { method: 'POST', path: '/graphql', headers: { ...JSON_HEADERS, authorization }, body: gql(attackMutation('token-shape')) });
  const metrics = (authorization: string | null, target = () => locked) => () => send(target(), { path: '/metrics', headers: { authorization } });

  it('should answer 401 UNAUTHENTICATED to every token shape but the right one', async () => {
    const wrong = [null, '', 'Bearer', 'Bearer ', `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, `Basic ${Buffer.from(`u:${TOKEN}`).toString('base64')}`, `Bearer ${METRICS_TOKEN}`, `Bearer ${TOKEN.toUpperCase()}`, `Token ${TOKEN}`, `Bearer ${TOKEN},${TOKEN}`];
    await expectAll(wrong.map((authorization) => ({ name: `authorization=${authorization}`, run: query(authorization), status: 401, code: 'UNAUTHENTICATED' })));
    expect(await projectNames(locked, BEARER)).not.toContain('token-shape');
    await expectAll([{ name: 'right token', run: query(BEARER), status: 200 }]);
    await expectHealthy(locked, BEARER);
  });

  it('should keep /metrics behind the metrics token or the server token, and open on a server without tokens', async () => {
    await expectAll([
      { name: 'no token', run: metrics(null), status: 401, code: 'UNAUTHENTICATED' },
      { name: 'wrong token', run: metrics('Bearer nope'), status: 401, code: 'UNAUTHENTICATED' },
      { name: 'metrics token with a suffix', run: metrics(`Bearer ${METRICS_TOKEN}x`), status: 401, code: 'UNAUTHENTICATED' },
      { name: 'metrics token', run: metrics(`Bearer ${METRICS_TOKEN}`), status: 200 },
      { name: 'server token', run: metrics(BEARER), status: 200 },
      { name: 'open server', run: metrics(null, () => server), status: 200 },
    ]);
    const scraped = await send(locked, { path: '/metrics', headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(scraped.body).toContain('maestro_http_requests_total');
  });
});

describe('limits that hold with variables', () => {
  const nested = 'query Nested($n: Int) { projects(first: $n) { edges { node { tasks(first: $n) { edges { node { project { tasks(first: $n) { edges { node { id } } } } } } } } } } }';
  const post = (target: TestServer, body: string, accept = 'application/json', authorization?: string) => () =>
    send(target, { method: 'POST', path: '/graphql', headers: { ...JSON_HEADERS, accept, ...(authorization ? { authorization } : {}) }, body });

  it('should apply the cost limit to variable values and defaults, with a 4xx under application/graphql-response+json', async () => {
    const withDefault = nested.replace('($n: Int)', '($n: Int = 100)');
    const viaFragment = 'query F($n: Int) { projects(first: $n) { edges { node { ...T } } } } fragment T on Project { tasks(first: $n) { edges { node { project { tasks(first: $n) { edges { node { id } } } } } } } }';
    const literal = nested.replace('($n: Int)', '').replace(/\$n/g, '100');
    const gqlResponse = 'application/graphql-response+json';
    // 16 levels (the limit is 12): projects → edges → node, then task → edges → node → project three times.
    const deep = `{ projects(first: 1) { edges { node { ${'tasks(first: 1) { edges { node { project { '.repeat(3)}id${' }'.repeat(15)} }`;
    await expectAll([
      { name: 'variables n=100', run: post(server, gql(nested, { n: 100 })), status: 200, code: 'DOCUMENT_TOO_COMPLEX' },
      { name: 'variables n=100, graphql-response+json', run: post(server, gql(nested, { n: 100 }), gqlResponse), status: 400, code: 'DOCUMENT_TOO_COMPLEX' },
      { name: 'last: $n', run: post(server, gql(nested.replace(/first/g, 'last'), { n: 100 })), status: 200, code: 'DOCUMENT_TOO_COMPLEX' },
      { name: 'default value 100', run: post(server, gql(withDefault)), status: 200, code: 'DOCUMENT_TOO_COMPLEX' },
      { name: 'default value 100, graphql-response+json', run: post(server, gql(withDefault), gqlResponse), status: 400, code: 'DOCUMENT_TOO_COMPLEX' },
      { name: 'through a fragment', run: post(server, gql(viaFragment, { n: 100 })), status: 200, code: 'DOCUMENT_TOO_COMPLEX' },
      { name: 'literal', run: post(server, gql(literal)), status: 200, code: 'DOCUMENT_TOO_COMPLEX' },
      { name: 'literal, graphql-response+json', run: post(server, gql(literal), gqlResponse), status: 400, code: 'DOCUMENT_TOO_COMPLEX' },
      { name: 'depth, graphql-response+json', run: post(server, gql(deep), gqlResponse), status: 400, code: 'DOCUMENT_TOO_COMPLEX' },
      { name: 'over graphql-response+json on the locked server', run: post(locked, gql(nested, { n: 100 }), gqlResponse, BEARER), status: 400, code: 'DOCUMENT_TOO_COMPLEX' },
      { name: 'small pages pass', run: post(server, gql(nested, { n: 5 })), status: 200 },
      { name: 'small default passes', run: post(server, gql(nested.replace('($n: Int)', '($n: Int = 3)'))), status: 200 },
    ]);
    const small = JSON.parse((await post(server, gql(nested, { n: 5 }))()).body);
    expect(small.errors).toBeUndefined();
    await expectHealthy(server);
  });

  it('should apply the cost limit to variables over graphql-ws too, leaving the socket usable', async () => {
    const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 });
    const first = (query: string, variables: Record<string, unknown>) =>
      new Promise<{ errors?: { extensions?: { code?: string } }[]; data?: unknown }>((resolve) => {
        client.subscribe({ query, variables }, { next: (r) => resolve(r as never), error: (e) => resolve({ errors: Array.isArray(e) ? e : [{}] }), complete: () => {} });
      });
    try {
      // Same code as over HTTP, and none of the HTTP-status plumbing (extensions.http) leaks onto the socket.
      expect((await first(nested, { n: 100 })).errors?.[0]?.extensions).toEqual({ code: 'DOCUMENT_TOO_COMPLEX' });
      expect((await first(nested.replace('($n: Int)', '').replace(/\$n/g, '100'), {})).errors?.[0]?.extensions).toEqual({ code: 'DOCUMENT_TOO_COMPLEX' });
      expect((await first(nested, { n: 5 })).errors).toBeUndefined();
    } finally {
      await client.dispose();
    }
  });

  it('should refuse nodes(ids:) beyond 100 ids with BAD_USER_INPUT, as a literal or a variable, and serve 100', async () => {
    const created = JSON.parse((await post(server, gql(attackMutation('nodes-target').replace('__typename', '... on CreateProjectPayload { project { id } }')))()).body);
    const id: string = created.data.createProject.project.id;
    const byVariable = 'query N($ids: [ID!]!) { nodes(ids: $ids) { id } }';
    const ids = (n: number) => Array.from({ length: n }, () => id);
    const code = async (body: string) => JSON.parse((await post(server, body)()).body).errors?.[0]?.extensions?.code;
    expect(await code(gql(byVariable, { ids: ids(101) }))).toBe('BAD_USER_INPUT');
    expect(await code(gql(byVariable, { ids: ids(20_000) }))).toBe('BAD_USER_INPUT');
    expect(await code(gql(`{ nodes(ids: [${ids(101).map((i) => JSON.stringify(i)).join(',')}]) { id } }`))).toBe('BAD_USER_INPUT');
    const hundred = JSON.parse((await post(server, gql(byVariable, { ids: ids(100) }))()).body);
    expect(hundred.errors).toBeUndefined();
    expect(hundred.data.nodes).toHaveLength(100);
    expect(hundred.data.nodes[99]).toEqual({ id });
    await expectHealthy(server);
  });
});

describe('field suggestions', () => {
  const misspelt = [
    '{ projectz(first: 1) { totalCount } }',
    '{ projects(frist: 1) { totalCount } }',
    'query($x: Projectt) { __typename }',
    '{ tasks(first: 1, status: TODOO) { totalCount } }',
    'mutation { createProject(input: { nam: "x" }) { __typename } }',
  ];
  const errorsOf = async (target: TestServer, body: string, authorization?: string) =>
    JSON.parse((await send(target, { method: 'POST', path: '/graphql', headers: { ...JSON_HEADERS, ...(authorization ? { authorization } : {}) }, body })).body).errors as { message: string }[];

  it('should give no "Did you mean" hints with introspection off, in validation or in variable coercion', async () => {
    const messages: string[] = [];
    for (const query of misspelt) messages.push(...(await errorsOf(locked, gql(query), BEARER)).map((e) => e.message));
    messages.push(...(await errorsOf(locked, gql('mutation($i: CreateProjectInput!) { createProject(input: $i) { __typename } }', { i: { nam: 'x' } }), BEARER)).map((e) => e.message));
    expect(messages.length).toBeGreaterThanOrEqual(misspelt.length + 1);
    expect(messages.filter((m) => /did you mean/i.test(m))).toEqual([]);
    await expectHealthy(locked, BEARER);
  });

  it('should keep the hints where introspection is on (the schema is public there anyway)', async () => {
    const [error] = await errorsOf(server, gql(misspelt[0]!));
    expect(error!.message).toMatch(/Did you mean "project" or "projects"\?/);
  });
});

describe('malformed request targets', () => {
  const raw = (target: string) => rawExchange(server, [`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nConnection: close\r\n\r\n`]);

  it('should answer 400 to malformed paths and targets on every route, and never 500', async () => {
    const targets = ['/%', '/%zz', '/%E0%A4%A', '/graphql%', '/graphql/%ff%', '/hooks/claude%', '/metrics%', '/assets/%c0', '//evil.example/graphql', 'http://evil.example/graphql', '*'];
    const outcomes: { target: string; status: number }[] = [];
    for (const target of targets) outcomes.push({ target, status: statusOf(await raw(target)) });
    expect(outcomes).toEqual(targets.map((target) => ({ target, status: 400 })));
    const malformedPost = await send(server, { method: 'POST', path: '/graphql%zz', headers: JSON_HEADERS, body: gql(attackMutation('malformed')) });
    expect([malformedPost.status, codeOf(malformedPost)]).toEqual([400, 'MALFORMED_URL']);
    expect(await projectNames(server)).not.toContain('malformed');
    await expectHealthy(server);
  });
});

describe('slow requests', () => {
  const head = (path: string, length: number, type = 'application/json') =>
    `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Type: ${type}\r\nContent-Length: ${length}\r\n\r\n`;

  it('should drop a body that never finishes, on /graphql and /hooks/claude, with 408', async () => {
    const { token } = await createSession(server, undefined, 'corpus-slow');
    const stalled = await Promise.all([
      rawExchange(server, [head('/graphql', 1000), '{"query":"']),
      // The hook endpoint reads the body only for a live session's token.
      rawExchange(server, [head('/hooks/claude', 1000).replace('\r\n\r\n', `\r\nAuthorization: Bearer ${token}\r\n\r\n`), '{"hook_event_name":']),
      rawExchange(server, [`POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{"que\r\n`]),
    ]);
    expect(stalled.map(statusOf)).toEqual([408, 408, 408]);
    await expectHealthy(server);
  });

  it('should drop a body trickled a byte at a time past the request timeout', async () => {
    const body = gql(attackMutation('trickled'));
    const pieces = [head('/graphql', body.length), ...body.split('')];
    const answer = await rawExchange(server, pieces, 100); // ~10 s to send it all, far past the 1.5 s timeout
    expect(statusOf(answer)).toBe(408);
    expect(await projectNames(server)).not.toContain('trickled');
  });

  it('should drop headers that never finish', async () => {
    const answer = await rawExchange(server, [`GET /graphql HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nX-Slow: `]);
    expect([0, 408]).toContain(statusOf(answer));
    await expectHealthy(server);
  });
});

describe('configuration', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const refusedStart = async (args: string[]) => {
    const dataDir = tempDir();
    dirs.push(dataDir);
    return startServer({ dataDir, args }).then(() => 'started', (error: Error) => error.message);
  };

  it('should refuse a non-loopback bind without --public-host, and bad flag values, with a clear message', async () => {
    // One at a time: five servers booting at once on a loaded machine can miss startServer's 30 s.
    const noPublic = await refusedStart(['--host', '0.0.0.0', '--auth-token', 'tok-123456']);
    const badOrigin = await refusedStart(['--cors-origin', 'https://app.example/path']);
    const wildcardOrigin = await refusedStart(['--cors-origin', '*']);
    const badHost = await refusedStart(['--public-host', 'http://maestro.example']);
    const badTimeout = await refusedStart(['--request-timeout-ms', '10']);
    expect(noPublic).toMatch(/--public-host NAME/);
    expect(badOrigin).toMatch(/Invalid --cors-origin "https:\/\/app\.example\/path"/);
    expect(wildcardOrigin).toMatch(/Invalid --cors-origin "\*"/);
    expect(badHost).toMatch(/Invalid --public-host "http:\/\/maestro\.example"/);
    expect(badTimeout).toMatch(/Invalid --request-timeout-ms "10"/);
  }, 180_000);

  it('should read the lists from MAESTRO_PUBLIC_HOSTS and MAESTRO_CORS_ORIGINS', async () => {
    const configured = await startServer({ args: ['--no-runner'], env: { MAESTRO_PUBLIC_HOSTS: 'a.example, b.example:9000', MAESTRO_CORS_ORIGINS: 'https://one.example,https://two.example' } });
    await expectAll([
      { name: 'a.example', run: () => send(configured, { path: '/graphql?query=%7B__typename%7D', headers: { host: 'a.example:1234' } }), status: 200 },
      { name: 'b.example:9000', run: () => send(configured, { path: '/graphql?query=%7B__typename%7D', headers: { host: 'b.example:9000' } }), status: 200 },
      { name: 'b.example other port', run: () => send(configured, { path: '/graphql?query=%7B__typename%7D', headers: { host: 'b.example:9001' } }), status: 403, code: 'HOST_NOT_ALLOWED' },
      { name: 'two.example', run: () => send(configured, { path: '/graphql?query=%7B__typename%7D', headers: { origin: 'https://two.example' } }), status: 200 },
      { name: 'three.example', run: () => send(configured, { path: '/graphql?query=%7B__typename%7D', headers: { origin: 'https://three.example' } }), status: 403, code: 'ORIGIN_NOT_ALLOWED' },
    ]);
    await configured.stop();
  });
});

describe('the corpus', () => {
  it('should have sent well over 200 hostile and control requests', () => {
    console.info(`transport corpus: ${requestsSent()} requests`);
    expect(requestsSent()).toBeGreaterThan(200);
  });
});
