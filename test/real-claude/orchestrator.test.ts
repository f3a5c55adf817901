/**
 * An orchestrator spawns a worker, on the real Claude Code CLI (issue 15). An orchestrator session is
 * spawned on task A of a project that also has task B; the fake model plays what the
 * maestro-orchestrator skill says: read its task, find the work, plan it as its own subtasks, spawn a
 * worker on task B with `maestro session spawn`, wait for it, check it, review the task and close
 * both. The worker — a second real CLI, launched by the runner because the orchestrator asked — plays
 * the maestro-worker skill on task B. The fake tells the two apart by their prompts (each names its
 * own task).
 *
 * Asserted through the API: the child exists with the orchestrator as its parent, both sessions end
 * ENDED with no refused or failed tool call, every hook event, model request and task change belongs
 * to the session that made it, and task B ends DONE with the worker's subtasks ticked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopAllServers, tempDir } from '../helpers/server.ts';
import type { Conversation, Scenario, Turn } from './fake-anthropic.ts';
import {
  bash,
  childrenOf,
  createProject,
  createTask,
  eventsOf,
  failures,
  jsonData,
  sessionView,
  spawnSession,
  taskView,
  waitForExit,
  workerScript,
  type RealClaudeServer,
  type StoredEvent,
  startRealClaudeServer,
} from './harness.ts';

let h: RealClaudeServer;
beforeAll(async () => {
  h = await startRealClaudeServer();
});
afterAll(async () => {
  await h?.fake.close();
  await stopAllServers();
});

const TASK_A = 'Plan the uploader work (real-cli orchestrator)';
const TASK_B = 'Add retry to the uploader (real-cli child worker)';
const PLAN = ['Spawn a worker on the retry', 'Review the retry'];
const WORK = ['Write the retry test'];

/** The `data` of the first `--json` result (`{"ok":…}`) of the conversation that contains `marker`. */
const resultWith = <T = any>(c: Conversation, marker: string): T => jsonData<T>(c.toolResults.find((r) => r.text.startsWith('{"ok"') && r.text.includes(marker))?.text);
const taskBId = (c: Conversation) => resultWith<{ tasks: { id: string; title: string }[] }>(c, '"tasks"').tasks.find((t) => t.title === TASK_B)!.id;
const childId = (c: Conversation) => resultWith<{ session: { id: string } }>(c, '"manifestPath"').session.id;
const planId = (c: Conversation, k: number) => resultWith<{ subtasks: { id: string }[] }>(c, '"subtasks"').subtasks[k]!.id;

/** What the maestro-orchestrator skill tells an orchestrator to do, as the model would call it. */
function orchestratorScript(): Turn[] {
  return [
    { text: 'Loading the orchestrator instructions.', tools: [{ name: 'Skill', input: { skill: 'maestro-orchestrator' } }] },
    { tools: [bash('maestro task show', 'Read my task')] },
    { tools: [bash('maestro task list --status TODO --json', 'Find the work to delegate')] },
    { tools: [bash(`maestro subtask add ${PLAN.map((t) => `"${t}"`).join(' ')} --json`, 'Keep my plan as subtasks')] },
    (c) => ({ tools: [bash(`maestro session spawn --task ${taskBId(c)} --role worker --json`, 'Spawn a worker on the retry task')] }),
    // Waits for its worker as the skill says: `session wait` returns once the worker's process exited.
    (c) => ({ tools: [bash(`maestro session wait ${childId(c)} --timeout 110`, 'Wait for the worker')] }),
    (c) => ({ tools: [bash(`maestro session show ${childId(c)}`, 'Check the worker')] }),
    (c) => ({ tools: [bash(`maestro subtask list ${taskBId(c)}`, 'Review the worker\'s steps')] }),
    (c) => ({ tools: [bash(`maestro task update ${taskBId(c)} --status DONE`, 'Accept the retry task')] }),
    (c) => ({ tools: [bash(`maestro subtask done ${planId(c, 0)}`, 'Tick off the spawn')] }),
    (c) => ({ tools: [bash(`maestro subtask done ${planId(c, 1)}`, 'Tick off the review')] }),
    { tools: [bash('maestro task update --status DONE', 'Close my task')] },
    { text: 'The retry task was done by a worker, reviewed and closed.' },
  ];
}

/** Every tool call of a scenario came back (one result per call), none refused or failed. */
function expectAllCallsAnswered(sc: Scenario) {
  expect(sc.toolResults.map((r) => r.toolUseId)).toEqual(sc.toolCalls.map((c) => c.id));
  expect(failures(sc)).toEqual([]);
}

/** The hook events of a session: all stored under its identity, all from its own CLI process. */
function expectOwnHooks(events: StoredEvent[], sessionId: string, agentSessionId: string | null) {
  const hooks = events.filter((e) => e.kind === 'HOOK_RECEIVED');
  expect(hooks.map((e) => e.hookEvent)).toEqual(expect.arrayContaining(['SessionStart', 'PreToolUse', 'PostToolUse', 'Stop', 'SessionEnd']));
  expect(hooks.filter((e) => e.actor !== `session:${sessionId}`)).toEqual([]);
  expect(agentSessionId).toBeTruthy();
  expect(hooks.filter((e) => e.payload.session_id !== agentSessionId)).toEqual([]);
  expect(hooks.filter((e) => e.hookEvent === 'PostToolUseFailure' || e.hookEvent === 'PermissionRequest')).toEqual([]);
}

