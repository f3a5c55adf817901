/**
 * Defaults a spawned session's environment gives the CLI (src/runner/runner.ts sets them), so the
 * skills can ask for plain `maestro …` commands: Claude Code refuses any Bash command with a `$VAR`
 * in it, so `--project "$MAESTRO_PROJECT_ID"` could never run there.
 */
import { UsageError } from './errors.ts';

export const PROJECT_ENV = 'MAESTRO_PROJECT_ID';
export const SESSION_ENV = 'MAESTRO_SESSION_ID';

const fromEnv = (name: string) => process.env[name]?.trim() || undefined;

/** The project given, else the session's (MAESTRO_PROJECT_ID); undefined outside a session. */
export const projectOrSession = (given: string | undefined) => (given?.trim() ? given.trim() : fromEnv(PROJECT_ENV));

/**
 * An ID given (as the positional ID, or the option `flag`), else the session's own value of `envName`;
 * neither → usage error saying how to give it.
 */
export function idOrSession(given: string | undefined, envName: typeof PROJECT_ENV | typeof SESSION_ENV, what: string, flag?: string): string {
  const id = given?.trim() ? given.trim() : fromEnv(envName);
  if (id) return id;
  throw new UsageError(
    `Give the ${what}'s ID${flag ? ` with --${flag} ID` : ''}.`,
    `Inside a spawned session it defaults to ${envName}; outside one, find it with \`maestro ${what} list\`.`,
  );
}
