/** Scopes, overrides and content identity, over temporary directories. */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog, type ScopeSource } from '../../src/skills/catalog.ts';
import { BUNDLED_SKILLS_DIR, projectSkillsDir, skillSources } from '../../src/skills/scopes.ts';
import { hashSkillDir } from '../../src/skills/skill-dir.ts';
import { scratch, writeSkill } from './helpers.ts';

function threeScopes() {
  const bundled = scratch('bundled-');
  const user = scratch('user-');
  const project = scratch('project-');
  const sources: ScopeSource[] = [
    { scope: 'BUNDLED', dir: bundled },
    { scope: 'USER', dir: user },
    { scope: 'PROJECT', dir: project },
  ];
  return { bundled, user, project, sources };
}

describe('loading skills from scopes', () => {
  it('should let a later scope override an earlier one and report what it overrode', () => {
    const { bundled, user, project, sources } = threeScopes();
    writeSkill(bundled, 'shared', { manifest: { version: '1.0.0' } });
    writeSkill(user, 'shared', { manifest: { version: '2.0.0' } });
    writeSkill(project, 'shared', { manifest: { version: '3.0.0' } });
    writeSkill(bundled, 'only-bundled');
    writeSkill(user, 'only-user', { manifest: { version: '1.1.0' } });

    const catalog = loadCatalog(sources);
    expect(catalog.skills.map((s) => [s.name, s.scope, s.manifest?.version])).toEqual([
      ['only-bundled', 'BUNDLED', '1.0.0'],
      ['only-user', 'USER', '1.1.0'],
      ['shared', 'PROJECT', '3.0.0'],
    ]);
    const shared = catalog.get('shared')!;
    expect(shared.path).toBe(join(project, 'shared'));
    expect(shared.overrides).toEqual([
      { scope: 'BUNDLED', path: join(bundled, 'shared'), version: '1.0.0', contentHash: hashSkillDir(join(bundled, 'shared')) },
      { scope: 'USER', path: join(user, 'shared'), version: '2.0.0', contentHash: hashSkillDir(join(user, 'shared')) },
    ]);
    expect(catalog.get('only-bundled')!.overrides).toEqual([]);
  });

  it('should report every scope with what it holds, including missing and unset ones', () => {
    const { bundled, sources } = threeScopes();
    writeSkill(bundled, 'b-skill');
    writeSkill(bundled, 'a-skill');
    const missing = join(scratch(), 'does-not-exist');
    const catalog = loadCatalog([sources[0]!, { scope: 'USER', dir: missing }, { scope: 'PROJECT', dir: null }]);
    expect(catalog.scopes).toEqual([
      { scope: 'BUNDLED', dir: bundled, exists: true, skills: ['a-skill', 'b-skill'] },
      { scope: 'USER', dir: missing, exists: false, skills: [] },
      { scope: 'PROJECT', dir: null, exists: false, skills: [] },
    ]);
    expect(catalog.skills.map((s) => s.name)).toEqual(['a-skill', 'b-skill']);
  });

  it('should let an invalid override replace a valid skill and show its issues rather than hide it', () => {
    const { bundled, user, sources } = threeScopes();
    writeSkill(bundled, 'fragile');
    writeSkill(user, 'fragile', { manifest: { version: 'one' } });
    const skill = loadCatalog(sources).get('fragile')!;
    expect(skill.scope).toBe('USER');
    expect(skill.issues.map((i) => i.code)).toEqual(['MANIFEST_FIELD']);
    expect(skill.overrides.map((o) => o.scope)).toEqual(['BUNDLED']);
  });

  it('should skip hidden entries and plain files in a scope directory', () => {
    const { bundled, sources } = threeScopes();
    writeSkill(bundled, 'visible');
    writeSkill(bundled, '.hidden');
    writeFileSync(join(bundled, 'README.md'), 'not a skill');
    expect(loadCatalog(sources).skills.map((s) => s.name)).toEqual(['visible']);
  });

  it('should place the project scope in <workingDir>/.maestro/skills and the bundled one in the repository', () => {
    expect(projectSkillsDir('/w/p')).toBe('/w/p/.maestro/skills');
    expect(BUNDLED_SKILLS_DIR).toMatch(/[/\\]skills$/);
    expect(skillSources({ workingDir: '/w/p', userDir: '/u' })).toEqual([
      { scope: 'BUNDLED', dir: BUNDLED_SKILLS_DIR },
      { scope: 'USER', dir: '/u' },
      { scope: 'PROJECT', dir: '/w/p/.maestro/skills' },
    ]);
    expect(skillSources({ workingDir: '', userDir: '/u' })[2]).toEqual({ scope: 'PROJECT', dir: null });
  });
});

describe('a skill\'s content hash', () => {
  it('should not depend on where the skill lives or when its files were written', () => {
    const a = writeSkill(scratch(), 'same', { files: { 'scripts/run.sh': 'echo hi\n', 'b.txt': 'b', 'a.txt': 'a' } });
    const b = writeSkill(scratch(), 'same', { files: { 'a.txt': 'a', 'b.txt': 'b', 'scripts/run.sh': 'echo hi\n' } });
    expect(hashSkillDir(a)).toBe(hashSkillDir(b));
  });

  it('should change when any file changes, is added, or is renamed', () => {
    const dir = writeSkill(scratch(), 'changing', { files: { 'notes/a.md': 'A' } });
    const seen = new Set([hashSkillDir(dir)]);
    writeFileSync(join(dir, 'notes', 'a.md'), 'A!');
    seen.add(hashSkillDir(dir));
    mkdirSync(join(dir, 'more'));
    writeFileSync(join(dir, 'more', 'x'), '');
    seen.add(hashSkillDir(dir));
    renameSync(join(dir, 'more', 'x'), join(dir, 'more', 'y'));
    seen.add(hashSkillDir(dir));
    expect(seen.size).toBe(4);
  });

  it('should not be fooled by bytes moved from one file to the next', () => {
    const a = writeSkill(scratch(), 'split', { files: { 'a.txt': 'ab', 'b.txt': 'c' } });
    const b = writeSkill(scratch(), 'split', { files: { 'a.txt': 'a', 'b.txt': 'bc' } });
    expect(hashSkillDir(a)).not.toBe(hashSkillDir(b));
  });
});
