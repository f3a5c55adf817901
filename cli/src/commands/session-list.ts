import { defineCommand } from 'citty';
import { graphql } from '../gql/index.ts';
import { enumArg, intArg, nonEmpty } from '../lib/args.ts';
import { execute } from '../lib/client.ts';
import { nextPageLine, printResult } from '../lib/output.ts';
import { pageArgs, sharedArgs } from './_shared.ts';
import { SESSION_STATUSES, sessionTable } from './session-shared.ts';

const SessionList = graphql(`
  query CliSessionList($projectId: ID, $taskId: ID, $status: SessionStatus, $first: Int!, $after: String) {
    sessions(projectId: $projectId, taskId: $taskId, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name role status toolCallCount lastEvidenceAt createdAt needsInput { kind message since } project { id } } }
    }
  }
`);

export default defineCommand({
  meta: { name: 'list', description: 'List agent sessions, newest first, with live status (NEEDS_INPUT stands out); filter by project, task, status' },
  args: {
    project: { type: 'string', valueHint: 'id', description: 'Only this project\'s sessions' },
    task: { type: 'string', valueHint: 'id', description: 'Only sessions linked to this task' },
    status: { type: 'string', valueHint: 'status', description: `Only sessions with this status: ${SESSION_STATUSES.join(', ')}` },
    ...pageArgs,
    ...sharedArgs,
  },
  async run({ args }) {
    const projectId = nonEmpty(args.project, 'project') ?? null;
    const taskId = nonEmpty(args.task, 'task') ?? null;
    const status = enumArg(args.status, 'status', SESSION_STATUSES) ?? null;
    const first = intArg(args.first, 'first', { min: 1, max: 100 }) ?? 20;
    const { sessions } = await execute(args, SessionList, { projectId, taskId, status, first, after: args.after ?? null });
    const data = {
      sessions: sessions.edges.map((e) => e.node),
      totalCount: sessions.totalCount,
      nextCursor: sessions.pageInfo.hasNextPage ? (sessions.pageInfo.endCursor ?? null) : null,
    };
    const again = ['maestro session list', projectId && `--project ${projectId}`, taskId && `--task ${taskId}`, status && `--status ${status}`].filter(Boolean).join(' ');
    printResult(args.json, data, (d) => [sessionTable(d.sessions), nextPageLine(again, sessions.pageInfo)].filter((l) => l !== null));
  },
});
