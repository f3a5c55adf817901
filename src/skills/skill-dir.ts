/**
 * Reads one skill directory: its manifest, its SKILL.md (Claude Code's skill format: YAML front
 * matter with `name` and `description`, then the instructions) and the sha256 of all its files.
 * Never throws for a broken skill: every problem becomes an issue on the result.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { hashSkillDir } from '../client/content-hash.ts';
import { issue, parseManifest, type PartialManifest, type SkillIssue, type SkillManifest } from './manifest.ts';

export type SkillDir = Readonly<{
  /** The directory's name, which is the skill's name (a manifest naming another is an issue). */
  name: string;
  path: string;
  manifest: SkillManifest | null;
  /** The manifest fields that are valid on their own. */
  partial: PartialManifest;
  /** SKILL.md as written, front matter included; null when missing. */
  content: string | null;
  /** sha256 (hex) over every file of the directory; with the version it is the skill's identity. */
  contentHash: string;
  /** Problems found in this directory alone (dependency problems are added by the catalog). */
  issues: readonly SkillIssue[];
}>;

export { hashSkillDir };

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Checks SKILL.md against the manifest (or, when the manifest is broken, its valid fields). */
export function checkSkillMd(content: string, expected: PartialManifest): SkillIssue[] {
  const match = FRONT_MATTER.exec(content);
  if (!match) {
    return [issue('FRONT_MATTER_MISSING', 'SKILL.md must start with YAML front matter: a "---" line, "name:" and "description:", then a closing "---" line')];
  }
  let data: unknown;
  try {
    data = parseYaml(match[1]!);
  } catch (error) {
    return [issue('FRONT_MATTER_INVALID', `SKILL.md front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`)];
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return [issue('FRONT_MATTER_INVALID', 'SKILL.md front matter must be a YAML mapping with "name" and "description"')];
  }
  const fm = data as Record<string, unknown>;
  const issues: SkillIssue[] = [];
  for (const field of ['name', 'description'] as const) {
    const value = fm[field];
    if (typeof value !== 'string' || value.trim() === '') {
      issues.push(issue('FRONT_MATTER_INVALID', `SKILL.md front matter must have a non-empty string "${field}"`, field));
      continue;
    }
    const want = expected[field];
    if (want !== undefined && normalise(value) !== normalise(want)) {
      issues.push(
        issue(
          'FRONT_MATTER_MISMATCH',
          `SKILL.md front matter "${field}" must match manifest.json (front matter ${JSON.stringify(value)}, manifest ${JSON.stringify(want)})`,
          field,
        ),
      );
    }
  }
  if (content.slice(match[0].length).trim() === '') {
    issues.push(issue('INSTRUCTIONS_EMPTY', 'SKILL.md has no instructions after the front matter'));
  }
  return issues;
}

const readText = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
};

/** Reads and validates one skill directory on its own. */
export function readSkillDir(path: string): SkillDir {
  const dirName = basename(path);
  const issues: SkillIssue[] = [];
  const manifestText = readText(join(path, 'manifest.json'));
  let manifest: SkillManifest | null = null;
  let partial: PartialManifest = {};
  if (manifestText === null) {
    issues.push(issue('MANIFEST_MISSING', `manifest.json is missing: a skill directory needs manifest.json and SKILL.md (in ${path})`));
  } else {
    const parsed = parseManifest(manifestText);
    ({ manifest, partial } = parsed);
    issues.push(...parsed.issues);
  }
  if (partial.name !== undefined && partial.name !== dirName) {
    issues.push(
      issue('NAME_DIRECTORY_MISMATCH', `manifest.json "name" is "${partial.name}" but the directory is "${dirName}": a skill lives in a directory named after it`, 'name'),
    );
  }
  const content = readText(join(path, 'SKILL.md'));
  if (content === null) issues.push(issue('SKILL_MD_MISSING', `SKILL.md is missing (in ${path})`));
  else issues.push(...checkSkillMd(content, partial));

  return { name: dirName, path, manifest, partial, content, contentHash: hashSkillDir(path), issues };
}
