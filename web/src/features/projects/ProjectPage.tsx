/** One project: its details, its tasks as a board, and its activity. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useQuery } from 'urql';
import type { StreamEvent } from '../../../../src/client/event-stream.ts';
import { graphql } from '../../gql/index.ts';
import { ErrorMessage, Loading } from '../../lib/errors.tsx';
import { Link } from '../../lib/router.tsx';
import { useDocumentTitle } from '../../lib/title.ts';
import { ActivityPanel } from '../activity/ActivityPanel.tsx';
import { Board } from '../board/Board.tsx';

const ProjectQuery = graphql(`
  query WebProject($id: ID!) {
    project(id: $id) {
      id
      name
      description
      workingDir
      createdAt
    }
  }
`);

/** Live events arriving in a burst (a replay after a reconnect) cause one refresh. */
const REFRESH_DEBOUNCE_MS = 150;

/**
 * A change made elsewhere (CLI, an agent, another tab) arrives on the live feed; it bumps a
 * version that makes the project and its task list re-read from the server.
 */
function useLiveRefresh() {
  const [version, setVersion] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  const onLiveEvent = useCallback((event: StreamEvent) => {
    if (timer.current) clearTimeout(timer.current);
    // A session starting or stopping to wait for a person is what someone watches the board for:
    // re-read at once rather than after the burst (hook events come in bursts, status changes do not).
    if (event.kind === 'SESSION_STATUS_CHANGED') return setVersion((v) => v + 1);
    timer.current = setTimeout(() => setVersion((v) => v + 1), REFRESH_DEBOUNCE_MS);
  }, []);
  return { version, onLiveEvent };
}

export function ProjectPage({ id }: { id: string }) {
  const [{ data, error }, reexecute] = useQuery({ query: ProjectQuery, variables: { id } });
  useDocumentTitle(data ? (data.project?.name ?? 'Project not found') : 'Project');
  const { version, onLiveEvent } = useLiveRefresh();
  useEffect(() => {
    if (version > 0) reexecute({ requestPolicy: 'network-only' });
  }, [version, reexecute]);

  const back = (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <Link to="/">← All projects</Link>
    </nav>
  );
  if (error && !data) {
    return (
      <>
        {back}
        <ErrorMessage error={error} title="Could not load the project" />
      </>
    );
  }
  if (!data) return <Loading label="Loading project…" />;
  if (!data.project) {
    return (
      <>
        {back}
        <ErrorMessage error={`No project with id ${id}. It may have been deleted.`} title="Project not found" />
      </>
    );
  }
  const project = data.project;
  return (
    <>
      {back}
      <header className="page-head">
        <h1>{project.name}</h1>
        {project.workingDir && <code className="muted">{project.workingDir}</code>}
        {project.description && <p>{project.description}</p>}
      </header>
      <div className="project-layout">
        <div className="main-column">
          <Board projectId={project.id} refreshVersion={version} />
        </div>
        <aside className="side-column">
          <ActivityPanel projectId={project.id} onLiveEvent={onLiveEvent} />
        </aside>
      </div>
    </>
  );
}
