/**
 * README.md's examples run as written. Every ```sh, ```graphql and ```js block of the README (read
 * now, whatever other changes it has had) is run in order against a real server on a free port with
 * its own data directory, unless the table below skips it by design with the reason:
 *
 * - sh: each command runs in bash from the repository root, after `npm link` put `maestro` on a
 *   PATH of its own (npm's global prefix pointed at a temporary directory), with MAESTRO_SERVER_URL
 *   and localhost:4000 pointed at the test server. `<NAME>` placeholders are replaced by the IDs
 *   earlier commands printed (see PLACEHOLDERS). Each must exit 0 with the documented output
 *   shape: one {"ok":true,…} line with --json, a GraphQL response without errors from curl.
 *   `npm start --silent -- FLAGS` (a server with extra configuration, such as an agent profile)
 *   restarts the test server on the same data directory with FLAGS as bash expands them.
 *   A `--follow` command must connect and stream an event, then stop cleanly on Ctrl-C.
 * - graphql: queries and mutations are POSTed (no GraphQL errors, no typed *Error result);
 *   subscriptions run over graphql-ws and must deliver events.
 * - js: run with node from the repository root, resuming from the log's first cursor (its CURSOR).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readlinkSync, realpathSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { parse, type OperationDefinitionNode } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeRaw } from '../helpers/graphql.ts';
import { ROOT, startServer, stopAllServers, tempDir, type TestServer } from '../helpers/server.ts';
import { globalIdsIn, placeholders, readmeBlocks, shellCommands, type Block } from './blocks.ts';

/** Blocks that cannot run in a test, matched by a piece of their text, and why. Only these are skipped. */
const SKIPPED_BY_DESIGN: readonly { match: string; reason: string }[] = [
  { match: 'npm ci && npm start', reason: 'reinstalls node_modules and starts a server on the fixed port 4000 and ~/.maestro; this test starts its own server' },
  { match: "DATABASE_URL='postgresql://", reason: 'points at a PostgreSQL server elsewhere; test/scale-out runs three instances on a real PostgreSQL the test starts' },
  { match: 'npm run bench', reason: 'the development commands regenerate tracked files, create a migration, and run the whole test suite and the benchmarks' },
];

/** What each placeholder stands for: an ID printed by an earlier example. */
const PLACEHOLDERS: Record<string, (seen: SeenIds) => string | undefined> = {
  PROJECT_ID: (seen) => seen.latest('Project'),
  TASK_ID: (seen) => seen.latest('Task'),
  SESSION_ID: (seen) => seen.latest('Session'),
  SUBTASK_ID: (seen) => seen.inOrder('Subtask')[0],
  OTHER_ID: (seen) => seen.inOrder('Subtask')[1],
};

/** GraphQL variables the README describes in prose ("with the variables { "project": … }"). */
const VARIABLES: Record<string, (seen: SeenIds) => string | undefined> = {
  project: (seen) => seen.latest('Project'),
};

/** The global IDs the examples printed so far, by type. */
class SeenIds {
  private readonly first = new Map<string, string[]>();
  private readonly last = new Map<string, string>();
  record(output: string) {
    for (const { type, id } of globalIdsIn(output)) {
      const list = this.first.get(type) ?? [];
      if (!list.includes(id)) this.first.set(type, [...list, id]);
      this.last.set(type, id);
    }
  }
  /** In the order they first appeared. */
  inOrder(type: string): string[] {
    return this.first.get(type) ?? [];
  }
  /** The one mentioned last (`task create` prints the task, then its project). */
  latest(type: string): string | undefined {
    return this.last.get(type);
  }
}

const blocks = readmeBlocks(ROOT).filter((b) => ['sh', 'graphql', 'js'].includes(b.lang));
const skipReason = (block: Block) => SKIPPED_BY_DESIGN.find((s) => block.text.includes(s.match))?.reason ?? null;
const name = (block: Block) => `README.md:${block.line} (${block.heading}): ${block.text.split('\n')[0]!.slice(0, 70)}`;

let server: TestServer;
let npmPrefix: string;
const seen = new SeenIds();

beforeAll(async () => {
  server = await startServer();
  npmPrefix = tempDir('maestro-readme-npm-');
});
afterAll(() => stopAllServers());

/** The environment of the README's shell: `maestro` only from the linked prefix, the test server. */
function shellEnv(): NodeJS.ProcessEnv {
  const path = (process.env.PATH ?? '').split(delimiter).filter((dir) => dir && !existsSync(join(dir, 'maestro')));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: [join(npmPrefix, 'bin'), ...path].join(delimiter),
    MAESTRO_SERVER_URL: server.url,
    NO_COLOR: '1',
    // `npm link` links into this prefix instead of the machine's global one, offline.
    npm_config_prefix: npmPrefix,
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  delete env.MAESTRO_TOKEN;
  return env;
}

