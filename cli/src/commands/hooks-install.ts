import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { defineCommand } from 'citty';
import { HOOK_EVENTS, mergeHooks, type Settings } from '../hook/install.ts';
import { CliError, UsageError } from '../lib/errors.ts';
import { printResult } from '../lib/output.ts';
import { jsonArgs } from './_shared.ts';
import { REPO_ROOT } from '../../../src/client/repo-root.ts';

/** The bundled hook next to bin/maestro.js: an absolute command works without `maestro` on PATH. */
const DEFAULT_COMMAND = `node "${join(REPO_ROOT, 'bin', 'maestro-hook.mjs')}"`;

export default defineCommand({
  meta: {
    name: 'install',
    description: `Write Claude Code hooks for ${HOOK_EVENTS.length} events into settings.json (merged with what is there, idempotent): native http hooks where Claude Code delivers them, \`maestro hook\` for SessionStart and Setup`,
  },
  args: {
    http: { type: 'boolean', description: 'Native http hooks where possible (default)' },
    command: { type: 'boolean', description: '`maestro hook` for every event (spools while the server is down)' },
    scope: { type: 'string', valueHint: 'project|user', description: 'project: ./.claude/settings.json (default); user: ~/.claude/settings.json' },
    settings: { type: 'string', valueHint: 'file', description: 'Write this settings file instead of the scope\'s' },
    'dry-run': { type: 'boolean', description: 'Print the change and the resulting hooks; write nothing' },
    server: { type: 'string', valueHint: 'url', description: 'Server URL the hooks report to, http and command hooks alike (env MAESTRO_SERVER_URL; default http://127.0.0.1:4000, for command hooks MAESTRO_SERVER_URL when they run)' },
    'hook-command': { type: 'string', valueHint: 'cmd', description: `Command for command hooks (default: ${DEFAULT_COMMAND})` },
    ...jsonArgs,
  },
  async run({ args }) {
    if (args.http && args.command) throw new UsageError('Give --http or --command, not both.');
    const scope = args.scope ?? 'project';
    if (scope !== 'project' && scope !== 'user') throw new UsageError(`--scope must be project or user (got "${scope}").`);
    const file = args.settings
      ? resolve(args.settings)
      : scope === 'user'
        ? join(process.env.HOME || homedir(), '.claude', 'settings.json')
        : join(process.cwd(), '.claude', 'settings.json');
    let current: Settings = {};
    if (existsSync(file)) {
      try {
        const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not a JSON object');
        current = parsed as Settings;
      } catch (error) {
        throw new CliError('SETTINGS_INVALID', `${file} is not valid settings JSON (${(error as Error).message}); fix it first, nothing was written.`);
      }
    }
    const chosenServer = args.server || process.env.MAESTRO_SERVER_URL || '';
    if (chosenServer && !/^https?:\/\/[^\s'"]+$/.test(chosenServer)) {
      throw new UsageError(`--server must be an http(s) URL such as http://127.0.0.1:4000 (got "${chosenServer}").`);
    }
    const { settings, changes } = mergeHooks(current, {
      mode: args.command ? 'command' : 'http',
      serverUrl: chosenServer || 'http://127.0.0.1:4000',
      // The command hooks report to the chosen server too, not to whatever MAESTRO_SERVER_URL says
      // (or the default port) when Claude Code runs them.
      command: args['hook-command'] || (chosenServer ? `MAESTRO_SERVER_URL='${chosenServer.replace(/\/+$/, '')}' ${DEFAULT_COMMAND}` : DEFAULT_COMMAND),
    });
    const changed = changes.filter((c) => c.action !== 'keep');
    const dryRun = Boolean(args['dry-run']);
    if (!dryRun && changed.length > 0) {
      mkdirSync(dirname(file), { recursive: true });
      const tmp = `${file}.maestro-tmp`;
      writeFileSync(tmp, `${JSON.stringify(settings, null, 2)}\n`);
      renameSync(tmp, file);
    }
    printResult(args.json, { file, dryRun, written: !dryRun && changed.length > 0, changes: changed, hooks: settings.hooks }, (r) => {
      if (r.changes.length === 0) return `${r.file}: Maestro hooks already installed for ${HOOK_EVENTS.length} events; nothing to change.`;
      const lines = r.changes.map((c) => `  ${c.action === 'add' ? '+' : '~'} ${c.event}`);
      const head = r.dryRun ? `Would change ${r.file} (dry run, nothing written):` : `Changed ${r.file}:`;
      return [head, ...lines, ...(r.dryRun ? ['', 'Resulting "hooks":', JSON.stringify(r.hooks, null, 2)] : [])];
    });
  },
});
