/** The web UI's pure pieces: typed errors to form errors, event descriptions, routes. */
import { describe, expect, it } from 'vitest';
import { describeEvent } from '../../web/src/features/activity/describe.ts';
import { formErrorsOf } from '../../web/src/lib/errors.tsx';
import { formatDuration, pairToolCalls, rowMatches } from '../../web/src/features/sessions/pairs.ts';
import { applyMove, dropMove, keyboardMove } from '../../web/src/features/subtasks/order.ts';
import { parseRoute, projectPath, sessionPath, taskPath } from '../../web/src/lib/router.tsx';

describe('formErrorsOf', () => {
  it('should key ValidationError messages by the field below input and point the summary at them', () => {
    const errors = formErrorsOf(
      {
        __typename: 'ValidationError',
        message: 'input.title: too long; input.acceptanceCriteria.2: empty',
        fields: [
          { path: ['input', 'title'], message: 'title must be at most 200 characters' },
          { path: ['input', 'acceptanceCriteria', '2'], message: 'must not be empty' },
        ],
      },
      ['title', 'acceptanceCriteria'],
    );
    expect(errors).toEqual({
      form: 'Not saved: check the fields marked below.',
      fields: { title: 'title must be at most 200 characters', acceptanceCriteria: 'must not be empty (item 3)' },
    });
  });

  it("should keep the server's message when an offending field is not on the form", () => {
    const errors = formErrorsOf(
      { __typename: 'ValidationError', message: 'input.projectId: not a Project id', fields: [{ path: ['input', 'projectId'], message: 'not a Project id' }] },
      ['title'],
    );
    expect(errors.form).toBe('input.projectId: not a Project id');
  });

  it('should turn NotFoundError and other typed errors into a form message', () => {
    expect(formErrorsOf({ __typename: 'NotFoundError', message: 'No Task with id X', type: 'Task', id: 'X' })).toEqual({ form: 'Not found: No Task with id X', fields: {} });
    expect(formErrorsOf({ __typename: 'BaseError', message: 'Refused' })).toEqual({ form: 'Refused', fields: {} });
  });
});

describe('describeEvent', () => {
  it('should name the entity and the status change of an event', () => {
    expect(describeEvent({ kind: 'TASK_CREATED', payload: { task: { title: 'Parser' } } })).toBe('Task created “Parser”');
    expect(describeEvent({ kind: 'TASK_UPDATED', payload: { task: { title: 'Parser', status: 'DONE' }, changed: ['status', 'title'], previousStatus: 'TODO' } })).toBe(
      'Task updated “Parser” (status TODO → DONE; title)',
    );
    expect(describeEvent({ kind: 'PROJECT_UPDATED', payload: { project: { name: 'P' }, changed: ['description'] } })).toBe('Project updated “P” (description)');
    expect(describeEvent({ kind: 'SUBTASK_COMPLETED', payload: { subtask: { title: 'Step' } } })).toBe('Subtask done “Step”');
    expect(describeEvent({ kind: 'HOOK_RECEIVED', payload: null, hookEvent: 'PreToolUse', toolName: 'Bash' })).toBe('Agent hook PreToolUse (Bash)');
  });

  it('should still say something for kinds it does not know and malformed payloads', () => {
    expect(describeEvent({ kind: 'SOMETHING_NEW', payload: 'x' })).toBe('Something new');
    expect(describeEvent({ kind: 'TASK_DELETED', payload: [1, 2] })).toBe('Task deleted');
  });
});

describe('routes', () => {
  it('should round-trip a project id through its path', () => {
    const id = 'UHJvamVjdDox/+=';
    expect(parseRoute(projectPath(id))).toEqual({ name: 'project', id });
    expect(parseRoute('/')).toEqual({ name: 'projects' });
    expect(parseRoute('/nope')).toEqual({ name: 'notFound', path: '/nope' });
  });

  it('should round-trip task and session ids through their paths', () => {
    const id = 'VGFzazox/+=';
    expect(parseRoute(taskPath(id))).toEqual({ name: 'task', id });
    expect(parseRoute(sessionPath(id))).toEqual({ name: 'session', id });
    expect(parseRoute('/sessions')).toEqual({ name: 'sessions' });
  });
});