/** localhost:4000 / 127.0.0.1:4000 in an example → the test server. */
const atTestServer = (text: string) => text.replace(/\b(localhost|127\.0\.0\.1):4000\b/g, `127.0.0.1:${server.port}`);

function substitute(text: string): string {
  let out = text;
  for (const placeholder of placeholders(text)) {
    const value = PLACEHOLDERS[placeholder]?.(seen);
    if (!value) throw new Error(`README placeholder <${placeholder}> has no value: add it to PLACEHOLDERS (or print the ID in an earlier example)`);
    out = out.replaceAll(`<${placeholder}>`, value);
  }
  return atTestServer(out);
}

type Ran = { code: number | null; stdout: string; stderr: string };

function runShell(command: string): Promise<Ran> {
  return new Promise((done, fail) => {
    const proc = spawn('bash', ['-c', command], { cwd: ROOT, env: shellEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (d) => (stdout += d));
    proc.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => (proc.kill('SIGKILL'), fail(new Error(`${command}: no exit in 60 s\n${stdout}\n${stderr}`))), 60_000);
    proc.once('error', fail);
    proc.once('close', (code) => (clearTimeout(timer), done({ code, stdout, stderr })));
  });
}

/** A `--follow` command: it must connect, print the event written after that, and stop on Ctrl-C. */
async function runFollowing(command: string): Promise<Ran> {
  // exec: Ctrl-C (SIGINT) reaches maestro itself, not only the shell.
  const proc = spawn('bash', ['-c', `exec ${command}`], { cwd: ROOT, env: shellEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const changed = new Set<() => void>();
  proc.stdout.on('data', (d) => ((stdout += d), changed.forEach((f) => f())));
  proc.stderr.on('data', (d) => ((stderr += d), changed.forEach((f) => f())));
  const exited = new Promise<number | null>((r) => proc.once('close', (code) => (changed.forEach((f) => f()), r(code))));
  const until = (what: string, ok: () => boolean) =>
    new Promise<void>((done, fail) => {
      const check = () => {
        if (ok()) return changed.delete(check), clearTimeout(timer), done();
        if (proc.exitCode !== null) return changed.delete(check), clearTimeout(timer), fail(new Error(`${command} exited ${proc.exitCode} before ${what}\n${stdout}\n${stderr}`));
      };
      const timer = setTimeout(() => (changed.delete(check), proc.kill('SIGKILL'), fail(new Error(`${command}: timed out waiting for ${what}\n${stdout}\n${stderr}`))), 60_000);
      changed.add(check);
      check();
    });
  await until('it connected', () => /connected to ws:/.test(stderr));
  const probe = await executeRaw(server, 'mutation { createProject(input: { name: "README follow probe" }) { __typename } }');
  expect(probe.body.errors).toBeUndefined();
  await until('an event line', () => stdout.trim() !== '');
  proc.kill('SIGINT');
  return { code: await exited, stdout, stderr };
}

/** The server flags of an `npm start … -- FLAGS` example, as bash expands them; null for other commands. */
function startFlags(command: string): string[] | null {
  const match = /^npm start(?: --silent)? -- (.*)$/.exec(command.replace(/\s+#.*$/, ''));
  if (!match) return null;
  const words = spawnSync('bash', ['-c', `printf '%s\\0' ${match[1]}`], { cwd: ROOT, encoding: 'utf8' });
  expect(words.status, words.stderr).toBe(0);
  return words.stdout.split('\0').slice(0, -1);
}

async function runShellBlock(block: Block) {
  const commands = shellCommands(block.text);
  expect(commands.length, 'a shell block with no command').toBeGreaterThan(0);
  for (const original of commands) {
    const flags = startFlags(original);
    if (flags) {
      // The data so far stays: the same data directory, a new port (the examples use MAESTRO_SERVER_URL).
      const dataDir = server.dataDir;
      await server.stop();
      server = await startServer({ dataDir, args: flags });
      continue;
    }
    const command = substitute(original);
    const following = /\s(--follow|-f)\b/.test(command);
    const ran = following ? await runFollowing(command) : await runShell(command);
    const context = `$ ${original}\n(ran: ${command})\nstdout: ${ran.stdout}\nstderr: ${ran.stderr}`;
    expect(ran.code, context).toBe(0);
    if (/^curl\b/.test(command)) {
      const body = JSON.parse(ran.stdout);
      expect(body.errors, context).toBeUndefined();
      expect(body.data, context).toBeTruthy();
    } else if (/\s--json\b/.test(command) && following) {
      const events = ran.stdout.trim().split('\n').map((l) => JSON.parse(l));
      for (const event of events) expect(event, context).toMatchObject({ seq: expect.any(Number), cursor: expect.any(String), kind: expect.any(String) });
    } else if (/\s--json\b/.test(command)) {
      expect(JSON.parse(ran.stdout.trim()), context).toMatchObject({ ok: true });
    } else if (/^maestro\b/.test(command)) {
      expect(ran.stdout.trim(), context).not.toBe('');
    }
    // The follow probe's own project is not one the README's next commands mean.
    if (!following) seen.record(ran.stdout);
  }
}

/** Fails on a typed error member anywhere in a result (`__typename` ending in Error). */
function typedErrors(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(typedErrors);
  if (!value || typeof value !== 'object') return [];
  const own = typeof (value as { __typename?: unknown }).__typename === 'string' && /Error$/.test((value as { __typename: string }).__typename) ? [JSON.stringify(value)] : [];
  return [...own, ...Object.values(value).flatMap(typedErrors)];
}

function variablesFor(operation: OperationDefinitionNode): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const variable = definition.variable.name.value;
    const value = VARIABLES[variable]?.(seen);
    if (!value) throw new Error(`README GraphQL variable $${variable} has no value: add it to VARIABLES`);
    variables[variable] = value;
  }
  return variables;
}

async function runGraphqlBlock(block: Block) {
  const document = parse(block.text);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  expect(operation, 'a graphql block without an operation').toBeTruthy();
  const variables = variablesFor(operation!);
  if (operation!.operation !== 'subscription') {
    const { status, body } = await executeRaw(server, block.text, variables);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(body.data).toBeTruthy();
    expect(typedErrors(body.data)).toEqual([]);
    seen.record(JSON.stringify(body.data));
    return;
  }
  const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0 });
  try {
    const received: Record<string, any>[] = [];
    for await (const result of client.iterate<Record<string, any>>({ query: block.text, variables })) {
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      received.push(result.data!);
      break; // one event shows the subscription works; it would follow forever
    }
    const event = Object.values(received[0]!)[0];
    expect(event).toMatchObject({ seq: expect.any(Number), cursor: expect.any(String), kind: expect.any(String) });
  } finally {
    await client.dispose();
  }
}

