/** Argument parsing that citty leaves to us: numbers, enums, repeatable options. */
import { UsageError } from './errors.ts';

export function intArg(value: string | undefined, flag: string, range: { min: number; max: number }): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < range.min || n > range.max) {
    throw new UsageError(`--${flag} must be a whole number from ${range.min} to ${range.max} (got "${value}").`);
  }
  return n;
}

/** Case-insensitive, accepts in-progress / in_progress / IN_PROGRESS. */
export function enumArg<const T extends string>(value: string | undefined, flag: string, options: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  const normalized = value.trim().toUpperCase().replace(/[-\s]/g, '_');
  const match = options.find((o) => o === normalized);
  if (!match) throw new UsageError(`--${flag} must be one of ${options.join(', ')} (got "${value}").`);
  return match;
}

/**
 * Every value of a repeatable string option (`--criterion a --criterion b` or `--criterion=a`),
 * in order. citty keeps only the last one, so commands read their raw arguments through this.
 */
export function repeated(rawArgs: readonly string[], flag: string): string[] {
  const values: string[] = [];
  for (let i = 0; i < rawArgs.length; i++) {
    const arg = rawArgs[i]!;
    if (arg === '--') break;
    if (arg === `--${flag}`) {
      const next = rawArgs[i + 1];
      if (next === undefined) throw new UsageError(`--${flag} needs a value.`);
      values.push(next);
      i++;
    } else if (arg.startsWith(`--${flag}=`)) {
      values.push(arg.slice(flag.length + 3));
    }
  }
  return values;
}

/** A string option that was given must not be empty (`--title ""` or `--title` with no value). */
export function nonEmpty(value: string | undefined, flag: string): string | undefined {
  if (value !== undefined && value.trim() === '') throw new UsageError(`--${flag} needs a value.`);
  return value;
}
