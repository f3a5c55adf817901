/**
 * Shared by the session and hook tests: typed documents, seeding a project with a session, posting
 * hook bodies to /hooks/claude, loading the fixtures and reading the stored log back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { graphql } from '../gql/index.ts';
import { execute } from '../helpers/graphql.ts';
import type { TestServer } from '../helpers/server.ts';

/** The Claude Code hook payloads copied into test/fixtures (overridable for experiments). */
export const FIXTURES_DIR =
  process.env.MAESTRO_HOOK_FIXTURES ?? new URL('../fixtures/claude-hooks', import.meta.url).pathname;

export type Fixture = { file: string; description: string; payload: Record<string, unknown>; text: string };

/** Every fixture; `text` is the payload as Claude Code would send it (2-space JSON like the files). */
export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const json = JSON.parse(readFileSync(join(FIXTURES_DIR, file), 'utf8')) as { description: string; payload: Record<string, unknown> };
      return { file, description: json.description, payload: json.payload, text: JSON.stringify(json.payload, null, 2) };
    });
}

export function fixture(name: string): Record<string, unknown> {
  const json = JSON.parse(readFileSync(join(FIXTURES_DIR, `${name}.json`), 'utf8')) as { payload: Record<string, unknown> };
  return json.payload;
}

export const HkCreateProject = graphql(`
  mutation HkCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } ... on Error { message } }
  }
`);

export const HkCreateTask = graphql(`
  mutation HkCreateTask($input: CreateTaskInput!) {
    createTask(input: $input) { __typename ... on CreateTaskPayload { task { id } } ... on Error { message } }
  }
`);

export const HkCreateSession = graphql(`
  mutation HkCreateSession($input: CreateSessionInput!) {
    createSession(input: $input) {
      __typename
      ... on CreateSessionPayload { token session { id name role status cwd agentSessionId createdAt tasks { totalCount edges { node { id } } } parent { id } } }
      ... on ValidationError { message fields { path message } }
      ... on NotFoundError { message id type }
      ... on Error { message }
    }
  }
`);

export const HkSessionStatus = graphql(`
  query HkSessionStatus($id: ID!) {
    session(id: $id) {
      id status agentSessionId cwd startedAt endedAt lastEvidenceAt
      needsInput { since kind message }
      toolCallCount pendingToolCalls failures permissionRequests
      toolCalls { tool calls completed failures totalDurationMs }
      filesTouched { written onlyRead }
      subagents { agentId agentType running toolCalls failures lastAssistantMessage toolUseId }
      model title lastPrompt lastAssistantMessage
    }
  }
`);

export const HkSessionEvents = graphql(`
  query HkSessionEvents($id: ID!, $first: Int, $after: String, $kinds: [EventKind!]) {
    session(id: $id) {
      events(first: $first, after: $after, kinds: $kinds) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { seq kind hookEvent toolName toolUseId agentId payload actor } }
      }
    }
  }
`);

export async function createProject(server: TestServer, name = 'Hooks') {
  const r = await execute(server, HkCreateProject, { input: { name } });
  if (r.data?.createProject.__typename !== 'CreateProjectPayload') throw new Error(JSON.stringify(r));
  return r.data.createProject.project.id;
}

export async function createTask(server: TestServer, projectId: string, title = 'A task') {
  const r = await execute(server, HkCreateTask, { input: { projectId, title } });
  if (r.data?.createTask.__typename !== 'CreateTaskPayload') throw new Error(JSON.stringify(r));
  return r.data.createTask.task.id;
}

/** A new session in `projectId` (a new project when omitted): its global id and token. */
export async function createSession(server: TestServer, projectId?: string, name = 'agent') {
  const project = projectId ?? (await createProject(server));
  const r = await execute(server, HkCreateSession, { input: { projectId: project, name } });
  if (r.data?.createSession.__typename !== 'CreateSessionPayload') throw new Error(JSON.stringify(r));
  return { projectId: project, id: r.data.createSession.session.id, token: r.data.createSession.token };
}

export type PostResult = { status: number; body: string; headers: Headers };

/** POSTs a hook body (an object is JSON-encoded; a string or Buffer is sent as is). */
export async function postHook(
  server: TestServer,
  token: string | null,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<PostResult> {
  const data = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  const res = await fetch(`${server.url}/hooks/claude`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: data as string,
  });
  return { status: res.status, body: await res.text(), headers: res.headers };
}

/** Hook rows straight from the database file (read-only; WAL lets it read while the server writes). */
export function storedHooks(server: TestServer): { seq: number; sessionId: string | null; payload: string; hookEvent: string | null; toolName: string | null; toolUseId: string | null; agentId: string | null; idempotencyKey: string | null }[] {
  const conn = new Database(join(server.dataDir, 'maestro.db'), { readonly: true, fileMustExist: true });
  try {
    return conn
      .prepare(`SELECT seq, sessionId, payload, hookEvent, toolName, toolUseId, agentId, idempotencyKey FROM "Event" WHERE kind = 'HOOK_RECEIVED' ORDER BY seq`)
      .all() as never;
  } finally {
    conn.close();
  }
}

export async function sessionStatus(server: TestServer, id: string) {
  const r = await execute(server, HkSessionStatus, { id });
  if (!r.data?.session) throw new Error(JSON.stringify(r));
  return r.data.session;
}

export { rawId } from '../events/helpers.ts';
