/**
 * The CLI's rough edges seen on a fresh clone, each against a real server: one-line errors that say
 * what was wrong and what to do (with the documented exit codes), `events list --json` carrying
 * hookEvent like the stream, `skill validate` with no PATH checking the scopes sessions load, `spool
 * flush` and `hooks install --server` reaching the chosen server, `session show` of a failed spawn,
 * and a project working directory that does not exist (a warning on create, an error on spawn).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawId } from '../events/helpers.ts';
import { executeRaw } from '../helpers/graphql.ts';
import { startServer, stopAllServers, tempDir, type TestServer } from '../helpers/server.ts';
import { buildHookBundle, maestro } from '../hooks/cli.ts';
import { createSession, fixture, postHook, storedHooks } from '../hooks/helpers.ts';
import { cliData, closedPort, runCli, spawnCli, stopAllClis } from './cli.ts';

let server: TestServer;
beforeAll(async () => {
  buildHookBundle();
  server = await startServer();
});
afterAll(async () => {
  await stopAllClis();
  await stopAllServers();
});

/** stderr must be exactly one line. */
const oneLine = (stderr: string) => {
  expect(stderr.endsWith('\n') && !stderr.slice(0, -1).includes('\n'), `not one line:\n${stderr}`).toBe(true);
  return stderr.trimEnd();
};

describe('CLI errors: one line, what was wrong and what to do, the documented exit code', () => {
  it('should refuse an unknown --kind as a usage error naming the flag (exit 2)', async () => {
    const human = await runCli(server.url, ['events', 'list', '--kind', 'NOPE']);
    expect(human.code).toBe(2);
    expect(oneLine(human.stderr)).toBe('maestro: --kind "NOPE" is not an event kind the server knows. Event kinds look like TASK_CREATED; `maestro events list` shows the ones in the log.');
    expect(human.stderr).not.toContain('Variable "$filter"');
    const json = await runCli(server.url, ['events', 'tail', '--kind', 'NOPE', '--json']);
    expect(json.code).toBe(2);
    expect(json.json()).toEqual({ ok: false, error: { code: 'USAGE_ERROR', message: '--kind "NOPE" is not an event kind the server knows.' } });
  });

  it('should refuse a malformed ID as a usage error, not a raw GraphQL error (exit 2)', async () => {
    for (const args of [['session', 'show', 'nope'], ['task', 'show', 'nope'], ['project', 'show', 'nope']]) {
      const human = await runCli(server.url, args);
      expect(human.code, args.join(' ')).toBe(2);
      expect(oneLine(human.stderr)).toMatch(/^maestro: "nope" is not a Maestro ID\. IDs are printed by the list commands/);
      const json = await runCli(server.url, [...args, '--json']);
      expect(json.json()).toEqual({ ok: false, error: { code: 'USAGE_ERROR', message: '"nope" is not a Maestro ID.' } });
    }
  });

  it('should say which list shows the existing ones when a skill or session is not found (exit 1)', async () => {
    const skill = await runCli(server.url, ['skill', 'info', 'nope']);
    expect(skill.code).toBe(1);
    expect(oneLine(skill.stderr)).toBe('maestro: Skill nope not found. `maestro skill list` shows the existing ones.');
    const missingSession = Buffer.from('Session:does-not-exist').toString('base64');
    const session = await runCli(server.url, ['session', 'show', missingSession, '--json']);
    expect(session.code).toBe(1);
    expect(session.json()).toEqual({ ok: false, error: { code: 'NOT_FOUND_ERROR', message: `Session ${missingSession} not found.` } });
  });
});

