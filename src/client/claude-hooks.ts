/**
 * The Claude Code hooks that report to Maestro: which events get one, and the handler for each.
 * Shared by `maestro hooks install` (a user's settings.json) and the runner (a spawned session's
 * private settings), so both configure Claude Code the same way.
 */

/** Every hook event Claude Code sends an observer (WorktreeCreate excluded: its hook replaces worktree creation). */
export const HOOK_EVENTS = [
  'SessionStart', 'Setup', 'InstructionsLoaded', 'UserPromptSubmit', 'UserPromptExpansion', 'MessageDisplay',
  'PreToolUse', 'PermissionRequest', 'PermissionDenied', 'PostToolUse', 'PostToolUseFailure', 'PostToolBatch',
  'Notification', 'SubagentStart', 'SubagentStop', 'TaskCreated', 'TaskCompleted', 'Stop', 'StopFailure',
  'TeammateIdle', 'ConfigChange', 'CwdChanged', 'DirectoryAdded', 'FileChanged', 'WorktreeRemove',
  'PreCompact', 'PostCompact', 'PreModelSwitch', 'PostModelSwitch', 'Elicitation', 'ElicitationResult', 'SessionEnd',
] as const;

/** Claude Code accepts only command (and mcp_tool) hooks on these. */
export const COMMAND_ONLY_EVENTS = new Set(['SessionStart', 'Setup']);

export type HookMode = 'http' | 'command';

/**
 * The handler for one event: a native http hook carrying the session token from MAESTRO_TOKEN, or
 * `command` (which runs `maestro hook`) in command mode and where Claude Code accepts no http hook.
 */
export function hookHandler(event: string, options: { mode: HookMode; serverUrl: string; command: string }): Record<string, unknown> {
  if (options.mode === 'http' && !COMMAND_ONLY_EVENTS.has(event)) {
    return {
      type: 'http',
      url: `${options.serverUrl.replace(/\/+$/, '')}/hooks/claude`,
      headers: { Authorization: 'Bearer $MAESTRO_TOKEN' },
      allowedEnvVars: ['MAESTRO_TOKEN'],
      timeout: 5,
    };
  }
  return commandHook(options.command);
}

/** A command hook: Claude Code runs `command` with the event on stdin and waits for it (at most 10 s). */
export function commandHook(command: string): Record<string, unknown> {
  return { type: 'command', command, timeout: 10 };
}
