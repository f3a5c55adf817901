/**
 * Typed GraphQL over real HTTP. `execute(server, Doc, vars)` POSTs a generated document
 * (test/gql) and returns the parsed `{ data, errors }`; it never throws on GraphQL errors.
 */
import type { TypedDocumentString } from '../gql/graphql.ts';

export type GraphQLResponse<T> = { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };

export async function execute<T, V>(
  target: { graphqlUrl: string } | string,
  document: TypedDocumentString<T, V>,
  ...[variables]: V extends Record<string, never> ? [] | [V] : [V]
): Promise<GraphQLResponse<T>> {
  const url = typeof target === 'string' ? target : target.graphqlUrl;
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  return (await res.json()) as GraphQLResponse<T>;
}

/** Same as execute, for raw query strings (malformed-input tests, integrator-style queries). */
export async function executeRaw(target: { graphqlUrl: string }, query: string, variables?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(target.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as GraphQLResponse<any> };
}