describe('maestro events list --json', () => {
  it('should give hookEvent and toolName exactly like events tail --follow --json and GraphQL', async () => {
    const session = await createSession(server, undefined, 'hook fields');
    expect((await postHook(server, session.token, fixture('PreToolUse.Bash'))).status).toBeLessThan(300);

    const listed = await cliData(server.url, ['events', 'list', '--session', session.id, '--kind', 'HOOK_RECEIVED']);
    expect(listed.events).toHaveLength(1);
    expect(listed.events[0]).toMatchObject({ kind: 'HOOK_RECEIVED', hookEvent: 'PreToolUse', toolName: 'Bash' });

    const api = await executeRaw(server, 'query($f: EventFilter) { events(filter: $f, first: 5) { edges { node { seq hookEvent toolName } } } }', {
      f: { sessionId: session.id, kinds: ['HOOK_RECEIVED'] },
    });
    expect(api.body.data.events.edges.map((e: { node: unknown }) => e.node)).toEqual([{ seq: listed.events[0].seq, hookEvent: 'PreToolUse', toolName: 'Bash' }]);

    const tail = spawnCli(server.url, ['events', 'tail', '--follow', '--from-start', '--session', session.id, '--kind', 'HOOK_RECEIVED', '--json']);
    await tail.waitFor(({ lines }) => lines.length === 1, 'the replayed hook event');
    expect(JSON.parse(tail.lines()[0]!)).toEqual(listed.events[0]);
    expect(await tail.stop()).toBe(0);
  });
});

describe('maestro skill validate with no PATH', () => {
  it('should check the scopes sessions load, not every directory of the repository root', async () => {
    const userDir = tempDir('maestro-user-skills-');
    const result = await runCli(null, ['skill', 'validate'], { MAESTRO_SKILLS_DIR: userDir });
    expect(result.code, result.stderr).toBe(0);
    const names = result.stdout.trim().split('\n').map((l) => l.split(/\s+/)[1]);
    expect(names).toEqual(readdirSync(join(import.meta.dirname, '..', '..', 'skills')).sort());
    expect(oneLine(result.stderr)).toMatch(new RegExp(`^maestro: checked bundled \\S+/skills, user ${userDir}, project \\S+/\\.maestro/skills \\(none\\)$`));
  });

  it('should include the project scope of the current directory and fail on its invalid skill', async () => {
    const project = tempDir('maestro-project-');
    const broken = join(project, '.maestro', 'skills', 'broken-skill');
    mkdirSync(broken, { recursive: true });
    writeFileSync(join(broken, 'manifest.json'), '{ "name": "broken-skill" }');
    const result = await maestro(['skill', 'validate', '--json'], { cwd: project, env: { MAESTRO_SKILLS_DIR: tempDir('maestro-user-skills-') } });
    expect(result.code).toBe(1);
    const body = JSON.parse(result.stdout);
    expect(body).toMatchObject({ ok: false, error: { code: 'SKILL_INVALID' } });
    expect(body.error.message).toMatch(/^broken-skill: /m);
  });
});

describe('maestro spool flush and hooks install --server', () => {
  it('should deliver the spool to MAESTRO_SERVER_URL, not to the URL stored when the server was down', async () => {
    const session = await createSession(server, undefined, 'spooled');
    const dataDir = tempDir('maestro-spool-');
    const down = `http://127.0.0.1:${await closedPort()}`;
    const body = JSON.stringify(fixture('Notification.idle_prompt'));
    const hook = await maestro(['hook'], { stdin: body, env: { MAESTRO_SERVER_URL: down, MAESTRO_TOKEN: session.token, MAESTRO_DATA_DIR: dataDir } });
    expect(hook.code).toBe(0);
    expect(readdirSync(join(dataDir, 'spool')).filter((n) => n.endsWith('.hook'))).toHaveLength(1);

    const flushed = await maestro(['spool', 'flush', '--json'], { env: { MAESTRO_SERVER_URL: server.url, MAESTRO_DATA_DIR: dataDir } });
    expect(flushed.code, flushed.stdout + flushed.stderr).toBe(0);
    expect(JSON.parse(flushed.stdout).data).toMatchObject({ sent: 1, left: 0 });
    expect(storedHooks(server).filter((r) => r.sessionId === rawId(session.id)).map((r) => r.payload)).toEqual([body]);
  });

  it('should write a SessionStart command hook that reports to --server, whatever the environment says when it runs', async () => {
    const session = await createSession(server, undefined, 'installed');
    const dir = tempDir('maestro-install-');
    const file = join(dir, 'settings.json');
    const install = await maestro(['hooks', 'install', '--settings', file, '--server', server.url, '--json']);
    expect(install.code, install.stderr).toBe(0);
    const settings = JSON.parse(readFileSync(file, 'utf8'));
    expect(settings.hooks.PreToolUse[0].hooks[0].url).toBe(`${server.url}/hooks/claude`);
    const command: string = settings.hooks.SessionStart[0].hooks[0].command;

    const body = JSON.stringify(fixture('SessionStart.startup'));
    const env: NodeJS.ProcessEnv = { ...process.env, MAESTRO_TOKEN: session.token, MAESTRO_DATA_DIR: dir };
    delete env.MAESTRO_SERVER_URL;
    execFileSync('sh', ['-c', command], { input: body, env });
    expect(storedHooks(server).filter((r) => r.sessionId === rawId(session.id)).map((r) => r.payload)).toEqual([body]);
  });
});

