/**
 * `maestro hooks install`: the hooks section of Claude Code's settings.json that reports every event
 * to Maestro, merged into what the file already has.
 *
 * - http mode (default) uses Claude Code's native http hooks (no process per event) for every event
 *   that supports them; SessionStart and Setup accept only command hooks, so they always go
 *   through `maestro hook`. command mode uses `maestro hook` for everything (it spools while the
 *   server is down; http hooks cannot).
 * - WorktreeCreate is never installed: a WorktreeCreate hook *replaces* worktree creation and must
 *   answer with the worktree path, so an observer there would break worktrees.
 * - Our handlers are recognised (an http url ending in /hooks/claude, or a command running
 *   maestro-hook / `maestro hook`) and replaced; every other handler and setting is kept as it is.
 *   Installing twice changes nothing.
 */
import { HOOK_EVENTS, hookHandler, type HookMode } from '../../../src/client/claude-hooks.ts';

export { HOOK_EVENTS };
export const NEVER = ['WorktreeCreate'] as const;

export type InstallOptions = { mode: HookMode; serverUrl: string; command: string };

type Handler = Record<string, unknown> & { type?: unknown };
type Group = Record<string, unknown> & { matcher?: unknown; hooks?: unknown };
export type Settings = Record<string, unknown> & { hooks?: Record<string, unknown> };

export function isOurs(handler: unknown): boolean {
  if (!handler || typeof handler !== 'object') return false;
  const h = handler as Handler;
  if (h.type === 'http' && typeof h['url'] === 'string') return /\/hooks\/claude\/?$/.test(h['url']);
  if (h.type === 'command' && typeof h['command'] === 'string') return /maestro-hook\.mjs|\bmaestro(\.js)?["']?\s+hook\b/.test(h['command']);
  return false;
}

export type Change = { event: string; action: 'add' | 'replace' | 'keep' };

/** The groups with our handlers taken out, and the groups left empty by that dropped. */
function withoutOurs(groups: Group[]): Group[] {
  return groups
    .map((g) => (g && typeof g === 'object' && Array.isArray(g.hooks) ? { ...g, hooks: (g.hooks as unknown[]).filter((h) => !isOurs(h)) } : g))
    .filter((g) => !(g && typeof g === 'object' && Array.isArray(g.hooks) && g.hooks.length === 0));
}

/**
 * The settings with our hooks merged in (the input is not modified), and what changed per event.
 * Groups that held only our handlers are dropped before ours is added back once.
 */
export function mergeHooks(settings: Settings, options: InstallOptions): { settings: Settings; changes: Change[] } {
  const next: Settings = structuredClone(settings);
  const hooks: Record<string, unknown> = next.hooks && typeof next.hooks === 'object' && !Array.isArray(next.hooks) ? next.hooks : {};
  next.hooks = hooks;
  const changes: Change[] = [];
  for (const event of HOOK_EVENTS) {
    const wanted = hookHandler(event, options);
    const groups = Array.isArray(hooks[event]) ? (hooks[event] as Group[]) : [];
    const ours = groups.flatMap((g) => (Array.isArray(g?.hooks) ? (g.hooks as unknown[]).filter(isOurs) : []));
    if (ours.length === 1 && JSON.stringify(ours[0]) === JSON.stringify(wanted)) {
      changes.push({ event, action: 'keep' });
      continue;
    }
    const kept = withoutOurs(groups);
    hooks[event] = [...kept, { hooks: [wanted] }];
    changes.push({ event, action: ours.length ? 'replace' : 'add' });
  }
  for (const event of NEVER) {
    // An earlier Maestro handler on an event that must not have one is removed.
    const groups = Array.isArray(hooks[event]) ? (hooks[event] as Group[]) : null;
    if (!groups) continue;
    const kept = withoutOurs(groups);
    if (JSON.stringify(kept) !== JSON.stringify(groups)) {
      if (kept.length) hooks[event] = kept;
      else delete hooks[event];
      changes.push({ event, action: 'replace' });
    }
  }
  return { settings: next, changes };
}
