/**
 * The fields the board reads, over real HTTP: Session.activity (the newest PreToolUse in words),
 * Task.liveSession (which linked session a card shows) and Project.sessionsNeedingInput, driven by
 * hook POSTs; and the wording of activities for each kind of tool.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeActivity, toolTarget } from '../../src/hooks/activity.ts';
import { graphql } from '../gql/index.ts';
import { execute } from '../helpers/graphql.ts';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import { createProject, createTask, fixture, postHook } from '../hooks/helpers.ts';

const BfCreateSession = graphql(`
  mutation BfCreateSession($input: CreateSessionInput!) {
    createSession(input: $input) { __typename ... on CreateSessionPayload { token session { id } } ... on Error { message } }
  }
`);

const BfBoard = graphql(`
  query BfBoard($id: ID!) {
    project(id: $id) {
      sessionsNeedingInput
      tasks(first: 10) { edges { node { title liveSession { id status activity activityAt needsInput { kind message } } } } }
    }
  }
`);

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await stopAllServers();
});

async function session(projectId: string, name: string, taskIds: string[]) {
  const r = await execute(server, BfCreateSession, { input: { projectId, name, taskIds } });
  if (r.data?.createSession.__typename !== 'CreateSessionPayload') throw new Error(JSON.stringify(r));
  const { token, session } = r.data.createSession;
  const sid = randomUUID();
  let n = 0;
  const send = async (name: string, overrides: Record<string, unknown> = {}) => {
    const res = await postHook(server, token, { ...fixture(name), session_id: sid, ...overrides });
    expect(res.status, res.body).toBeLessThan(300);
  };
  const pre = (tool: string, tool_input: Record<string, unknown>) => send(`PreToolUse.${tool === 'Edit' ? 'Edit' : 'Bash'}`, { tool_name: tool, tool_input, tool_use_id: `toolu_${sid}_${++n}` });
  return { id: session.id, send, pre };
}

const board = async (projectId: string) => {
  const r = await execute(server, BfBoard, { id: projectId });
  const project = r.data!.project!;
  return { needing: project.sessionsNeedingInput, tasks: Object.fromEntries(project.tasks.edges.map((e) => [e.node.title, e.node.liveSession])) };
};

describe('board fields', () => {
  it('should say what a session does now from its newest PreToolUse, pick the session a card shows, and count the ones needing input', async () => {
    const projectId = await createProject(server, 'Board fields');
    const other = await createProject(server, 'Other project');
    const taskId = await createTask(server, projectId, 'Linked');
    await createTask(server, projectId, 'Alone');
    const older = await session(projectId, 'older', [taskId]);
    await older.send('SessionStart.startup');
    await older.send('SessionEnd.prompt_input_exit');
    const worker = await session(projectId, 'worker', [taskId]);
    await session(other, 'elsewhere', []);

    let state = await board(projectId);
    expect(state.tasks.Alone).toBeNull();
    expect(state.tasks.Linked).toMatchObject({ id: worker.id, status: 'STARTING', activity: null, activityAt: null });
    expect(state.needing).toBe(0);

    await worker.send('SessionStart.startup');
    await worker.send('UserPromptSubmit');
    await worker.pre('Edit', { file_path: 'src/config.ts', old_string: 'a', new_string: 'b' });
    state = await board(projectId);
    expect(state.tasks.Linked).toMatchObject({ id: worker.id, status: 'WORKING', activity: 'Editing src/config.ts' });
    expect(state.tasks.Linked!.activityAt).toBeTruthy();

    await worker.pre('Bash', { command: 'npm test' });
    await worker.send('PermissionRequest.Bash', { tool_input: { command: 'npm test' } });
    state = await board(projectId);
    expect(state.tasks.Linked).toMatchObject({ status: 'NEEDS_INPUT', activity: 'Running npm test', needsInput: { kind: 'PERMISSION', message: 'Permission to use Bash: npm test' } });
    expect(state.needing).toBe(1);

    // The agent goes on: the count drops, the card's session is working on the new call.
    await worker.pre('Bash', { command: 'npm run lint' });
    state = await board(projectId);
    expect(state.tasks.Linked).toMatchObject({ status: 'WORKING', activity: 'Running npm run lint', needsInput: null });
    expect(state.needing).toBe(0);

    // Once every linked session has ended, the newest one is shown.
    await worker.send('SessionEnd.prompt_input_exit');
    state = await board(projectId);
    expect(state.tasks.Linked).toMatchObject({ id: worker.id, status: 'ENDED' });
  });

  it('should word each kind of tool call for a glance', () => {
    const say = (tool: string, input: Record<string, unknown>) => describeActivity({ tool, target: toolTarget(tool, input) });
    expect(say('Edit', { file_path: 'src/config.ts' })).toBe('Editing src/config.ts');
    expect(say('Write', { file_path: 'README.md' })).toBe('Writing README.md');
    expect(say('Read', { file_path: 'package.json' })).toBe('Reading package.json');
    expect(say('Bash', { command: 'npm test\necho done' })).toBe('Running npm test');
    expect(say('Grep', { pattern: 'TODO' })).toBe('Searching for TODO');
    expect(say('Glob', { pattern: '**/*.ts' })).toBe('Looking for files matching **/*.ts');
    expect(say('Agent', { description: 'Explore the repo' })).toBe('Running a subagent: Explore the repo');
    expect(say('TodoWrite', { todos: [] })).toBe('Updating its to-do list');
    expect(say('mcp__github__create_issue', { title: 'x' })).toBe('Using mcp__github__create_issue');
    expect(say('Bash', {})).toBe('Running');
    expect(toolTarget('Bash', { command: 'x'.repeat(300) })).toHaveLength(120);
    expect(say('Bash', { command: 'x'.repeat(300) })).toMatch(/^Running x+…$/);
  });
});
