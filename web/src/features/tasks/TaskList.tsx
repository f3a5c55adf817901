/** A project's tasks, filterable by status, 50 per page with "Load more". */
import { useEffect, useId, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql/index.ts';
import type { TaskStatus } from '../../gql/graphql.ts';
import { ErrorMessage, Loading } from '../../lib/errors.tsx';
import { STATUSES, STATUS_LABELS } from './labels.ts';
import { TaskItem } from './TaskItem.tsx';

const PAGE_SIZE = 50;

const ProjectTasksQuery = graphql(`
  query WebProjectTasks($id: ID!, $status: TaskStatus, $first: Int!, $after: String) {
    project(id: $id) {
      id
      tasks(status: $status, first: $first, after: $after) {
        totalCount
        edges {
          node {
            ...WebTaskFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

// An empty page holds no Task: name the type so a created task still refreshes it.
const context = { additionalTypenames: ['Task'] };

/** `refreshVersion`: bumped when the live feed reports a change, to re-read every loaded page. */
export function TaskList({ projectId, refreshVersion = 0 }: { projectId: string; refreshVersion?: number }) {
  const id = useId();
  const [status, setStatus] = useState<TaskStatus | ''>('');
  return (
    <section className="card" aria-labelledby="tasks-heading">
      <div className="section-head">
        <h2 id="tasks-heading">Tasks</h2>
        <div className="inline-field">
          <label htmlFor={`${id}-filter`}>Filter by status</label>
          <select id={`${id}-filter`} value={status} onChange={(e) => setStatus(e.target.value as TaskStatus | '')}>
            <option value="">All statuses</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {/* A new filter starts again from the first page. */}
      <TaskPages key={status} projectId={projectId} status={status || null} refreshVersion={refreshVersion} />
    </section>
  );
}

function TaskPages({ projectId, status, refreshVersion }: { projectId: string; status: TaskStatus | null; refreshVersion: number }) {
  const [pages, setPages] = useState<(string | null)[]>([null]);
  return (
    <ul className="task-list" aria-label="Task list">
      {pages.map((after, index) => (
        <TaskPage
          key={after ?? ''}
          projectId={projectId}
          status={status}
          after={after}
          refreshVersion={refreshVersion}
          isFirst={index === 0}
          isLast={index === pages.length - 1}
          onLoadMore={(cursor) => setPages((current) => [...current, cursor])}
        />
      ))}
    </ul>
  );
}

type PageProps = { projectId: string; status: TaskStatus | null; after: string | null; refreshVersion: number; isFirst: boolean; isLast: boolean; onLoadMore(cursor: string): void };

function TaskPage({ projectId, status, after, refreshVersion, isFirst, isLast, onLoadMore }: PageProps) {
  const ctx = useMemo(() => context, []);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ProjectTasksQuery,
    variables: { id: projectId, status, first: PAGE_SIZE, after },
    context: ctx,
  });
  const [seenVersion, setSeenVersion] = useState(refreshVersion);
  useEffect(() => {
    if (refreshVersion === seenVersion) return;
    setSeenVersion(refreshVersion);
    reexecute({ requestPolicy: 'network-only' });
  }, [refreshVersion, seenVersion, reexecute]);

  if (error && !data) {
    return (
      <li className="list-state">
        <ErrorMessage error={error} title="Could not load tasks" />
      </li>
    );
  }
  if (!data) {
    return (
      <li className="list-state">
        <Loading label="Loading tasks…" />
      </li>
    );
  }
  if (!data.project) {
    return (
      <li className="list-state">
        <ErrorMessage error="This project no longer exists." title="Not found" />
      </li>
    );
  }
  const { edges, pageInfo, totalCount } = data.project.tasks;
  return (
    <>
      {isFirst && edges.length === 0 && (
        <li className="list-state empty">{status ? `No tasks with status “${STATUS_LABELS[status]}”.` : 'No tasks yet. Create one above.'}</li>
      )}
      {edges.map(({ node }) => (
        <TaskItem key={node.id} task={node} projectId={projectId} />
      ))}
      {isLast && (
        <li className="list-footer">
          <span className="muted" role="status">
            {fetching ? 'Refreshing…' : `${totalCount} task${totalCount === 1 ? '' : 's'}`}
          </span>
          {pageInfo.hasNextPage && pageInfo.endCursor && (
            <button type="button" onClick={() => onLoadMore(pageInfo.endCursor!)}>
              Load more
            </button>
          )}
        </li>
      )}
    </>
  );
}
