/** Turns browser notifications for waiting sessions on or off; says why when the browser refuses. */
import { disableNotifications, enableNotifications, useNotifyState } from './notifications.ts';

export function NotifyButton() {
  const state = useNotifyState();
  if (state === 'unsupported') return <p className="hint">This browser cannot show notifications.</p>;
  if (state === 'denied') return <p className="hint">Notifications are blocked for this site in the browser's settings.</p>;
  if (state === 'on')
    return (
      <button type="button" className="secondary" onClick={disableNotifications}>
        Turn off notifications
      </button>
    );
  return (
    <button type="button" className="secondary" onClick={() => void enableNotifications()}>
      Notify me when a session needs me
    </button>
  );
}
