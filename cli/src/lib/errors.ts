/**
 * Every way a command can fail, and the exit code each maps to (documented in `maestro --help`):
 *
 *   0  success
 *   1  the operation failed: a typed domain error (ValidationError, NotFoundError, …), a refusal
 *      by the server (UNAUTHENTICATED, FORBIDDEN, CURSOR_*, …) or an unexpected failure
 *   2  usage error: unknown command or option, missing or malformed argument; nothing was sent
 *   3  the server could not be reached (NETWORK, TIMEOUT, HTTP 502/503/504)
 *
 * Error codes (the `code` of `{"ok":false,"error":{…}}`):
 *   - a typed domain error's __typename in SCREAMING_SNAKE_CASE: ValidationError → VALIDATION_ERROR,
 *     NotFoundError → NOT_FOUND_ERROR, ConflictError → CONFLICT_ERROR, ProjectNotEmptyError → PROJECT_NOT_EMPTY_ERROR,
 *     BaseError → BASE_ERROR;
 *   - a transport or GraphQL failure keeps the request helper's code: NETWORK, TIMEOUT,
 *     UNAUTHENTICATED, FORBIDDEN, CURSOR_INVALID, HTTP_500, …;
 *   - USAGE_ERROR for exit code 2, INTERNAL_ERROR for a bug in the CLI itself.
 */
import { RequestError } from '../../../src/client/request.ts';

export const EXIT = { OK: 0, FAILED: 1, USAGE: 2, UNREACHABLE: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class CliError extends Error {
  readonly code: string;
  readonly exitCode: ExitCode;
  /** One line per offending field, for people (the message already names them for --json). */
  readonly details: readonly string[];
  /** What to do next, for people. */
  readonly hint: string | null;
  constructor(code: string, message: string, options: { exitCode?: ExitCode; details?: readonly string[]; hint?: string | null } = {}) {
    super(message);
    this.name = 'CliError';
    this.code = code;
    this.exitCode = options.exitCode ?? EXIT.FAILED;
    this.details = options.details ?? [];
    this.hint = options.hint ?? null;
  }
}

export class UsageError extends CliError {
  constructor(message: string, hint: string | null = null) {
    super('USAGE_ERROR', message, { exitCode: EXIT.USAGE, hint });
    this.name = 'UsageError';
  }
}

/** ValidationError → VALIDATION_ERROR. */
export function typenameToCode(typename: string): string {
  return typename.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** Input field names that a command spells differently as a flag. */
const FIELD_FLAGS: Record<string, string> = {
  projectId: '--project',
  acceptanceCriteria: '--criterion',
  workingDir: '--working-dir',
  id: 'ID',
};

/** ["input", "acceptanceCriteria", "2"] → "--criterion #3". */
export function fieldLabel(path: readonly string[]): string {
  const rest = path[0] === 'input' ? path.slice(1) : [...path];
  const [field, ...more] = rest;
  if (field === undefined) return path.join('.');
  const flag = FIELD_FLAGS[field] ?? `--${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  const index = more[0] !== undefined && /^\d+$/.test(more[0]) ? ` #${Number(more[0]) + 1}` : more.length ? `.${more.join('.')}` : '';
  return `${flag}${index}`;
}

export type DomainErrorResult =
  | { __typename: 'ValidationError'; message: string; fields: readonly { path: readonly string[]; message: string }[] }
  | { __typename: 'NotFoundError'; message: string }
  | { __typename: 'ProjectNotEmptyError'; message: string }
  | { __typename: 'ConflictError'; message: string }
  | { __typename: 'BaseError'; message: string };

const DOMAIN_HINTS: Record<DomainErrorResult['__typename'], string> = {
  ValidationError: 'Fix the values above and run the command again; nothing was changed.',
  NotFoundError: 'Check the ID: `maestro project list` and `maestro task list` show the existing ones.',
  ProjectNotEmptyError: 'Delete or move its tasks first.',
  ConflictError: 'It changed since you read it: read it again and retry; nothing was changed.',
  BaseError: 'Nothing was changed.',
};

/** A typed error member of a mutation's result union, as a CliError (exit 1). */
export function domainError(result: DomainErrorResult): CliError {
  const details =
    result.__typename === 'ValidationError' ? result.fields.map((f) => `${fieldLabel(f.path)} (${f.path.join('.')}): ${f.message}`) : [];
  return new CliError(typenameToCode(result.__typename), result.message, { details, hint: DOMAIN_HINTS[result.__typename] });
}

/** The command that lists the existing things of a type, for "not found" hints. */
const LIST_COMMANDS: Record<string, string> = {
  Project: 'maestro project list',
  Task: 'maestro task list',
  Subtask: 'maestro subtask list TASK',
  Session: 'maestro session list',
  Skill: 'maestro skill list',
};

/** A query answered null for an id (or a name). */
export function notFound(type: string, id: string): CliError {
  const list = LIST_COMMANDS[type];
  return new CliError(typenameToCode('NotFoundError'), `${type} ${id} not found.`, {
    hint: list ? `\`${list}\` shows the existing ones.` : DOMAIN_HINTS.NotFoundError,
  });
}

/** The command-line flag that carries a value of each enum the server checks. */
const ENUM_FLAGS: Record<string, { flag: string; noun: string }> = {
  EventKind: { flag: '--kind', noun: 'an event kind' },
  TaskStatus: { flag: '--status', noun: 'a task status' },
  TaskPriority: { flag: '--priority', noun: 'a task priority' },
  SessionRole: { flag: '--role', noun: 'a session role' },
  SessionStatus: { flag: '--status', noun: 'a session status' },
};

/**
 * GraphQL's own refusals of a value given on the command line, as one line that names the flag:
 * an enum value the server does not know, or a string that is not a global ID. Null otherwise.
 */
function badArgument(message: string): UsageError | null {
  const enumValue = /Value "([^"]*)" does not exist in "(\w+)" enum/.exec(message);
  if (enumValue) {
    const [, value, type] = enumValue;
    const known = ENUM_FLAGS[type!];
    return new UsageError(
      known ? `${known.flag} "${value}" is not ${known.noun} the server knows.` : `"${value}" is not a ${type} the server knows.`,
      known?.flag === '--kind' ? 'Event kinds look like TASK_CREATED; `maestro events list` shows the ones in the log.' : 'Run the command with --help for the accepted values.',
    );
  }
  const id = /^Invalid global ID: (.*)$/s.exec(message);
  if (id) {
    return new UsageError(`"${id[1]}" is not a Maestro ID.`, 'IDs are printed by the list commands (`maestro project list`, `task list`, `session list`); copy one from there.');
  }
  return null;
}

