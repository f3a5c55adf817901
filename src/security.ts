/** Bearer-token parsing and WebSocket origin checks (who the token names: src/auth/viewer.ts). */
import type { IncomingMessage } from 'node:http';

/** The token of an `Authorization: Bearer <token>` value (or of a bare token), trimmed; null when empty. */
export function bearerToken(value: unknown): string | null {
  return typeof value === 'string' ? value.replace(/^Bearer\s+/i, '').trim() || null : null;
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
