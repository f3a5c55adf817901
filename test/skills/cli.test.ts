/** `maestro skill list|info|validate` as child processes: human output, --json envelopes, exit codes, --help. */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.ts';
import { runCli } from '../cli/cli.ts';
import { execute } from '../helpers/graphql.ts';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { BUNDLED_SKILLS_DIR } from '../../src/skills/scopes.ts';
import { scratch, writeSkill } from './helpers.ts';

const SklCliCreateProject = graphql(`
  mutation SklCliCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      __typename
      ... on CreateProjectPayload { project { id } }
      ... on Error { message }
    }
  }
`);

let server: TestServer;
const userDir = scratch('cli-user-skills-');
const workingDir = scratch('cli-project-');
let projectId: string;

beforeAll(async () => {
  writeSkill(userDir, 'maestro-worker', { manifest: { version: '5.0.0', assignTo: 'worker', description: 'Overridden worker.' } });
  writeSkill(userDir, 'bad-user-skill', { manifest: { assignTo: 'anyone' } });
  writeSkill(join(workingDir, '.maestro', 'skills'), 'proj-skill', { manifest: { assignTo: 'orchestrator' } });
  server = await startServer({ env: { MAESTRO_SKILLS_DIR: userDir } });
  const created = await execute(server, SklCliCreateProject, { input: { name: 'CLI skills', workingDir } });
  if (created.data?.createProject.__typename !== 'CreateProjectPayload') throw new Error(JSON.stringify(created));
  projectId = created.data.createProject.project.id;
});
afterAll(() => stopAllServers());

describe('maestro skill list', () => {
  it('should print a table with scopes and overrides for people', async () => {
    const result = await runCli(server.url, ['skill', 'list']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^NAME\s+VERSION\s+SCOPE\s+FOR\s+DESCRIPTION$/m);
    expect(result.stdout).toMatch(/^maestro-worker\s+5\.0\.0\s+USER \(overrides BUNDLED\)\s+worker\s+Overridden worker\.$/m);
    expect(result.stdout).toMatch(/^bad-user-skill\s+1\.0\.0\s+USER\s+-\s+INVALID: 1 problem \(maestro skill info bad-user-skill\)$/m);
    expect(result.stdout).toContain(`  BUNDLED  ${BUNDLED_SKILLS_DIR}`);
    expect(result.stdout).toContain(`  USER     ${userDir}`);
    expect(result.stdout).toContain('  PROJECT  (no project working directory)');
  });

  it('should filter by --role and include a project\'s skills with --project, as JSON', async () => {
    const result = await runCli(server.url, ['skill', 'list', '--role', 'orchestrator', '--project', projectId, '--json']);
    expect(result.code, result.stderr).toBe(0);
    const { ok, data } = result.json();
    expect(ok).toBe(true);
    expect(data.skills.map((s: { name: string; scope: string }) => `${s.name}:${s.scope}`)).toEqual([
      'bad-user-skill:USER',
      'maestro-cli:BUNDLED',
      'maestro-orchestrator:BUNDLED',
      'proj-skill:PROJECT',
    ]);
    expect(data.scopes[2]).toEqual({ scope: 'PROJECT', path: join(workingDir, '.maestro', 'skills'), exists: true, skillNames: ['proj-skill'] });
  });

  it('should refuse an unknown --role with a usage error (exit 2)', async () => {
    const result = await runCli(server.url, ['skill', 'list', '--role', 'boss', '--json']);
    expect(result.code).toBe(2);
    expect(result.json()).toEqual({ ok: false, error: { code: 'USAGE_ERROR', message: '--role must be one of WORKER, ORCHESTRATOR (got "boss").' } });
  });

  it('should exit 3 when the server cannot be reached', async () => {
    const result = await runCli('http://127.0.0.1:9', ['skill', 'list', '--json']);
    expect(result.code).toBe(3);
    expect(result.json()).toMatchObject({ ok: false, error: { code: 'NETWORK' } });
  });
});