const UNREACHABLE_CODES = new Set(['NETWORK', 'TIMEOUT', 'HTTP_502', 'HTTP_503', 'HTTP_504']);

const REQUEST_HINTS: Record<string, string> = {
  UNAUTHENTICATED: 'Pass a token with --token or MAESTRO_TOKEN.',
  FORBIDDEN: 'The token is not allowed to do this; use one scoped to this project.',
  CURSOR_INVALID: 'Pass a cursor printed by maestro (an event\'s `cursor`), or use --from-start.',
  CURSOR_UNKNOWN: 'The cursor belongs to another database (recreated or restored): start again with --from-start.',
  CURSOR_EXPIRED: 'The cursor is older than the retention window: start again with --from-start.',
  TIMEOUT: 'The server is up but slow; try again, or check its logs.',
};

/** Anything thrown while running a command, as a CliError. */
export function toCliError(error: unknown): CliError {
  if (error instanceof CliError) return error;
  if (error instanceof RequestError) {
    const usage = badArgument(error.message);
    if (usage) return usage;
  }
  if (error instanceof RequestError && /^Variable "\$\w+" got invalid value/.test(error.message)) {
    // The server could not use another value given on the command line.
    return new UsageError(error.message);
  }
  if (error instanceof RequestError) {
    const unreachable = UNREACHABLE_CODES.has(error.code);
    return new CliError(error.code, error.message, {
      exitCode: unreachable ? EXIT.UNREACHABLE : EXIT.FAILED,
      hint: REQUEST_HINTS[error.code] ?? null,
    });
  }
  // citty's own argument errors (missing required option, unknown sub-command, …).
  if (error instanceof Error && error.name === 'CLIError') {
    return new UsageError(error.message.replace(/\u001B\[\d+m/g, ''));
  }
  const message = error instanceof Error ? error.message : String(error);
  return new CliError('INTERNAL_ERROR', `Unexpected failure in the CLI: ${message}`, {
    hint: 'This is a bug in maestro; please report it with the command you ran.',
  });
}

/** Exhaustiveness guard for switches on __typename: a new union member fails the type check. */
export function casesExhausted(value: never): never {
  const typename = (value as { __typename?: string } | null)?.__typename ?? JSON.stringify(value);
  throw new CliError('INTERNAL_ERROR', `Unhandled result type ${typename}; this maestro is older than the server.`, {
    hint: 'Update maestro (regenerate cli/src/gql against the server\'s schema).',
  });
}
