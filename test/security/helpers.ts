/**
 * Hostile-request helpers for test/security: requests with any Host, Origin, method and body
 * (fetch forbids setting Host and Origin), raw bytes over TCP for what no HTTP client would send,
 * WebSocket upgrades that report their outcome, and a health check run after every family.
 * Each request is counted, so a suite can say how many hostile requests it made.
 */
import { request } from 'node:http';
import { connect } from 'node:net';
import WebSocket from 'ws';
import { expect } from 'vitest';
import type { TestServer } from '../helpers/server.ts';

export type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

let sent = 0;
/** Requests (HTTP, raw, WebSocket) made through these helpers so far in this file. */
export const requestsSent = () => sent;

/**
 * One HTTP request to 127.0.0.1:port with exactly these headers: `host` defaults to the server's
 * own; pass `host: null` to send none.
 */
export function send(
  server: TestServer,
  options: { method?: string; path?: string; headers?: Record<string, string | null>; body?: string | Buffer; readLimit?: number },
): Promise<Answer> {
  sent++;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries({ host: `127.0.0.1:${server.port}`, ...options.headers })) if (value !== null) headers[name] = value;
  if (options.body !== undefined) headers['content-length'] = String(Buffer.byteLength(options.body));
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, method: options.method ?? 'GET', path: options.path ?? '/', headers, setHost: false, agent: false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
          // An event stream never ends: stop reading once we have seen enough of it.
          if (options.readLimit !== undefined && body.length >= options.readLimit && String(res.headers['content-type']).includes('text/event-stream')) {
            res.destroy();
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
          }
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        res.on('error', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A GraphQL POST body. */
export const gql = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });

/** The status line's code of a raw HTTP answer, or 0 when the connection closed with none. */
export const statusOf = (raw: string) => Number(/^HTTP\/1\.[01] (\d{3})/.exec(raw)?.[1] ?? 0);

/**
 * Writes raw bytes (in pieces, `gapMs` apart, then holds the socket open) and resolves with
 * everything the server wrote once it closes the connection.
 */
export function rawExchange(server: TestServer, pieces: string[], gapMs = 0): Promise<string> {
  sent++;
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1');
    let answer = '';
    let closed = false;
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    // The server may close while pieces are still being written: that is the outcome, not a failure.
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? undefined : reject(error)));
    socket.on('close', () => {
      closed = true;
      resolve(answer);
    });
    socket.on('connect', async () => {
      for (const piece of pieces) {
        if (closed || socket.destroyed) return;
        socket.write(piece);
        if (gapMs) await new Promise((r) => setTimeout(r, gapMs));
      }
    });
  });
}

/** Opens a WebSocket upgrade with these headers and reports whether it was accepted or the HTTP status it got. */
export function tryUpgrade(server: TestServer, headers: Record<string, string>, path = '/graphql') {
  sent++;
  return new Promise<{ opened: true } | { opened: false; status: number }>((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}${path}`, 'graphql-transport-ws', { headers });
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

/** The server still answers /healthz and a real query (with this authorization, if any). */
export async function expectHealthy(server: TestServer, authorization?: string) {
  const health = await send(server, { path: '/healthz' });
  expect(health.status).toBe(200);
  const query = await send(server, {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: gql('{ projects(first: 1) { totalCount } }'),
  });
  expect(query.status).toBe(200);
  expect(JSON.parse(query.body).data.projects.totalCount).toBeGreaterThanOrEqual(0);
}

/** Names of every project, to show that refused requests created nothing. */
export async function projectNames(server: TestServer, authorization?: string): Promise<string[]> {
  const answer = await send(server, {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: gql('{ projects(first: 100) { edges { node { name } } } }'),
  });
  return JSON.parse(answer.body).data.projects.edges.map((e: { node: { name: string } }) => e.node.name);
}

export const codeOf = (answer: Answer): string | undefined => {
  try {
    return JSON.parse(answer.body).errors?.[0]?.extensions?.code;
  } catch {
    return undefined;
  }
};
