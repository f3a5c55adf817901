/**
 * Scripted hook sequences: small builders for realistic payloads (the fixtures' envelope with the
 * fields that matter overridden) and `play`, which posts each step and checks the status after it.
 */
import { expect } from 'vitest';
import type { TestServer } from '../helpers/server.ts';
import { fixture, postHook, sessionStatus } from './helpers.ts';

export const SID = '5e2c8a71-3f4d-4a9b-8c16-d07e9b3f2a48';
const envelope = (promptId: string | null) => ({
  session_id: SID,
  transcript_path: `/home/dev/.claude/projects/-home-dev-project/${SID}.jsonl`,
  cwd: '/home/dev/project',
  ...(promptId ? { prompt_id: promptId } : {}),
});

type Ev = Record<string, unknown>;
export const ev = {
  start: (source = 'startup', extra: Ev = {}): Ev => ({ ...envelope(null), hook_event_name: 'SessionStart', source, ...extra }),
  prompt: (promptId: string, prompt: string): Ev => ({ ...envelope(promptId), permission_mode: 'default', hook_event_name: 'UserPromptSubmit', prompt }),
  pre: (promptId: string, id: string, tool: string, input: Ev, agentId?: string): Ev => ({
    ...envelope(promptId), permission_mode: 'default', hook_event_name: 'PreToolUse', tool_name: tool, tool_input: input, tool_use_id: id,
    ...(agentId ? { agent_id: agentId, agent_type: 'Explore' } : {}),
  }),
  post: (promptId: string, id: string, tool: string, input: Ev, response: unknown, durationMs?: number, agentId?: string): Ev => ({
    ...envelope(promptId), permission_mode: 'default', hook_event_name: 'PostToolUse', tool_name: tool, tool_input: input, tool_response: response, tool_use_id: id,
    ...(durationMs === undefined ? {} : { duration_ms: durationMs }),
    ...(agentId ? { agent_id: agentId, agent_type: 'Explore' } : {}),
  }),
  fail: (promptId: string, id: string, tool: string, input: Ev, error: string, durationMs?: number): Ev => ({
    ...envelope(promptId), permission_mode: 'default', hook_event_name: 'PostToolUseFailure', tool_name: tool, tool_input: input, tool_use_id: id, error, is_interrupt: false,
    ...(durationMs === undefined ? {} : { duration_ms: durationMs }),
  }),
  permission: (promptId: string, tool: string, input: Ev): Ev => ({
    ...envelope(promptId), permission_mode: 'default', hook_event_name: 'PermissionRequest', tool_name: tool, tool_input: input,
    permission_suggestions: [],
  }),
  notify: (promptId: string | null, type: string | null, message: string): Ev => ({
    ...envelope(promptId), hook_event_name: 'Notification', message, ...(type ? { notification_type: type } : {}),
  }),
  stop: (promptId: string, message: string): Ev => ({ ...envelope(promptId), hook_event_name: 'Stop', stop_hook_active: false, last_assistant_message: message, background_tasks: [], session_crons: [] }),
  stopFailure: (promptId: string): Ev => ({ ...fixture('StopFailure.rate_limit'), prompt_id: promptId }),
  subStart: (promptId: string, agentId: string, type = 'Explore'): Ev => ({ ...envelope(promptId), agent_id: agentId, agent_type: type, hook_event_name: 'SubagentStart' }),
  subStop: (promptId: string, agentId: string, message: string, type = 'Explore'): Ev => ({
    ...envelope(promptId), hook_event_name: 'SubagentStop', agent_id: agentId, agent_type: type, stop_hook_active: false, last_assistant_message: message, background_tasks: [], session_crons: [],
  }),
  preCompact: (): Ev => ({ ...fixture('PreCompact.auto') }),
  end: (reason = 'prompt_input_exit'): Ev => ({ ...envelope(null), hook_event_name: 'SessionEnd', reason }),
};

export type Step = { event: Ev; expect: string; headers?: Record<string, string>; label?: string };

/** Posts each step in order; after each, the session's status must be the expected one. Returns the acks' seqs. */
export async function play(server: TestServer, session: { id: string; token: string }, steps: Step[]): Promise<(number | null)[]> {
  const seqs: (number | null)[] = [];
  for (const [i, step] of steps.entries()) {
    const res = await postHook(server, session.token, step.event, step.headers);
    expect(res.status, `step ${i} ${step.label ?? String(step.event['hook_event_name'])}: ${res.body}`).toBe(200);
    seqs.push(res.headers.get('x-maestro-seq') ? Number(res.headers.get('x-maestro-seq')) : null);
    const s = await sessionStatus(server, session.id);
    expect({ step: i, label: step.label ?? step.event['hook_event_name'], status: s.status }).toEqual({
      step: i,
      label: step.label ?? step.event['hook_event_name'],
      status: step.expect,
    });
  }
  return seqs;
}
