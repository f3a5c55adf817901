/**
 * Claude Code's permission settings for a spawned session (beside claude-hooks.ts: both describe
 * Claude Code's settings.json; the runner writes them, the server and the CLI validate the mode).
 *
 * What a spawned Claude Code may run without asking. In `-p` mode nobody can answer a permission
 * prompt, so a command the settings do not allow is simply refused ("This command requires approval").
 *
 * By default a session is granted exactly the worker/orchestrator protocol: the `maestro` CLI (every
 * command the bundled skills and the composed prompt ask for starts with `maestro`; test/skills/
 * commands.test.ts keeps it so). Anything broader is the spawner's explicit choice of a Claude Code
 * permission mode, written into the session's settings.json as `permissions.defaultMode` — never
 * onto a command line.
 */

/** The allow rules every spawned session gets. */
export const PROTOCOL_ALLOW_RULES = ['Bash(maestro *)'] as const;

/** Claude Code's permission modes (`permissions.defaultMode`). */
export const PERMISSION_MODES = ['default', 'acceptEdits', 'plan', 'bypassPermissions'] as const;
export type PermissionMode = (typeof PERMISSION_MODES)[number];

/** The `permissions` section of a session's settings.json. */
export function permissionsSettings(mode: PermissionMode | null | undefined) {
  return { allow: [...PROTOCOL_ALLOW_RULES], ...(mode ? { defaultMode: mode } : {}) };
}
