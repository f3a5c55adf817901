import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { execute } from './helpers/graphql.ts';
import { startServer, stopAllServers, type TestServer } from './helpers/server.ts';

const CreateProject = graphql(`
  mutation SmokeCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      __typename
      ... on CreateProjectPayload { project { id name } }
      ... on Error { message }
    }
  }
`);

const Projects = graphql(`
  query SmokeProjects { projects(first: 5) { edges { node { id name } } } }
`);

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => stopAllServers());

describe('smoke', () => {
  it('should create a project and list it over real HTTP', async () => {
    const created = await execute(server, CreateProject, { input: { name: 'Smoke' } });
    expect(created.data?.createProject.__typename).toBe('CreateProjectPayload');
    const listed = await execute(server, Projects);
    expect(listed.data?.projects.edges.map((e) => e.node.name)).toEqual(['Smoke']);
  });
});
