/**
 * Shared by the real-CLI scenarios: a Maestro server whose agents run the pinned, real Claude Code
 * CLI against the fake Messages API, reads of what the server stored, through the GraphQL API, and
 * the scripts the fake model plays for the bundled skills.
 *
 * The server gets the offline environment (src/runner/runner.ts hands the server's environment to
 * every agent, minus its own secrets), so the built-in `claude` profile finds the cached CLI first on
 * PATH, talks only to the fake API and keeps its ~/.claude in a throwaway HOME.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOOK_EVENTS } from '../../src/client/claude-hooks.ts';
import { executeRaw } from '../helpers/graphql.ts';
import { startServer, tempDir, type TestServer } from '../helpers/server.ts';
import { startFakeAnthropic, type FakeAnthropic, type Scenario, type ToolCall, type Turn } from './fake-anthropic.ts';
import { ensureClaude } from './install.ts';
import { offlineClaudeEnv } from './offline.ts';

export type RealClaudeServer = { server: TestServer; fake: FakeAnthropic; env: Record<string, string> };

/** The pinned CLI installed, the fake Messages API started, and the offline environment that points the CLI at it. */
export async function startFakeClaude(): Promise<{ fake: FakeAnthropic; env: Record<string, string> }> {
  await ensureClaude();
  const fake = await startFakeAnthropic();
  return { fake, env: offlineClaudeEnv(fake.url, tempDir('maestro-claude-home-')) };
}

export async function startRealClaudeServer(): Promise<RealClaudeServer> {
  const { fake, env } = await startFakeClaude();
  const server = await startServer({ env });
  return { server, fake, env };
}

async function gql(server: TestServer, query: string, variables?: Record<string, unknown>) {
  const { body } = await executeRaw(server, query, variables);
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export async function createProject(server: TestServer, name: string, workingDir: string) {
  const data = await gql(server, 'mutation ($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } ... on Error { message } } }', {
    input: { name, workingDir },
  });
  if (data.createProject.__typename !== 'CreateProjectPayload') throw new Error(`createProject: ${JSON.stringify(data)}`);
  return data.createProject.project.id as string;
}

export async function createTask(server: TestServer, projectId: string, title: string, acceptanceCriteria: string[] = []) {
  const data = await gql(server, 'mutation ($input: CreateTaskInput!) { createTask(input: $input) { __typename ... on CreateTaskPayload { task { id } } ... on Error { message } } }', {
    input: { projectId, title, acceptanceCriteria },
  });
  if (data.createTask.__typename !== 'CreateTaskPayload') throw new Error(`createTask: ${JSON.stringify(data)}`);
  return data.createTask.task.id as string;
}

export type Spawned = { sessionId: string; skills: { name: string }[] };

/** spawnSession with the server's default profile (the built-in `claude`) unless `agent` says otherwise. */
export async function spawnSession(
  server: TestServer,
  input: { projectId: string; taskIds?: string[]; prompt?: string; agent?: string; role?: 'WORKER' | 'ORCHESTRATOR' },
): Promise<Spawned> {
  const data = await gql(
    server,
    'mutation ($input: SpawnSessionInput!) { spawnSession(input: $input) { __typename ... on SpawnSessionPayload { session { id } skills { name } } ... on Error { message } } }',
    { input },
  );
  if (data.spawnSession.__typename !== 'SpawnSessionPayload') throw new Error(`spawnSession: ${JSON.stringify(data)}`);
  return { sessionId: data.spawnSession.session.id, skills: data.spawnSession.skills };
}

export async function stopSession(server: TestServer, id: string, graceMs = 5000) {
  const data = await gql(server, 'mutation ($input: StopSessionInput!) { stopSession(input: $input) { __typename ... on Error { message } } }', { input: { id, graceMs } });
  if (data.stopSession.__typename !== 'StopSessionPayload') throw new Error(`stopSession: ${JSON.stringify(data)}`);
}

export type SessionView = {
  id: string;
  status: string;
  role: string;
  parent: { id: string } | null;
  /** The CLI's own session_id (hook payloads, the x-claude-code-session-id header), once known. */
  agentSessionId: string | null;
  refusedToolCalls: number;
  failures: number;
  spawn: { state: string; pid: number | null; exitCode: number | null; exitSignal: string | null; outputTail: string | null; stopRequestedAt: string | null } | null;
};

export async function sessionView(server: TestServer, id: string): Promise<SessionView> {
  const data = await gql(server, 'query ($id: ID!) { session(id: $id) { id status role parent { id } agentSessionId refusedToolCalls failures spawn { state pid exitCode exitSignal outputTail stopRequestedAt } } }', { id });
  if (!data.session) throw new Error(`no session ${id}`);
  return data.session;
}

/**
 * Waits until the runner recorded the agent's exit, then reads once more: the read that first sees
 * EXITED may still carry the status from before the exit's transaction (two SELECTs), a later one not.
 */
export async function waitForExit(server: TestServer, id: string, timeoutMs = 90_000): Promise<SessionView> {
  const deadline = Date.now() + timeoutMs;
  let last: SessionView | null = null;
  while (Date.now() < deadline) {
    last = await sessionView(server, id);
    if (last.spawn?.state === 'EXITED') return sessionView(server, id);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`session ${id} did not exit in ${timeoutMs} ms; last: ${JSON.stringify(last)}\nserver output:\n${server.output().slice(-4000)}`);
}

export type StoredEvent = { seq: number; kind: string; actor: string; hookEvent: string | null; toolName: string | null; toolUseId: string | null; payload: any };

const EVENT_FIELDS = 'seq kind actor hookEvent toolName toolUseId payload';

/** Every event of a session (`Session.events`) or a task (`Task.events`), in seq order, all pages. */
export async function eventsOf(server: TestServer, owner: 'Session' | 'Task', id: string): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  let after: string | null = null;
  for (;;) {
    const data = await gql(server, `query ($id: ID!, $after: String) { node(id: $id) { ... on ${owner} { events(first: 100, after: $after) { edges { node { ${EVENT_FIELDS} } } pageInfo { hasNextPage endCursor } } } } }`, {
      id,
      after,
    });
    const page = data.node.events;
    out.push(...page.edges.map((e: { node: StoredEvent }) => e.node));
    if (!page.pageInfo.hasNextPage) return out;
    after = page.pageInfo.endCursor;
  }
}

