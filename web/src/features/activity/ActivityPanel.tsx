/**
 * A project's recent activity: the last 50 events of the durable log, newest first.
 */
import { useQuery } from 'urql';
import { graphql } from '../../gql/index.ts';
import type { WebEventFieldsFragment } from '../../gql/graphql.ts';
import { ErrorMessage, Loading } from '../../lib/errors.tsx';
import { describeEvent } from './describe.ts';

export const HISTORY_SIZE = 50;

export const EventFields = graphql(`
  fragment WebEventFields on Event {
    seq
    cursor
    kind
    actor
    createdAt
    taskId
    payload
  }
`);

const ProjectEventsQuery = graphql(`
  query WebProjectEvents($id: ID!, $last: Int!) {
    project(id: $id) {
      id
      events(last: $last) {
        totalCount
        edges {
          node {
            ...WebEventFields
          }
        }
      }
    }
  }
`);

export function ActivityPanel({ projectId }: { projectId: string }) {
  const [{ data, error }] = useQuery({ query: ProjectEventsQuery, variables: { id: projectId, last: HISTORY_SIZE }, requestPolicy: 'network-only' });

  let body;
  if (error && !data) body = <ErrorMessage error={error} title="Could not load activity" />;
  else if (!data) body = <Loading label="Loading activity…" />;
  else if (!data.project) body = <ErrorMessage error="This project no longer exists." title="Not found" />;
  else body = <EventList events={data.project.events.edges.map((e) => e.node)} />;

  return (
    <section className="card" aria-labelledby="activity-heading">
      <div className="section-head">
        <h2 id="activity-heading">Activity</h2>
      </div>
      {body}
    </section>
  );
}

export function EventList({ events }: { events: readonly WebEventFieldsFragment[] }) {
  if (events.length === 0) return <p className="muted">No activity yet.</p>;
  const newestFirst = [...events].sort((a, b) => b.seq - a.seq);
  return (
    <ol className="event-list" aria-label="Activity" reversed>
      {newestFirst.map((event) => (
        <li key={event.seq} className="event" data-seq={event.seq}>
          <span className="event-kind">{event.kind}</span>
          {describeEvent(event.kind, event.payload)}
          <span className="event-meta">
            #{event.seq} · {new Date(event.createdAt).toLocaleString()} · {event.actor}
          </span>
        </li>
      ))}
    </ol>
  );
}
