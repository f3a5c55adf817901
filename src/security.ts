/** Request authorisation and WebSocket origin checks (ARCHITECTURE.md, security defaults). */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Config } from './config.ts';

/** The token of an `Authorization: Bearer <token>` value (or of a bare token), trimmed; null when empty. */
export function bearerToken(value: unknown): string | null {
  return typeof value === 'string' ? value.replace(/^Bearer\s+/i, '').trim() || null : null;
}

function tokenMatches(expected: string, header: unknown): boolean {
  if (typeof header !== 'string') return false;
  const given = Buffer.from(header.replace(/^Bearer\s+/i, ''));
  const wanted = Buffer.from(expected);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/** With no server token configured (loopback only), every request is allowed. */
export function requestAuthorised(config: Config, authorization: string | undefined): boolean {
  return config.authToken === null || tokenMatches(config.authToken, authorization);
}

/** graphql-ws: the token may come as connectionParams.authorization or the upgrade header. */
export function wsAuthorised(config: Config, params: Readonly<Record<string, unknown>> | undefined, header: string | undefined) {
  if (config.authToken === null) return true;
  return tokenMatches(config.authToken, params?.['authorization'] ?? header);
}

/**
 * Browsers always send Origin on WebSocket upgrades; refuse pages from other sites (cross-site
 * WebSocket hijacking). Non-browser clients (CLI, agents) send no Origin and are allowed.
 */
export function originAllowed(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    const { host, hostname } = new URL(origin);
    return host === req.headers.host || hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
  } catch {
    return false;
  }
}
