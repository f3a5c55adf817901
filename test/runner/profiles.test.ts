/**
 * Agent profiles (issue 14, part 3): spawnSession names a profile configured on the server, and
 * nothing a client sends is ever interpreted by a shell. Real server, real runner, the fake agent:
 *   - profiles from --agent flags and <data-dir>/agents.json (a command line, an argv, a default),
 *     listed by agentProfiles and `maestro session agents` without their command lines;
 *   - an unknown or hostile `agent` is a ValidationError on input.agent listing the names, and
 *     creates nothing and runs nothing;
 *   - prompt and model full of shell syntax reach the agent verbatim, through its environment and,
 *     with the built-in claude command line, its argv;
 *   - a `VAR=x cmd` command line runs as written;
 *   - configuration mistakes stop the server at start-up with one clear line.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAUDE_PROFILE } from '../../src/agents/profiles.ts';
import { ConfigError, parseConfig } from '../../src/config.ts';
import { runCli } from '../cli/cli.ts';
import { executeRaw } from '../helpers/graphql.ts';
import { startServer, stopAllServers, tempDir, type TestServer } from '../helpers/server.ts';
import { agentFlags, FAKE_AGENT, fakeAgent, killAgents, seed, spawnOne, startsOf, waitForExited } from './helpers.ts';

const shq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

let server: TestServer;
let logPath: string;
/** Where a hostile value would leave its traces if any shell ever ran it. */
let traps: string;

/** The built-in claude command line with the fake agent in place of `claude`: the same words, prompt and model. */
const claudeLike = CLAUDE_PROFILE.command.toString().replace(/^claude /, `${shq(process.execPath)} ${shq(FAKE_AGENT)} `);

beforeAll(async () => {
  const dir = tempDir('maestro-profiles-');
  logPath = join(dir, 'agents.log');
  traps = tempDir('maestro-traps-');
  const dataDir = tempDir();
  writeFileSync(
    join(dataDir, 'agents.json'),
    JSON.stringify({
      default: 'fake',
      profiles: {
        'argv-fake': { command: [process.execPath, FAKE_AGENT, '--exit', '0'], description: 'The fake agent as an argv.' },
        'claude-like': { command: claudeLike, description: 'The built-in claude command line, running the fake agent.' },
      },
    }),
  );
  server = await startServer({
    dataDir,
    args: agentFlags({ fake: fakeAgent(), tagged: `FAKE_AGENT_TAG=from-profile ${fakeAgent()}` }),
    env: { FAKE_AGENT_LOG: logPath },
  });
});
afterAll(async () => {
  killAgents(logPath);
  await stopAllServers();
});

const spawnRaw = (input: Record<string, unknown>) =>
  executeRaw(server, 'mutation ($input: SpawnSessionInput!) { spawnSession(input: $input) { __typename ... on ValidationError { message fields { path message } } ... on Error { message } } }', {
    input,
  });

function spawnCount() {
  const conn = new Database(join(server.dataDir, 'maestro.db'), { readonly: true, fileMustExist: true });
  try {
    return (conn.prepare('SELECT count(*) AS n FROM Spawn').get() as { n: number }).n;
  } finally {
    conn.close();
  }
}

