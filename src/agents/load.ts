/**
 * Reads the agent profiles of a server from its configuration, at start-up:
 *
 *   1. the built-in `claude` profile;
 *   2. `<data-dir>/agents.json`, when it exists:
 *        { "default": "fake",
 *          "profiles": { "fake": { "command": ["node", "/path/agent.mjs"], "description": "…" },
 *                        "claude-opus": { "command": "claude -p --model opus \"$MAESTRO_PROMPT\"" } } }
 *   3. `--agent NAME=COMMAND` flags (a command line each), which override a profile of the same name;
 *   4. the default: `--default-agent NAME`, else the file's "default", else `claude`.
 *
 * Every mistake is one AgentConfigError line naming the file or flag, so the server refuses to start
 * rather than fail at the first spawn.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AgentProfiles, CLAUDE_PROFILE, PROFILE_NAME, PROFILE_NAME_RULE, type AgentProfile } from './profiles.ts';

export class AgentConfigError extends Error {}

export const agentsFilePath = (dataDir: string) => join(dataDir, 'agents.json');

const CommandSchema = z.union(
  [
    z.string().trim().min(1, 'command must not be empty'),
    z.array(z.string().min(1, 'argv entries must not be empty')).min(1, 'command must not be empty'),
  ],
  { error: 'command must be a command line (string) or an argv (array of strings)' },
);

const AgentsFileSchema = z.strictObject({
  default: z.string().regex(PROFILE_NAME, `a profile name (${PROFILE_NAME_RULE})`).optional(),
  // Names are checked after parsing (below): zod's record-key issue does not carry our message.
  profiles: z.record(z.string(), z.strictObject({ command: CommandSchema, description: z.string().max(500).optional() })),
});

function readAgentsFile(path: string): z.infer<typeof AgentsFileSchema> | null {
  if (!existsSync(path)) return null;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new AgentConfigError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = AgentsFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? issue.path.map(String).join('.') : '(top level)';
    throw new AgentConfigError(`${path}: ${where}: ${issue.message}`);
  }
  for (const name of Object.keys(parsed.data.profiles)) {
    if (!PROFILE_NAME.test(name)) throw new AgentConfigError(`${path}: profiles.${name}: profile names are ${PROFILE_NAME_RULE}`);
  }
  return parsed.data;
}

/** `NAME=COMMAND` of an --agent flag. */
export function parseAgentFlag(value: string): AgentProfile {
  const eq = value.indexOf('=');
  const name = eq < 0 ? value : value.slice(0, eq);
  const command = eq < 0 ? '' : value.slice(eq + 1).trim();
  if (!PROFILE_NAME.test(name)) throw new AgentConfigError(`Invalid --agent "${value.slice(0, 80)}": use NAME=COMMAND, NAME made of ${PROFILE_NAME_RULE}.`);
  if (!command) throw new AgentConfigError(`Invalid --agent "${value.slice(0, 80)}": the command after "${name}=" is empty.`);
  return { name, command, description: '' };
}

export function loadAgentProfiles(options: { dataDir: string; flags: string[]; defaultName?: string | null }): AgentProfiles {
  const profiles = new Map<string, AgentProfile>([[CLAUDE_PROFILE.name, CLAUDE_PROFILE]]);
  const path = agentsFilePath(options.dataDir);
  const file = readAgentsFile(path);
  for (const [name, p] of Object.entries(file?.profiles ?? {})) profiles.set(name, { name, command: p.command, description: p.description ?? '' });
  for (const flag of options.flags) {
    const profile = parseAgentFlag(flag);
    profiles.set(profile.name, profile);
  }
  const defaultName = options.defaultName || file?.default || CLAUDE_PROFILE.name;
  if (!profiles.has(defaultName)) {
    const from = options.defaultName ? '--default-agent' : `"default" in ${path}`;
    throw new AgentConfigError(`Invalid ${from} "${defaultName}": no such agent profile (profiles: ${[...profiles.keys()].sort().join(', ')}).`);
  }
  return new AgentProfiles(profiles.values(), defaultName);
}
