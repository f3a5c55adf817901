/**
 * Yoga's error masking, plus one unexpected-but-known failure shown as it is: DATABASE_BUSY (another
 * process held the SQLite write lock past the wait, src/db.ts). Nothing was changed and the request
 * can be retried as is, so the client is told so instead of getting a masked INTERNAL_SERVER_ERROR.
 */
import { GraphQLError } from 'graphql';
import { maskError, type YogaServerOptions } from 'graphql-yoga';
import { DatabaseBusyError } from './db.ts';

type MaskError = Exclude<NonNullable<YogaServerOptions<object, object>['maskedErrors']>, boolean>['maskError'];

/** Follows GraphQLError.originalError and Error.cause; Prisma keeps our error's `code` when it wraps it. */
function isDatabaseBusy(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 8; depth++) {
    if (e instanceof DatabaseBusyError || (e as { code?: unknown }).code === 'DATABASE_BUSY') return true;
    e = (e as { originalError?: unknown }).originalError ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

export const maskErrors: MaskError = (error, message, isDev) => {
  if (!isDatabaseBusy(error)) return maskError(error, message, isDev);
  const path = error instanceof GraphQLError ? error.path : undefined;
  return new GraphQLError(new DatabaseBusyError().message, {
    path,
    extensions: { code: 'DATABASE_BUSY', retryable: true, http: { status: 503, headers: { 'retry-after': '1' } } },
  });
};