describe('an orchestrator on the real Claude Code CLI', () => {
  let figures: { orchestratorCalls: number; workerCalls: number; refused: number; ms: number } | null = null;
  afterAll(() => {
    if (figures) console.log(`real-claude orchestrator: ${figures.orchestratorCalls} orchestrator + ${figures.workerCalls} worker tool calls, ${figures.refused} refused; spawn → both ENDED ${Math.round(figures.ms)} ms`);
  });

  it('should spawn a worker on another task with the commands its skill gives, wait for it, review and close, every event attributed to the right session', { timeout: 400_000 }, async () => {
    const projectId = await createProject(h.server, 'Real orchestrator', tempDir('maestro-real-orch-'));
    const taskA = await createTask(h.server, projectId, TASK_A, ['The retry task is done by a worker']);
    const taskB = await createTask(h.server, projectId, TASK_B, ['Retries 3 times with backoff']);
    const orch = h.fake.scenario(TASK_A, orchestratorScript());
    const work = h.fake.scenario(TASK_B, workerScript(taskB, WORK, 'Retry is in place with a test; ready for review.'));

    const startedAt = performance.now();
    const { sessionId, skills } = await spawnSession(h.server, { projectId, taskIds: [taskA], role: 'ORCHESTRATOR' });
    expect(skills.map((s) => s.name)).toEqual(expect.arrayContaining(['maestro-orchestrator', 'maestro-cli']));
    const ended = await waitForExit(h.server, sessionId, 300_000);
    const ms = performance.now() - startedAt;
    expect(h.fake.unmatched).toEqual([]);
    expect(ended).toMatchObject({ role: 'ORCHESTRATOR', status: 'ENDED', parent: null, refusedToolCalls: 0, failures: 0, spawn: { state: 'EXITED', exitCode: 0 } });

    // The orchestrator spawned exactly one child: the session its spawn command printed.
    const children = await childrenOf(h.server, sessionId);
    expect(children).toHaveLength(1);
    const child = await sessionView(h.server, children[0]!);
    expect(orch.toolResults[4]!.text).toContain(child.id);
    expect(child).toMatchObject({ role: 'WORKER', status: 'ENDED', parent: { id: sessionId }, refusedToolCalls: 0, failures: 0, spawn: { state: 'EXITED', exitCode: 0 } });

    // Both scripts ran to the end, every call answered, none refused.
    expect(orch.toolCalls.map((c) => c.name)).toEqual(['Skill', ...Array(11).fill('Bash')]);
    expect(work.toolCalls.map((c) => c.name)).toEqual(['Skill', ...Array(7).fill('Bash')]);
    expectAllCallsAnswered(orch);
    expectAllCallsAnswered(work);
    // The orchestrator waited for its worker and saw it ended, from inside its own session.
    expect(orch.toolResults[5]!.text).toContain(`Session ${child.id} ENDED, exit code 0`);
    expect(orch.toolResults[6]!.text).toContain(child.id);
    expect(orch.toolResults[6]!.text).toMatch(/Status:\s+ENDED/);

    // Each session's model requests came from its own CLI process (the header is the hooks' session_id).
    expect(new Set(orch.requests.map((r) => r.sessionHeader))).toEqual(new Set([ended.agentSessionId]));
    expect(new Set(work.requests.map((r) => r.sessionHeader))).toEqual(new Set([child.agentSessionId]));
    expect(ended.agentSessionId).not.toBe(child.agentSessionId);

    // Hook events: each session's are its own.
    const orchEvents = await eventsOf(h.server, 'Session', sessionId);
    const childEvents = await eventsOf(h.server, 'Session', child.id);
    expectOwnHooks(orchEvents, sessionId, ended.agentSessionId);
    expectOwnHooks(childEvents, child.id, child.agentSessionId);
    // The child was created and requested by the orchestrator (its token), not by the operator.
    expect(childEvents.filter((e) => e.kind === 'SESSION_CREATED' || e.kind === 'SPAWN_REQUESTED').map((e) => [e.kind, e.actor])).toEqual([
      ['SESSION_CREATED', `session:${sessionId}`],
      ['SPAWN_REQUESTED', `session:${sessionId}`],
    ]);

    // Task B: the worker's progress, then the orchestrator's review, each under its own name.
    const taskChanges = (await eventsOf(h.server, 'Task', taskB)).filter((e) => /^(TASK_|SUBTASK_|SPAWN_REQUESTED)/.test(e.kind) && e.kind !== 'TASK_CREATED');
    const byWorker = `session:${child.id}`;
    const byOrchestrator = `session:${sessionId}`;
    expect(taskChanges.map((e) => [e.kind, e.actor])).toEqual([
      ['SPAWN_REQUESTED', byOrchestrator],
      ['TASK_UPDATED', byWorker],
      ['SUBTASK_CREATED', byWorker],
      ['SUBTASK_COMPLETED', byWorker],
      ['TASK_UPDATED', byWorker],
      ['TASK_UPDATED', byOrchestrator],
    ]);
    expect(await taskView(h.server, taskB)).toEqual({ status: 'DONE', subtasks: WORK.map((title) => ({ title, done: true })) });
    // Task A: the orchestrator's own plan, ticked off, and closed.
    expect(await taskView(h.server, taskA)).toEqual({ status: 'DONE', subtasks: PLAN.map((title) => ({ title, done: true })) });

    figures = { orchestratorCalls: orch.toolCalls.length, workerCalls: work.toolCalls.length, refused: ended.refusedToolCalls + child.refusedToolCalls, ms };
  });
});
