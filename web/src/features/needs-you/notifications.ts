/**
 * Opt-in browser notifications for sessions that start waiting on a person. Off until the person
 * asks (a button, never on load: browsers block unprompted requests and people dislike them); the
 * choice is remembered per browser.
 */
import { useSyncExternalStore } from 'react';
import { sessionPath } from '../../lib/router.tsx';

const STORAGE_KEY = 'maestro.notify.needsInput';
const listeners = new Set<() => void>();

export type NotifyState = 'unsupported' | 'off' | 'on' | 'denied';

function read(): NotifyState {
  if (typeof Notification === 'undefined') return 'unsupported';
  if (Notification.permission === 'denied') return 'denied';
  return Notification.permission === 'granted' && localStorage.getItem(STORAGE_KEY) === 'on' ? 'on' : 'off';
}

export function useNotifyState(): NotifyState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    read,
  );
}

export async function enableNotifications(): Promise<NotifyState> {
  if (typeof Notification === 'undefined') return 'unsupported';
  const permission = Notification.permission === 'granted' ? 'granted' : await Notification.requestPermission();
  if (permission === 'granted') localStorage.setItem(STORAGE_KEY, 'on');
  listeners.forEach((l) => l());
  return read();
}

export function disableNotifications() {
  localStorage.removeItem(STORAGE_KEY);
  listeners.forEach((l) => l());
}

export function notifyWaiting(session: { id: string; name: string; needsInput?: { message: string } | null; project: { name: string } }) {
  if (read() !== 'on') return;
  const who = session.name || 'A session';
  const notification = new Notification(`${who} needs you (${session.project.name})`, {
    body: session.needsInput?.message || 'It is waiting for a person.',
    tag: `maestro-needs-input-${session.id}`,
  });
  notification.onclick = () => {
    window.focus();
    window.location.assign(sessionPath(session.id));
  };
}