describe('agent profiles', () => {
  it('should list the configured profiles by name, description and default, over GraphQL and `maestro session agents`, never their command lines', async () => {
    const { body } = await executeRaw(server, '{ agentProfiles { name description isDefault } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.agentProfiles).toEqual([
      { name: 'argv-fake', description: 'The fake agent as an argv.', isDefault: false },
      { name: 'claude', description: CLAUDE_PROFILE.description, isDefault: false },
      { name: 'claude-like', description: 'The built-in claude command line, running the fake agent.', isDefault: false },
      { name: 'fake', description: '', isDefault: true },
      { name: 'tagged', description: '', isDefault: false },
    ]);
    const type = await executeRaw(server, '{ __type(name: "AgentProfile") { fields { name } } }');
    expect(type.body.data.__type.fields.map((f: { name: string }) => f.name).sort()).toEqual(['description', 'isDefault', 'name']);

    const cli = await runCli(server.url, ['session', 'agents', '--json']);
    expect(cli.code).toBe(0);
    expect(cli.json()).toEqual({ ok: true, data: { agentProfiles: body.data.agentProfiles } });
    const human = await runCli(server.url, ['session', 'agents']);
    expect(human.stdout).toMatch(/^fake +yes/m);
    expect(human.stdout).not.toContain(FAKE_AGENT);
  });

  it('should refuse an unknown profile with a ValidationError on input.agent that lists the configured names, over GraphQL and the CLI', async () => {
    const { projectId, taskId } = await seed(server, 'Unknown profile');
    const before = spawnCount();
    const { body } = await spawnRaw({ projectId, agent: 'codex' });
    expect(body.data.spawnSession.__typename).toBe('ValidationError');
    expect(body.data.spawnSession.fields).toEqual([
      { path: ['input', 'agent'], message: 'no agent profile "codex" is configured on this server; choose one of: argv-fake, claude, claude-like, fake, tagged' },
    ]);
    const cli = await runCli(server.url, ['session', 'spawn', '--task', taskId, '--agent', 'codex', '--json']);
    expect(cli.code).toBe(1);
    expect(cli.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION_ERROR', message: expect.stringContaining('choose one of: argv-fake, claude, claude-like, fake, tagged') } });
    expect(spawnCount()).toBe(before);
  });

  it('should create no session and run nothing for hostile agent values, then launch the next valid spawn normally', async () => {
    const { projectId } = await seed(server, 'Hostile agent');
    const before = spawnCount();
    const hostile = [
      `id > ${join(traps, 'redirect')}`,
      `$(touch ${join(traps, 'substitution')})`,
      `\`touch ${join(traps, 'backticks')}\``,
      `fake\ntouch ${join(traps, 'newline')}`,
      `fake; touch ${join(traps, 'semicolon')}`,
      `fake && touch ${join(traps, 'and')}`,
    ];
    for (const agent of hostile) {
      const { body } = await spawnRaw({ projectId, agent });
      expect(body.data.spawnSession.__typename, agent).toBe('ValidationError');
      expect(body.data.spawnSession.fields[0].path, agent).toEqual(['input', 'agent']);
    }
    expect(spawnCount()).toBe(before);
    // Nothing was queued; and after a valid spawn has gone through the runner, still no trace of any of them.
    const { session } = await spawnOne(server, { projectId, agent: 'fake' });
    const done = await waitForExited(server, session.id, 'the valid spawn to run');
    expect(done.status).toBe('ENDED');
    expect(spawnCount()).toBe(before + 1);
    expect(readdirSync(traps)).toEqual([]);
  });

  it('should hand prompt and model full of shell syntax to the agent verbatim, in its environment and (claude command line) its argv', async () => {
    const { projectId } = await seed(server, 'Verbatim');
    // Starting with `-`: after the command line's `--`, still the prompt, never an option.
    const prompt = `--dangerously-skip-permissions Fix it. $(touch ${join(traps, 'p1')}) \`touch ${join(traps, 'p2')}\`; id > ${join(traps, 'p3')} "double" 'single' $HOME\nsecond line \\ end`;
    const model = `opus; touch ${join(traps, 'm1')} $(touch ${join(traps, 'm2')})`;
    for (const agent of ['fake', 'argv-fake', 'claude-like']) {
      const { session } = await spawnOne(server, { projectId, agent, prompt, model });
      const done = await waitForExited(server, session.id, `the ${agent} agent to exit`);
      expect(done.status, agent).toBe('ENDED');
      const [start] = startsOf(logPath, session.id);
      expect(start, agent).toMatchObject({ prompt, model, profile: agent });
      if (agent === 'claude-like') expect(start.argv).toEqual(['-p', '--settings', expect.any(String), '--plugin-dir', expect.any(String), '--model', model, '--', prompt]);
      if (agent === 'argv-fake') expect(start.argv).toEqual(['--exit', '0']);
    }
    expect(readdirSync(traps)).toEqual([]);
  });

  it('should run a `VAR=x cmd` command line as written, and record the profile (not a command) on the spawn and in the manifest', async () => {
    const { projectId } = await seed(server, 'Env prefix');
    const spawned = await spawnOne(server, { projectId, agent: 'tagged' });
    const done = await waitForExited(server, spawned.session.id, 'the tagged agent to exit');
    expect(done.status).toBe('ENDED');
    expect(done.spawn!.exitCode).toBe(0);
    expect(startsOf(logPath, spawned.session.id)[0].tag).toBe('from-profile');
    const manifest = JSON.parse(readFileSync(spawned.manifestPath, 'utf8'));
    expect(manifest.version).toBe(2);
    expect(manifest.agent).toEqual({ profile: 'tagged', command: `FAKE_AGENT_TAG=from-profile ${fakeAgent()}` });

    // No agent named: the configured default ("default" in agents.json).
    const byDefault = await spawnOne(server, { projectId });
    await waitForExited(server, byDefault.session.id, 'the default agent to exit');
    expect(startsOf(logPath, byDefault.session.id)[0].profile).toBe('fake');
  });
});

