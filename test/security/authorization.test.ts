/**
 * A session token reaches only its own project. Projects A and B (and C) with sessions in each; A's
 * worker token is used against EVERY Query, Mutation and Subscription field touching B, over HTTP,
 * graphql-ws (token in connectionParams and in the upgrade header) and SSE. The field list comes
 * from the running server's schema: a new root field without a case here fails the test, so it
 * cannot ship without someone deciding who may use it. Then: an orchestrator spawning elsewhere,
 * ended sessions' tokens, and the actor recorded on events.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { codes, requestCount, run, TRANSPORTS, type Outcome, type Transport } from './clients.ts';

let server: TestServer;

/** The local operator (no server token configured): no Authorization at all. */
async function asOperator(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  const result = await run(server, 'http', { query, variables }, { headers });
  expect(result.errors, JSON.stringify(result.errors)).toEqual([]);
  return result.data[0] as Record<string, any>;
}

const SECRET = 'bravo-secret';
type Ids = { project: string; task: string; subtask: string; session: string; token: string; spawned: string };
let A: Ids & { orchestrator: string; orchestratorToken: string };
let B: Ids;
let projectC: string;

async function seedProject(name: string): Promise<Ids> {
  const project = (await asOperator('mutation($i: CreateProjectInput!) { createProject(input: $i) { ... on CreateProjectPayload { project { id } } } }', { i: { name } })).createProject.project.id;
  const task = (await asOperator('mutation($i: CreateTaskInput!) { createTask(input: $i) { ... on CreateTaskPayload { task { id } } } }', { i: { projectId: project, title: `${name}-task` } })).createTask.task.id;
  const subtask = (await asOperator('mutation($i: CreateSubtaskInput!) { createSubtask(input: $i) { ... on CreateSubtaskPayload { subtask { id } } } }', { i: { taskId: task, title: `${name}-subtask` } })).createSubtask.subtask.id;
  const created = (await asOperator(
    'mutation($i: CreateSessionInput!) { createSession(input: $i) { ... on CreateSessionPayload { token session { id } } } }',
    { i: { projectId: project, name: `${name}-worker`, taskIds: [task] } },
  )).createSession;
  const spawned = (await asOperator('mutation($i: SpawnSessionInput!) { spawnSession(input: $i) { ... on SpawnSessionPayload { session { id } } } }', { i: { projectId: project, taskIds: [task] } })).spawnSession.session.id;
  return { project, task, subtask, session: created.session.id, token: created.token, spawned };
}