describe('maestro session show of a failed spawn, and working directories', () => {
  it('should show the exit code and the output tail of a spawned agent that failed', async () => {
    // The default agent profile: a command line that fails loudly.
    const failing = await startServer({ args: ['--agent', `failing=echo "boom from the agent" >&2; exit 7`, '--default-agent', 'failing'] });
    const project = await cliData(failing.url, ['project', 'create', '--name', 'Failing']);
    const task = await cliData(failing.url, ['task', 'create', '--project', project.id, '--title', 'Fail']);
    const spawned = await cliData(failing.url, ['session', 'spawn', '--project', project.id, '--task', task.id]);
    const id: string = spawned.session.id;

    // Wait for the runner to record the exit (polled over GraphQL: a CLI process per poll is slow).
    const state = async () =>
      (await executeRaw(failing, 'query($id: ID!) { session(id: $id) { status spawn { state } } }', { id })).body.data.session as { status: string; spawn: { state: string } };
    for (let s = await state(); !(s.spawn.state === 'EXITED' && s.status === 'FAILED'); s = await state()) await new Promise((r) => setTimeout(r, 250));

    const shown = await cliData(failing.url, ['session', 'show', id]);
    expect(shown).toMatchObject({ status: 'FAILED', spawn: { state: 'EXITED', exitCode: 7, outputTail: expect.stringContaining('boom from the agent') } });

    const human = await runCli(failing.url, ['session', 'show', id]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^Process: +EXITED, pid \d+, exit code 7\b/m);
    expect(human.stdout).toMatch(/^Output \(last lines\):\n(  \| .*\n)*  \| boom from the agent$/m);
  }, 120_000);

  it('should warn when a project\'s working dir does not exist, and refuse to spawn a session there', async () => {
    const missing = join(tempDir('maestro-wd-'), 'not-created-yet');
    const created = await runCli(server.url, ['project', 'create', '--name', 'Nowhere', '--working-dir', missing, '--json']);
    expect(created.code).toBe(0);
    const project = created.json().data;
    expect(project.workingDir).toBe(missing);
    expect(oneLine(created.stderr)).toBe(
      `maestro: warning: working dir ${missing} does not exist; create it before spawning sessions in this project (session spawn fails until then).`,
    );

    const existing = await runCli(server.url, ['project', 'create', '--name', 'Somewhere', '--working-dir', tempDir('maestro-wd-')]);
    expect(existing.code).toBe(0);
    expect(existing.stderr).toBe('');

    const task = await cliData(server.url, ['task', 'create', '--project', project.id, '--title', 'Nowhere to run']);
    const spawn = await runCli(server.url, ['session', 'spawn', '--project', project.id, '--task', task.id, '--json']);
    expect(spawn.code).toBe(1);
    expect(spawn.json()).toEqual({ ok: false, error: { code: 'VALIDATION_ERROR', message: expect.stringContaining(`working directory ${missing} does not exist`) } });
  });
});
