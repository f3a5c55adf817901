/**
 * All projects, 20 per page, with "Load more", each with its task count and how many of its
 * sessions wait on a person. Each loaded page is its own query (urql's recommended pagination for
 * the document cache), so creating a project refreshes the pages; events that change a count
 * (tasks created or deleted, session status changes, projects changed) re-read them live.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql/index.ts';
import { ErrorMessage, Loading } from '../../lib/errors.tsx';
import { Link, projectPath } from '../../lib/router.tsx';
import { useEventRefresh } from '../activity/useEventRefresh.ts';

export const PAGE_SIZE = 20;

const ProjectsQuery = graphql(`
  query WebProjects($first: Int!, $after: String) {
    projects(first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          name
          description
          workingDir
          createdAt
          tasks(first: 1) {
            totalCount
          }
          sessionsNeedingInput
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

// An empty page has no Project in it: name the type so a created project still refreshes it.
const context = { additionalTypenames: ['Project'] };

const COUNT_EVENT_KINDS = ['PROJECT_CREATED', 'PROJECT_UPDATED', 'PROJECT_DELETED', 'TASK_CREATED', 'TASK_DELETED', 'SESSION_STATUS_CHANGED', 'SESSION_CREATED'];

export function ProjectList() {
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const [version, setVersion] = useState(0);
  const bump = useCallback(() => setVersion((v) => v + 1), []);
  useEventRefresh({ filter: { kinds: COUNT_EVENT_KINDS }, onChange: bump });
  return (
    <section aria-labelledby="projects-heading" className="card">
      <h2 id="projects-heading">All projects</h2>
      <ul className="project-list" aria-label="Projects">
        {pages.map((after, index) => (
          <ProjectPage
            key={after ?? ''}
            after={after}
            version={version}
            isFirst={index === 0}
            isLast={index === pages.length - 1}
            onLoadMore={(cursor) => setPages((current) => [...current, cursor])}
          />
        ))}
      </ul>
    </section>
  );
}

type PageProps = { after: string | null; version: number; isFirst: boolean; isLast: boolean; onLoadMore(cursor: string): void };

function ProjectPage({ after, version, isFirst, isLast, onLoadMore }: PageProps) {
  const ctx = useMemo(() => context, []);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ProjectsQuery, variables: { first: PAGE_SIZE, after }, context: ctx });
  useEffect(() => {
    if (version > 0) reexecute({ requestPolicy: 'network-only' });
  }, [version, reexecute]);

  if (error && !data) {
    return (
      <li className="list-state">
        <ErrorMessage error={error} title="Could not load projects" />
      </li>
    );
  }
  if (!data) {
    return (
      <li className="list-state">
        <Loading label="Loading projects…" />
      </li>
    );
  }
  const { edges, pageInfo, totalCount } = data.projects;
  return (
    <>
      {isFirst && edges.length === 0 && <li className="list-state empty">No projects yet. Create one with the “New project” form.</li>}
      {edges.map(({ node }) => (
        <li key={node.id} className={`project-item${node.sessionsNeedingInput > 0 ? ' attention' : ''}`} data-project={node.id}>
          <Link to={projectPath(node.id)} className="project-link">
            {node.name}
          </Link>
          <ProjectCounts tasks={node.tasks.totalCount} needingInput={node.sessionsNeedingInput} />
          {node.workingDir && <code className="muted">{node.workingDir}</code>}
          {node.description && <p className="muted">{node.description}</p>}
        </li>
      ))}
      {isLast && (
        <li className="list-footer">
          <span className="muted" role="status">
            {fetching ? 'Refreshing…' : `${totalCount} project${totalCount === 1 ? '' : 's'}`}
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

function ProjectCounts({ tasks, needingInput }: { tasks: number; needingInput: number }) {
  return (
    <span className="project-counts">
      <span className="count" data-count={tasks} aria-label={`${tasks} task${tasks === 1 ? '' : 's'}`}>
        {tasks} task{tasks === 1 ? '' : 's'}
      </span>
      {needingInput > 0 && (
        <span className="badge needs-badge" data-needs-you={needingInput}>
          {needingInput} need{needingInput === 1 ? 's' : ''} you
        </span>
      )}
    </span>
  );
}
