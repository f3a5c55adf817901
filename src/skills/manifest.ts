/**
 * The skill manifest (`<skill>/manifest.json`) and the problems a skill can have. Every rule has
 * its own message naming the file, the field, the rule and the value found, so a skill author can
 * fix it without reading this code.
 */
import { z } from 'zod';

export const SKILL_ROLES = ['worker', 'orchestrator'] as const;
export type SkillRole = (typeof SKILL_ROLES)[number];
export const SKILL_ASSIGNMENTS = ['worker', 'orchestrator', 'all'] as const;
export type SkillAssignment = (typeof SKILL_ASSIGNMENTS)[number];

export const NAME_MAX = 100;
export const DESCRIPTION_MAX = 500;
/** Lowercase words of letters and digits joined by single hyphens: `maestro-worker`. */
export const SKILL_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// semver.org's recommended expression (2.0.0), without the optional leading "v".
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export type SkillIssueCode =
  | 'MANIFEST_MISSING'
  | 'MANIFEST_INVALID_JSON'
  | 'MANIFEST_FIELD'
  | 'MANIFEST_UNKNOWN_FIELD'
  | 'NAME_DIRECTORY_MISMATCH'
  | 'SKILL_MD_MISSING'
  | 'FRONT_MATTER_MISSING'
  | 'FRONT_MATTER_INVALID'
  | 'FRONT_MATTER_MISMATCH'
  | 'INSTRUCTIONS_EMPTY'
  | 'DEPENDENCY_MISSING'
  | 'DEPENDENCY_INVALID'
  | 'DEPENDENCY_CYCLE';

export type SkillIssue = Readonly<{
  code: SkillIssueCode;
  /** The manifest or front-matter field concerned, when there is one (`version`, `dependencies.1`). */
  field: string | null;
  message: string;
}>;

export const issue = (code: SkillIssueCode, message: string, field: string | null = null): SkillIssue => ({ code, field, message });

const shown = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value));
const kindOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value);

/** One error callback per field: "is required" when absent, else the rule it broke and the value. */
const required = (field: string, expected: string) => (iss: { input: unknown }) =>
  iss.input === undefined ? `"${field}" is required (${expected})` : `"${field}" must be ${expected} (got ${kindOf(iss.input)} ${shown(iss.input)})`;

const skillName = (field: string) =>
  z
    .string({ error: required(field, 'a string') })
    .min(1, { error: `"${field}" must not be empty` })
    .max(NAME_MAX, { error: (iss) => `"${field}" must be at most ${NAME_MAX} characters (got ${String(iss.input).length})` })
    .regex(SKILL_NAME, {
      error: (iss) => `"${field}" must be kebab case: lowercase letters and digits joined by single hyphens, like "my-skill" (got ${shown(iss.input)})`,
    });

const uniqueList = <T extends z.ZodType<string>>(field: string, item: T) =>
  z
    .array(item, { error: required(field, 'an array of strings') })
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((value, index) => {
        if (seen.has(value)) ctx.addIssue({ code: 'custom', path: [index], message: `"${field}" lists ${shown(value)} more than once` });
        seen.add(value);
      });
    })
    .default([]);

export const SkillManifestSchema = z.strictObject(
  {
    name: skillName('name'),
    version: z
      .string({ error: required('version', 'a semantic version string such as "1.0.0"') })
      .regex(SEMVER, { error: (iss) => `"version" must be a semantic version such as "1.0.0" (got ${shown(iss.input)})` }),
    description: z
      .string({ error: required('description', 'a string') })
      .refine((s) => s.trim().length > 0, { error: '"description" must not be empty' })
      .refine((s) => s.length <= DESCRIPTION_MAX, { error: (iss) => `"description" must be at most ${DESCRIPTION_MAX} characters (got ${String(iss.input).length})` }),
    assignTo: z.enum(SKILL_ASSIGNMENTS, {
      error: (iss) =>
        iss.input === undefined
          ? `"assignTo" is required (one of ${SKILL_ASSIGNMENTS.map((a) => `"${a}"`).join(', ')})`
          : `"assignTo" must be one of ${SKILL_ASSIGNMENTS.map((a) => `"${a}"`).join(', ')} (got ${shown(iss.input)})`,
    }),
    capabilities: uniqueList(
      'capabilities',
      z.string({ error: (iss) => `"capabilities" entries must be strings (got ${kindOf(iss.input)} ${shown(iss.input)})` }).min(1, {
        error: '"capabilities" entries must not be empty',
      }),
    ),
    dependencies: uniqueList('dependencies', skillName('dependencies[]')),
  },
  { error: (iss) => (iss.code === 'invalid_type' ? `manifest.json must hold a JSON object (got ${kindOf(iss.input)})` : undefined) },
);

export type SkillManifest = z.output<typeof SkillManifestSchema>;

/** The manifest's fields that are individually valid, for showing a skill whose manifest is not. */
export type PartialManifest = { [K in keyof SkillManifest]?: SkillManifest[K] };

/**
 * Parses manifest.json's text: the manifest when every rule holds, and one issue per broken rule
 * (with the fields that did pass, so an invalid skill can still be shown).
 */
export function parseManifest(text: string): { manifest: SkillManifest | null; partial: PartialManifest; issues: SkillIssue[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { manifest: null, partial: {}, issues: [issue('MANIFEST_INVALID_JSON', `manifest.json is not valid JSON: ${(error as Error).message}`)] };
  }
  const parsed = SkillManifestSchema.safeParse(raw);
  if (parsed.success) return { manifest: parsed.data, partial: parsed.data, issues: [] };

  const issues: SkillIssue[] = [];
  for (const zi of parsed.error.issues) {
    if (zi.code === 'unrecognized_keys') {
      for (const key of zi.keys) {
        issues.push(
          issue('MANIFEST_UNKNOWN_FIELD', `manifest.json has an unknown field "${key}" (allowed: ${Object.keys(SkillManifestSchema.shape).join(', ')})`, key),
        );
      }
      continue;
    }
    const field = zi.path.length ? zi.path.map(String).join('.') : null;
    issues.push(issue('MANIFEST_FIELD', field ? `manifest.json ${zi.message}` : zi.message, field));
  }
  const fields = raw && typeof raw === 'object' && !Array.isArray(raw) ? Object.entries(SkillManifestSchema.shape) : [];
  const partial = Object.fromEntries(
    fields.flatMap(([key, schema]) => {
      const one = (schema as z.ZodType).safeParse(Object.hasOwn(raw as object, key) ? (raw as Record<string, unknown>)[key] : undefined);
      return one.success ? [[key, one.data]] : [];
    }),
  );
  return { manifest: null, partial: partial as PartialManifest, issues };
}

/** Whether a skill assigned `assignTo` is meant for sessions of `role`. */
export const assignedTo = (assignTo: SkillAssignment, role: SkillRole) => assignTo === 'all' || assignTo === role;
