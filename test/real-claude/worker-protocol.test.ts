/**
 * The worker protocol on the real Claude Code CLI (issue 15): a worker spawned with the built-in
 * `claude` profile on a task loads its skill, reads the task, plans subtasks, ticks them off and
 * hands the task to review — each tool call being the command its skills (maestro-worker,
 * maestro-cli) give. The model is the fake Messages API playing that script; everything else is
 * real: the runner, `claude -p` with the session's settings and plugin, the Bash tool running
 * `maestro` from the session's PATH, the hooks reporting back.
 *
 * Asserted through the API: the task's final state, no tool call refused or failed (every
 * tool_result the CLI sent back to the fake), every change and hook event attributed to
 * `session:<id>`. Beside it, the same script run by the bare CLI (no Maestro around it) gives the
 * overhead figures printed at the end.
 */
import { chmodSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, stopAllServers, tempDir } from '../helpers/server.ts';
import { createProject, createTask, eventsOf, failures, spawnSession, taskView, waitForExit, workerScript, type RealClaudeServer, startRealClaudeServer } from './harness.ts';
import { runClaude } from './offline.ts';

let h: RealClaudeServer;
beforeAll(async () => {
  h = await startRealClaudeServer();
});
afterAll(async () => {
  await h?.fake.close();
  await stopAllServers();
});

const SUBTASKS = ['Write the failing test', 'Add the limiter'];
const SUMMARY = 'Rate limiting is in place and tested; ready for review.';

describe('worker protocol on the real Claude Code CLI', () => {
  let figures: { maestroMs: number; bareMs: number; toolCalls: number; refused: number } | null = null;
  afterAll(() => {
    if (figures) console.log(`real-claude worker protocol: ${figures.toolCalls} tool calls, ${figures.refused} refused; spawn → ENDED ${Math.round(figures.maestroMs)} ms, bare CLI run of the same script ${Math.round(figures.bareMs)} ms`);
  });

  it('should read the task, add and complete subtasks and set the task to review, with no refused tool call and every event attributed to the session', async () => {
    const workDir = tempDir('maestro-real-worker-');
    const projectId = await createProject(h.server, 'Real worker', workDir);
    const title = 'Rate-limit POST /login (real-cli worker)';
    const taskId = await createTask(h.server, projectId, title, ['5 attempts per minute per IP']);
    const sc = h.fake.scenario(title, workerScript(taskId, SUBTASKS, SUMMARY));

    const startedAt = performance.now();
    const { sessionId, skills } = await spawnSession(h.server, { projectId, taskIds: [taskId] });
    expect(skills.map((s) => s.name)).toEqual(expect.arrayContaining(['maestro-worker', 'maestro-cli']));
    const ended = await waitForExit(h.server, sessionId);
    const maestroMs = performance.now() - startedAt;

    expect(ended.spawn).toMatchObject({ state: 'EXITED', exitCode: 0 });
    expect(ended.status).toBe('ENDED');
    expect(h.fake.unmatched).toEqual([]);

    // Every scripted tool call came back, none refused or failed.
    expect(sc.toolCalls.map((c) => c.name)).toEqual(['Skill', ...Array(8).fill('Bash')]);
    expect(sc.toolResults.map((r) => r.toolUseId)).toEqual(sc.toolCalls.map((c) => c.id));
    expect(failures(sc)).toEqual([]);
    // The plugin delivered the skill; the CLI printed the task the worker was given.
    expect(sc.toolResults[0]!.text).toContain('maestro-worker');
    expect(sc.toolResults[1]!.text).toContain(title);

    const task = await taskView(h.server, taskId);
    expect(task).toEqual({ status: 'IN_REVIEW', subtasks: SUBTASKS.map((t) => ({ title: t, done: true })) });

    // Attribution: the task's changes and the session's hook events all carry the session's identity.
    const actor = `session:${sessionId}`;
    // (The operator created the task and requested the spawn; what the agent did comes after.)
    const taskEvents = await eventsOf(h.server, 'Task', taskId);
    const taskChanges = taskEvents.slice(taskEvents.findIndex((e) => e.kind === 'SPAWN_REQUESTED') + 1).filter((e) => /^(TASK_|SUBTASK_)/.test(e.kind));
    expect(taskChanges.map((e) => e.kind)).toEqual(['TASK_UPDATED', 'SUBTASK_CREATED', 'SUBTASK_CREATED', 'SUBTASK_COMPLETED', 'SUBTASK_COMPLETED', 'TASK_UPDATED']);
    expect(taskChanges.filter((e) => e.actor !== actor)).toEqual([]);
    const hooks = (await eventsOf(h.server, 'Session', sessionId)).filter((e) => e.kind === 'HOOK_RECEIVED');
    expect(hooks.map((e) => e.hookEvent)).toEqual(expect.arrayContaining(['SessionStart', 'PreToolUse', 'PostToolUse', 'Stop', 'SessionEnd']));
    expect(hooks.filter((e) => e.actor !== actor)).toEqual([]);
    // Each Bash call ran to a PostToolUse (not PostToolUseFailure, not a PermissionRequest).
    expect(hooks.filter((e) => e.hookEvent === 'PostToolUseFailure' || e.hookEvent === 'PermissionRequest')).toEqual([]);
    expect(hooks.filter((e) => e.hookEvent === 'PostToolUse').map((e) => e.toolUseId)).toEqual(sc.toolCalls.map((c) => c.id));

    // The same script, run by the bare CLI on a second task: `maestro` on PATH as the operator, no runner, no hooks.
    const bareTitle = 'Rate-limit POST /signup (real-cli bare)';
    const bareTask = await createTask(h.server, projectId, bareTitle);
    const bare = h.fake.scenario(bareTitle, workerScript(bareTask, SUBTASKS, SUMMARY));
    const bareDir = tempDir('maestro-bare-');
    const binDir = join(bareDir, 'bin');
    mkdirSync(binDir);
    // The same skills, as a plugin of their own (what prepare.ts builds for a session).
    const pluginDir = join(bareDir, 'plugin');
    mkdirSync(join(pluginDir, '.claude-plugin'), { recursive: true });
    writeFileSync(join(pluginDir, '.claude-plugin', 'plugin.json'), JSON.stringify({ name: 'maestro-bare', version: '1.0.0', description: 'Maestro skills for a bare run' }));
    for (const skill of ['maestro-worker', 'maestro-cli']) cpSync(join(ROOT, 'skills', skill), join(pluginDir, 'skills', skill), { recursive: true });
    writeFileSync(join(binDir, 'maestro'), `#!/bin/sh\nexec '${process.execPath}' '${join(ROOT, 'bin', 'maestro.js')}' "$@"\n`);
    chmodSync(join(binDir, 'maestro'), 0o755);
    const settings = join(bareDir, 'settings.json');
    writeFileSync(settings, JSON.stringify({ permissions: { allow: ['Bash(maestro *)'] } }));
    const run = await runClaude( ['-p', '--settings', settings, '--plugin-dir', pluginDir, '--', `Work on ${bareTitle}.`], {
      cwd: workDir,
      env: { ...h.env, PATH: `${binDir}:${h.env.PATH}`, MAESTRO_SERVER_URL: h.server.url, MAESTRO_TASK_IDS: bareTask },
    });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(failures(bare)).toEqual([]);
    expect((await taskView(h.server, bareTask)).status).toBe('IN_REVIEW');

    figures = { maestroMs, bareMs: run.ms, toolCalls: sc.toolCalls.length, refused: failures(sc).length };
  });
});
