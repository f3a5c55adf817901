/**
 * Expected domain failures. Services throw these; the schema exposes each as a GraphQL type in
 * mutation result unions (src/schema/errors.ts). Anything else thrown is unexpected and masked.
 */
import type { z } from 'zod';

export type FieldError = { path: string[]; message: string };

/** Base of every expected failure. Plain `Error`s are unexpected: they are masked, never shown. */
export class DomainError extends Error {}

export class ValidationError extends DomainError {
  readonly fields: FieldError[];
  constructor(message: string, fields: FieldError[]) {
    super(message);
    this.fields = fields;
  }

  static field(path: string[], message: string) {
    return new ValidationError(`${path.join('.')}: ${message}`, [{ path, message }]);
  }

  static fromZod(error: z.ZodError, prefix: string[] = ['input']) {
    const fields = error.issues.map((issue) => ({
      path: [...prefix, ...issue.path.map(String)],
      message: issue.message,
    }));
    return new ValidationError(fields.map((f) => `${f.path.join('.')}: ${f.message}`).join('; '), fields);
  }
}

export class NotFoundError extends DomainError {
  readonly id: string;
  readonly type: string;
  constructor(type: string, id: string, message = `${type} ${id} not found`) {
    super(message);
    this.type = type;
    this.id = id;
  }
}

export class ProjectNotEmptyError extends DomainError {
  readonly taskCount: number;
  constructor(taskCount: number) {
    super(`The project still has ${taskCount} task(s): delete them first, or pass force: true to delete them with it.`);
    this.taskCount = taskCount;
  }
}

/** An `expectedVersion` did not match: someone else changed the row first. Nothing was changed. */
export class ConflictError<T extends { version: number } = { version: number }> extends DomainError {
  readonly currentVersion: number;
  readonly current: T;
  constructor(type: string, current: T & { id: string }, expectedVersion: number) {
    // The global ID, as clients know it; and no "someone else": the earlier change may be one's own.
    super(
      `${type} ${Buffer.from(`${type}:${current.id}`, 'utf8').toString('base64')} is at version ${current.version}, not ${expectedVersion}: ` +
        'it changed after you read it. Re-read it, re-apply your change and retry with the current version.',
    );
    this.currentVersion = current.version;
    this.current = current;
  }
}
