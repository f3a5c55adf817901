/** Dependency checks over the whole set (missing, invalid, cycles) and resolveSkills by role. */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/skills/catalog.ts';
import {
  InvalidSkillError,
  resolveSkills,
  SkillResolutionError,
  SkillRoleMismatchError,
  UnknownSkillError,
} from '../../src/skills/resolve.ts';
import { ValidationError } from '../../src/services/errors.ts';
import { scratch, writeSkill } from './helpers.ts';

/** A catalog of one scope holding the base skills plus `extra` (name → manifest fields). */
function catalogWith(extra: Record<string, Record<string, unknown>>) {
  const dir = scratch();
  writeSkill(dir, 'maestro-cli');
  writeSkill(dir, 'maestro-worker', { manifest: { assignTo: 'worker', dependencies: ['maestro-cli'] } });
  writeSkill(dir, 'maestro-orchestrator', { manifest: { assignTo: 'orchestrator', dependencies: ['maestro-cli'] } });
  for (const [name, manifest] of Object.entries(extra)) writeSkill(dir, name, { manifest });
  return loadCatalog([{ scope: 'BUNDLED', dir }]);
}

const codes = (catalog: ReturnType<typeof catalogWith>, name: string) => catalog.get(name)!.issues.map((i) => i.code);

describe('dependency checks', () => {
  it('should report a missing dependency with the scopes searched', () => {
    const catalog = catalogWith({ needy: { dependencies: ['ghost'] } });
    const [missing] = catalog.get('needy')!.issues;
    expect(missing).toMatchObject({ code: 'DEPENDENCY_MISSING', field: 'dependencies.0' });
    expect(missing!.message).toMatch(/depends on "ghost", which no scope provides \(looked in: bundled /);
  });

  it('should name a cycle in full, on every skill in it', () => {
    const catalog = catalogWith({ 'c-one': { dependencies: ['c-two'] }, 'c-two': { dependencies: ['c-three'] }, 'c-three': { dependencies: ['c-one'] } });
    for (const name of ['c-one', 'c-two', 'c-three']) {
      const cycle = catalog.get(name)!.issues.filter((i) => i.code === 'DEPENDENCY_CYCLE');
      expect(cycle.map((i) => i.message)).toEqual(['dependency cycle: c-one → c-two → c-three → c-one']);
    }
  });

  it('should report a skill that depends on itself as a cycle', () => {
    const catalog = catalogWith({ selfish: { dependencies: ['selfish'] } });
    expect(catalog.get('selfish')!.issues.map((i) => i.message)).toEqual(['dependency cycle: selfish → selfish']);
  });

  it('should mark skills that depend on an invalid skill, transitively, and leave the others valid', () => {
    const catalog = catalogWith({
      broken: { version: 'bad' },
      middle: { dependencies: ['broken'] },
      top: { dependencies: ['middle'] },
      'into-cycle': { dependencies: ['loop-a'] },
      'loop-a': { dependencies: ['loop-b'] },
      'loop-b': { dependencies: ['loop-a'] },
      fine: { dependencies: ['maestro-cli'] },
    });
    expect(codes(catalog, 'middle')).toEqual(['DEPENDENCY_INVALID']);
    expect(codes(catalog, 'top')).toEqual(['DEPENDENCY_INVALID']);
    expect(catalog.get('top')!.issues[0]!.message).toMatch(/depends on "middle", which is invalid/);
    expect(codes(catalog, 'into-cycle')).toEqual(['DEPENDENCY_INVALID']);
    expect(codes(catalog, 'loop-a')).toEqual(['DEPENDENCY_CYCLE']);
    expect(codes(catalog, 'fine')).toEqual([]);
  });
});

describe('resolveSkills', () => {
  it('should give workers maestro-worker and maestro-cli, dependencies first', () => {
    const resolved = resolveSkills(catalogWith({}), 'worker', []);
    expect(resolved.map((s) => [s.name, s.reason])).toEqual([
      ['maestro-cli', 'role'],
      ['maestro-worker', 'role'],
    ]);
    expect(resolved[0]).toMatchObject({ version: '1.0.0', scope: 'BUNDLED', contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('should give orchestrators maestro-orchestrator and maestro-cli', () => {
    expect(resolveSkills(catalogWith({}), 'orchestrator', []).map((s) => s.name)).toEqual(['maestro-cli', 'maestro-orchestrator']);
  });

  it('should add requested skills and their transitive dependencies in dependency order, each once', () => {
    const catalog = catalogWith({
      base: {},
      lib: { dependencies: ['base'] },
      tool: { dependencies: ['lib', 'base', 'maestro-cli'], assignTo: 'worker' },
      other: { dependencies: ['base'] },
    });
    const resolved = resolveSkills(catalog, 'worker', ['tool', 'other', 'tool', ' lib ']);
    expect(resolved.map((s) => `${s.name}:${s.reason}:${s.requiredBy ?? '-'}`)).toEqual([
      'maestro-cli:role:-',
      'maestro-worker:role:-',
      'base:dependency:lib',
      'lib:dependency:tool',
      'tool:requested:-',
      'other:requested:-',
    ]);
  });

  it('should refuse unknown names with one typed error naming them all', () => {
    const catalog = catalogWith({});
    const error = (() => {
      try {
        resolveSkills(catalog, 'worker', ['nope', 'maestro-cli', 'nada']);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UnknownSkillError);
    expect(error).toBeInstanceOf(SkillResolutionError);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as UnknownSkillError).names).toEqual(['nope', 'nada']);
    expect((error as Error).message).toMatch(/Unknown skills "nope", "nada" \(known: maestro-cli, maestro-orchestrator, maestro-worker;/);
    expect((error as ValidationError).fields[0]!.path).toEqual(['input', 'skills']);
  });

  it('should refuse a requested skill that is invalid or pulls in one', () => {
    const catalog = catalogWith({ broken: { version: 'bad' }, wrapper: { dependencies: ['broken'] } });
    expect(() => resolveSkills(catalog, 'worker', ['broken'])).toThrow(InvalidSkillError);
    expect(() => resolveSkills(catalog, 'worker', ['wrapper'])).toThrow(/Skill "wrapper" is invalid: depends on "broken", which is invalid/);
  });

  it('should refuse a skill caught in a cycle, naming the cycle', () => {
    const catalog = catalogWith({ 'x-a': { dependencies: ['x-b'] }, 'x-b': { dependencies: ['x-a'] } });
    expect(() => resolveSkills(catalog, 'worker', ['x-a'])).toThrow(/dependency cycle: x-a → x-b → x-a/);
  });

  it('should refuse a skill assigned to the other role', () => {
    const catalog = catalogWith({ planner: { assignTo: 'orchestrator' }, helper: { assignTo: 'worker', dependencies: ['planner'] } });
    expect(() => resolveSkills(catalog, 'worker', ['planner'])).toThrow(SkillRoleMismatchError);
    expect(() => resolveSkills(catalog, 'worker', ['planner'])).toThrow('Skill "planner" is assigned to orchestrator sessions, not worker sessions');
    expect(() => resolveSkills(catalog, 'worker', ['helper'])).toThrow(SkillRoleMismatchError);
  });

  it('should fail with a typed error when a base skill is missing', () => {
    const dir = scratch();
    writeSkill(dir, 'maestro-cli');
    const catalog = loadCatalog([{ scope: 'BUNDLED', dir }]);
    expect(() => resolveSkills(catalog, 'orchestrator', [])).toThrow(UnknownSkillError);
  });
});
