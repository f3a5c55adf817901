/** The pure parts of the activity sentences, folding and the session timeline, without a browser. */
import { describe, expect, it } from 'vitest';
import { actorLabel, ALL_GROUPS, doingNow, foldFeed, predicate, type FeedEvent } from '../../web/src/features/activity/sentences.ts';
import { buildTimeline } from '../../web/src/features/sessions/timeline.ts';

const session = (raw: string) => Buffer.from(`Session:${raw}`).toString('base64');
const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms).toISOString();
const event = (seq: number, kind: string, extra: Partial<FeedEvent> = {}): FeedEvent => ({ seq, kind, actor: 'operator', createdAt: at(seq * 1000), payload: {}, ...extra });

describe('activity sentences', () => {
  it('should name who did it: you, a runner, a session by role and name or the end of its id', () => {
    const id = session('cmabc3f2a');
    expect(actorLabel('operator', new Map())).toBe('You');
    expect(actorLabel('operator:runner:r1', new Map())).toBe('Runner r1');
    expect(actorLabel(`session:${id}`, new Map())).toBe('Session 3f2a');
    expect(actorLabel(`session:${id}`, new Map([[id, { name: '', role: 'WORKER' }]]))).toBe('Worker 3f2a');
    expect(actorLabel(`session:${id}`, new Map([[id, { name: 'Alpha', role: 'ORCHESTRATOR' }]]))).toBe('Orchestrator Alpha');
  });

  it('should read a reorder inside one task as a reorder and a move between tasks as a move', () => {
    const subtask = { title: 'Write the test' };
    expect(predicate(event(1, 'SUBTASK_MOVED', { payload: { subtask, fromTaskId: 't1', toTaskId: 't1' } }))).toBe('reordered “Write the test”');
    expect(predicate(event(1, 'SUBTASK_MOVED', { payload: { subtask, fromTaskId: 't1', toTaskId: 't2' } }))).toBe('moved “Write the test” to another task');
    expect(predicate(event(1, 'SUBTASK_COMPLETED', { payload: { subtask } }))).toBe('completed “Write the test”');
    expect(predicate(event(1, 'TASK_UPDATED', { payload: { task: { title: 'T', status: 'DONE' }, changed: ['status'], previousStatus: 'IN_REVIEW' } }))).toBe('moved “T” from In review to Done');
    expect(predicate(event(1, 'SOMETHING_NEW'))).toBe('recorded: something new');
  });

  it('should fold hook events and status changes per session into one line at its newest event', () => {
    const a = session('a');
    const events = [
      event(1, 'TASK_CREATED', { payload: { task: { title: 'T' } } }),
      event(2, 'HOOK_RECEIVED', { sessionId: a, hookEvent: 'PreToolUse', toolName: 'Bash', payload: { tool_input: { command: 'npm test' } } }),
      event(3, 'SESSION_STATUS_CHANGED', { sessionId: a, payload: { from: 'IDLE', to: 'WORKING' } }),
      event(4, 'SUBTASK_CREATED', { payload: { subtask: { title: 'S' } } }),
      event(5, 'HOOK_RECEIVED', { sessionId: a, hookEvent: 'PreToolUse', toolName: 'Edit', payload: { tool_input: { file_path: 'src/config.ts' } } }),
    ];
    const lines = foldFeed(events, new Set(ALL_GROUPS));
    expect(lines.map((l) => (l.type === 'session' ? `session@${l.seq}:${l.hookCount}:${l.status}` : l.event.kind))).toEqual(['session@5:2:WORKING', 'SUBTASK_CREATED', 'TASK_CREATED']);
    const line = lines[0]!;
    expect(line.type === 'session' && doingNow(line.latestHook)).toBe('Editing src/config.ts');
    expect(foldFeed(events, new Set(['tasks'] as const)).map((l) => l.seq)).toEqual([1]);
  });
});

describe('session timeline', () => {
  it('should pair calls into bars on their agent’s lane, running ones reaching now', () => {
    const hook = (seq: number, hookEvent: string, toolUseId: string, extra: Record<string, unknown> = {}) => ({
      seq,
      createdAt: at(seq * 1000),
      hookEvent,
      toolName: (extra.tool_name as string) ?? 'Bash',
      payload: { tool_use_id: toolUseId, ...extra },
    });
    const timeline = buildTimeline(
      [
        hook(1, 'PreToolUse', 'a'),
        hook(3, 'PostToolUseFailure', 'a', { duration_ms: 1900 }),
        { seq: 4, createdAt: at(4000), hookEvent: 'SubagentStart', toolName: null, payload: { agent_id: 'sub1234567', agent_type: 'Explore' } },
        hook(5, 'PreToolUse', 'b', { agent_id: 'sub1234567', agent_type: 'Explore', tool_name: 'Grep' }),
      ],
      Date.parse(at(9000)),
    );
    expect(timeline.span).toBe(8000);
    expect(timeline.lanes.map((l) => [l.label, l.bars.map((b) => `${b.toolName} ${b.outcome} ${b.start}-${b.end} ${b.durationMs}`)])).toEqual([
      ['Main agent', ['Bash failed 0-2000 1900']],
      ['Subagent Explore sub1234', ['Grep running 4000-8000 4000']],
    ]);
  });
});