describe('maestro skill info', () => {
  it('should show a skill with its hash, scope, overrides and SKILL.md', async () => {
    const result = await runCli(server.url, ['skill', 'info', 'maestro-worker']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^maestro-worker 5\.0\.0$/m);
    expect(result.stdout).toMatch(/^ {2}content hash {2}sha256:[0-9a-f]{64}$/m);
    expect(result.stdout).toContain(`  scope         USER  ${join(userDir, 'maestro-worker')}`);
    expect(result.stdout).toContain(`  overrides     BUNDLED 1.0.0  ${join(BUNDLED_SKILLS_DIR, 'maestro-worker')}`);
    expect(result.stdout).toContain('Instructions for maestro-worker.');
  });

  it('should list an invalid skill\'s problems', async () => {
    const result = await runCli(server.url, ['skill', 'info', 'bad-user-skill', '--json']);
    expect(result.code).toBe(0);
    const { data } = result.json();
    expect(data.valid).toBe(false);
    expect(data.issues).toEqual([
      { code: 'MANIFEST_FIELD', field: 'assignTo', message: 'manifest.json "assignTo" must be one of "worker", "orchestrator", "all" (got "anyone")' },
    ]);
  });

  it('should find a project skill only with --project', async () => {
    expect((await runCli(server.url, ['skill', 'info', 'proj-skill', '--project', projectId])).code).toBe(0);
    const missing = await runCli(server.url, ['skill', 'info', 'proj-skill', '--json']);
    expect(missing.code).toBe(1);
    expect(missing.json()).toEqual({ ok: false, error: { code: 'NOT_FOUND_ERROR', message: 'Skill proj-skill not found.' } });
  });

  it('should need a name (exit 2)', async () => {
    expect((await runCli(server.url, ['skill', 'info'])).code).toBe(2);
  });
});

describe('maestro skill validate', () => {
  it('should accept a valid skill without a server', async () => {
    const dir = writeSkill(scratch(), 'local-ok', { manifest: { dependencies: ['maestro-cli'] } });
    const result = await runCli('http://127.0.0.1:9', ['skill', 'validate', dir]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`ok      local-ok 1.0.0  ${dir}\n`);
    const json = await runCli('http://127.0.0.1:9', ['skill', 'validate', dir, '--json']);
    expect(json.json()).toEqual({ ok: true, data: { skills: [{ name: 'local-ok', path: dir, version: '1.0.0', contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) }] } });
  });

  it('should exit 1 listing every problem of every skill in a directory of skills', async () => {
    const root = scratch();
    writeSkill(root, 'fine');
    writeSkill(root, 'loop-a', { manifest: { dependencies: ['loop-b'] } });
    writeSkill(root, 'loop-b', { manifest: { dependencies: ['loop-a'] } });
    writeSkill(root, 'messy', { manifest: { version: '1', dependencies: ['nowhere'] }, skillMd: null });
    const result = await runCli(null, ['skill', 'validate', root]);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').filter(Boolean).map((l) => l.split(/\s+/).slice(0, 2).join(' '))).toEqual([
      'ok fine',
      'INVALID loop-a',
      'INVALID loop-b',
      'INVALID messy',
    ]);
    expect(result.stderr).toContain('maestro: 5 problems:');
    expect(result.stderr).toContain('  - loop-a: dependency cycle: loop-a → loop-b → loop-a');
    expect(result.stderr).toContain('  - loop-b: dependency cycle: loop-a → loop-b → loop-a');
    expect(result.stderr).toContain('  - messy: manifest.json "version" must be a semantic version such as "1.0.0" (got "1")');
    expect(result.stderr).toContain('  - messy: SKILL.md is missing');
    expect(result.stderr).toMatch(/ {2}- messy: depends on "nowhere", which no scope provides/);

    const json = await runCli(null, ['skill', 'validate', root, '--json']);
    expect(json.code).toBe(1);
    const { ok, error } = json.json();
    expect(ok).toBe(false);
    expect(error.code).toBe('SKILL_INVALID');
    expect(error.message.split('\n')).toHaveLength(5);
  });

  it('should resolve dependencies against the user\'s skills (MAESTRO_SKILLS_DIR)', async () => {
    const dir = writeSkill(scratch(), 'needs-user', { manifest: { dependencies: ['bad-user-skill', 'maestro-worker'] } });
    const result = await runCli(null, ['skill', 'validate', dir], { MAESTRO_SKILLS_DIR: userDir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('needs-user: depends on "bad-user-skill", which is invalid');
    expect(result.stderr).not.toContain('"maestro-worker"');
  });

  it('should validate the bundled skills', async () => {
    const result = await runCli(null, ['skill', 'validate', BUNDLED_SKILLS_DIR]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(3);
  });

  it('should refuse a path that is not a directory (exit 2)', async () => {
    const result = await runCli(null, ['skill', 'validate', join(scratch(), 'missing'), '--json']);
    expect(result.code).toBe(2);
    expect(result.json().error.code).toBe('USAGE_ERROR');
  });
});

describe('maestro skill --help', () => {
  it.each([['skill'], ['skill list'], ['skill info'], ['skill validate']])('should print help for maestro %s', async (command) => {
    const result = await runCli(null, [...command.split(' '), '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`maestro ${command}`);
  });

  it('should list --json on every skill command', async () => {
    for (const command of ['list', 'info', 'validate']) {
      expect((await runCli(null, ['skill', command, '--help'])).stdout).toContain('--json');
    }
  });
});
