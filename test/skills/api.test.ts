/** The skills API over real HTTP: scopes from --skills-dir (MAESTRO_SKILLS_DIR) and a project's working directory. */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { execute } from '../helpers/graphql.ts';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { BUNDLED_SKILLS_DIR } from '../../src/skills/scopes.ts';
import { scratch, skillMdFor, writeSkill } from './helpers.ts';

const SklCreateProject = graphql(`
  mutation SklCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      __typename
      ... on CreateProjectPayload { project { id } }
      ... on Error { message }
    }
  }
`);

const SklSkills = graphql(`
  query SklSkills($role: SkillRole, $projectId: ID) {
    skills(role: $role, projectId: $projectId) {
      name
      version
      description
      assignTo
      capabilities
      dependencies
      contentHash
      scope
      path
      content
      valid
      overrides { scope path version contentHash }
      issues { code field message }
    }
    skillScopes(projectId: $projectId) { scope path exists skillNames }
  }
`);

const SklSkill = graphql(`
  query SklSkill($name: String!, $projectId: ID) {
    skill(name: $name, projectId: $projectId) { name version scope path content contentHash valid overrides { scope version } issues { code message } }
  }
`);

let server: TestServer;
const userDir = scratch('user-skills-');
const workingDir = scratch('project-');
const projectSkills = join(workingDir, '.maestro', 'skills');
let projectId: string;

beforeAll(async () => {
  writeSkill(userDir, 'maestro-cli', { manifest: { version: '9.0.0', description: 'My own CLI notes.' } });
  writeSkill(userDir, 'user-helper', { manifest: { assignTo: 'worker', capabilities: ['help'] } });
  writeSkill(userDir, 'user-planner', { manifest: { assignTo: 'orchestrator' } });
  writeSkill(userDir, 'broken', { manifest: { version: 'one' }, skillMd: null });
  writeSkill(projectSkills, 'user-helper', { manifest: { version: '2.0.0', assignTo: 'worker' } });
  writeSkill(projectSkills, 'project-only', { manifest: { dependencies: ['ghost'] } });
  server = await startServer({ env: { MAESTRO_SKILLS_DIR: userDir } });
  const created = await execute(server, SklCreateProject, { input: { name: 'Skills project', workingDir } });
  if (created.data?.createProject.__typename !== 'CreateProjectPayload') throw new Error(JSON.stringify(created));
  projectId = created.data.createProject.project.id;
});
afterAll(() => stopAllServers());

describe('skills over HTTP', () => {
  it('should list bundled and user skills, the user\'s overriding the bundled one', async () => {
    const { data, errors } = await execute(server, SklSkills, {});
    expect(errors).toBeUndefined();
    expect(data!.skills.map((s) => [s.name, s.scope])).toEqual([
      ['broken', 'USER'],
      ['maestro-cli', 'USER'],
      ['maestro-orchestrator', 'BUNDLED'],
      ['maestro-worker', 'BUNDLED'],
      ['user-helper', 'USER'],
      ['user-planner', 'USER'],
    ]);
    const cli = data!.skills.find((s) => s.name === 'maestro-cli')!;
    expect(cli).toMatchObject({ version: '9.0.0', description: 'My own CLI notes.', assignTo: 'ALL', path: join(userDir, 'maestro-cli'), valid: true });
    expect(cli.content).toBe(skillMdFor('maestro-cli', 'My own CLI notes.'));
    expect(cli.overrides).toEqual([
      { scope: 'BUNDLED', path: join(BUNDLED_SKILLS_DIR, 'maestro-cli'), version: '1.0.0', contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
    expect(data!.skillScopes).toEqual([
      { scope: 'BUNDLED', path: BUNDLED_SKILLS_DIR, exists: true, skillNames: ['maestro-cli', 'maestro-orchestrator', 'maestro-worker'] },
      { scope: 'USER', path: userDir, exists: true, skillNames: ['broken', 'maestro-cli', 'user-helper', 'user-planner'] },
      { scope: 'PROJECT', path: null, exists: false, skillNames: [] },
    ]);
  });

  it('should list an invalid skill with its issues instead of hiding it', async () => {
    const { data } = await execute(server, SklSkills, {});
    const broken = data!.skills.find((s) => s.name === 'broken')!;
    expect(broken).toMatchObject({ valid: false, version: null, content: null, description: 'The broken skill.' });
    expect(broken.issues.map((i) => [i.code, i.field])).toEqual([
      ['MANIFEST_FIELD', 'version'],
      ['SKILL_MD_MISSING', null],
    ]);
  });

  it('should filter by role, keeping skills assigned to all', async () => {
    const worker = await execute(server, SklSkills, { role: 'WORKER' });
    expect(worker.data!.skills.map((s) => s.name)).toEqual(['broken', 'maestro-cli', 'maestro-worker', 'user-helper']);
    const orchestrator = await execute(server, SklSkills, { role: 'ORCHESTRATOR' });
    expect(orchestrator.data!.skills.map((s) => s.name)).toEqual(['broken', 'maestro-cli', 'maestro-orchestrator', 'user-planner']);
  });

  it('should add the project\'s skills with a projectId, overriding the user\'s, and report each scope', async () => {
    const { data, errors } = await execute(server, SklSkills, { projectId });
    expect(errors).toBeUndefined();
    const helper = data!.skills.find((s) => s.name === 'user-helper')!;
    expect(helper).toMatchObject({ scope: 'PROJECT', version: '2.0.0', path: join(projectSkills, 'user-helper') });
    expect(helper.overrides.map((o) => [o.scope, o.version])).toEqual([['USER', '1.0.0']]);
    const only = data!.skills.find((s) => s.name === 'project-only')!;
    expect(only.valid).toBe(false);
    expect(only.issues[0]).toMatchObject({ code: 'DEPENDENCY_MISSING', field: 'dependencies.0' });
    expect(data!.skillScopes[2]).toEqual({ scope: 'PROJECT', path: projectSkills, exists: true, skillNames: ['project-only', 'user-helper'] });
  });

  it('should return one skill with its content, or null for an unknown name', async () => {
    const one = await execute(server, SklSkill, { name: 'maestro-worker' });
    expect(one.data!.skill).toMatchObject({ name: 'maestro-worker', version: '1.0.0', scope: 'BUNDLED', valid: true, overrides: [], issues: [] });
    expect(one.data!.skill!.content).toMatch(/^---\nname: maestro-worker\n/);
    const project = await execute(server, SklSkill, { name: 'project-only', projectId });
    expect(project.data!.skill).toMatchObject({ scope: 'PROJECT', valid: false });
    const none = await execute(server, SklSkill, { name: 'project-only' });
    expect(none).toEqual({ data: { skill: null } });
  });

  it('should answer NOT_FOUND for an unknown project and a typed error for a malformed id', async () => {
    const missing = Buffer.from('Project:nope').toString('base64');
    const unknown = await execute(server, SklSkills, { projectId: missing });
    expect(unknown.errors?.[0]).toMatchObject({ message: 'Project nope not found', extensions: { code: 'NOT_FOUND' } });
    const malformed = await execute(server, SklSkill, { name: 'x', projectId: 'not-an-id' });
    expect(malformed.errors?.length).toBe(1);
    expect(malformed.data).toEqual({ skill: null });
  });
});
