/**
 * How sessions of the real Claude Code CLI report and end (issue 15), one server for all:
 *   - hooks: an independent command hook in the project's .claude/settings.json (merged by the CLI
 *     with the session's --settings) records every event the CLI fired; Maestro's stored hook events
 *     for the session are exactly those, in order, none lost, none duplicated;
 *   - an API error (the fake answers 400): the session ends FAILED, the error visible in the API;
 *   - stopSession ends an agent that is waiting on the model (the fake holds the response open).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopAllServers, tempDir } from '../helpers/server.ts';
import { createProject, eventsOf, projectWithRecorder, sessionView, spawnSession, stopSession, waitForExit, type RealClaudeServer, startRealClaudeServer } from './harness.ts';

let h: RealClaudeServer;
beforeAll(async () => {
  h = await startRealClaudeServer();
});
afterAll(async () => {
  await h?.fake.close();
  await stopAllServers();
});

describe('real Claude Code sessions: hooks and endings', () => {
  it("should store exactly the hook events the CLI fired, in the CLI's order, none lost and none duplicated", async () => {
    const { dir, fired } = projectWithRecorder('maestro-real-hooks-');
    const projectId = await createProject(h.server, 'Real hooks', dir);
    writeFileSync(join(dir, 'notes.txt'), 'one line of notes\n');
    const tag = '[real-cli hooks scenario]';
    const sc = h.fake.scenario(tag, [
      { text: 'Looking around.', tools: [{ name: 'Bash', input: { command: 'echo hooked', description: 'Say something' } }] },
      (c) => ({ tools: [{ name: 'Read', input: { file_path: join(c.projectDir!, 'notes.txt') } }] }),
      // Refused in -p without a rule: the refusal's own events (PermissionRequest) must arrive too.
      (c) => ({ tools: [{ name: 'Write', input: { file_path: join(c.projectDir!, 'out.txt'), content: 'x\n' } }] }),
      { text: 'Read the notes; could not write the summary.' },
    ]);
    const { sessionId } = await spawnSession(h.server, { projectId, prompt: `Look at the notes ${tag}` });
    const ended = await waitForExit(h.server, sessionId);
    expect(ended).toMatchObject({ status: 'ENDED', spawn: { exitCode: 0 } });
    expect(sc.toolResults.map((r) => r.isError)).toEqual([false, false, true]);

    const cli = fired();
    // The recorder saw a whole run: it is a real record, not an empty file both sides agree on.
    expect(cli.map((p) => p.hook_event_name)).toEqual(expect.arrayContaining(['SessionStart', 'UserPromptSubmit', 'PreToolUse', 'PostToolUse', 'PermissionRequest', 'PostToolBatch', 'Stop', 'SessionEnd']));
    const stored = (await eventsOf(h.server, 'Session', sessionId)).filter((e) => e.kind === 'HOOK_RECEIVED');
    const key = (p: Record<string, unknown>) => `${p.hook_event_name}${p.tool_use_id ? ` ${p.tool_use_id}` : ''}`;
    expect(stored.map((e) => key(e.payload))).toEqual(cli.map(key));
    // Same payloads, field for field (both handlers get identical stdin / body).
    expect(stored.map((e) => e.payload)).toEqual(cli);
    console.log(`real-claude hooks: ${cli.length} events fired and stored: ${cli.map(key).join(', ')}`);
  });

  it('should end FAILED with the API error visible when the Messages API answers 400', async () => {
    const projectId = await createProject(h.server, 'Real API error', tempDir('maestro-real-400-'));
    const tag = '[real-cli api-error scenario]';
    const message = 'fake refusal: prompt is malformed';
    const sc = h.fake.scenario(tag, [{ error: { status: 400, type: 'invalid_request_error', message } }]);
    const { sessionId } = await spawnSession(h.server, { projectId, prompt: `Do something ${tag}` });
    const ended = await waitForExit(h.server, sessionId);
    expect(sc.requests.length).toBeGreaterThan(0);
    expect(ended.spawn).toMatchObject({ exitCode: 1 });
    expect(ended.spawn!.outputTail).toContain(`API Error: 400`);
    expect(ended.spawn!.outputTail).toContain(message);
    expect(ended.status).toBe('FAILED');
    const hooks = (await eventsOf(h.server, 'Session', sessionId)).filter((e) => e.kind === 'HOOK_RECEIVED').map((e) => e.hookEvent);
    expect(hooks).toContain('StopFailure');
    expect(hooks).not.toContain('Stop');
  });

  it('should end an agent waiting on the model when stopSession is called', async () => {
    const projectId = await createProject(h.server, 'Real stop', tempDir('maestro-real-stop-'));
    const tag = '[real-cli stop scenario]';
    const sc = h.fake.scenario(tag, [{ tools: [{ name: 'Bash', input: { command: 'echo working', description: 'Start' } }] }, { hang: true }]);
    const { sessionId } = await spawnSession(h.server, { projectId, prompt: `Work until stopped ${tag}` });
    await sc.hanging(1);
    const running = await sessionView(h.server, sessionId);
    expect(running.spawn?.state).toBe('RUNNING');
    await stopSession(h.server, sessionId, 5000);
    const ended = await waitForExit(h.server, sessionId);
    expect(ended.status).toBe('ENDED');
    expect(ended.spawn!.stopRequestedAt).not.toBeNull();
    // Claude Code ended on SIGTERM (exit 143), not on the SIGKILL after the grace period.
    expect(ended.spawn).toMatchObject({ exitCode: 143, exitSignal: null });
    expect(() => process.kill(running.spawn!.pid!, 0)).toThrow();
    const hooks = (await eventsOf(h.server, 'Session', sessionId)).filter((e) => e.kind === 'HOOK_RECEIVED').map((e) => e.hookEvent);
    expect(hooks).toContain('SessionEnd');
    expect(hooks).not.toContain('Stop');
  });
});