export type TaskView = { status: string; subtasks: { title: string; done: boolean }[] };

export async function taskView(server: TestServer, id: string): Promise<TaskView> {
  const data = await gql(server, 'query ($id: ID!) { node(id: $id) { ... on Task { status subtasks(first: 50) { edges { node { title done } } } } } }', { id });
  return { status: data.node.status, subtasks: data.node.subtasks.edges.map((e: { node: { title: string; done: boolean } }) => e.node) };
}

/** The sessions a session spawned (`Session.children`), oldest first. */
export async function childrenOf(server: TestServer, id: string): Promise<string[]> {
  const data = await gql(server, 'query ($id: ID!) { session(id: $id) { children(first: 50) { edges { node { id } } } } }', { id });
  return data.session.children.edges.map((e: { node: { id: string } }) => e.node.id);
}

// ---------------------------------------------------------------------------------------------
// Scripts: what the bundled skills tell an agent to do, as the fake model plays it.

export const bash = (command: string, description: string): ToolCall => ({ name: 'Bash', input: { command, description } });

/** The `data` of a `maestro … --json` result (a tool result's text); throws on `ok: false`, so a script stops visibly. */
export function jsonData<T = any>(toolResult: string | null | undefined): T {
  const parsed = JSON.parse(toolResult ?? 'null') as { ok: boolean; data: T } | null;
  if (!parsed?.ok) throw new Error(`maestro --json did not succeed: ${toolResult}`);
  return parsed.data;
}

/** What the maestro-worker skill tells a worker to do on its task: read it, start, plan `subtasks`, tick them off, hand over for review. */
export function workerScript(taskId: string, subtasks: string[], summary: string): Turn[] {
  // The add result is some turns back by the time a subtask is ticked: find it among all results.
  const addedId = (toolResults: { text: string }[], k: number) => jsonData<{ subtasks: { id: string }[] }>(toolResults.find((r) => r.text.includes('"subtasks"'))?.text).subtasks[k]!.id;
  return [
    { text: 'Loading the worker instructions.', tools: [{ name: 'Skill', input: { skill: 'maestro-worker' } }] },
    { tools: [bash(`maestro task show ${taskId}`, 'Read the task')] },
    { tools: [bash(`maestro task update ${taskId} --status IN_PROGRESS`, 'Start the task')] },
    { tools: [bash('maestro subtask list', 'See existing subtasks')] },
    { tools: [bash(`maestro subtask add ${subtasks.map((t) => `"${t}"`).join(' ')} --json`, 'Plan the work')] },
    ...subtasks.map((_, k): Turn => (c) => ({ tools: [bash(`maestro subtask done ${addedId(c.toolResults, k)}`, `Tick off step ${k + 1}`)] })),
    { tools: [bash('maestro subtask list', 'Check every step is done')] },
    { tools: [bash(`maestro task update ${taskId} --status IN_REVIEW`, 'Hand over for review')] },
    { text: summary },
  ];
}

/** The tool results that show a refusal or a failure (the CLI marks both is_error). */
export const failures = (sc: Scenario) => sc.toolResults.filter((r) => r.isError || /requires approval|haven't granted|can't be checked/i.test(r.text));

const shq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * A project whose .claude/settings.json records every hook payload the CLI fires (one JSON per line)
 * and the time it fired, independently of Maestro's hooks (the CLI merges it with the session's --settings).
 */
export function projectWithRecorder(prefix: string) {
  const dir = tempDir(prefix);
  const record = join(dir, 'fired.jsonl');
  const times = join(dir, 'fired.times');
  const recorder = { type: 'command', command: `date +%s%N >> ${shq(times)}; { cat; echo; } >> ${shq(record)}`, timeout: 10 };
  mkdirSync(join(dir, '.claude'));
  writeFileSync(join(dir, '.claude', 'settings.json'), JSON.stringify({ hooks: Object.fromEntries(HOOK_EVENTS.map((e) => [e, [{ hooks: [recorder] }]])) }));
  const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean);
  return {
    dir,
    fired: () => lines(record).map((line) => JSON.parse(line) as Record<string, unknown>),
    firedAtMs: () => lines(times).map((ns) => Number(BigInt(ns) / 1_000_000n)),
  };
}
