/**
 * The real Claude Code CLI while its Maestro server is away (issue 15): killed with SIGKILL for ~3 s
 * and started again on the same data directory and port, and frozen with SIGSTOP for ~3 s. The
 * agent's hooks only write to the data directory's spool (src/client/spool.ts SHELL_HOOK_COMMAND),
 * so the agent goes on as if nothing happened, and the runner sends the spooled events when the
 * server is back: every event the CLI fired (recorded by an independent command hook) is stored
 * exactly once, in the order fired.
 *
 * The fake Messages API holds the agent at a turn until the server is down, then lets it call tools
 * (whose hooks fire during the outage), and holds the last turn until the server is back, so the
 * outage falls mid-session whatever the machine's speed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';
import type { Conversation, FakeAnthropic, Reply } from './fake-anthropic.ts';
import { createProject, eventsOf, projectWithRecorder, spawnSession, startFakeClaude, waitForExit } from './harness.ts';

let fake: FakeAnthropic;
let env: Record<string, string>;
beforeAll(async () => {
  ({ fake, env } = await startFakeClaude());
});
afterAll(async () => {
  await fake?.close();
  await stopAllServers();
});

/** A short runner lease, so the restarted server's runner takes the agent over at once. */
const SERVER_ARGS = ['--runner-lease-ms', '1000'];
const OUTAGE_MS = 3000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** Tool calls the agent makes while the server is away: reads of the notes, no server needed. */
const readNotes = (c: Conversation): Reply => ({ tools: [{ name: 'Read', input: { file_path: join(c.projectDir!, 'notes.txt') } }] });

/**
 * Spawns a session and, when it reaches turn 1, runs `outage`: it takes the server away, calls
 * `away()` (the agent then calls tools, whose hooks fire during the outage), brings the server back
 * and returns it; the agent's last turn waits for that.
 */
async function sessionThroughOutage(server: TestServer, tag: string, outage: (server: TestServer, away: () => void) => Promise<TestServer>) {
  const project = projectWithRecorder('maestro-real-outage-');
  writeFileSync(join(project.dir, 'notes.txt'), 'notes\n');
  const projectId = await createProject(server, `Outage ${tag}`, project.dir);
  const atOutage = deferred();
  const away = deferred();
  const back = deferred();
  fake.scenario(tag, [
    readNotes,
    async (c) => {
      atOutage.resolve();
      await away.promise;
      return readNotes(c);
    },
    // One tool call a turn: the hooks of parallel calls run concurrently, and the order between two
    // concurrent events is not defined (neither the recorder nor Maestro could tell it).
    readNotes,
    readNotes,
    async () => {
      await back.promise;
      return { text: 'Read the notes.' };
    },
  ]);
  const { sessionId } = await spawnSession(server, { projectId, prompt: `Read the notes ${tag}` });
  await atOutage.promise;
  const outageStarted = Date.now();
  const after = await outage(server, away.resolve);
  const outageEnded = Date.now();
  back.resolve();
  return { project, sessionId, server: after, outageStarted, outageEnded };
}

/** Every event the CLI fired, stored once, in order, with the same payload. */
async function expectAllStored(server: TestServer, sessionId: string, fired: Record<string, unknown>[]) {
  const key = (p: Record<string, unknown>) => `${p.hook_event_name}${p.tool_use_id ? ` ${p.tool_use_id}` : ''}`;
  // The recorder saw a whole run with tool calls: a real record, not an empty file both sides agree on.
  expect(fired.filter((p) => p.hook_event_name === 'PostToolUse')).toHaveLength(4);
  expect(fired.map((p) => p.hook_event_name)).toEqual(expect.arrayContaining(['SessionStart', 'UserPromptSubmit', 'PreToolUse', 'PostToolBatch', 'Stop', 'SessionEnd']));
  let stored = (await eventsOf(server, 'Session', sessionId)).filter((e) => e.kind === 'HOOK_RECEIVED');
  for (const deadline = Date.now() + 30_000; stored.length < fired.length && Date.now() < deadline; await sleep(200)) {
    stored = (await eventsOf(server, 'Session', sessionId)).filter((e) => e.kind === 'HOOK_RECEIVED');
  }
  expect(stored.map((e) => key(e.payload))).toEqual(fired.map(key));
  expect(stored.map((e) => e.payload)).toEqual(fired);
}

/** Gaps between PreToolUse and the PostToolUse of the same call, as the recorder saw them (ms). */
function toolCallGaps(fired: Record<string, unknown>[], atMs: number[], from: number, to: number): number[] {
  const pre = new Map<unknown, number>();
  const gaps: number[] = [];
  fired.forEach((p, i) => {
    if (atMs[i]! < from || atMs[i]! > to) return;
    if (p.hook_event_name === 'PreToolUse') pre.set(p.tool_use_id, atMs[i]!);
    if (p.hook_event_name === 'PostToolUse' && pre.has(p.tool_use_id)) gaps.push(atMs[i]! - pre.get(p.tool_use_id)!);
  });
  return gaps;
}

describe('real Claude Code while the Maestro server is away', () => {
  it('should store every event fired while the server was killed and restarted, once and in order', async () => {
    const run = await sessionThroughOutage(await startServer({ env, args: SERVER_ARGS }), '[real-cli server killed]', async (server, away) => {
      await server.stop('SIGKILL');
      away();
      await sleep(OUTAGE_MS);
      return startServer({ env, args: SERVER_ARGS, dataDir: server.dataDir, port: server.port });
    });
    await expectOutageSurvived(run, 'killed');
  }, 240_000);

  it('should store every event fired while the server was frozen, once and in order', async () => {
    const run = await sessionThroughOutage(await startServer({ env, args: SERVER_ARGS }), '[real-cli server frozen]', async (server, away) => {
      server.proc.kill('SIGSTOP');
      try {
        away();
        await sleep(OUTAGE_MS);
      } finally {
        server.proc.kill('SIGCONT');
      }
      return server;
    });
    await expectOutageSurvived(run, 'frozen');
  }, 240_000);
});

async function expectOutageSurvived(run: Awaited<ReturnType<typeof sessionThroughOutage>>, what: string) {
  const ended = await waitForExit(run.server, run.sessionId);
  expect(ended.spawn?.state).toBe('EXITED');
  const fired = run.project.fired();
  await expectAllStored(run.server, run.sessionId, fired);
  const during = toolCallGaps(fired, run.project.firedAtMs(), run.outageStarted, run.outageEnded);
  expect(during.length).toBeGreaterThan(0); // tool calls did run while the server was away
  console.log(`real-claude server ${what} for ${OUTAGE_MS} ms: ${fired.length} events fired, all stored once in order; PreToolUse→PostToolUse during the outage: ${during.join(', ')} ms`);
}
