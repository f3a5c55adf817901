/**
 * One protocol-agnostic context, built fresh for every operation: Yoga calls `createContext` for
 * HTTP and SSE with `{ request }`, and the graphql-ws bridge in app.ts calls it with the upgrade
 * request and the connection params.
 */
import { bearerToken } from './security.ts';

export type Context = Readonly<{
  /** Who caused a change, recorded on every event: the `X-Maestro-Actor` header or connection param. */
  actor: string;
  /** The bearer token the request carried (Authorization header or connection param), if any: a session token identifies the calling session. */
  bearer: string | null;
}>;

const ACTOR_MAX = 200;

export function createContext(init: {
  request?: Request;
  connectionParams?: Readonly<Record<string, unknown>>;
}): Context {
  const fromParams = init.connectionParams?.['actor'];
  const raw = (typeof fromParams === 'string' ? fromParams : init.request?.headers.get('x-maestro-actor')) ?? '';
  const actor = raw.trim().slice(0, ACTOR_MAX) || 'anonymous';
  const auth = init.connectionParams?.['authorization'] ?? init.request?.headers.get('authorization') ?? null;
  return { actor, bearer: bearerToken(auth) };
}
