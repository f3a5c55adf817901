/**
 * The request guard: every HTTP request and WebSocket upgrade passes here before anything runs
 * (src/app.ts calls it from one place). It refuses, with a typed refusal:
 *
 * - a malformed request target (not an origin-form path, or bad %-escapes): 400 MALFORMED_URL;
 * - a `Host` that is not loopback (localhost, 127.0.0.1, [::1]; any port), the bound address, or a
 *   `--public-host`: 403 HOST_NOT_ALLOWED. This defeats DNS rebinding, where a hostile name is
 *   made to resolve to 127.0.0.1 so that the attacker's page counts as "same origin";
 * - an `Origin` (sent by browsers on every cross-origin request, every POST and every WebSocket)
 *   that is neither this server's own origin (scheme://Host) nor a `--cors-origin`: 403
 *   ORIGIN_NOT_ALLOWED. `Origin: null` (sandboxed frames, file: pages) is refused too;
 * - a request the browser marks `Sec-Fetch-Site: cross-site` or `same-site` (another port or a
 *   sibling name) without an allowed Origin, except a plain GET/HEAD navigation (a link to the UI):
 *   403 CROSS_SITE_REQUEST. This covers no-cors requests that carry no Origin.
 *
 * Clients that are not browsers (the CLI, the runner, agents, hooks) send no Origin and no
 * Sec-Fetch-* headers and only need a Host the server accepts.
 */
import type { IncomingMessage } from 'node:http';
import type { Config } from '../config.ts';

export type Refusal = { status: number; code: string; message: string };

export type GuardPolicy = {
  /** Lower-cased `hostname` (any port) or `hostname:port` (that port only) entries. */
  readonly hosts: ReadonlySet<string>;
  readonly corsOrigins: ReadonlySet<string>;
};

const LOOPBACK_HOSTNAMES = ['localhost', '127.0.0.1', '[::1]'];
const WILDCARD_BINDS = new Set(['0.0.0.0', '::', '[::]']);

export function guardPolicy(config: Pick<Config, 'host' | 'publicHosts' | 'corsOrigins'>): GuardPolicy {
  const hosts = new Set<string>([...LOOPBACK_HOSTNAMES, ...config.publicHosts.map((h) => h.toLowerCase())]);
  // The bound address itself (an IP literal or a name the operator chose) is no rebinding target.
  if (!WILDCARD_BINDS.has(config.host)) hosts.add(config.host.includes(':') ? `[${config.host.toLowerCase()}]` : config.host.toLowerCase());
  return { hosts, corsOrigins: new Set(config.corsOrigins) };
}

/** The path of an origin-form request target, or null when it is not one or its escapes are malformed. */
export function requestPath(url: string | undefined): string | null {
  if (!url || !url.startsWith('/') || url.startsWith('//')) return null;
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  try {
    decodeURIComponent(path);
  } catch {
    return null;
  }
  return path;
}

/** `host[:port]` as the request addressed it, lower-cased, or null when absent or not a host. */
function addressedHost(req: IncomingMessage): URL | null {
  const host = req.headers.host;
  if (!host || /[/?#@\s\\]/.test(host)) return null;
  try {
    return new URL(`http://${host}`);
  } catch {
    return null;
  }
}

export function hostAllowed(policy: GuardPolicy, req: IncomingMessage): boolean {
  const addressed = addressedHost(req);
  if (!addressed) return false;
  return policy.hosts.has(addressed.hostname) || policy.hosts.has(addressed.host);
}

/** No Origin (not a browser, or a same-origin GET), this server's own origin, or a --cors-origin. */
export function originAllowed(policy: GuardPolicy, req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (policy.corsOrigins.has(origin)) return true;
  const addressed = addressedHost(req);
  if (!addressed) return false;
  return origin === `http://${addressed.host}` || origin === `https://${addressed.host}`;
}

function crossSiteAllowed(policy: GuardPolicy, req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== 'cross-site' && site !== 'same-site') return true;
  if (typeof req.headers.origin === 'string' && policy.corsOrigins.has(req.headers.origin)) return true;
  const navigation = req.headers['sec-fetch-mode'] === 'navigate' && (req.method === 'GET' || req.method === 'HEAD');
  return navigation;
}

const MALFORMED: Refusal = { status: 400, code: 'MALFORMED_URL', message: 'Malformed request URL: send an absolute path with valid %-escapes.' };

/**
 * The refusal for a request (HTTP or WebSocket upgrade), or null when it may proceed. `openPath`
 * (e.g. /healthz) skips the Host and Origin checks: it reveals and changes nothing.
 */
export function refusal(policy: GuardPolicy, req: IncomingMessage, openPaths: ReadonlySet<string> = new Set()): Refusal | null {
  const path = requestPath(req.url);
  if (path === null) return MALFORMED;
  if (openPaths.has(path)) return null;
  if (!hostAllowed(policy, req)) {
    return {
      status: 403,
      code: 'HOST_NOT_ALLOWED',
      message: `Host "${String(req.headers.host ?? '')}" is not one this server answers to: use localhost/127.0.0.1, or start the server with --public-host NAME.`,
    };
  }
  if (!originAllowed(policy, req)) {
    return {
      status: 403,
      code: 'ORIGIN_NOT_ALLOWED',
      message: `Origin "${String(req.headers.origin)}" may not use this server: only its own pages may, or origins given with --cors-origin.`,
    };
  }
  if (!crossSiteAllowed(policy, req)) {
    return { status: 403, code: 'CROSS_SITE_REQUEST', message: 'Cross-site requests are refused: only this server\'s own pages (or --cors-origin origins) may call it.' };
  }
  return null;
}

/** GraphQL request bodies: JSON only. Form, multipart and text bodies are what browsers send cross-site without a preflight. */
const GRAPHQL_BODY_TYPES = new Set(['application/json', 'application/graphql-response+json']);

/**
 * A POST to /graphql must carry a JSON body (415 otherwise). Accepted types are normalised to
 * `application/json`, the one Yoga parses.
 */
export function graphqlBodyRefusal(req: IncomingMessage): Refusal | null {
  if (req.method !== 'POST') return null;
  const media = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (GRAPHQL_BODY_TYPES.has(media)) {
    req.headers['content-type'] = 'application/json';
    return null;
  }
  return {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: `POST /graphql takes a JSON body: send "Content-Type: application/json" (got "${String(req.headers['content-type'] ?? 'none')}").`,
  };
}
