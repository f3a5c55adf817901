import { defineCommand } from 'citty';
import { graphql } from '../gql/index.ts';
import { execute } from '../lib/client.ts';
import { notFound } from '../lib/errors.ts';
import { printResult, shortTime, table, truncate } from '../lib/output.ts';
import { idOrSession, SESSION_ENV } from '../lib/session-env.ts';
import { sharedArgs } from './_shared.ts';

const SessionShow = graphql(`
  query CliSessionShow($id: ID!) {
    session(id: $id) {
      id name role status agentSessionId cwd createdAt startedAt endedAt lastEvidenceAt
      project { id name }
      parent { id }
      tasks(first: 20) { edges { node { id title status } } }
      needsInput { since kind message }
      toolCallCount pendingToolCalls failures refusedToolCalls permissionRequests
      toolCalls { tool calls completed failures totalDurationMs }
      filesTouched { written onlyRead }
      subagents { agentId agentType running toolCalls failures lastAssistantMessage }
      model title lastPrompt lastAssistantMessage
      lastError { at error details message }
      spawn { state pid exitCode exitSignal outputTail launchedAt exitedAt stopRequestedAt worktree { path branch repository removedAt } }
    }
  }
`);

type Spawn = { state: string; pid?: number | null; exitCode?: number | null; exitSignal?: string | null; outputTail?: string | null; launchedAt?: string | null; exitedAt?: string | null; stopRequestedAt?: string | null };

/** For spawned sessions: the launch state, how the process ended and the last lines it wrote (why it failed). */
function spawnLines(spawn: Spawn | null | undefined): string[] {
  if (!spawn) return [];
  const exit =
    spawn.exitCode != null ? `, exit code ${spawn.exitCode}` : spawn.exitSignal ? `, killed by ${spawn.exitSignal}` : spawn.state === 'EXITED' ? ', exit code unknown' : '';
  const lines = [
    `Process:   ${spawn.state}${spawn.pid != null ? `, pid ${spawn.pid}` : ''}${exit}` +
      `${spawn.launchedAt ? `, launched ${shortTime(spawn.launchedAt)}` : ''}${spawn.exitedAt ? `, exited ${shortTime(spawn.exitedAt)}` : ''}` +
      `${spawn.stopRequestedAt ? `, stop requested ${shortTime(spawn.stopRequestedAt)}` : ''}`,
  ];
  const tail = (spawn.outputTail ?? '').replace(/\s+$/, '');
  if (tail) lines.push('Output (last lines):', ...tail.split('\n').slice(-20).map((l) => `  | ${l}`));
  return lines;
}

export default defineCommand({
  meta: { name: 'show', description: 'Show a session: status and why it waits, tool calls by tool, files written and read, subagents, last prompt and message' },
  args: {
    id: { type: 'positional', required: false, valueHint: 'id', description: 'The session\'s ID (from `maestro session list`; default inside a session: itself, MAESTRO_SESSION_ID)' },
    ...sharedArgs,
  },
  async run({ args }) {
    const id = idOrSession(args.id, SESSION_ENV, 'session');
    const { session } = await execute(args, SessionShow, { id });
    if (!session) throw notFound('Session', id);
    const data = { ...session, tasks: session.tasks.edges.map((e) => e.node) };
    printResult(args.json, data, (s) => [
      `Session ${s.id}${s.name ? ` "${s.name}"` : ''} (${s.role}) in project ${s.project.name} (${s.project.id})`,
      `Status:    ${s.status}${s.needsInput ? ` — waiting since ${shortTime(s.needsInput.since)} for ${s.needsInput.kind}: ${s.needsInput.message}` : ''}`,
      `Agent:     ${s.agentSessionId ?? '-'}${s.model ? `, model ${s.model}` : ''}${s.cwd ? `, in ${s.cwd}` : ''}`,
      `Times:     created ${shortTime(s.createdAt)}, started ${shortTime(s.startedAt)}, last event ${shortTime(s.lastEvidenceAt)}, ended ${shortTime(s.endedAt)}`,
      `Tasks:     ${s.tasks.length ? s.tasks.map((t) => `${t.id} "${truncate(t.title, 40)}" ${t.status}`).join('; ') : '-'}`,
      ...spawnLines(s.spawn),
      ...(s.spawn?.worktree ? [`Worktree:  ${s.spawn.worktree.path} on branch ${s.spawn.worktree.branch}${s.spawn.worktree.removedAt ? ` (removed ${shortTime(s.spawn.worktree.removedAt)})` : ''}`] : []),
      `Tools:     ${s.toolCallCount} calls, ${s.failures} failed${s.refusedToolCalls ? ` (${s.refusedToolCalls} refused: no permission)` : ''}, ${s.pendingToolCalls} running, ${s.permissionRequests} permission prompts`,
      ...(s.toolCalls.length ? ['', table(['TOOL', 'CALLS', 'OK', 'FAILED', 'TIME'], s.toolCalls.map((t) => [t.tool, String(t.calls), String(t.completed), String(t.failures), `${(t.totalDurationMs / 1000).toFixed(1)} s`]))] : []),
      '',
      `Written:   ${s.filesTouched.written.length ? s.filesTouched.written.join(', ') : '-'}`,
      `Read only: ${s.filesTouched.onlyRead.length ? s.filesTouched.onlyRead.join(', ') : '-'}`,
      ...s.subagents.map((a) => `Subagent:  ${a.agentId} ${a.agentType || '-'} ${a.running ? 'running' : 'stopped'}, ${a.toolCalls} calls${a.lastAssistantMessage ? `: ${truncate(a.lastAssistantMessage, 60)}` : ''}`),
      `Prompt:    ${s.lastPrompt ? truncate(s.lastPrompt, 100) : '-'}`,
      `Message:   ${s.lastAssistantMessage ? truncate(s.lastAssistantMessage, 100) : '-'}`,
      ...(s.lastError
        ? [`Error:     ${shortTime(s.lastError.at)} ${s.lastError.error}${s.lastError.details ? ` (${s.lastError.details})` : ''}${s.lastError.message ? `: ${truncate(s.lastError.message, 100)}` : ''}`]
        : []),
    ]);
  },
});