async function postHook(token: string, body: Record<string, unknown>) {
  return fetch(`${server.url}/hooks/claude`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
}

async function expectHealthy() {
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  const data = await asOperator('{ projects(first: 10) { totalCount } }');
  expect(data.projects.totalCount).toBeGreaterThanOrEqual(3);
}

beforeAll(async () => {
  server = await startServer({ args: ['--no-runner'] });
  const a = await seedProject('alpha');
  B = await seedProject(SECRET);
  projectC = (await seedProject('charlie')).project;
  const orch = (await asOperator(
    'mutation($i: CreateSessionInput!) { createSession(input: $i) { ... on CreateSessionPayload { token session { id } } } }',
    { i: { projectId: a.project, name: 'alpha-orchestrator', role: 'ORCHESTRATOR' } },
  )).createSession;
  A = { ...a, orchestrator: orch.session.id, orchestratorToken: orch.token };
  // B's hook payloads, which A must never read.
  expect((await postHook(B.token, { hook_event_name: 'UserPromptSubmit', session_id: 'agent-b', prompt: `${SECRET}-hook-prompt` })).status).toBeLessThan(300);
}, 120_000);
afterAll(() => stopAllServers());

/** Whatever A receives must not name one of B's objects or carry B's text. */
function leaksB(outcome: Outcome): boolean {
  return [B.project, B.task, B.subtask, B.session, B.spawned, SECRET].some((s) => outcome.raw.includes(s));
}

type Expectation = 'FORBIDDEN' | 'CONFINED';
type Case = { query: string; variables?: Record<string, unknown>; expect: Expectation; subscription?: boolean };

type RootFields = Record<'query' | 'mutation' | 'subscription', { name: string; inputType: string | null }[]>;

async function rootFields(): Promise<RootFields> {
  const typeRef = 'name kind ofType { name kind ofType { name kind } }';
  const data = await asOperator(`{ __schema {
    queryType { fields { name } } subscriptionType { fields { name } }
    mutationType { fields { name args { name type { ${typeRef} } } } }
  } }`);
  const inputOf = (f: { args?: { name: string; type: { name: string | null; ofType?: { name: string | null } } }[] }) => {
    const input = f.args?.find((a) => a.name === 'input');
    return input ? (input.type.name ?? input.type.ofType?.name ?? null) : null;
  };
  const list = (t: { fields: { name: string }[] }) => t.fields.map((f) => ({ name: f.name, inputType: inputOf(f as never) }));
  return { query: list(data.__schema.queryType), mutation: list(data.__schema.mutationType), subscription: list(data.__schema.subscriptionType) };
}

/** One case per way a field can touch B. Mutations are built from their input type (see below). */
function queryCases(): Record<string, Case[]> {
  const forbidden = (query: string, variables?: Record<string, unknown>): Case => ({ query, variables, expect: 'FORBIDDEN' });
  const confined = (query: string, variables?: Record<string, unknown>): Case => ({ query, variables, expect: 'CONFINED' });
  const eventsQuery = 'query($f: EventFilter) { events(filter: $f, first: 100) { totalCount edges { node { projectId taskId sessionId actor payload } } } }';
  return {
    // Server configuration, not project data: names and descriptions only, open to every viewer.
    agentProfiles: [confined('{ agentProfiles { name description isDefault } }')],
    events: [forbidden(eventsQuery, { f: { projectId: B.project } }), confined(eventsQuery), confined(eventsQuery, { f: { taskId: B.task } }), confined(eventsQuery, { f: { sessionId: B.session } })],
    node: [B.project, B.task, B.subtask, B.session].map((id) =>
      forbidden('query($id: ID!) { node(id: $id) { id ... on Project { name } ... on Task { title } ... on Subtask { title } ... on Session { name } } }', { id }),
    ),
    nodes: [forbidden('query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Project { name } ... on Task { title } } }', { ids: [B.project, B.task] })],
    pendingSpawns: [forbidden('{ pendingSpawns }')],
    runnerHosts: [forbidden('{ runnerHosts { id status } }')],
    project: [forbidden('query($id: ID!) { project(id: $id) { name tasks { edges { node { title } } } } }', { id: B.project })],
    projects: [confined('{ projects(first: 100) { totalCount edges { node { id name } } } }')],
    session: [forbidden('query($id: ID!) { session(id: $id) { name status lastPrompt events { edges { node { payload } } } } }', { id: B.session })],
    sessions: [
      forbidden('query($p: ID) { sessions(projectId: $p) { edges { node { id name } } } }', { p: B.project }),
      confined('{ sessions(first: 100) { totalCount edges { node { id name lastPrompt } } } }'),
      confined('query($t: ID) { sessions(taskId: $t) { totalCount edges { node { id name } } } }', { t: B.task }),
    ],
    skill: [forbidden('query($p: ID) { skill(name: "maestro-worker", projectId: $p) { name } }', { p: B.project })],
    skillScopes: [forbidden('query($p: ID) { skillScopes(projectId: $p) { scope path } }', { p: B.project })],
    skills: [forbidden('query($p: ID) { skills(projectId: $p) { name } }', { p: B.project })],
    task: [forbidden('query($id: ID!) { task(id: $id) { title subtasks { edges { node { title } } } } }', { id: B.task })],
    tasks: [
      forbidden('query($p: ID) { tasks(projectId: $p) { edges { node { id title } } } }', { p: B.project }),
      confined('{ tasks(first: 100) { edges { node { id title project { id name } } } } }'),
    ],
  };
}

/** The input each mutation gets: always aimed at B (or at C for deleteProject). */
function mutationInputs(): Record<string, Record<string, unknown>> {
  const runner = { runnerId: 'rogue-runner', leaseMs: 60_000 };
  return {
    cleanupSessionWorktree: { id: B.spawned },
    completeSubtask: { id: B.subtask },
    createProject: { name: 'made-by-a-worker' },
    createSession: { projectId: B.project, name: 'intruder', role: 'ORCHESTRATOR' },
    createSubtask: { taskId: B.task, title: 'intruder' },
    createSubtasks: { taskId: B.task, items: [{ title: 'intruder' }] },
    createTask: { projectId: B.project, title: 'intruder' },
    deleteProject: { id: projectC, force: true },
    deleteSubtask: { id: B.subtask },
    deleteTask: { id: B.task },
    linkSessionTask: { sessionId: B.session, taskId: B.task },
    moveSubtask: { id: B.subtask, toTaskId: B.task },
    reopenSubtask: { id: B.subtask },
    reportSessionExit: { id: B.session, exitCode: 1 },
    runnerClaimSpawn: { sessionId: B.spawned, hostId: 'rogue-host', ...runner },
    runnerDeclareHostDead: { hostId: 'rogue-host' },
    runnerRecordLaunch: { sessionId: B.spawned, launchId: 'l1', ...runner },
    runnerRenewLeases: { sessionIds: [B.spawned], hostId: 'rogue-host', ...runner },
    runnerReportExit: { sessionId: B.spawned, runnerId: runner.runnerId, exitCode: 1 },
    runnerReportLaunched: { sessionId: B.spawned, runnerId: runner.runnerId, launchId: 'l1', pid: 1 },
    spawnSession: { projectId: B.project, taskIds: [B.task] },
    stopSession: { id: B.spawned },
    unlinkSessionTask: { sessionId: B.session, taskId: B.task },
    updateProject: { id: B.project, name: 'renamed-by-a' },
    updateSession: { id: B.session, name: 'renamed-by-a' },
    updateSubtask: { id: B.subtask, title: 'renamed-by-a' },
    updateTask: { id: B.task, title: 'renamed-by-a' },
  };
}

function subscriptionCases(): Record<string, Case[]> {
  const doc = 'subscription($f: EventFilter) { events(fromStart: true, filter: $f) { seq projectId taskId sessionId actor payload } }';
  return {
    events: [
      { query: doc, variables: { f: { projectId: B.project } }, expect: 'FORBIDDEN', subscription: true },
      { query: doc, variables: { f: { sessionId: B.session } }, expect: 'CONFINED', subscription: true },
    ],
  };
}

function expectRefused(outcome: Outcome, label: string) {
  expect(codes(outcome), `${label}: ${outcome.raw}`).toContain('FORBIDDEN');
  expect(leaksB(outcome), `${label} leaked B: ${outcome.raw}`).toBe(false);
}

describe('a worker token of project A against every root field touching project B', () => {
  let all: { label: string; field: string; c: Case }[] = [];

  beforeAll(async () => {
    const fields = await rootFields();
    const queries = queryCases();
    const inputs = mutationInputs();
    const subscriptions = subscriptionCases();
    // Every root field has a case: a field added later without a rule here fails.
    expect(Object.keys(queries).sort()).toEqual(fields.query.map((f) => f.name).sort());
    expect(Object.keys(inputs).sort()).toEqual(fields.mutation.map((f) => f.name).sort());
    expect(Object.keys(subscriptions).sort()).toEqual(fields.subscription.map((f) => f.name).sort());
    all = [
      ...Object.entries(queries).flatMap(([field, cases]) => cases.map((c, i) => ({ label: `Query.${field}#${i}`, field, c }))),
      ...fields.mutation.map((f) => ({
        label: `Mutation.${f.name}`,
        field: f.name,
        c: { query: `mutation($input: ${f.inputType}!) { ${f.name}(input: $input) { __typename } }`, variables: { input: inputs[f.name] }, expect: 'FORBIDDEN' as const },
      })),
      ...Object.entries(subscriptions).flatMap(([field, cases]) => cases.map((c, i) => ({ label: `Subscription.${field}#${i}`, field, c }))),
    ];
  });

  for (const transport of TRANSPORTS) {
    it(`should refuse or confine every field over ${transport}`, async () => {
      expect(all.length).toBeGreaterThan(40);
      for (const { label, c } of all) {
        // Subscriptions are served over graphql-ws and SSE only (a plain POST cannot stream).
        if (c.subscription && transport === 'http') continue;
        // A confined subscription replays A's own events (if any match) and must never deliver B's:
        // it is read until the server has nothing more to replay (the timeout), kept short.
        const outcome = await run(server, transport, { query: c.query, variables: c.variables }, { token: A.token, timeoutMs: c.subscription && c.expect === 'CONFINED' ? 1500 : 20_000 });
        if (c.expect === 'FORBIDDEN') expectRefused(outcome, `${transport} ${label}`);
        else {
          expect(outcome.errors, `${transport} ${label}: ${outcome.raw}`).toEqual([]);
          expect(leaksB(outcome), `${transport} ${label} leaked B: ${outcome.raw}`).toBe(false);
        }
      }
      await expectHealthy();
    }, 240_000);
  }

  it('should have left B, its session and project C exactly as they were', async () => {
    const data = await asOperator(
      `query($b: ID!, $t: ID!, $s: ID!, $c: ID!, $st: ID!) {
        b: project(id: $b) { name tasks { totalCount } }
        t: task(id: $t) { title }
        st: node(id: $st) { ... on Subtask { title done } }
        s: session(id: $s) { name status tasks { totalCount } }
        c: project(id: $c) { name }
        sessions(projectId: $b) { totalCount }
        events(filter: { projectId: $b }, first: 100) { edges { node { actor } } }
      }`,
      { b: B.project, t: B.task, s: B.session, c: projectC, st: B.subtask },
    );
    expect(data.b).toEqual({ name: SECRET, tasks: { totalCount: 1 } });
    expect(data.t.title).toBe(`${SECRET}-task`);
    expect(data.st).toEqual({ title: `${SECRET}-subtask`, done: false });
    expect(data.s.name).toBe(`${SECRET}-worker`);
    expect(data.s.status).not.toBe('FAILED');
    expect(data.s.tasks.totalCount).toBe(1);
    expect(data.c).toEqual({ name: 'charlie' });
    expect(data.sessions.totalCount).toBe(2);
    const actors = new Set(data.events.edges.map((e: { node: { actor: string } }) => e.node.actor));
    expect([...actors].some((a) => String(a).startsWith('session:') && a !== `session:${B.session}`)).toBe(false);
    expect((await asOperator('{ projects(first: 100) { totalCount } }')).projects.totalCount).toBe(3);
  });
});

describe('what a worker may do in its own project', () => {
  it('should read and change its own project, tasks and session, and nothing about its role', async () => {
    const token = A.token;
    for (const transport of ['http', 'ws-header', 'sse'] as Transport[]) {
      const own = await run(server, transport, { query: 'query($id: ID!) { project(id: $id) { name tasks { edges { node { id title } } } } }', variables: { id: A.project } }, { token });
      expect(own.errors).toEqual([]);
      expect(own.data[0]).toEqual({ project: { name: 'alpha', tasks: { edges: [{ node: { id: A.task, title: 'alpha-task' } }] } } });
      const listed = await run(server, transport, { query: '{ projects { edges { node { id } } } tasks { edges { node { id } } } }' }, { token });
      expect(listed.data[0]).toEqual({ projects: { edges: [{ node: { id: A.project } }] }, tasks: { edges: [{ node: { id: A.task } }] } });
    }
    const done = await run(server, 'http', { query: 'mutation($i: CompleteSubtaskInput!) { completeSubtask(input: $i) { __typename } }', variables: { i: { id: A.subtask } } }, { token });
    expect(done.data[0]).toEqual({ completeSubtask: { __typename: 'CompleteSubtaskPayload' } });
    const renamed = await run(server, 'http', { query: 'mutation($i: UpdateSessionInput!) { updateSession(input: $i) { __typename } }', variables: { i: { id: A.session, name: 'alpha-worker-2' } } }, { token });
    expect(renamed.data[0]).toEqual({ updateSession: { __typename: 'UpdateSessionPayload' } });
    // Its role decides whether it may spawn: not the agent's to change.
    const promoted = await run(server, 'http', { query: 'mutation($i: UpdateSessionInput!) { updateSession(input: $i) { __typename } }', variables: { i: { id: A.session, role: 'ORCHESTRATOR' } } }, { token });
    expect(codes(promoted)).toContain('FORBIDDEN');
    const other = await run(server, 'http', { query: 'mutation($i: UpdateSessionInput!) { updateSession(input: $i) { __typename } }', variables: { i: { id: A.orchestrator, name: 'x' } } }, { token });
    expect(codes(other)).toContain('FORBIDDEN');
    const exit = await run(server, 'http', { query: 'mutation($i: ReportSessionExitInput!) { reportSessionExit(input: $i) { __typename } }', variables: { i: { id: A.session, exitCode: 1 } } }, { token });
    expect(codes(exit)).toContain('FORBIDDEN');
    const spawn = await run(server, 'ws-header', { query: 'mutation($i: SpawnSessionInput!) { spawnSession(input: $i) { __typename } }', variables: { i: { projectId: A.project } } }, { token });
    expect(codes(spawn)).toContain('FORBIDDEN');
    await expectHealthy();
  });

  it('should deliver its own project\'s events live over WS and SSE, and never B\'s', async () => {
    for (const transport of ['ws-params', 'ws-header', 'sse'] as Transport[]) {
      const marker = `alpha-live-${transport}`;
      const stream = run(
        server,
        transport,
        { query: 'subscription { events { seq projectId payload } }' },
        { token: A.token, until: (o) => o.raw.includes(marker) },
      );
      // Written while subscribed, B's first: if B's leaked it would arrive before A's marker.
      await new Promise((r) => setTimeout(r, 300));
      await asOperator('mutation($i: UpdateTaskInput!) { updateTask(input: $i) { __typename } }', { i: { id: B.task, description: `${SECRET}-${transport}` } });
      await asOperator('mutation($i: UpdateTaskInput!) { updateTask(input: $i) { __typename } }', { i: { id: A.task, description: marker } });
      const outcome = await stream;
      expect(outcome.raw).toContain(marker);
      expect(leaksB(outcome), outcome.raw).toBe(false);
      expect(outcome.data.every((d) => (d as { events: { projectId: string } }).events.projectId === A.project)).toBe(true);
    }
  });
});

describe('an orchestrator token', () => {
  it('should spawn only into its own project, as the parent of what it spawns', async () => {
    const spawn = 'mutation($i: SpawnSessionInput!) { spawnSession(input: $i) { __typename ... on SpawnSessionPayload { token session { parent { id } project { id } } } } }';
    for (const transport of ['http', 'ws-params', 'ws-header', 'sse'] as Transport[]) {
      const elsewhere = await run(server, transport, { query: spawn, variables: { i: { projectId: B.project, taskIds: [B.task] } } }, { token: A.orchestratorToken });
      expectRefused(elsewhere, transport);
      const created = await run(server, transport, { query: 'mutation($i: CreateSessionInput!) { createSession(input: $i) { __typename } }', variables: { i: { projectId: B.project } } }, { token: A.orchestratorToken });
      expectRefused(created, transport);
      const stop = await run(server, transport, { query: 'mutation($i: StopSessionInput!) { stopSession(input: $i) { __typename } }', variables: { i: { id: B.spawned } } }, { token: A.orchestratorToken });
      expectRefused(stop, transport);
    }
    const home = await run(server, 'http', { query: spawn, variables: { i: { projectId: A.project, taskIds: [A.task] } } }, { token: A.orchestratorToken });
    expect(home.errors).toEqual([]);
    const payload = (home.data[0] as { spawnSession: { token: string; session: { parent: { id: string }; project: { id: string } } } }).spawnSession;
    expect(payload.session).toEqual({ parent: { id: A.orchestrator }, project: { id: A.project } });
    expect(payload.token).toMatch(/^mst_/);
    await expectHealthy();
  });
});

describe('a session that has ended', () => {
  async function newSession(name: string) {
    return (await asOperator(
      'mutation($i: CreateSessionInput!) { createSession(input: $i) { ... on CreateSessionPayload { token session { id } } } }',
      { i: { projectId: A.project, name } },
    )).createSession as { token: string; session: { id: string } };
  }
  const probe = { query: 'query($id: ID!) { project(id: $id) { name } }' };

  it('should refuse its token at once on every transport, after SessionEnd or a failed exit, and still store its late hooks', async () => {
    const ended = await newSession('ends-by-hook');
    const failed = await newSession('ends-by-exit');
    for (const s of [ended, failed]) {
      const alive = await run(server, 'http', { ...probe, variables: { id: A.project } }, { token: s.token });
      expect(alive.data[0]).toEqual({ project: { name: 'alpha' } });
    }
    expect((await postHook(ended.token, { hook_event_name: 'SessionStart', session_id: 'agent-e' })).status).toBeLessThan(300);
    expect((await postHook(ended.token, { hook_event_name: 'SessionEnd', session_id: 'agent-e', reason: 'exit' })).status).toBeLessThan(300);
    await asOperator('mutation($i: ReportSessionExitInput!) { reportSessionExit(input: $i) { __typename } }', { i: { id: failed.session.id, exitCode: 1 } });
    const statuses = await asOperator('query($a: ID!, $b: ID!) { a: session(id: $a) { status } b: session(id: $b) { status } }', { a: ended.session.id, b: failed.session.id });
    expect(statuses).toEqual({ a: { status: 'ENDED' }, b: { status: 'FAILED' } });

    for (const s of [ended, failed]) {
      for (const transport of TRANSPORTS) {
        const refused = await run(server, transport, { ...probe, variables: { id: A.project } }, { token: s.token });
        expect(refused.data, `${transport}: ${refused.raw}`).toEqual([]);
        if (transport.startsWith('ws')) expect(refused.status, refused.raw).toBe(4403);
        else {
          expect(refused.status).toBe(401);
          expect(codes(refused)).toEqual(['UNAUTHENTICATED']);
          expect(refused.errors[0]!.message).toMatch(/has ended/);
        }
      }
    }
    // A late hook (delivered after the end) is still the session's to report, and only its own.
    const late = await postHook(ended.token, { hook_event_name: 'Notification', session_id: 'agent-e', message: 'late delivery' });
    expect(late.status).toBeLessThan(300);
    const stored = await asOperator('query($id: ID!) { session(id: $id) { events(kinds: [HOOK_RECEIVED]) { edges { node { hookEvent } } } } }', { id: ended.session.id });
    expect(stored.session.events.edges.map((e: { node: { hookEvent: string } }) => e.node.hookEvent)).toEqual(['SessionStart', 'SessionEnd', 'Notification']);
    await expectHealthy();
  });

  it('should complete the event subscriptions it opened while alive, over WS and SSE, once it has ended', async () => {
    for (const transport of ['ws-params', 'ws-header', 'sse'] as Transport[]) {
      const s = await newSession(`subscribed-${transport}`);
      const before = `before-end-${transport}`;
      const after = `after-end-${transport}`;
      let seenBefore!: () => void;
      const sawBefore = new Promise<void>((r) => (seenBefore = r));
      const stream = run(server, transport, { query: 'subscription { events { seq payload } }' }, {
        token: s.token,
        until: (o) => {
          if (o.raw.includes(before)) seenBefore();
          return o.raw.includes(after);
        },
      });
      // Subscribed once an event written now arrives (re-written until it does: the subscription starts live).
      for (let i = 0; ; i++) {
        await asOperator('mutation($i: UpdateTaskInput!) { updateTask(input: $i) { __typename } }', { i: { id: A.task, description: `${before}-${i}` } });
        const got = await Promise.race([sawBefore.then(() => true), new Promise((r) => setTimeout(() => r(false), 200))]);
        if (got || i > 50) break;
      }
      await asOperator('mutation($i: ReportSessionExitInput!) { reportSessionExit(input: $i) { __typename } }', { i: { id: s.session.id, exitCode: 1 } });
      await asOperator('mutation($i: UpdateTaskInput!) { updateTask(input: $i) { __typename } }', { i: { id: A.task, description: after } });
      const outcome = await stream;
      expect(outcome.raw).toContain(before);
      expect(outcome.raw, transport).not.toContain(after);
      expect(outcome.completed, transport).toBe(true);
    }
  });

  it('should refuse the next operation on a WebSocket that was opened while the session was alive', async () => {
    const s = await newSession('ends-while-connected');
    const { createClient } = await import('graphql-ws');
    const { default: WebSocket } = await import('ws');
    const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, connectionParams: { authorization: `Bearer ${s.token}` } });
    const once = () =>
      new Promise<{ data?: unknown; errors?: { extensions?: { code?: string }; message: string }[] }>((resolve) => {
        let result: { data?: unknown; errors?: never[] } = {};
        client.subscribe({ query: probe.query, variables: { id: A.project } }, { next: (r) => (result = r as never), error: (e) => resolve({ errors: (Array.isArray(e) ? e : [{ message: `closed ${(e as { code?: number }).code} ${(e as { reason?: string }).reason}` }]) as never }), complete: () => resolve(result) });
      });
    try {
      expect(await once()).toEqual({ data: { project: { name: 'alpha' } } });
      await asOperator('mutation($i: ReportSessionExitInput!) { reportSessionExit(input: $i) { __typename } }', { i: { id: s.session.id, exitCode: 2 } });
      const after = await once();
      expect(after.data ?? null).toBeNull();
      expect(after.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    } finally {
      await client.dispose();
    }
  });
});

