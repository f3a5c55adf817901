import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, stopAllServers, tempDir } from '../helpers/server.ts';
import { buildHookBundle, maestro } from './cli.ts';
import { createSession, fixture, storedHooks } from './helpers.ts';

beforeAll(() => {
  buildHookBundle();
});
afterAll(() => stopAllServers());

const userSettings = {
  model: 'opus',
  permissions: { allow: ['Bash(npm test:*)'] },
  hooks: {
    PreToolUse: [{ matcher: 'Bash', hooks: [{ type: 'command', command: './scripts/guard.sh' }] }],
    Stop: [{ hooks: [{ type: 'command', command: 'say done' }] }],
    WorktreeCreate: [{ hooks: [{ type: 'command', command: './make-worktree.sh' }] }],
  },
};

type Handler = { type: string; url?: string; command?: string; headers?: Record<string, string>; allowedEnvVars?: string[] };
type Settings = { hooks: Record<string, { matcher?: string; hooks: Handler[] }[]> } & Record<string, unknown>;
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Settings;
const handlers = (s: Settings, event: string) => (s.hooks[event] ?? []).flatMap((g) => g.hooks);

describe('maestro hooks install', () => {
  it('should merge http hooks for every event, command hooks for SessionStart and Setup, and keep the user\'s settings', async () => {
    const dir = tempDir('maestro-install-');
    const file = join(dir, 'settings.json');
    writeFileSync(file, JSON.stringify(userSettings, null, 2));
    const run = await maestro(['hooks', 'install', '--settings', file, '--server', 'http://127.0.0.1:4555', '--hook-command', 'maestro hook']);
    expect(run.code, run.stderr).toBe(0);
    const s = read(file);
    expect(s.model).toBe('opus');
    expect(s.permissions).toEqual(userSettings.permissions);
    expect(Object.keys(s.hooks).sort()).toHaveLength(33); // 32 events + the user's WorktreeCreate
    expect(handlers(s, 'PreToolUse')).toEqual([
      { type: 'command', command: './scripts/guard.sh' },
      { type: 'http', url: 'http://127.0.0.1:4555/hooks/claude', headers: { Authorization: 'Bearer $MAESTRO_TOKEN' }, allowedEnvVars: ['MAESTRO_TOKEN'], timeout: 5 },
    ]);
    expect(handlers(s, 'Stop').map((h) => h.type)).toEqual(['command', 'http']);
    expect(handlers(s, 'SessionStart')).toEqual([{ type: 'command', command: 'maestro hook', timeout: 10 }]);
    expect(handlers(s, 'Setup')).toEqual([{ type: 'command', command: 'maestro hook', timeout: 10 }]);
    expect(handlers(s, 'WorktreeCreate')).toEqual([{ type: 'command', command: './make-worktree.sh' }]);
    expect(handlers(s, 'SessionEnd')[0]?.type).toBe('http');
    // The model a session runs on changes only through these (SessionStart at startup names none).
    expect(handlers(s, 'PreModelSwitch').map((h) => h.type)).toEqual(['http']);
    expect(handlers(s, 'PostModelSwitch').map((h) => h.type)).toEqual(['http']);
  });

  it('should be idempotent, switch modes without duplicates, and write nothing on --dry-run', async () => {
    const dir = tempDir('maestro-install-');
    const file = join(dir, 'settings.json');
    writeFileSync(file, JSON.stringify(userSettings, null, 2));
    await maestro(['hooks', 'install', '--settings', file]);
    const once = readFileSync(file, 'utf8');
    const again = await maestro(['hooks', 'install', '--settings', file]);
    expect(again.stdout).toContain('nothing to change');
    expect(readFileSync(file, 'utf8')).toBe(once);

    const dry = await maestro(['hooks', 'install', '--command', '--settings', file, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('dry run, nothing written');
    expect(dry.stdout).toContain('~ PreToolUse');
    expect(readFileSync(file, 'utf8')).toBe(once);

    await maestro(['hooks', 'install', '--command', '--settings', file]);
    const s = read(file);
    for (const event of Object.keys(s.hooks).filter((e) => e !== 'WorktreeCreate')) {
      const ours = handlers(s, event).filter((h) => h.type === 'http' || h.command?.includes('maestro-hook'));
      expect({ event, ours: ours.map((h) => h.type) }).toEqual({ event, ours: ['command'] });
    }
    expect(handlers(s, 'PreToolUse')[0]).toEqual({ type: 'command', command: './scripts/guard.sh' });
  });

  it('should write the project or the user settings by --scope', async () => {
    const project = tempDir('maestro-install-');
    const home = tempDir('maestro-home-');
    await maestro(['hooks', 'install'], { cwd: project, env: { HOME: home } });
    expect(existsSync(join(project, '.claude', 'settings.json'))).toBe(true);
    expect(existsSync(join(home, '.claude', 'settings.json'))).toBe(false);
    await maestro(['hooks', 'install', '--scope', 'user'], { cwd: project, env: { HOME: home } });
    expect(Object.keys(read(join(home, '.claude', 'settings.json')).hooks)).toHaveLength(32);
    const bad = await maestro(['hooks', 'install', '--scope', 'team'], { cwd: project });
    expect(bad.code).toBe(2);
    mkdirSync(join(project, 'broken', '.claude'), { recursive: true });
    writeFileSync(join(project, 'broken', '.claude', 'settings.json'), '{ not json');
    const broken = await maestro(['hooks', 'install'], { cwd: join(project, 'broken') });
    expect(broken.code).toBe(1);
    expect(readFileSync(join(project, 'broken', '.claude', 'settings.json'), 'utf8')).toBe('{ not json');
  });

  it('should install a command hook that really delivers to the server', async () => {
    const server = await startServer();
    const session = await createSession(server);
    const dir = tempDir('maestro-install-');
    const file = join(dir, 'settings.json');
    await maestro(['hooks', 'install', '--command', '--settings', file]);
    const command = handlers(read(file), 'SessionStart')[0]!.command!;
    const body = JSON.stringify(fixture('SessionStart.startup'));
    execFileSync('sh', ['-c', command], {
      input: body,
      env: { ...process.env, MAESTRO_SERVER_URL: server.url, MAESTRO_TOKEN: session.token, MAESTRO_DATA_DIR: dir },
    });
    expect(storedHooks(server).map((r) => r.payload)).toEqual([body]);
  });
});
