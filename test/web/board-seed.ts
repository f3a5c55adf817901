/**
 * Shared by the board, needs-you, accessibility and screenshot tests: seeding projects, tasks and
 * sessions linked to tasks over the real API, driving a session through hook POSTs
 * (/hooks/claude with its token). axe-core runs through test/web/axe.ts.
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { graphql } from '../gql/index.ts';
import { execute } from '../helpers/graphql.ts';
import type { TestServer } from '../helpers/server.ts';
import { fixture, postHook } from '../hooks/helpers.ts';

const SeedProject = graphql(`
  mutation WebSeedProject($input: CreateProjectInput!) {
    createProject(input: $input) { __typename ... on CreateProjectPayload { project { id } } ... on Error { message } }
  }
`);

const SeedTask = graphql(`
  mutation WebSeedTask($input: CreateTaskInput!) {
    createTask(input: $input) { __typename ... on CreateTaskPayload { task { id } } ... on Error { message } }
  }
`);

const SeedSubtask = graphql(`
  mutation WebSeedSubtask($input: CreateSubtaskInput!) {
    createSubtask(input: $input) { __typename ... on CreateSubtaskPayload { subtask { id } } ... on Error { message } }
  }
`);

const SeedSession = graphql(`
  mutation WebSeedSession($input: CreateSessionInput!) {
    createSession(input: $input) { __typename ... on CreateSessionPayload { token session { id } } ... on Error { message } }
  }
`);

const SeedCompleteSubtask = graphql(`
  mutation WebSeedCompleteSubtask($input: CompleteSubtaskInput!) {
    completeSubtask(input: $input) { __typename ... on Error { message } }
  }
`);

export const SeedUpdateTask = graphql(`
  mutation WebSeedUpdateTask($input: UpdateTaskInput!) {
    updateTask(input: $input) { __typename ... on Error { message } }
  }
`);

export const SeedDeleteTask = graphql(`
  mutation WebSeedDeleteTask($input: DeleteTaskInput!) {
    deleteTask(input: $input) { __typename ... on Error { message } }
  }
`);

export const SeedTaskStatus = graphql(`
  query WebSeedTaskStatus($id: ID!) { task(id: $id) { id status } }
`);

export const SeedReportExit = graphql(`
  mutation WebSeedReportExit($input: ReportSessionExitInput!) {
    reportSessionExit(input: $input) { __typename ... on Error { message } }
  }
`);

export async function seedProject(server: TestServer, name: string): Promise<string> {
  const r = await execute(server, SeedProject, { input: { name } });
  if (r.data?.createProject.__typename !== 'CreateProjectPayload') throw new Error(`seeding ${name}: ${JSON.stringify(r)}`);
  return r.data.createProject.project.id;
}

type TaskSeed = { title: string; status?: 'TODO' | 'IN_PROGRESS' | 'BLOCKED' | 'IN_REVIEW' | 'DONE' | 'CANCELLED'; priority?: 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL'; description?: string; subtasks?: { title: string; done?: boolean }[] };

export async function seedTask(server: TestServer, projectId: string, seed: TaskSeed | string): Promise<string> {
  const { subtasks = [], ...input } = typeof seed === 'string' ? { title: seed } : seed;
  const r = await execute(server, SeedTask, { input: { projectId, ...input } });
  if (r.data?.createTask.__typename !== 'CreateTaskPayload') throw new Error(`seeding ${input.title}: ${JSON.stringify(r)}`);
  const taskId = r.data.createTask.task.id;
  for (const subtask of subtasks) {
    const s = await execute(server, SeedSubtask, { input: { taskId, title: subtask.title } });
    if (s.data?.createSubtask.__typename !== 'CreateSubtaskPayload') throw new Error(`seeding subtask: ${JSON.stringify(s)}`);
    if (subtask.done) await execute(server, SeedCompleteSubtask, { input: { id: s.data.createSubtask.subtask.id } });
  }
  return taskId;
}

export async function taskStatus(server: TestServer, id: string) {
  return (await execute(server, SeedTaskStatus, { id })).data?.task?.status ?? null;
}

/** A session linked to `taskId`, and a poster of hook fixtures under its own agent session_id. */
export async function seedAgent(server: TestServer, projectId: string, name: string, taskId?: string) {
  const r = await execute(server, SeedSession, { input: { projectId, name, taskIds: taskId ? [taskId] : [] } });
  if (r.data?.createSession.__typename !== 'CreateSessionPayload') throw new Error(`seeding session ${name}: ${JSON.stringify(r)}`);
  const { token, session } = r.data.createSession;
  const agentSessionId = randomUUID();
  let calls = 0;
  const send = async (name: string, overrides: Record<string, unknown> = {}) => {
    const res = await postHook(server, token, { ...fixture(name), session_id: agentSessionId, ...overrides });
    expect(res.status, `${name}: ${res.body}`).toBeLessThan(300);
  };
  return {
    id: session.id,
    send,
    /** SessionStart and a prompt: the session is WORKING. */
    async start() {
      await send('SessionStart.startup');
      await send('UserPromptSubmit');
    },
    /** A new tool call (its own tool_use_id), e.g. Bash with { command }. */
    async preToolUse(tool: 'Bash' | 'Edit' | 'Write', toolInput: Record<string, unknown>) {
      calls += 1;
      await send(`PreToolUse.${tool}`, { tool_input: toolInput, tool_use_id: `toolu_${agentSessionId.slice(0, 8)}_${calls}` });
    },
    /** The permission dialog for the call just started with the same input. */
    async permissionRequest(toolInput: Record<string, unknown>) {
      await send('PermissionRequest.Bash', { tool_input: toolInput });
    },
  };
}