describe('who the event log says did it', () => {
  const createTask = 'mutation($i: CreateTaskInput!) { createTask(input: $i) { ... on CreateTaskPayload { task { id } } } }';
  async function actorOfTask(taskId: string) {
    const data = await asOperator('query($id: ID!) { task(id: $id) { events(kinds: [TASK_CREATED]) { edges { node { actor } } } } }', { id: taskId });
    return data.task.events.edges[0].node.actor as string;
  }

  it('should record the session for a session token, whatever label it sends, and operator[:label] otherwise', async () => {
    for (const transport of ['http', 'ws-params', 'ws-header', 'sse'] as Transport[]) {
      const made = await run(server, transport, { query: createTask, variables: { i: { projectId: A.project, title: `by-worker-${transport}` } } }, { token: A.token, headers: { 'x-maestro-actor': 'operator:mallory' } });
      expect(made.errors).toEqual([]);
      const id = (made.data[0] as { createTask: { task: { id: string } } }).createTask.task.id;
      expect(await actorOfTask(id)).toBe(`session:${A.session}`);
    }
    const plain = (await asOperator(createTask, { i: { projectId: A.project, title: 'by-operator' } })).createTask.task.id;
    expect(await actorOfTask(plain)).toBe('operator');
    const labelled = (await asOperator(createTask, { i: { projectId: A.project, title: 'by-alice' } }, { 'x-maestro-actor': 'alice' })).createTask.task.id;
    expect(await actorOfTask(labelled)).toBe('operator:alice');
    const prefixed = (await asOperator(createTask, { i: { projectId: A.project, title: 'by-bob' } }, { 'x-maestro-actor': 'operator:bob' })).createTask.task.id;
    expect(await actorOfTask(prefixed)).toBe('operator:bob');
  });

  it('should have sent enough requests for its half of the security corpus', () => {
    // Printed for the corpus total across test/security/ (the transport half lives beside this file).
    console.log(`authorization.test.ts sent ${requestCount()} requests`);
    expect(requestCount()).toBeGreaterThanOrEqual(250);
  });
});
