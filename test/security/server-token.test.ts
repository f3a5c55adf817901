/**
 * With a server token (`--auth-token`), every operation needs a viewer: the server token (the
 * operator) or a live session's token. The only thing served without one is the GraphiQL page
 * itself — a GET that accepts HTML used to skip the token check, and with GraphiQL off it executed
 * the query (and with text/event-stream streamed the whole event log).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { codes, run, TRANSPORTS } from './clients.ts';

const SERVER_TOKEN = 'rotating-server-token-1';
const SECRET = 'server-token-secret';
let noGraphiql: TestServer;
let withGraphiql: TestServer;

async function seed(server: TestServer) {
  const outcome = await run(server, 'http', { query: 'mutation($i: CreateProjectInput!) { createProject(input: $i) { __typename } }', variables: { i: { name: SECRET } } }, { token: SERVER_TOKEN });
  expect(outcome.data[0]).toEqual({ createProject: { __typename: 'CreateProjectPayload' } });
}

beforeAll(async () => {
  [noGraphiql, withGraphiql] = await Promise.all([
    startServer({ args: ['--auth-token', SERVER_TOKEN, '--no-graphiql', '--no-runner'] }),
    startServer({ args: ['--auth-token', SERVER_TOKEN, '--no-runner'] }),
  ]);
  await Promise.all([seed(noGraphiql), seed(withGraphiql)]);
}, 120_000);
afterAll(() => stopAllServers());

const projectsQuery = '{ projects { edges { node { name } } } }';
const eventsSubscription = 'subscription { events(fromStart: true) { seq payload } }';
const acceptVariants = ['text/html, application/json', 'text/html', 'text/html, text/event-stream', 'text/event-stream', 'application/json', '*/*', 'application/graphql-response+json'];

function getUrl(server: TestServer, query: string) {
  return `${server.graphqlUrl}?query=${encodeURIComponent(query)}`;
}

describe('GET /graphql without a token', () => {
  it('should execute nothing, whatever it accepts, with GraphiQL off', async () => {
    for (const accept of acceptVariants) {
      for (const query of [projectsQuery, eventsSubscription]) {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), 10_000);
        const res = await fetch(getUrl(noGraphiql, query), { headers: { accept }, signal: controller.signal });
        const body = await res.text();
        clearTimeout(timer);
        expect(res.status, `${accept} ${query}: ${body}`).toBe(401);
        expect(body).not.toContain(SECRET);
        expect(JSON.parse(body).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      }
    }
    // A wrong token and a made-up session token are no better than none.
    for (const token of ['wrong', 'Bearer wrong', `${SERVER_TOKEN}x`, 'mst_madeup']) {
      const res = await fetch(getUrl(noGraphiql, projectsQuery), { headers: { accept: 'text/html, application/json', authorization: token.startsWith('Bearer') ? token : `Bearer ${token}` } });
      expect(res.status).toBe(401);
      expect(await res.text()).not.toContain(SECRET);
    }
    expect((await fetch(`${noGraphiql.url}/healthz`)).status).toBe(200);
  });

  it('should serve the GraphiQL page itself without a token when GraphiQL is on, and no data', async () => {
    const page = await fetch(withGraphiql.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const withQuery = await fetch(getUrl(withGraphiql, projectsQuery), { headers: { accept: 'text/html, application/json' } });
    expect(await withQuery.text()).not.toContain(SECRET);
    const json = await fetch(getUrl(withGraphiql, projectsQuery), { headers: { accept: 'application/json' } });
    expect(json.status).toBe(401);
  });

  it('should answer the server token as the operator on every transport, and nobody without it', async () => {
    for (const server of [noGraphiql, withGraphiql]) {
      for (const transport of TRANSPORTS) {
        const operator = await run(server, transport, { query: projectsQuery }, { token: SERVER_TOKEN });
        expect(operator.data[0], `${transport}: ${operator.raw}`).toEqual({ projects: { edges: [{ node: { name: SECRET } }] } });
        for (const token of [null, 'wrong', `${SERVER_TOKEN}x`]) {
          const nobody = await run(server, transport, { query: projectsQuery }, { token });
          expect(nobody.data, `${transport} ${token}: ${nobody.raw}`).toEqual([]);
          expect(nobody.raw).not.toContain(SECRET);
          if (transport.startsWith('ws')) expect(nobody.status).toBe(4403);
          else expect(codes(nobody)).toEqual(['UNAUTHENTICATED']);
        }
      }
    }
  });
});
