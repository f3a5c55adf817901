/** Shared field rules, so every entity enforces the same limits. */
import { z } from 'zod';
import { ValidationError } from './errors.ts';

export const LIMITS = { name: 200, description: 10_000, path: 4096, criterion: 1000, criteria: 100 } as const;

export const nameField = (label: string) =>
  z.string().trim().min(1, `${label} must not be empty`).max(LIMITS.name, `${label} must be at most ${LIMITS.name} characters`);
export const descriptionField = z.string().max(LIMITS.description, `must be at most ${LIMITS.description} characters`);

/** Parses `input` or throws a ValidationError naming each offending field under `input.`. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw ValidationError.fromZod(result.error);
  return result.data;
}
