/**
 * Marks this process's own requests to itself (the in-server runner polling and reporting through
 * the public API) so the request log keeps them out of info: an idle server stays quiet. The mark is
 * a random key made per process, so no outside client can hide its requests from the log by copying
 * a fixed header; at debug level internal requests are logged like any other.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const HEADER = 'x-maestro-internal';
const key = randomBytes(16).toString('hex');

/** Headers the in-process clients send. */
export function internalHeaders(): Record<string, string> {
  return { [HEADER]: key };
}

/** Whether `req` came from this process's own clients. */
export function isInternalRequest(req: IncomingMessage): boolean {
  return req.headers[HEADER] === key;
}
