/**
 * Builds skill directories in temporary folders. `writeSkill(root, name, options)` writes a valid
 * skill unless told otherwise: `manifest` fields are merged over a valid manifest (`undefined`
 * removes a field), `manifestText` replaces the file verbatim, `skillMd: null` leaves SKILL.md out.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { tempDir } from '../helpers/server.ts';

const made: string[] = [];

/** A fresh temporary directory, removed after the file's tests. */
export function scratch(prefix = 'maestro-skills-'): string {
  const dir = tempDir(prefix);
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

export type SkillSpec = {
  manifest?: Record<string, unknown>;
  manifestText?: string | null;
  skillMd?: string | null;
  files?: Record<string, string>;
};

export function manifestFor(name: string, overrides: Record<string, unknown> = {}) {
  const base: Record<string, unknown> = {
    name,
    version: '1.0.0',
    description: `The ${name} skill.`,
    assignTo: 'all',
    capabilities: [],
    dependencies: [],
  };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete base[key];
    else base[key] = value;
  }
  return base;
}

export const skillMdFor = (name: string, description: string, body = `Instructions for ${name}.\n`) =>
  `---\nname: ${name}\ndescription: ${JSON.stringify(description)}\n---\n\n${body}`;

/** Writes root/name/ and returns its path. */
export function writeSkill(root: string, name: string, spec: SkillSpec = {}): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  const manifest = manifestFor(name, spec.manifest);
  if (spec.manifestText !== null) writeFileSync(join(dir, 'manifest.json'), spec.manifestText ?? JSON.stringify(manifest, null, 2));
  const description = typeof manifest.description === 'string' ? manifest.description : 'Some description.';
  if (spec.skillMd !== null) writeFileSync(join(dir, 'SKILL.md'), spec.skillMd ?? skillMdFor(name, description));
  for (const [rel, text] of Object.entries(spec.files ?? {})) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}
