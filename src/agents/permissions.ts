/**
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

/**
 * Claude Code refuses bypassPermissions when it runs as root, unless IS_SANDBOX=1 says the machine is
 * a throwaway sandbox. Checked at spawn time so the spawner gets the reason instead of a failed agent.
 */
export function bypassRefusal(env: NodeJS.ProcessEnv = process.env, uid: number | undefined = process.getuid?.()): string | null {
  if (uid !== 0 || env.IS_SANDBOX === '1') return null;
  return 'Claude Code refuses bypassPermissions when it runs as root: run the server as another user, or start it with IS_SANDBOX=1 if this machine is a disposable sandbox';
}
