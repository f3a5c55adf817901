/**
 * The typed request helper shared by clients: POSTs a generated document to /graphql and returns
 * its data, or throws a RequestError whose `code` says what kind of failure it was:
 *   NETWORK            the server could not be reached (with a hint to start it),
 *   TIMEOUT            no answer within timeoutMs,
 *   HTTP_<status>      a non-GraphQL HTTP failure,
 *   UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT, … the GraphQL error's extensions.code.
 * Imports nothing from the rest of src/.
 */
export type TypedDocument<TResult, TVariables> = { toString(): string; __apiType?: (v: TVariables) => TResult };

export class RequestError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

export type RequestOptions = {
  /** Base server URL (http://127.0.0.1:4000) or the /graphql endpoint itself. */
  server: string;
  token?: string | null;
  actor?: string | null;
  timeoutMs?: number;
  headers?: Record<string, string>;
  fetch?: typeof fetch;
};

export function graphqlEndpoint(server: string): string {
  const trimmed = server.replace(/\/+$/, '');
  return trimmed.endsWith('/graphql') ? trimmed : `${trimmed}/graphql`;
}

export async function request<TResult, TVariables>(
  options: RequestOptions,
  document: TypedDocument<TResult, TVariables>,
  variables?: TVariables,
): Promise<TResult> {
  const url = graphqlEndpoint(options.server);
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json', ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.actor) headers['x-maestro-actor'] = options.actor;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') {
      throw new RequestError('TIMEOUT', `No answer from ${url} within ${options.timeoutMs ?? 30_000} ms.`);
    }
    throw new RequestError(
      'NETWORK',
      `Cannot reach the Maestro server at ${url} (${(error as Error & { cause?: Error }).cause?.message ?? (error as Error).message}). ` +
        'Is it running? Start it with `npm start`, or point --server / MAESTRO_SERVER_URL at it.',
    );
  }
  let body: { data?: TResult | null; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = await response.json();
  } catch {
    throw new RequestError(`HTTP_${response.status}`, `${url} answered ${response.status} ${response.statusText} without a GraphQL body.`);
  }
  const first = body.errors?.[0];
  if (first) throw new RequestError(first.extensions?.code ?? (response.ok ? 'GRAPHQL_ERROR' : `HTTP_${response.status}`), first.message);
  if (!response.ok || body.data == null) throw new RequestError(`HTTP_${response.status}`, `${url} answered ${response.status} with no data.`);
  return body.data;
}
