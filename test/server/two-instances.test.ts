/**
 * Two apps in one process (issue 18): each buildApp() owns its store, so two servers on two data
 * directories share no data, no event log, no subscription and no hook token, and stopping one
 * leaves the other serving.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createProject, createTask, subscribeRaw } from '../events/helpers.ts';
import { executeRaw } from '../helpers/graphql.ts';
import { startInProcessServer, stopAllInProcessServers, type InProcessServer } from '../helpers/in-process.ts';

afterAll(() => stopAllInProcessServers());

const projectNames = async (server: InProcessServer) =>
  ((await executeRaw(server, '{ projects { edges { node { name } } } }')).body.data.projects.edges as { node: { name: string } }[]).map((e) => e.node.name);

const eventLog = async (server: InProcessServer) =>
  (await executeRaw(server, '{ events(first: 100) { edges { cursor node { kind payload } } } }')).body.data.events.edges as {
    cursor: string;
    node: { kind: string; payload: { project?: { name: string } } };
  }[];

async function createSession(server: InProcessServer, projectId: string): Promise<string> {
  const { body } = await executeRaw(
    server,
    'mutation ($input: CreateSessionInput!) { createSession(input: $input) { __typename ... on CreateSessionPayload { token } } }',
    { input: { projectId } },
  );
  if (body.data?.createSession?.__typename !== 'CreateSessionPayload') throw new Error(`createSession failed: ${JSON.stringify(body)}`);
  return body.data.createSession.token as string;
}

const postHook = (server: InProcessServer, token: string) =>
  fetch(`${server.url}/hooks/claude`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ hook_event_name: 'Notification', session_id: 'agent-1', message: 'hello' }),
  });

describe('two servers in one process', () => {
  it('should keep data, event logs, subscriptions and hook tokens apart, and serve on when the other stops', async () => {
    const [a, b] = await Promise.all([startInProcessServer(), startInProcessServer()]);
    expect(a.port).not.toBe(b.port);
    expect(a.dataDir).not.toBe(b.dataDir);

    // Live subscribers on each, from the start of each log.
    const onA = subscribeRaw(a.wsUrl, { fromStart: true });
    const onB = subscribeRaw(b.wsUrl, { fromStart: true });
    try {
      const alpha = await createProject(a, 'alpha');
      await createTask(a, alpha, 'only in a');
      const beta = await createProject(b, 'beta');

      // Each sees only its own rows.
      expect(await projectNames(a)).toEqual(['alpha']);
      expect(await projectNames(b)).toEqual(['beta']);

      // Each has its own log (seqs start at 1 in both) and its own epoch: a cursor of one is unknown to the other.
      const logA = await eventLog(a);
      const logB = await eventLog(b);
      expect(logA.map((e) => e.node.kind)).toEqual(['PROJECT_CREATED', 'TASK_CREATED']);
      expect(logB.map((e) => e.node.kind)).toEqual(['PROJECT_CREATED']);
      expect(logB[0]!.node.payload.project?.name).toBe('beta');
      const foreign = await executeRaw(b, 'query ($after: String) { events(first: 1, after: $after) { edges { cursor } } }', { after: logA[0]!.cursor });
      expect(foreign.body.errors?.[0]?.extensions?.code).toBe('CURSOR_UNKNOWN');

      // Each subscriber got its own server's events and nothing of the other's.
      await onA.until((events) => events.length === 2);
      await onB.until((events) => events.length === 1);
      // One more write in B: B's subscriber sees it next, A's does not move.
      await createTask(b, beta, 'only in b');
      await onB.until((events) => events.length === 2);
      expect(onB.events.map((e) => e.kind)).toEqual(['PROJECT_CREATED', 'TASK_CREATED']);
      const named = (e: { payload: unknown }) => {
        const p = e.payload as { project?: { name: string }; task?: { title: string } };
        return p.project?.name ?? p.task?.title;
      };
      expect(onA.events.map(named)).toEqual(['alpha', 'only in a']);

      // A session token is known only to the server whose database holds it.
      const tokenA = await createSession(a, alpha);
      expect((await postHook(b, tokenA)).status).toBe(401);
      const stored = await postHook(a, tokenA);
      expect(stored.status).toBe(200);
      await onA.until((events) => events.some((e) => e.kind === 'HOOK_RECEIVED'));
      expect(onB.events.some((e) => e.kind === 'SESSION_CREATED' || e.kind === 'HOOK_RECEIVED')).toBe(false);
    } finally {
      onA.close();
      onB.close();
    }

    // Stopping A leaves B serving: reads, writes and live delivery.
    await a.stop();
    await expect(fetch(a.graphqlUrl, { method: 'POST' })).rejects.toThrow();
    const afterStop = subscribeRaw(b.wsUrl, { fromStart: true });
    try {
      await createProject(b, 'gamma');
      await afterStop.until((events) => events.length === 3);
      expect(await projectNames(b)).toEqual(['beta', 'gamma']);
      expect((await fetch(`${b.url}/readyz`)).status).toBe(200);
    } finally {
      afterStop.close();
    }
  });
});
