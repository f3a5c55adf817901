/**
 * One protocol-agnostic context, built fresh for every operation: Yoga calls `createContext` for
 * HTTP and SSE with `{ request }`, and the graphql-ws bridge in app.ts calls it with the upgrade
 * request and the connection params.
 */
export type Context = Readonly<{
  /** Who caused a change, recorded on every event: the `X-Maestro-Actor` header or connection param. */
  actor: string;
}>;

const ACTOR_MAX = 200;

export function createContext(init: {
  request?: Request;
  connectionParams?: Readonly<Record<string, unknown>>;
}): Context {
  const fromParams = init.connectionParams?.['actor'];
  const raw = (typeof fromParams === 'string' ? fromParams : init.request?.headers.get('x-maestro-actor')) ?? '';
  const actor = raw.trim().slice(0, ACTOR_MAX) || 'anonymous';
  return { actor };
}
