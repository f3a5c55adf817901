/**
 * Agent profiles: the only command lines Maestro ever runs for a spawned session.
 *
 * A client names a profile (`spawnSession(input: { agent: "claude" })`); the command behind the name
 * comes from server configuration only — the built-in `claude` profile, `<data-dir>/agents.json` and
 * `--agent NAME=COMMAND` flags (src/agents/load.ts). Nothing a client sends becomes part of a command
 * line: prompt, model and the rest reach the agent through its environment (src/runner/runner.ts).
 */

import type { AgentCommand } from '../runner/process.ts';

/**
 * How a profile's agent is started (AgentCommand, defined with the launcher). An array is an argv,
 * executed directly (no shell parses it); a string is a command line, run by /bin/sh so it may use
 * variables (`"$MAESTRO_PROMPT"`), `VAR=x cmd` prefixes and `${MAESTRO_MODEL:+…}` — written by
 * whoever configures the server, never by a client.
 */
export type { AgentCommand };

export type AgentProfile = { name: string; command: AgentCommand; description: string };

/** Names are identifiers on a command line and in a URL-ish API: short, no spaces, no shell characters. */
export const PROFILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const PROFILE_NAME_RULE = 'letters, digits, ".", "_" and "-", starting with a letter or digit, at most 64 characters';

/** Claude Code, headless, with the session's settings, skills, model and composed prompt (all from the environment). */
export const CLAUDE_PROFILE: AgentProfile = {
  name: 'claude',
  command:
    'claude -p --settings "$MAESTRO_SETTINGS_PATH" --plugin-dir "$MAESTRO_PLUGIN_DIR" ${MAESTRO_MODEL:+--model "$MAESTRO_MODEL"} -- "$MAESTRO_PROMPT"',
  description: 'Claude Code, headless (claude -p), with the session\'s hooks, skills, model and prompt.',
};

/** The configured profiles and the one used when a spawn request names none. */
export class AgentProfiles {
  readonly defaultName: string;
  private readonly byName: ReadonlyMap<string, AgentProfile>;

  constructor(profiles: Iterable<AgentProfile>, defaultName: string) {
    this.byName = new Map([...profiles].map((p) => [p.name, p]));
    if (!this.byName.has(defaultName)) throw new Error(`the default agent profile "${defaultName}" is not defined (profiles: ${this.names().join(', ')})`);
    this.defaultName = defaultName;
  }

  names(): string[] {
    return [...this.byName.keys()].sort();
  }

  list(): AgentProfile[] {
    return this.names().map((name) => this.byName.get(name)!);
  }

  /** The profile called `name` (the default when empty), or undefined when none is configured by that name. */
  find(name: string | null | undefined): AgentProfile | undefined {
    return this.byName.get(name || this.defaultName);
  }
}

/** Only the built-in profile: what a server without agents.json and --agent flags offers. */
export const builtinProfiles = () => new AgentProfiles([CLAUDE_PROFILE], CLAUDE_PROFILE.name);
