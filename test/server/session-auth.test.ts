import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeRaw } from '../helpers/graphql.ts';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';

const SERVER_TOKEN = 'server-secret-token';
let server: TestServer;

beforeAll(async () => {
  server = await startServer({ args: ['--auth-token', SERVER_TOKEN, '--no-runner'] });
});
afterAll(() => stopAllServers());

const asServer = { authorization: `Bearer ${SERVER_TOKEN}` };

describe('session tokens on a server with --auth-token', () => {
  it('should let a live session token use the API and refuse a made-up one', async () => {
    const project = await executeRaw(server, 'mutation { createProject(input: { name: "auth" }) { ... on CreateProjectPayload { project { id } } } }', undefined, asServer);
    const projectId = project.body.data.createProject.project.id as string;
    const session = await executeRaw(
      server,
      'mutation($p: ID!) { createSession(input: { projectId: $p, name: "hand" }) { __typename ... on CreateSessionPayload { token } } }',
      { p: projectId },
      asServer,
    );
    const token = session.body.data.createSession.token as string;
    expect(token).toMatch(/^mst_/);
    const withSession = await executeRaw(server, '{ projects(first: 1) { edges { node { id } } } }', undefined, { authorization: `Bearer ${token}` });
    expect(withSession.status).toBe(200);
    expect(withSession.body.data.projects.edges).toHaveLength(1);
    const forged = await executeRaw(server, '{ projects(first: 1) { edges { node { id } } } }', undefined, { authorization: `Bearer ${token}x` });
    expect(forged.status).toBe(401);
    expect(forged.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