describe('subtask reorder', () => {
  const ids = ['a', 'b', 'c'];

  it('should move one place up or down by keyboard, and not past either end', () => {
    expect(keyboardMove(ids, 'c', 'up')).toEqual({ beforeId: 'b' });
    expect(keyboardMove(ids, 'a', 'down')).toEqual({ afterId: 'b' });
    expect(keyboardMove(ids, 'a', 'up')).toBeNull();
    expect(keyboardMove(ids, 'c', 'down')).toBeNull();
    expect(keyboardMove(ids, 'x', 'up')).toBeNull();
  });

  it('should turn a drop into before/after a sibling, and ignore drops that change nothing', () => {
    expect(dropMove(ids, 'c', 'a', 'before')).toEqual({ beforeId: 'a' });
    expect(dropMove(ids, 'a', 'c', 'after')).toEqual({ afterId: 'c' });
    expect(dropMove(ids, 'a', 'a', 'after')).toBeNull();
    expect(dropMove(ids, 'a', 'b', 'before')).toBeNull();
    expect(dropMove(ids, 'b', 'a', 'after')).toBeNull();
  });

  it('should apply a move to the order shown until the server answers', () => {
    expect(applyMove(ids, 'c', { beforeId: 'a' })).toEqual(['c', 'a', 'b']);
    expect(applyMove(ids, 'a', { afterId: 'b' })).toEqual(['b', 'a', 'c']);
    expect(applyMove(ids, 'a', { afterId: 'gone' })).toEqual(ids);
  });
});

describe('hook feed rows', () => {
  const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString();
  const hook = (seq: number, hookEvent: string, toolName: string | null, payload: Record<string, unknown> = {}) => ({ seq, createdAt: at(seq), hookEvent, toolName, payload: { hook_event_name: hookEvent, ...payload } });

  it('should collapse Pre and Post of one tool_use_id into one row, even out of order, with the reported or measured duration', () => {
    const rows = pairToolCalls([
      hook(1, 'UserPromptSubmit', null),
      hook(2, 'PreToolUse', 'Read', { tool_use_id: 'a' }),
      hook(3, 'PreToolUse', 'Read', { tool_use_id: 'b' }),
      hook(4, 'PostToolUse', 'Read', { tool_use_id: 'b', duration_ms: 6 }),
      hook(5, 'PermissionRequest', 'Bash'),
      hook(7, 'PostToolUseFailure', 'Read', { tool_use_id: 'a' }),
      hook(8, 'PreToolUse', 'Bash', { tool_use_id: 'c' }),
      hook(9, 'PostToolUse', 'Grep', { tool_use_id: 'orphan', duration_ms: 3 }),
    ]);
    expect(rows.map((r) => (r.type === 'tool' ? `${r.toolUseId}:${r.outcome}:${r.durationMs}` : r.event.hookEvent))).toEqual([
      'UserPromptSubmit',
      'a:failed:5000',
      'b:ok:6',
      'PermissionRequest',
      'c:running:null',
      'orphan:ok:3',
    ]);
  });

  it('should match a tool row by either of its events and keep unpaired events apart', () => {
    const [prompt, call] = pairToolCalls([hook(1, 'UserPromptSubmit', null), hook(2, 'PreToolUse', 'Bash', { tool_use_id: 'x' }), hook(3, 'PostToolUse', 'Bash', { tool_use_id: 'x' })]);
    expect(rowMatches(call!, { hookEvent: 'PostToolUse', tool: 'Bash' })).toBe(true);
    expect(rowMatches(call!, { hookEvent: 'PreToolUse', tool: '' })).toBe(true);
    expect(rowMatches(call!, { hookEvent: '', tool: 'Write' })).toBe(false);
    expect(rowMatches(prompt!, { hookEvent: 'UserPromptSubmit', tool: '' })).toBe(true);
    expect(rowMatches(prompt!, { hookEvent: '', tool: 'Bash' })).toBe(false);
  });

  it('should format durations for people', () => {
    expect([formatDuration(11), formatDuration(4210), formatDuration(125_000)]).toEqual(['11 ms', '4.2 s', '2 min 5 s']);
  });
});
