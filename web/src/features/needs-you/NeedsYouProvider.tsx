/**
 * Every session waiting on a person (status NEEDS_INPUT), across projects, kept live for the whole
 * app: the header counter, the /needs-you page and the opt-in browser notification read it from
 * here, so one query and one stream serve them all. A SESSION_STATUS_CHANGED anywhere re-reads it
 * (status changes are rare next to hook events, so the stream follows only those).
 */
import { createContext, useCallback, useContext, useEffect, useRef, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql/index.ts';
import type { WebNeedsYouQuery } from '../../gql/graphql.ts';
import { useEventRefresh } from '../activity/useEventRefresh.ts';
import { notifyWaiting } from './notifications.ts';
import './needs-you.css';

const NeedsYouQuery = graphql(`
  query WebNeedsYou($first: Int!) {
    sessions(status: NEEDS_INPUT, first: $first) {
      totalCount
      edges {
        node {
          id
          name
          status
          activity
          needsInput {
            kind
            message
            since
          }
          project {
            id
            name
          }
          tasks(first: 3) {
            edges {
              node {
                id
                title
              }
            }
          }
        }
      }
    }
  }
`);

/** More than a page of people-blocked sessions is a different problem; the count stays exact. */
const SHOWN = 100;

export type WaitingSession = NonNullable<WebNeedsYouQuery['sessions']>['edges'][number]['node'];
type NeedsYou = { sessions: WaitingSession[]; total: number; loading: boolean; error: string | null };

const NeedsYouContext = createContext<NeedsYou>({ sessions: [], total: 0, loading: true, error: null });

export function NeedsYouProvider({ children }: { children: ReactNode }) {
  const [{ data, error }, reexecute] = useQuery({ query: NeedsYouQuery, variables: { first: SHOWN }, requestPolicy: 'cache-and-network' });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useEventRefresh({ filter: { kinds: ['SESSION_STATUS_CHANGED'] }, onChange: refresh });

  const sessions = data?.sessions.edges.map((e) => e.node) ?? [];
  // Notify once per wait: a session already seen waiting is not announced again on every re-read.
  const announced = useRef<Set<string> | null>(null);
  useEffect(() => {
    if (!data) return;
    const waiting = data.sessions.edges.map((e) => e.node);
    const key = (s: WaitingSession) => `${s.id}@${s.needsInput?.since ?? ''}`;
    if (announced.current) for (const s of waiting) if (!announced.current.has(key(s))) notifyWaiting(s);
    announced.current = new Set(waiting.map(key));
  }, [data]);

  const value: NeedsYou = { sessions, total: data?.sessions.totalCount ?? 0, loading: !data && !error, error: error && !data ? error.message : null };
  return <NeedsYouContext.Provider value={value}>{children}</NeedsYouContext.Provider>;
}

export function useNeedsYou(): NeedsYou {
  return useContext(NeedsYouContext);
}
