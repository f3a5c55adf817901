/**
 * Yoga's error masking, plus the unexpected-but-known storage failures shown as they are. In each,
 * nothing was changed (the transaction rolled back whole) and the request can be retried as is, so
 * the client is told so, and what to do, instead of getting a masked INTERNAL_SERVER_ERROR:
 *
 * - DATABASE_BUSY: another process held the SQLite write lock past the wait (src/store/errors.ts).
 * - STORAGE_FULL: the disk (or quota) holding the database is full (SQLITE_FULL / ENOSPC).
 */
import { GraphQLError } from 'graphql';
import { maskError, type YogaServerOptions } from 'graphql-yoga';
import { DatabaseBusyError } from './store/errors.ts';

type MaskError = Exclude<NonNullable<YogaServerOptions<object, object>['maskedErrors']>, boolean>['maskError'];

type KnownFailure = { code: string; message: string; status: number; matches: (e: { code?: unknown; message?: unknown }) => boolean };

const KNOWN: readonly KnownFailure[] = [
  {
    code: 'DATABASE_BUSY',
    message: new DatabaseBusyError().message,
    status: 503,
    matches: (e) => e instanceof DatabaseBusyError || e.code === 'DATABASE_BUSY',
  },
  {
    code: 'STORAGE_FULL',
    message: 'The server could not store this change: the disk holding its database is full. Nothing was changed; free space in its data directory and retry.',
    status: 507,
    // better-sqlite3's code, or the text SQLite gives when a driver adapter re-wraps it.
    matches: (e) => e.code === 'SQLITE_FULL' || e.code === 'ENOSPC' || (typeof e.message === 'string' && /database or disk is full/i.test(e.message)),
  },
];

/** Follows GraphQLError.originalError and Error.cause; Prisma keeps our error's `code` when it wraps it. */
function knownFailure(error: unknown): KnownFailure | null {
  for (let e = error, depth = 0; e && depth < 8; depth++) {
    const found = KNOWN.find((k) => k.matches(e as { code?: unknown; message?: unknown }));
    if (found) return found;
    e = (e as { originalError?: unknown }).originalError ?? (e as { cause?: unknown }).cause;
  }
  return null;
}

export const maskErrors: MaskError = (error, message, isDev) => {
  const known = knownFailure(error);
  if (!known) return maskError(error, message, isDev);
  const path = error instanceof GraphQLError ? error.path : undefined;
  return new GraphQLError(known.message, {
    path,
    extensions: { code: known.code, retryable: true, http: { status: known.status, headers: { 'retry-after': '1' } } },
  });
};
