/**
 * All projects, 20 per page, with "Load more". Each loaded page is its own query (urql's
 * recommended pagination for the document cache), so creating a project refreshes the pages.
 */
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql/index.ts';
import { ErrorMessage, Loading } from '../../lib/errors.tsx';
import { Link, projectPath } from '../../lib/router.tsx';

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

export function ProjectList() {
  const [pages, setPages] = useState<(string | null)[]>([null]);
  return (
    <section aria-labelledby="projects-heading" className="card">
      <h2 id="projects-heading">All projects</h2>
      <ul className="project-list" aria-label="Projects">
        {pages.map((after, index) => (
          <ProjectPage
            key={after ?? ''}
            after={after}
            isFirst={index === 0}
            isLast={index === pages.length - 1}
            onLoadMore={(cursor) => setPages((current) => [...current, cursor])}
          />
        ))}
      </ul>
    </section>
  );
}

function ProjectPage({ after, isFirst, isLast, onLoadMore }: { after: string | null; isFirst: boolean; isLast: boolean; onLoadMore(cursor: string): void }) {
  const ctx = useMemo(() => context, []);
  const [{ data, fetching, error }] = useQuery({ query: ProjectsQuery, variables: { first: PAGE_SIZE, after }, context: ctx });

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
      {isFirst && edges.length === 0 && <li className="list-state empty">No projects yet. Create one above.</li>}
      {edges.map(({ node }) => (
        <li key={node.id} className="project-item">
          <Link to={projectPath(node.id)} className="project-link">
            {node.name}
          </Link>
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
