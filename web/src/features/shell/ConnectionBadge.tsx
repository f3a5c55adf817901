/** The app's one live-connection badge (header): the worst state of every live stream on the page. */
import type { ConnectionState } from '../../../../src/client/event-stream.ts';
import { useAppConnection } from '../../lib/connection.ts';

export function connectionLabel(state: ConnectionState): string {
  switch (state.status) {
    case 'connecting':
      return 'connecting…';
    case 'connected':
      return 'connected';
    case 'reconnecting':
      return `reconnecting… (attempt ${state.attempt})`;
    case 'offline':
      return 'offline';
  }
}

export function ConnectionBadge() {
  const state = useAppConnection();
  return (
    <span
      className={`connection connection-${state.status}`}
      role="status"
      aria-label="Live connection"
      data-state={state.status}
      title={state.status === 'offline' ? state.reason : undefined}
    >
      {connectionLabel(state)}
    </span>
  );
}
