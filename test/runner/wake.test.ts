/**
 * The in-server runner wakes on the event log, not on a timer: with a lease (and so a safety poll)
 * far longer than the test, a spawn request is still claimed and launched, and the runner asks for
 * `pendingSpawns` no more often than before the request. Its own traffic stays out of the info log,
 * so an idle server prints nothing; at debug level those request lines are there.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, stopAllServers, tempDir, type TestServer } from '../helpers/server.ts';
import { metricValue, scrapeMetrics } from '../server/support.ts';
import { fakeAgent, killAgents, seed, spawnOne, waitForExited } from './helpers.ts';

const logPath = join(tempDir('maestro-agents-'), 'agents.log');
afterAll(async () => {
  killAgents(logPath);
  await stopAllServers();
});

/** How many `pendingSpawns` queries the runner has made (the operation is named RunnerPending). */
async function pendingQueries(server: TestServer): Promise<number> {
  return metricValue(await scrapeMetrics(server), 'maestro_graphql_operations_total', { operation: 'RunnerPending', outcome: 'ok' }) ?? 0;
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 30_000) {
  for (const deadline = Date.now() + timeoutMs; !(await check()); ) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until the runner's start-up queries are done: its subscription is live and the count stays put for a second. */
async function runnerSettled(server: TestServer): Promise<number> {
  await until(async () => {
    const text = await scrapeMetrics(server);
    return (metricValue(text, 'maestro_subscriptions_active') ?? 0) >= 1 && (metricValue(text, 'maestro_graphql_operations_total', { operation: 'RunnerPending', outcome: 'ok' }) ?? 0) >= 1;
  }, 'the runner to subscribe and list pending spawns');
  let count = await pendingQueries(server);
  for (;;) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = await pendingQueries(server);
    if (now === count) return count;
    count = now;
  }
}

const requestLines = (output: string, level: number) =>
  output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { level: number; msg: string; path?: string })
    .filter((entry) => entry.msg === 'request' && entry.level === level);

// Each test has its own server: they run side by side.
describe.concurrent('the in-server runner wakes on the event log', () => {
  it('should claim and launch a spawn request from its event, without polling for it', async () => {
    // A 10-minute lease: the safety poll (one lease) cannot be what finds the request.
    const server = await startServer({ args: ['--agent', `fake=${fakeAgent()}`], env: { FAKE_AGENT_LOG: logPath, MAESTRO_RUNNER_LEASE_MS: '600000' } });
    const before = await runnerSettled(server);
    const { projectId, taskId } = await seed(server);
    const spawned = await spawnOne(server, { projectId, taskIds: [taskId], agent: 'fake' });
    const done = await waitForExited(server, spawned.session.id, 'the agent to exit');
    expect(done.status).toBe('ENDED');
    expect(done.spawn).toMatchObject({ exitCode: 0, attempts: 1 });
    expect(await pendingQueries(server)).toBe(before);
  });

  it('should keep its own requests out of the info log, and log outside requests there', async () => {
    // A short lease makes the safety poll run every 500 ms: plenty of internal requests to not log.
    const server = await startServer({ env: { LOG_LEVEL: 'info', MAESTRO_RUNNER_LEASE_MS: '500' } });
    const polled = await pendingQueries(server);
    await until(async () => (await pendingQueries(server)) >= polled + 3, 'three safety polls');
    expect(requestLines(server.output(), 30)).toEqual([]);

    const res = await fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(res.status).toBe(200);
    await until(async () => requestLines(server.output(), 30).length > 0, 'the outside request to be logged');
    expect(requestLines(server.output(), 30)).toEqual([expect.objectContaining({ path: '/graphql' })]);
  });

  it('should log its own requests at debug level', async () => {
    const server = await startServer({ env: { LOG_LEVEL: 'info', MAESTRO_RUNNER_LEASE_MS: '500' }, args: ['--log-level', 'debug'] });
    await until(async () => requestLines(server.output(), 20).length >= 2, 'internal request lines at debug');
    expect(requestLines(server.output(), 30)).toEqual([]);
  });
});
