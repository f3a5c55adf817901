/** Request authorisation (ARCHITECTURE.md, security defaults); Host and Origin checks are in src/http/guard.ts. */
import { timingSafeEqual } from 'node:crypto';
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
 * /metrics: with --metrics-token, that token or the server token; with only a server token, that
 * token; with neither (loopback only), open.
 */
export function metricsAuthorised(config: Pick<Config, 'authToken' | 'metricsToken'>, authorization: string | undefined): boolean {
  if (config.metricsToken === null && config.authToken === null) return true;
  return [config.metricsToken, config.authToken].some((token) => token !== null && tokenMatches(token, authorization));
}
