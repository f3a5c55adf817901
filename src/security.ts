/**
 * Bearer-token parsing and the /metrics token check (who a token names: src/auth/viewer.ts; Host
 * and Origin checks: src/http/guard.ts).
 */
import { timingSafeEqual } from 'node:crypto';
import type { Config } from './config.ts';

/** The token of an `Authorization: Bearer <token>` value (or of a bare token), trimmed; null when empty. */
export function bearerToken(value: unknown): string | null {
  return typeof value === 'string' ? value.replace(/^Bearer\s+/i, '').trim() || null : null;
}

function sameSecret(expected: string, given: string | null): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * /metrics: with --metrics-token, that token or the server token; with only a server token, that
 * token; with neither (loopback only), open.
 */
export function metricsAuthorised(config: Pick<Config, 'authToken' | 'metricsToken'>, authorization: string | undefined): boolean {
  if (config.metricsToken === null && config.authToken === null) return true;
  const given = bearerToken(authorization);
  return [config.metricsToken, config.authToken].some((token) => token !== null && sameSecret(token, given));
}
