/**
 * The app's one connection state, for the one badge in the header. Every live stream (activity,
 * board, needs-you, subtasks, sessions) reports its own state here under its own key; the badge
 * shows the worst of them, so a panel never claims "connected" while another has lost its feed,
 * and no panel needs a badge of its own.
 */
import { useEffect, useId, useSyncExternalStore } from 'react';
import type { ConnectionState } from '../../../src/client/event-stream.ts';

const states = new Map<string, ConnectionState>();
const listeners = new Set<() => void>();
let snapshot: ConnectionState = { status: 'connecting' };

const SEVERITY: Record<ConnectionState['status'], number> = { connected: 0, connecting: 1, reconnecting: 2, offline: 3 };

/** The worst reported state; with no stream at all there is nothing to be disconnected from. */
export function worstState(all: Iterable<ConnectionState>): ConnectionState {
  let worst: ConnectionState | null = null;
  for (const state of all) {
    if (!worst || SEVERITY[state.status] > SEVERITY[worst.status]) worst = state;
    else if (state.status === 'reconnecting' && worst.status === 'reconnecting' && state.attempt > worst.attempt) worst = state;
  }
  return worst ?? { status: 'connected' };
}

function publish() {
  const next = worstState(states.values());
  // A new object only when something the badge shows changed: useSyncExternalStore compares by identity.
  if (JSON.stringify(next) !== JSON.stringify(snapshot)) snapshot = next;
  for (const listener of listeners) listener();
}

/** Reports one stream's state while the calling component is mounted; null: no stream (yet). */
export function useReportConnection(state: ConnectionState | null) {
  const key = useId();
  const text = state ? JSON.stringify(state) : null;
  useEffect(() => {
    if (text) states.set(key, JSON.parse(text) as ConnectionState);
    else states.delete(key);
    publish();
  }, [key, text]);
  useEffect(
    () => () => {
      states.delete(key);
      publish();
    },
    [key],
  );
}

export function useAppConnection(): ConnectionState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => snapshot,
  );
}
