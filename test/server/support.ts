/**
 * Helpers shared by the test/server suites: typed documents used by more than one file, Prometheus
 * text parsing, and small waits. Everything here talks to a real server over HTTP.
 */
import { graphql } from '../gql/index.ts';
import { execute } from '../helpers/graphql.ts';
import type { TestServer } from '../helpers/server.ts';

export const SrvCreateProject = graphql(`
  mutation SrvCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      __typename
      ... on CreateProjectPayload { project { id name workingDir description createdAt updatedAt } }
      ... on ValidationError { fields { path message } }
      ... on NotFoundError { id type }
      ... on Error { message }
    }
  }
`);

export const SrvCreateTask = graphql(`
  mutation SrvCreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      __typename
      ... on CreateTaskPayload {
        task { id title description status priority acceptanceCriteria startedAt completedAt createdAt updatedAt project { id } }
      }
      ... on ValidationError { fields { path message } }
      ... on NotFoundError { id type }
      ... on Error { message }
    }
  }
`);

/** Creates a project and returns its global ID; throws if the server refused. */
export async function createProject(server: TestServer, name = 'Project'): Promise<string> {
  const r = await execute(server, SrvCreateProject, { input: { name } });
  const result = r.data?.createProject;
  if (result?.__typename !== 'CreateProjectPayload') throw new Error(`createProject failed: ${JSON.stringify(r)}`);
  return result.project.id;
}

/** Creates a task and returns its global ID; throws if the server refused. */
export async function createTask(server: TestServer, projectId: string, title = 'Task', extra: { status?: 'TODO' | 'IN_PROGRESS' | 'BLOCKED' | 'IN_REVIEW' | 'DONE' | 'CANCELLED' } = {}): Promise<string> {
  const r = await execute(server, SrvCreateTask, { input: { projectId, title, ...extra } });
  const result = r.data?.createTask;
  if (result?.__typename !== 'CreateTaskPayload') throw new Error(`createTask failed: ${JSON.stringify(r)}`);
  return result.task.id;
}

/** Runs `fn` over `items` with at most `limit` in flight. */
export async function inParallel<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export async function scrapeMetrics(server: TestServer): Promise<string> {
  const res = await fetch(`${server.url}/metrics`);
  if (res.status !== 200) throw new Error(`/metrics answered ${res.status}`);
  return res.text();
}

/** Value of one sample in Prometheus text (labels matched as a subset); undefined when absent. */
export function metricValue(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(match[3]);
  }
  return undefined;
}

/** SQL statements Prisma has issued so far (maestro_db_queries_total). */
export async function dbQueries(server: TestServer): Promise<number> {
  const value = metricValue(await scrapeMetrics(server), 'maestro_db_queries_total');
  if (value === undefined) throw new Error('maestro_db_queries_total missing from /metrics');
  return value;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` until it returns true or `timeoutMs` passes. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(25);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
