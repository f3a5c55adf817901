/** Every rule of a single skill directory: manifest.json, SKILL.md and its front matter. */
import { describe, expect, it } from 'vitest';
import { readSkillDir } from '../../src/skills/skill-dir.ts';
import { scratch, skillMdFor, writeSkill, type SkillSpec } from './helpers.ts';

const root = scratch();
let n = 0;
/** Writes a skill named `name` (in its own folder, so names can repeat) and returns its issues. */
function issuesOf(name: string, spec: SkillSpec) {
  const dir = writeSkill(scratch(`case-${n++}-`), name, spec);
  return readSkillDir(dir).issues;
}

describe('a valid skill', () => {
  it('should have no issues and expose its manifest and SKILL.md', () => {
    const dir = writeSkill(root, 'good-skill', { manifest: { capabilities: ['a', 'b'], assignTo: 'worker', version: '2.1.0-beta.1+build.5' } });
    const skill = readSkillDir(dir);
    expect(skill.issues).toEqual([]);
    expect(skill.manifest).toMatchObject({ name: 'good-skill', version: '2.1.0-beta.1+build.5', assignTo: 'worker', capabilities: ['a', 'b'] });
    expect(skill.content).toContain('Instructions for good-skill.');
    expect(skill.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('should default capabilities and dependencies to empty lists', () => {
    const skill = readSkillDir(writeSkill(scratch(), 'minimal', { manifest: { capabilities: undefined, dependencies: undefined } }));
    expect(skill.issues).toEqual([]);
    expect(skill.manifest).toMatchObject({ capabilities: [], dependencies: [] });
  });

  it('should accept a folded multi-line YAML description that matches the manifest', () => {
    const md = '---\nname: folded\ndescription: >\n  The folded\n  skill.\n---\nBody.\n';
    expect(issuesOf('folded', { manifest: { description: 'The folded skill.' }, skillMd: md })).toEqual([]);
  });
});

/** [case, spec, expected code, expected field, message fragment] */
const cases: [string, string, SkillSpec, string, string | null, RegExp][] = [
  ['a missing manifest.json', 'no-manifest', { manifestText: null }, 'MANIFEST_MISSING', null, /manifest\.json is missing/],
  ['manifest.json that is not JSON', 'bad-json', { manifestText: '{ "name": "bad-json", ' }, 'MANIFEST_INVALID_JSON', null, /not valid JSON/],
  ['manifest.json that is not an object', 'array-manifest', { manifestText: '[1, 2]' }, 'MANIFEST_FIELD', null, /must hold a JSON object \(got an array\)/],
  ['a missing name', 'no-name', { manifest: { name: undefined } }, 'MANIFEST_FIELD', 'name', /"name" is required/],
  ['a name that is not a string', 'num-name', { manifest: { name: 42 } }, 'MANIFEST_FIELD', 'name', /"name" must be a string \(got number 42\)/],
  ['a name that is not kebab case', 'Bad_Name', { manifest: { name: 'Bad_Name' } }, 'MANIFEST_FIELD', 'name', /"name" must be kebab case.*"Bad_Name"/],
  ['a name with a double hyphen', 'a--b', { manifest: { name: 'a--b' } }, 'MANIFEST_FIELD', 'name', /kebab case/],
  ['a name over 100 characters', 'a'.repeat(101), { manifest: { name: 'a'.repeat(101) } }, 'MANIFEST_FIELD', 'name', /at most 100 characters \(got 101\)/],
  ['a name that differs from its directory', 'dir-name', { manifest: { name: 'other-name' } }, 'NAME_DIRECTORY_MISMATCH', 'name', /"other-name" but the directory is "dir-name"/],
  ['a missing version', 'no-version', { manifest: { version: undefined } }, 'MANIFEST_FIELD', 'version', /"version" is required/],
  ['a version that is not semver', 'bad-version', { manifest: { version: '1.0' } }, 'MANIFEST_FIELD', 'version', /semantic version.*"1\.0"/],
  ['a version with a leading v', 'v-version', { manifest: { version: 'v1.0.0' } }, 'MANIFEST_FIELD', 'version', /semantic version/],
  ['a missing description', 'no-description', { manifest: { description: undefined } }, 'MANIFEST_FIELD', 'description', /"description" is required/],
  ['an empty description', 'empty-description', { manifest: { description: '   ' } }, 'MANIFEST_FIELD', 'description', /must not be empty/],
  ['a description over 500 characters', 'long-description', { manifest: { description: 'x'.repeat(501) } }, 'MANIFEST_FIELD', 'description', /at most 500 characters \(got 501\)/],
  ['a missing assignTo', 'no-assign', { manifest: { assignTo: undefined } }, 'MANIFEST_FIELD', 'assignTo', /"assignTo" is required/],
  ['an unknown assignTo', 'bad-assign', { manifest: { assignTo: 'everyone' } }, 'MANIFEST_FIELD', 'assignTo', /one of "worker", "orchestrator", "all" \(got "everyone"\)/],
  ['capabilities that are not a list', 'bad-caps', { manifest: { capabilities: 'run' } }, 'MANIFEST_FIELD', 'capabilities', /"capabilities" must be an array of strings/],
  ['a capability that is not a string', 'num-cap', { manifest: { capabilities: [1] } }, 'MANIFEST_FIELD', 'capabilities.0', /entries must be strings/],
  ['an empty capability', 'empty-cap', { manifest: { capabilities: [''] } }, 'MANIFEST_FIELD', 'capabilities.0', /must not be empty/],
  ['a repeated capability', 'dup-cap', { manifest: { capabilities: ['a', 'a'] } }, 'MANIFEST_FIELD', 'capabilities.1', /lists "a" more than once/],
  ['dependencies that are not a list', 'bad-deps', { manifest: { dependencies: 'x' } }, 'MANIFEST_FIELD', 'dependencies', /"dependencies" must be an array/],
  ['a dependency that is not a skill name', 'bad-dep-name', { manifest: { dependencies: ['Not A Name'] } }, 'MANIFEST_FIELD', 'dependencies.0', /kebab case/],
  ['a repeated dependency', 'dup-dep', { manifest: { dependencies: ['x', 'x'] } }, 'MANIFEST_FIELD', 'dependencies.1', /lists "x" more than once/],
  ['an unknown manifest field', 'typo', { manifest: { dependancies: [] } }, 'MANIFEST_UNKNOWN_FIELD', 'dependancies', /unknown field "dependancies"/],
  ['a missing SKILL.md', 'no-md', { skillMd: null }, 'SKILL_MD_MISSING', null, /SKILL\.md is missing/],
  ['SKILL.md without front matter', 'no-fm', { skillMd: '# Just text\n' }, 'FRONT_MATTER_MISSING', null, /must start with YAML front matter/],
  ['front matter that is not YAML', 'bad-yaml', { skillMd: '---\nname: bad-yaml\ndescription: a: b: c\n---\nBody\n' }, 'FRONT_MATTER_INVALID', null, /not valid YAML/],
  ['front matter that is not a mapping', 'list-fm', { skillMd: '---\n- a\n- b\n---\nBody\n' }, 'FRONT_MATTER_INVALID', null, /must be a YAML mapping/],
  ['front matter without a name', 'fm-no-name', { skillMd: '---\ndescription: The fm-no-name skill.\n---\nBody\n' }, 'FRONT_MATTER_INVALID', 'name', /non-empty string "name"/],
  ['front matter without a description', 'fm-no-desc', { skillMd: '---\nname: fm-no-desc\n---\nBody\n' }, 'FRONT_MATTER_INVALID', 'description', /non-empty string "description"/],
  ['a front-matter name that differs from the manifest', 'fm-name', { skillMd: skillMdFor('other', 'The fm-name skill.') }, 'FRONT_MATTER_MISMATCH', 'name', /"name" must match manifest\.json \(front matter "other", manifest "fm-name"\)/],
  ['a front-matter description that differs from the manifest', 'fm-desc', { skillMd: skillMdFor('fm-desc', 'Something else.') }, 'FRONT_MATTER_MISMATCH', 'description', /"description" must match manifest\.json/],
  ['SKILL.md with no instructions', 'no-body', { skillMd: skillMdFor('no-body', 'The no-body skill.', '\n  \n') }, 'INSTRUCTIONS_EMPTY', null, /no instructions/],
];

describe('every rule of a skill directory', () => {
  it.each(cases)('should report %s', (_label, name, spec, code, field, message) => {
    const issues = issuesOf(name, spec);
    const match = issues.find((i) => i.code === code && i.field === field);
    expect(match, JSON.stringify(issues, null, 2)).toBeDefined();
    expect(match!.message).toMatch(message);
  });

  it('should report every broken rule at once, not only the first', () => {
    const issues = issuesOf('many', { manifest: { version: 'x', assignTo: 'nobody', description: undefined }, skillMd: null });
    expect(issues.map((i) => `${i.code}:${i.field}`).sort()).toEqual(
      ['MANIFEST_FIELD:assignTo', 'MANIFEST_FIELD:description', 'MANIFEST_FIELD:version', 'SKILL_MD_MISSING:null'].sort(),
    );
  });

  it('should keep the fields that are valid when others are not', () => {
    const skill = readSkillDir(writeSkill(scratch(), 'partial', { manifest: { version: 'nope', capabilities: ['x'] } }));
    expect(skill.manifest).toBeNull();
    expect(skill.partial).toMatchObject({ name: 'partial', description: 'The partial skill.', capabilities: ['x'] });
    expect(skill.partial.version).toBeUndefined();
  });
});