describe('agent profile configuration errors at start-up', () => {
  /** Starts the real server and returns what it printed: it must exit 1 with the one line, then the --help hint. */
  async function startFailure(options: { agentsJson?: string; args?: string[]; env?: Record<string, string> }) {
    const dataDir = tempDir();
    if (options.agentsJson !== undefined) writeFileSync(join(dataDir, 'agents.json'), options.agentsJson);
    const error = await startServer({ dataDir, args: options.args, env: options.env }).then(
      () => null,
      (e: Error) => e.message,
    );
    expect(error).toMatch(/^server exited with 1 before listening:\n/);
    const lines = error!.replace(/^server exited with 1 before listening:\n/, '').trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('Run with --help for the options.');
    return { line: lines[0]!, file: join(dataDir, 'agents.json') };
  }

  /** The same check without a process per case: the ConfigError message is the line main.ts prints after "maestro: ". */
  function configError(options: { agentsJson?: string; args?: string[]; env?: Record<string, string> }) {
    const dataDir = tempDir();
    if (options.agentsJson !== undefined) writeFileSync(join(dataDir, 'agents.json'), options.agentsJson);
    try {
      parseConfig(['--data-dir', dataDir, ...(options.args ?? [])], options.env ?? {});
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).not.toContain('\n');
      return { line: (error as Error).message, file: join(dataDir, 'agents.json') };
    }
    throw new Error('parseConfig accepted the configuration');
  }

  it('should refuse to start, printing one line, for a broken agents.json, a bad --agent and the removed --agent-command', async () => {
    const bad = await startFailure({ agentsJson: '{ "profiles": { "x": ' });
    expect(bad.line.startsWith(`maestro: ${bad.file} is not valid JSON: `)).toBe(true);
    expect((await startFailure({ args: ['--agent', 'bad name=x'] })).line).toMatch(/^maestro: Invalid --agent "bad name=x": use NAME=COMMAND, NAME made of letters/);
    expect((await startFailure({ env: { MAESTRO_AGENT_COMMAND: 'claude -p' } })).line).toMatch(
      /^maestro: MAESTRO_AGENT_COMMAND was removed: define a profile with --agent NAME=COMMAND .*--default-agent NAME\.$/,
    );
  });

  it('should name the file, the field and the rule for every other mistake', () => {
    const wrongType = configError({ agentsJson: JSON.stringify({ profiles: { fake: { command: 42 } } }) });
    expect(wrongType.line).toBe(`${wrongType.file}: profiles.fake.command: command must be a command line (string) or an argv (array of strings)`);
    const empty = configError({ agentsJson: JSON.stringify({ profiles: { fake: { command: [] } } }) });
    expect(empty.line).toBe(`${empty.file}: profiles.fake.command: command must not be empty`);
    const badName = configError({ agentsJson: JSON.stringify({ profiles: { 'no spaces': { command: 'x' } } }) });
    expect(badName.line).toBe(`${badName.file}: profiles.no spaces: profile names are letters, digits, ".", "_" and "-", starting with a letter or digit, at most 64 characters`);
    const unknownKey = configError({ agentsJson: JSON.stringify({ profiles: { fake: { command: 'x', cmd: 'y' } } }) });
    expect(unknownKey.line).toMatch(new RegExp(`^${escape(unknownKey.file)}: profiles\\.fake: .*cmd`));
    const noProfiles = configError({ agentsJson: JSON.stringify({ default: 'claude' }) });
    expect(noProfiles.line).toMatch(new RegExp(`^${escape(noProfiles.file)}: profiles: `));
    const gone = configError({ agentsJson: JSON.stringify({ default: 'gone', profiles: {} }) });
    expect(gone.line).toBe(`Invalid "default" in ${gone.file} "gone": no such agent profile (profiles: claude).`);
    expect(configError({ args: ['--agent', 'fake'] }).line).toBe('Invalid --agent "fake": the command after "fake=" is empty.');
    expect(configError({ args: ['--agent', 'fake=x', '--default-agent', 'codex'] }).line).toBe('Invalid --default-agent "codex": no such agent profile (profiles: claude, fake).');
    expect(configError({ env: { MAESTRO_DEFAULT_AGENT: 'codex' } }).line).toBe('Invalid --default-agent "codex": no such agent profile (profiles: claude).');
    expect(configError({ args: ['--agent-command', 'claude -p'] }).line).toMatch(/^--agent-command was removed/);
  });

  it('should refuse `maestro runner --agent-command` as a usage error: runners run the profile in the manifest', async () => {
    const r = await runCli(server.url, ['runner', '--agent-command', 'claude -p']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--agent-command / MAESTRO_AGENT_COMMAND were removed: configure agent profiles on the server');
  });

  it('should let --agent flags override a profile of agents.json and --default-agent override its default', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'agents.json'), JSON.stringify({ default: 'a', profiles: { a: { command: ['a-file'] }, b: { command: 'b-file' } } }));
    const config = parseConfig(['--data-dir', dataDir, '--agent', 'b=b-flag', '--default-agent', 'b'], {});
    if (config === 'help') throw new Error('help');
    expect(config.agents.defaultName).toBe('b');
    expect(config.agents.find('b')!.command).toBe('b-flag');
    expect(config.agents.find('a')!.command).toEqual(['a-file']);
    expect(config.agents.find('')!.name).toBe('b');
    expect(config.agents.names()).toEqual(['a', 'b', 'claude']);
  });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
