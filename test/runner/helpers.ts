/**
 * Shared by the runner tests and bench/spawn.ts: typed documents, seeding a project and a task,
 * spawnSession, waiting on a session, reading the log, running `maestro runner` as a process, and
 * the fake agent's command line, the agent profiles servers start with, and the agent's start log.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { graphql } from '../gql/index.ts';
import { execute } from '../helpers/graphql.ts';
import { ROOT, type TestServer } from '../helpers/server.ts';

export const FAKE_AGENT = join(ROOT, 'test', 'fake-agent', 'agent.mjs');
const BIN = join(ROOT, 'bin', 'maestro.js');

const shq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
/** The fake agent's command line, with Claude Code's --settings/--plugin-dir arguments, plus `args`. */
export const fakeAgent = (...args: string[]) =>
  [shq(process.execPath), shq(FAKE_AGENT), '--settings "$MAESTRO_SETTINGS_PATH" --plugin-dir "$MAESTRO_PLUGIN_DIR"', ...args.map(shq)].join(' ');

/**
 * The agent profiles the runner tests start their servers with (`agentFlags()` → `--agent NAME=COMMAND`
 * each): spawnSession only names one, so each scenario of the fake agent is a profile.
 */
export const FAKE_PROFILES: Record<string, string> = {
  fake: fakeAgent(),
  'fake-hang': fakeAgent('--hang'),
  'fake-stubborn': fakeAgent('--hang', '--ignore-term'),
  'fake-fail': fakeAgent('--exit', '3', '--no-session-end'),
  'fake-subtasks': fakeAgent('--subtasks', 'Write the failing test,Add the limiter'),
  'fake-spawner': fakeAgent('--spawn', 'worker'),
  missing: 'definitely-not-an-agent-command --flag',
};
export const agentFlags = (profiles: Record<string, string> = FAKE_PROFILES) => Object.entries(profiles).flatMap(([name, command]) => ['--agent', `${name}=${command}`]);

export const RnCreateProject = graphql(`
  mutation RnCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } ... on Error { message } }
  }
`);

export const RnCreateTask = graphql(`
  mutation RnCreateTask($input: CreateTaskInput!) {
    createTask(input: $input) { __typename ... on CreateTaskPayload { task { id } } ... on Error { message } }
  }
`);

export const RnSpawn = graphql(`
  mutation RnSpawn($input: SpawnSessionInput!) {
    spawnSession(input: $input) {
      __typename
      ... on SpawnSessionPayload { token manifestPath session { id status role } skills { name version contentHash scope reason } }
      ... on Error { message }
    }
  }
`);

export const RnStop = graphql(`
  mutation RnStop($input: StopSessionInput!) {
    stopSession(input: $input) { __typename ... on StopSessionPayload { session { id status } } ... on Error { message } }
  }
`);

export const RnSession = graphql(`
  query RnSession($id: ID!) {
    session(id: $id) {
      id status role
      parent { id }
      children(first: 10) { edges { node { id role } } }
      skills { name version contentHash scope }
      subtasks: tasks(first: 5) { edges { node { id subtasks(first: 20) { edges { node { title done } } } } } }
      spawn { state attempts pid exitCode exitSignal outputTail runnerId stopRequestedAt sessionDir manifestPath }
    }
  }
`);

export async function seed(server: TestServer, name = 'Runner', workingDir?: string) {
  const p = await execute(server, RnCreateProject, { input: { name, ...(workingDir ? { workingDir } : {}) } });
  if (p.data?.createProject.__typename !== 'CreateProjectPayload') throw new Error(JSON.stringify(p));
  const projectId = p.data.createProject.project.id;
  const t = await execute(server, RnCreateTask, { input: { projectId, title: 'Rate-limit POST /login', acceptanceCriteria: ['5 attempts per minute per IP', 'covered by tests'] } });
  if (t.data?.createTask.__typename !== 'CreateTaskPayload') throw new Error(JSON.stringify(t));
  return { projectId, taskId: t.data.createTask.task.id };
}

export async function spawnOne(
  server: TestServer,
  input: { projectId: string; taskIds?: string[]; agent?: string; role?: 'WORKER' | 'ORCHESTRATOR'; skills?: string[]; prompt?: string; model?: string },
) {
  const r = await execute(server, RnSpawn, { input });
  if (r.data?.spawnSession.__typename !== 'SpawnSessionPayload') throw new Error(`spawnSession failed: ${JSON.stringify(r)}`);
  return r.data.spawnSession;
}