async function runJsBlock(block: Block) {
  const first = await executeRaw(server, '{ events(first: 1) { edges { node { cursor } } } }');
  const cursor: string = first.body.data.events.edges[0].node.cursor;
  const proc = spawn(process.execPath, ['--input-type=module', '-e', atTestServer(block.text)], {
    cwd: ROOT,
    env: { ...process.env, CURSOR: cursor },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr += d));
  try {
    await new Promise<void>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`no event printed in 60 s\n${stdout}\n${stderr}`)), 60_000);
      proc.stdout.on('data', (d) => {
        stdout += d;
        if (stdout.includes('\n')) clearTimeout(timer), done();
      });
      proc.once('close', (code) => (clearTimeout(timer), fail(new Error(`exited ${code} before printing an event\n${stdout}\n${stderr}`))));
    });
    // `console.log(seq, kind)` for the events after CURSOR: the second event of the log first.
    expect(stdout.split('\n')[0]).toMatch(/^\d+ [A-Z_]+$/);
  } finally {
    proc.kill('SIGKILL');
  }
}

describe('README.md examples', () => {
  it('should have runnable examples, and a skip entry only for blocks that exist', () => {
    expect(blocks.filter((b) => b.lang === 'sh').length).toBeGreaterThan(0);
    expect(blocks.filter((b) => b.lang === 'graphql').length).toBeGreaterThan(0);
    for (const skip of SKIPPED_BY_DESIGN) {
      expect(blocks.filter((b) => b.text.includes(skip.match)), `skip entry "${skip.match}" should match exactly one block`).toHaveLength(1);
    }
  });

  // Blocks in SKIPPED_BY_DESIGN are not run (the test above checks each entry still names a block).
  for (const block of blocks.filter((b) => skipReason(b) === null)) {
    it(`should run ${name(block)}`, async () => {
      if (block.lang === 'sh') await runShellBlock(block);
      else if (block.lang === 'graphql') await runGraphqlBlock(block);
      else await runJsBlock(block);
    }, 240_000);
  }

  it('should have linked a maestro that runs from any directory, through the symlink', async () => {
    const linked = join(npmPrefix, 'bin', 'maestro');
    expect(realpathSync(linked)).toBe(realpathSync(resolve(ROOT, 'bin', 'maestro.js')));
    expect(readlinkSync(linked)).not.toBe(resolve(ROOT, 'bin', 'maestro.js')); // npm links through lib/node_modules
    const elsewhere = tempDir('maestro-readme-cwd-');
    const ran = spawnSync(linked, ['project', 'list', '--json'], { cwd: elsewhere, env: shellEnv(), encoding: 'utf8' });
    expect(ran.status, ran.stderr).toBe(0);
    expect(JSON.parse(ran.stdout)).toMatchObject({ ok: true, data: { projects: expect.any(Array) } });
  });
});
