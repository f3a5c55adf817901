/**
 * A tiny history router: a handful of routes do not justify a dependency. The server falls back to
 * index.html for unknown paths, so /projects/<id> can be reloaded and shared.
 */
import { useEffect, useState, type MouseEvent, type ReactNode } from 'react';

export type Route =
  | { name: 'projects' }
  | { name: 'project'; id: string }
  | { name: 'task'; id: string }
  | { name: 'sessions' }
  | { name: 'session'; id: string }
  | { name: 'needsYou' }
  | { name: 'notFound'; path: string };

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'projects' };
  const project = /^\/projects\/([^/]+)\/?$/.exec(pathname);
  if (project) return { name: 'project', id: decodeURIComponent(project[1]!) };
  const task = /^\/tasks\/([^/]+)\/?$/.exec(pathname);
  if (task) return { name: 'task', id: decodeURIComponent(task[1]!) };
  if (pathname === '/sessions' || pathname === '/sessions/') return { name: 'sessions' };
  if (pathname === '/needs-you' || pathname === '/needs-you/') return { name: 'needsYou' };
  const session = /^\/sessions\/([^/]+)\/?$/.exec(pathname);
  if (session) return { name: 'session', id: decodeURIComponent(session[1]!) };
  return { name: 'notFound', path: pathname };
}

export function projectPath(id: string): string {
  return `/projects/${encodeURIComponent(id)}`;
}

export function taskPath(id: string): string {
  return `/tasks/${encodeURIComponent(id)}`;
}

export function sessionPath(id: string): string {
  return `/sessions/${encodeURIComponent(id)}`;
}

const listeners = new Set<() => void>();

export function navigate(path: string) {
  if (path === window.location.pathname) return;
  window.history.pushState(null, '', path);
  for (const listener of listeners) listener();
}

export function useRoute(): Route {
  const [pathname, setPathname] = useState(window.location.pathname);
  useEffect(() => {
    const update = () => setPathname(window.location.pathname);
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return parseRoute(pathname);
}

/** An <a> that navigates without a reload (modifier clicks still open a new tab); `current` marks the nav entry of this page. */
export function Link({ to, children, className, current, label }: { to: string; children: ReactNode; className?: string; current?: boolean; label?: string }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={onClick} className={className} aria-current={current ? 'page' : undefined} aria-label={label}>
      {children}
    </a>
  );
}
