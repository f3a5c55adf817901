/**
 * One protocol-agnostic context, built fresh for every operation: Yoga calls `createContext` for
 * HTTP and SSE with `{ request }`, and the graphql-ws bridge in app.ts calls it with the connection
 * params and the upgrade request. Each carries the Viewer (src/auth/viewer.ts) resolved from every
 * credential source the request has; no operation runs without one.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { GraphQLError } from 'graphql';
import { actorOf, isRefusal, resolveViewer, type Credentials, type Viewer } from './auth/viewer.ts';
import type { SpawnSettings } from './services/spawn.ts';
import type { Store } from './store/types.ts';

/** What one app (buildApp) hands every operation: nothing of it lives in a module, so two apps share nothing. */
export type AppParts = Readonly<{
  /** The app's store (src/store): resolvers read through it and hand it to services. */
  store: Store;
  /** Where spawned sessions live, the URL agents report to, agent profiles, the user's skills. */
  spawn: SpawnSettings;
}>;

export type Context = Readonly<{
  store: Store;
  spawn: SpawnSettings;
  /** Who is asking: the operator or one session (authorization, src/auth/scopes.ts, reads only this). */
  viewer: Viewer;
  /** Who caused a change, recorded on every event: derived from the viewer (`session:<id>`, `operator[:label]`). */
  actor: string;
}>;

export type ContextSource = {
  request?: Request;
  connectionParams?: Readonly<Record<string, unknown>>;
  /** Node's request headers: the HTTP request's (app.ts, before Yoga) or graphql-ws's upgrade request's. */
  nodeHeaders?: IncomingHttpHeaders;
};

/** Every credential a request carries: the connection param first, then the HTTP or upgrade headers. */
export function credentialsOf(source: ContextSource): Credentials {
  const params = source.connectionParams;
  return {
    authorization: [params?.['authorization'], source.request?.headers.get('authorization'), source.nodeHeaders?.authorization],
    label: params?.['actor'] ?? source.request?.headers.get('x-maestro-actor') ?? source.nodeHeaders?.['x-maestro-actor'],
  };
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** The context, or an UNAUTHENTICATED error (thrown) when the credentials name nobody. */
export async function createContext(app: AppParts, serverToken: string | null, source: ContextSource): Promise<Context> {
  const viewer = await resolveViewer(app.store, serverToken, credentialsOf(source));
  if (isRefusal(viewer)) throw unauthenticated(viewer.refused);
  return contextFor(app, viewer);
}

/** The context of an already resolved viewer (app.ts resolves it once, before handing the request to Yoga). */
export function contextFor(app: AppParts, viewer: Viewer): Context {
  return { store: app.store, spawn: app.spawn, viewer, actor: actorOf(viewer) };
}
