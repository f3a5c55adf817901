/**
 * Document limits (src/document-limits.ts): a document over the depth, alias, directive, token or
 * cost limit is refused before anything runs — an error with DOCUMENT_TOO_COMPLEX (over HTTP with
 * the status Yoga gives any invalid document), or over graphql-ws an error for that one operation,
 * whose connection stays usable. GraphiQL's introspection and
 * ordinary documents pass.
 */
import { getIntrospectionQuery } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DOCUMENT_LIMITS } from '../../src/document-limits.ts';
import { executeRaw } from '../helpers/graphql.ts';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => stopAllServers());

/** A document exactly `depth` levels deep (the leaf counts): projects → edges → node → tasks → … → id. */
const nest = (depth: number) => {
  const chain = ['projects(first: 1)', 'edges', 'node'];
  while (chain.length < depth - 1) chain.push(...['tasks(first: 1)', 'edges', 'node', 'project']);
  return `{ ${chain.slice(0, depth - 1).reduceRight((inner, field) => `${field} { ${inner} }`, 'id')} }`;
};
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: projects(first: 1) { totalCount }`).join(' ')} }`;
const directives = (n: number) => `{ projects(first: 1) { ${'totalCount @include(if: true) '.repeat(n)} } }`;
const tokens = (n: number) => `{ projects(first: 1) { ${'totalCount '.repeat(n)} } }`;
const costly = `{ projects(first: 100) { edges { node { tasks(first: 100) { edges { node { project { tasks(first: 100) { edges { node { id } } } } } } } } } } }`;

const cases: [string, string, string][] = [
  ['depth', nest(DOCUMENT_LIMITS.depth + 1), 'Query depth limit of 12 exceeded, found 13'],
  ['aliases', aliases(DOCUMENT_LIMITS.aliases + 1), 'Aliases limit of 20'],
  ['directives', directives(DOCUMENT_LIMITS.directives + 1), 'Directives limit of 20'],
  ['tokens', tokens(DOCUMENT_LIMITS.tokens), 'Token limit of 3000'],
  ['cost', costly, 'Query Cost limit of 5000000'],
];

describe('document limits over HTTP', () => {
  it.each(cases)('should refuse a document over the %s limit with DOCUMENT_TOO_COMPLEX', async (_name, query, message) => {
    const { body } = await executeRaw(server, query);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions?.code).toBe('DOCUMENT_TOO_COMPLEX');
    expect(body.errors![0]!.message).toContain(message);
  });

  it('should pass documents just inside the limits, and GraphiQL\'s introspection', async () => {
    for (const query of [nest(DOCUMENT_LIMITS.depth), aliases(DOCUMENT_LIMITS.aliases), directives(DOCUMENT_LIMITS.directives), getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true })]) {
      const { status, body } = await executeRaw(server, query);
      expect({ query: query.slice(0, 60), status, errors: body.errors }).toEqual({ query: query.slice(0, 60), status: 200, errors: undefined });
    }
  });

  it('should run nothing from a refused document', async () => {
    const mutations = `mutation { ${Array.from({ length: 25 }, (_, i) => `m${i}: createProject(input: { name: "over ${i}" }) { __typename }`).join(' ')} }`;
    const { body } = await executeRaw(server, mutations);
    expect(body.errors?.[0]?.extensions?.code).toBe('DOCUMENT_TOO_COMPLEX');
    const after = await executeRaw(server, `{ projects(first: 100) { edges { node { name } } } }`);
    expect(after.body.data.projects.edges.filter((e: { node: { name: string } }) => e.node.name.startsWith('over '))).toEqual([]);
  });
});

describe('document limits over graphql-ws', () => {
  let client: Client;
  beforeAll(() => {
    client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 });
  });
  afterAll(() => client.dispose());

  const firstResult = (query: string) =>
    new Promise<{ errors?: { message: string; extensions?: { code?: string } }[]; data?: unknown }>((resolve) => {
      const stop = client.subscribe({ query }, {
        next: (result) => {
          resolve(result as never);
          stop();
        },
        error: (error) => resolve({ errors: Array.isArray(error) ? error : [{ message: String(error) }] }),
        complete: () => {},
      });
    });

  it('should answer the one operation with DOCUMENT_TOO_COMPLEX or a syntax error and keep the connection', async () => {
    await executeRaw(server, `mutation { createProject(input: { name: "ws" }) { __typename } }`);
    const over = await firstResult(`subscription { events { ${'seq @include(if: true) '.repeat(25)} } }`);
    expect(over.errors?.[0]?.extensions?.code).toBe('DOCUMENT_TOO_COMPLEX');
    const tooManyTokens = await firstResult(`subscription { events { ${'seq '.repeat(DOCUMENT_LIMITS.tokens)} } }`);
    expect(tooManyTokens.errors?.[0]?.extensions?.code).toBe('DOCUMENT_TOO_COMPLEX');
    const syntax = await firstResult(`subscription { events { seq `);
    expect(syntax.errors?.[0]?.message).toMatch(/Syntax Error/);
    // The same connection still serves a valid subscription.
    const ok = await firstResult(`subscription { events(fromStart: true) { seq } }`);
    expect(ok.errors).toBeUndefined();
    expect(ok.data).toMatchObject({ events: { seq: expect.any(Number) } });
  });
});
