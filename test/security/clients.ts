/**
 * One GraphQL operation over each transport the server speaks — HTTP POST, graphql-ws (token in
 * connectionParams or in the upgrade request's Authorization header) and SSE — each answering with
 * the results it got. Every request is counted (`requestCount`), so the security corpus can say how
 * many it sent.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestServer } from '../helpers/server.ts';
import { sseMessages } from '../helpers/sse.ts';

export type GqlError = { message: string; extensions?: { code?: string } };
export type Outcome = {
  /** Every `data` received (one for queries and mutations, one per event for subscriptions). */
  data: unknown[];
  errors: GqlError[];
  /** The HTTP status (HTTP and SSE) or the WebSocket close code when the server refused the connection. */
  status: number | null;
  /** Everything received, as text: for leak checks. */
  raw: string;
  /** The server completed the operation (rather than the client giving up at its timeout). */
  completed: boolean;
};
export type Transport = 'http' | 'ws-params' | 'ws-header' | 'sse';
export const TRANSPORTS: readonly Transport[] = ['http', 'ws-params', 'ws-header', 'sse'];

let requests = 0;
export const requestCount = () => requests;

type Op = { query: string; variables?: Record<string, unknown> };
type Options = { token?: string | null; headers?: Record<string, string>; /** Subscriptions: resolve once this holds (default: the first result). */ until?: (o: Outcome) => boolean; timeoutMs?: number };

export async function run(server: TestServer, transport: Transport, op: Op, options: Options = {}): Promise<Outcome> {
  requests += 1;
  if (transport === 'http') return http(server, op, options);
  if (transport === 'sse') return sse(server, op, options);
  return ws(server, op, options, transport === 'ws-header');
}

const authHeader = (token: string | null | undefined): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});

async function http(server: TestServer, op: Op, options: Options): Promise<Outcome> {
  const res = await fetch(server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...authHeader(options.token), ...options.headers },
    body: JSON.stringify(op),
  });
  const raw = await res.text();
  const body = JSON.parse(raw) as { data?: unknown; errors?: GqlError[] };
  return { data: body.data === undefined ? [] : [body.data], errors: body.errors ?? [], status: res.status, raw, completed: true };
}

async function sse(server: TestServer, op: Op, options: Options): Promise<Outcome> {
  const controller = new AbortController();
  const outcome: Outcome = { data: [], errors: [], status: null, raw: '', completed: false };
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 20_000);
  try {
    const res = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...authHeader(options.token), ...options.headers },
      body: JSON.stringify(op),
      signal: controller.signal,
    });
    outcome.status = res.status;
    if (!(res.headers.get('content-type') ?? '').includes('text/event-stream')) {
      outcome.raw = await res.text();
      const body = JSON.parse(outcome.raw) as { data?: unknown; errors?: GqlError[] };
      if (body.data !== undefined) outcome.data.push(body.data);
      outcome.errors.push(...(body.errors ?? []));
      outcome.completed = true;
      return outcome;
    }
    for await (const { type, data } of sseMessages(res.body)) {
      if (type === 'complete') {
        outcome.completed = true;
        return outcome;
      }
      if (type !== 'next' || !data) continue;
      outcome.raw += data;
      const result = JSON.parse(data) as { data?: unknown; errors?: GqlError[] };
      if (result.data !== undefined && result.data !== null) outcome.data.push(result.data);
      outcome.errors.push(...(result.errors ?? []));
      if ((options.until ?? (() => true))(outcome)) return outcome;
    }
    return outcome;
  } catch (error) {
    if (!controller.signal.aborted) throw error;
    return outcome;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

/** A WebSocket that sends the token in its upgrade request (as a non-browser client can). */
function withUpgradeHeaders(headers: Record<string, string>) {
  return class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  };
}

function ws(server: TestServer, op: Op, options: Options, inHeader: boolean): Promise<Outcome> {
  const headers = { ...(inHeader ? authHeader(options.token) : {}), ...options.headers };
  const client = createClient({
    url: server.wsUrl,
    webSocketImpl: withUpgradeHeaders(headers),
    retryAttempts: 0,
    lazy: true,
    connectionParams: inHeader || !options.token ? {} : { authorization: `Bearer ${options.token}` },
  });
  const outcome: Outcome = { data: [], errors: [], status: null, raw: '', completed: false };
  return new Promise<Outcome>((resolve) => {
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      unsubscribe();
      void client.dispose();
      resolve(outcome);
    };
    const timer = setTimeout(finish, options.timeoutMs ?? 20_000);
    const unsubscribe = client.subscribe(op as { query: string }, {
      next: (result) => {
        outcome.raw += JSON.stringify(result);
        if (result.data !== undefined && result.data !== null) outcome.data.push(result.data);
        outcome.errors.push(...((result.errors ?? []) as GqlError[]));
        if ((options.until ?? (() => true))(outcome)) finish();
      },
      error: (error) => {
        if (Array.isArray(error)) outcome.errors.push(...(error as GqlError[]));
        else if (error && typeof error === 'object' && 'code' in error) outcome.status = (error as { code: number }).code;
        else outcome.errors.push({ message: String(error) });
        outcome.raw += JSON.stringify(error);
        finish();
      },
      complete: () => {
        outcome.completed = true;
        finish();
      },
    });
  });
}

export const codes = (o: Outcome) => o.errors.map((e) => e.extensions?.code);
