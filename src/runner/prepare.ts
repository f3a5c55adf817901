/**
 * Prepares a spawned session's private directory (written by spawnSession with manifest.json and
 * token) for the agent:
 *
 *   <sessionDir>/claude-plugin/.claude-plugin/plugin.json   a session-private Claude Code plugin …
 *   <sessionDir>/claude-plugin/skills/<name>/               … holding the session's skills (copied)
 *   <sessionDir>/settings.json                              hooks reporting to this server, and the
 *                                                           permissions the protocol needs (src/client/claude-permissions.ts)
 *   <sessionDir>/bin/maestro                                the CLI, put first on the agent's PATH
 *
 * Claude Code gets them with `--settings <settings.json> --plugin-dir <claude-plugin>`: nothing in the
 * user's ~/.claude or the project's .claude is touched. Preparing twice gives the same result.
 */
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { permissionsSettings, type PermissionMode } from '../client/claude-permissions.ts';
import { commandHook, HOOK_EVENTS } from '../client/claude-hooks.ts';
import { hashSkillDir } from '../client/content-hash.ts';
import { SHELL_HOOK_COMMAND } from '../client/spool.ts';
import type { AgentCommand } from './process.ts';
import { REPO_ROOT } from '../client/repo-root.ts';

export { REPO_ROOT };

export type Manifest = {
  sessionId: string;
  projectId: string;
  parentSessionId: string | null;
  role: 'worker' | 'orchestrator';
  serverUrl: string;
  tasks: { id: string; title: string }[];
  skills: { name: string; version: string; contentHash: string; scope: string; source: string }[];
  /** The agent profile the server resolved at spawn time (manifest version 2; version 1 had a client-given command line). */
  agent: { profile: string; command: AgentCommand } | string | null;
  model: string | null;
  cwd: string | null;
  /** Claude Code's permission mode asked for at spawn time (null: Claude Code's default). */
  permissionMode?: PermissionMode | null;
  prompt: string;
};

export type Prepared = {
  manifest: Manifest;
  manifestPath: string;
  token: string;
  settingsPath: string;
  pluginDir: string;
  binDir: string;
  outputPath: string;
};

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * The hooks section: every event runs the shell hook (SHELL_HOOK_COMMAND), which only writes the
 * event to the data directory's spool, durably, for this host's runner to send. Not http hooks:
 * Claude Code drops an http hook's event when the server is down and waits out its timeout when the
 * server hangs; and not a Node command, whose start-up alone (~50 ms) would be paid on every event,
 * and which Claude Code kills before it reads its input for StopFailure (it does not wait for that
 * event's hooks). The runner gives the agent MAESTRO_DATA_DIR, MAESTRO_TOKEN and MAESTRO_SERVER_URL.
 */
export function hooksSettings() {
  const hooks = Object.fromEntries(HOOK_EVENTS.map((event) => [event, [{ hooks: [commandHook(SHELL_HOOK_COMMAND)] }]]));
  return { hooks };
}

export function prepareSession(sessionDir: string): Prepared {
  const manifestPath = join(sessionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const token = readFileSync(join(sessionDir, 'token'), 'utf8').trim();

  // Skills: a session-private plugin directory, rebuilt from the recorded sources.
  const pluginDir = join(sessionDir, 'claude-plugin');
  rmSync(join(pluginDir, 'skills'), { recursive: true, force: true });
  mkdirSync(join(pluginDir, '.claude-plugin'), { recursive: true });
  writeFileSync(
    join(pluginDir, '.claude-plugin', 'plugin.json'),
    `${JSON.stringify({ name: 'maestro-session', version: '1.0.0', description: `Skills Maestro installed for session ${manifest.sessionId}` }, null, 2)}\n`,
  );
  for (const skill of manifest.skills) {
    if (!existsSync(skill.source)) throw new Error(`skill ${skill.name} ${skill.version}: its directory ${skill.source} is gone`);
    const copy = join(pluginDir, 'skills', skill.name);
    cpSync(skill.source, copy, { recursive: true, dereference: true });
    // The manifest (and Session.skills) pin this exact content: an edit since the spawn would give the
    // agent something the API does not report, so the launch fails instead.
    const copied = hashSkillDir(copy);
    if (copied !== skill.contentHash) {
      throw new Error(
        `skill ${skill.name} ${skill.version} changed since the session was spawned (content hash ${skill.contentHash.slice(0, 12)} pinned, ${copied.slice(0, 12)} found in ${skill.source}): spawn the session again to use the current files`,
      );
    }
  }

  const binDir = join(sessionDir, 'bin');
  mkdirSync(binDir, { recursive: true });
  const maestroBin = join(binDir, 'maestro');
  writeFileSync(maestroBin, `#!/bin/sh\nexec ${quote(process.execPath)} ${quote(join(REPO_ROOT, 'bin', 'maestro.js'))} "$@"\n`);
  chmodSync(maestroBin, 0o755);

  const settingsPath = join(sessionDir, 'settings.json');
  // One file: a second --settings would replace the first, not merge with it.
  const settings = { permissions: permissionsSettings(manifest.permissionMode), ...hooksSettings() };
  writeFileSync(settingsPath, `${JSON.stringify(settings, null, 2)}\n`, { mode: 0o600 });
  return { manifest, manifestPath, token, settingsPath, pluginDir, binDir, outputPath: join(sessionDir, 'output.log') };
}