export async function sessionInfo(server: TestServer, id: string) {
  const r = await execute(server, RnSession, { id });
  if (!r.data?.session) throw new Error(`no session ${id}: ${JSON.stringify(r)}`);
  return r.data.session;
}

/** Polls the session until `predicate` holds. */
export async function waitForSession(server: TestServer, id: string, predicate: (s: Awaited<ReturnType<typeof sessionInfo>>) => boolean, what: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let last: Awaited<ReturnType<typeof sessionInfo>> | null = null;
  while (Date.now() < deadline) {
    last = await sessionInfo(server, id);
    if (predicate(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
}

/**
 * Waits until the session's process exit is recorded (spawn EXITED, and `predicate`), then reads the
 * session again and returns that read. One read is not a snapshot: `session` and its `spawn` are two
 * SELECTs, and the exit report (spawn EXITED and the status it forces, one transaction) may commit
 * between them, so the read that first sees EXITED can still carry the status from before the exit.
 * A read started after it sees the whole transaction.
 */
export async function waitForExited(server: TestServer, id: string, what: string, predicate: (s: Awaited<ReturnType<typeof sessionInfo>>) => boolean = () => true, timeoutMs?: number) {
  await waitForSession(server, id, (s) => s.spawn?.state === 'EXITED' && predicate(s), what, timeoutMs);
  return sessionInfo(server, id);
}

const rawId = (globalId: string) => Buffer.from(globalId, 'base64').toString('utf8').split(':').slice(1).join(':');

export type LoggedEvent = { seq: number; kind: string; sessionId: string | null; hookEvent: string | null; payload: any };

/** Every event of the session (and of its tasks' subtasks), in log order, read from the database. */
export function storedEvents(server: TestServer, sessionGlobalId: string, taskGlobalId?: string): LoggedEvent[] {
  const conn = new Database(join(server.dataDir, 'maestro.db'), { readonly: true, fileMustExist: true });
  try {
    const rows = conn
      .prepare('SELECT seq, kind, sessionId, hookEvent, payload FROM Event WHERE sessionId = ? OR (? IS NOT NULL AND taskId = ? AND kind LIKE \'SUBTASK_%\') ORDER BY seq')
      .all(rawId(sessionGlobalId), taskGlobalId ? rawId(taskGlobalId) : null, taskGlobalId ? rawId(taskGlobalId) : null) as LoggedEvent[];
    return rows.map((r) => ({ ...r, payload: JSON.parse(r.payload) }));
  } finally {
    conn.close();
  }
}

/** The fake agents' log: one JSON object per line. */
export function agentLog(path: string): any[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}
export const startsOf = (path: string, sessionId: string) => agentLog(path).filter((e) => e.event === 'start' && e.sessionId === sessionId);

export type RunnerProc = { proc: ChildProcess; output(): string; waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>; kill(signal?: NodeJS.Signals): Promise<void> };
const runners = new Set<RunnerProc>();

/** `maestro runner` as its own process. */
export function startRunner(server: TestServer, env: Record<string, string> = {}): RunnerProc {
  const proc = spawn(process.execPath, [BIN, 'runner', '--lease-ms', env.LEASE_MS ?? '1500'], {
    cwd: ROOT,
    env: { ...process.env, MAESTRO_SERVER_URL: server.url, MAESTRO_DATA_DIR: server.dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  const runner: RunnerProc = {
    proc,
    output: () => out,
    waitFor: (text, timeoutMs = 20_000) =>
      new Promise((resolve, reject) => {
        const test = () => (typeof text === 'string' ? out.includes(text) : text.test(out));
        const timer = setTimeout(() => (clearInterval(poll), reject(new Error(`runner never printed ${text}:\n${out}`))), timeoutMs);
        const poll = setInterval(() => {
          if (test()) {
            clearInterval(poll);
            clearTimeout(timer);
            resolve();
          }
        }, 20);
      }),
    kill: async (signal = 'SIGTERM') => {
      runners.delete(runner);
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      await exited;
    },
  };
  runners.add(runner);
  return runner;
}

export async function stopAllRunners() {
  await Promise.all([...runners].map((r) => r.kill('SIGKILL')));
}

/** Kills fake agents a test left behind: their process groups (led by the launched shell or the agent), as they logged them. */
export function killAgents(logPath: string) {
  for (const e of agentLog(logPath)) {
    if (e.event !== 'start') continue;
    try {
      process.kill(-(e.pgid ?? e.pid), 'SIGKILL');
    } catch {
      /* gone */
    }
  }
}
