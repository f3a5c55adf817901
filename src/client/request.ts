/**
 * The typed request helper shared by clients: POSTs a generated document to /graphql and returns
 * its data, or throws a RequestError whose `code` says what kind of failure it was:
 *   NETWORK            the server could not be reached (with a hint to start it),
 *   TIMEOUT            no answer within timeoutMs,
 *   HTTP_<status>      a non-GraphQL HTTP failure,
 *   UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT, … the GraphQL error's extensions.code.
 * Imports nothing from the rest of src/.
 *
 * It speaks HTTP with node:http rather than fetch: a process that used fetch (undici) waits about
 * 100 ms at exit for V8's background work on undici's code, and `maestro` is a process per command
 * (every agent tool call, every script line), so that wait was a third of a command's time.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';

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
};

export function graphqlEndpoint(server: string): string {
  const trimmed = server.replace(/\/+$/, '');
  return trimmed.endsWith('/graphql') ? trimmed : `${trimmed}/graphql`;
}

type HttpAnswer = { status: number; statusText: string; text: string };

/** Thrown by `post` when the whole exchange took longer than its bound. */
class Timeout extends Error {}

/** POSTs `body` and reads the whole answer, within `timeoutMs` for all of it (as fetch's timeout signal would). */
async function post(url: string, headers: Record<string, string>, body: string, timeoutMs: number): Promise<HttpAnswer> {
  // node:https (TLS, crypto) only for an https server: loading it costs a loopback command ~20 ms.
  const send = url.startsWith('https:') ? (await import('node:https')).request : httpRequest;
  return new Promise((resolve, reject) => {
    let timedOut = false;
    const fail = (error: Error) => {
      clearTimeout(timer);
      reject(timedOut ? new Timeout() : error);
    };
    const req = send(url, { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', text: Buffer.concat(chunks).toString('utf8') });
      });
      res.on('error', fail);
      res.on('close', () => res.complete || fail(new Error('the connection closed before the whole answer arrived')));
    });
    const timer = setTimeout(() => {
      timedOut = true;
      req.destroy(new Timeout());
    }, timeoutMs);
    req.on('error', fail);
    req.end(body);
  });
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
  const timeoutMs = options.timeoutMs ?? 30_000;
  let response: HttpAnswer;
  try {
    response = await post(url, headers, JSON.stringify({ query: document.toString(), variables: variables ?? {} }), timeoutMs);
  } catch (error) {
    if (error instanceof Timeout) throw new RequestError('TIMEOUT', `No answer from ${url} within ${timeoutMs} ms.`);
    throw new RequestError(
      'NETWORK',
      `Cannot reach the Maestro server at ${url} (${(error as Error).message}). ` +
        'Is it running? Start it with `npm start`, or point --server / MAESTRO_SERVER_URL at it.',
    );
  }
  const ok = response.status >= 200 && response.status < 300;
  let body: { data?: TResult | null; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = JSON.parse(response.text);
  } catch {
    throw new RequestError(`HTTP_${response.status}`, `${url} answered ${response.status} ${response.statusText} without a GraphQL body.`);
  }
  const first = body.errors?.[0];
  if (first) throw new RequestError(first.extensions?.code ?? (ok ? 'GRAPHQL_ERROR' : `HTTP_${response.status}`), first.message);
  if (!ok || body.data == null) throw new RequestError(`HTTP_${response.status}`, `${url} answered ${response.status} with no data.`);
  return body.data;
}
