/**
 * Every command the bundled skills and the composed prompt ask an agent to run must be one Claude
 * Code runs in `-p` mode under the session's `Bash(maestro *)` rule: its permission checker refuses
 * any command with a variable expansion or a command substitution in it, even under a matching rule.
 * And each must be a real `maestro` command line: a command of the CLI's table, options it defines,
 * no more positional arguments than it takes (checked against the commands' citty definitions).
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { ArgsDef, CommandDef } from 'citty';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands as commandTable, type CommandName } from '../../cli/src/main.ts';
import { BUNDLED_SKILLS_DIR } from '../../src/skills/scopes.ts';
import { seed, spawnOne } from '../runner/helpers.ts';
import { startServer, stopAllServers, type TestServer } from '../helpers/server.ts';

const BUNDLED = ['maestro-cli', 'maestro-orchestrator', 'maestro-worker'];

/** Command lines starting with `maestro`: lines of code blocks (without a trailing `# comment`) and inline code spans. */
function commandLines(markdown: string): string[] {
  const lines: string[] = [];
  let inBlock = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*```/.test(line)) {
      inBlock = !inBlock;
      continue;
    }
    if (inBlock) {
      if (/^\s*maestro(\s|$)/.test(line)) lines.push(line.replace(/\s+#\s.*$/, '').trim());
    } else for (const m of line.matchAll(/`(maestro\s[^`]+)`/g)) lines.push(m[1]!.trim());
  }
  return [...new Set(lines)];
}

/** What Claude Code's checker refuses: `$VAR`, `${…}`, `$(…)`, backticks. */
const refusedBy = (line: string) => (/[$`]/.test(line) ? 'a variable expansion or command substitution ($ or a backtick)' : null);

/** Shell words, with '…' and "…" quoting (enough for documentation lines; no expansions are allowed anyway). */
function words(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) out.push(m[1] ?? m[2] ?? m[3]!);
  return out;
}

/** Why `line` is not a valid maestro command line (null when it is). */
async function misuse(line: string): Promise<string | null> {
  const argv = words(line).slice(1);
  const name = ([argv.slice(0, 2).join(' '), argv[0] ?? ''] as string[]).find((n): n is CommandName => n in commandTable);
  if (!name) return `no command "${argv.slice(0, 2).join(' ')}"`;
  const command = (await commandTable[name]()) as CommandDef<ArgsDef>;
  const args = (typeof command.args === 'function' ? await command.args() : (command.args ?? {})) as ArgsDef;
  const options = new Map<string, ArgsDef[string]>();
  for (const [key, def] of Object.entries(args)) {
    if (def.type === 'positional') continue;
    options.set(key, def);
    for (const alias of [(def as { alias?: string | string[] }).alias ?? []].flat()) options.set(alias, def);
  }
  const positionalSlots = Object.values(args).filter((d) => d.type === 'positional').length;
  // `subtask add` takes any number of titles (one positional, read from the raw arguments).
  const variadic = name === 'subtask add';
  let positionals = 0;
  const rest = argv.slice(name.split(' ').length);
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i]!;
    if (token.startsWith('-')) {
      const [flag] = token.replace(/^--?/, '').split('=');
      const def = options.get(flag!);
      if (!def) return `maestro ${name} has no option --${flag}`;
      if (def.type !== 'boolean' && !token.includes('=')) {
        if (rest[i + 1] === undefined) return `--${flag} needs a value`;
        i++;
      }
    } else positionals++;
  }
  if (!variadic && positionals > positionalSlots) return `maestro ${name} takes ${positionalSlots} positional argument(s), got ${positionals}`;
  for (const [key, def] of Object.entries(args)) {
    if (def.type !== 'positional' && def.required && !rest.some((t) => t === `--${key}` || t.startsWith(`--${key}=`))) return `--${key} is required`;
  }
  return null;
}

const skillLines = BUNDLED.flatMap((skill) => commandLines(readFileSync(join(BUNDLED_SKILLS_DIR, skill, 'SKILL.md'), 'utf8')).map((line) => ({ source: skill, line })));

describe('the checks below', () => {
  it('should find command lines in code blocks and inline code, without comments', () => {
    const md = ['Run `maestro task show` then `maestro subtask add "x"`.', '```sh', 'maestro task list --status TODO   # mine', 'echo maestro', '```'].join('\n');
    expect(commandLines(md)).toEqual(['maestro task show', 'maestro subtask add "x"', 'maestro task list --status TODO']);
  });

  it('should refuse what Claude Code refuses', () => {
    expect(refusedBy('maestro task list --project "$MAESTRO_PROJECT_ID"')).not.toBeNull();
    expect(refusedBy('maestro task show $(cat id)')).not.toBeNull();
    expect(refusedBy('maestro task show `cat id`')).not.toBeNull();
    expect(refusedBy('maestro task show TASK_ID')).toBeNull();
  });

  it('should tell a wrong command line from a right one', async () => {
    expect(await misuse('maestro task show TASK_ID')).toBeNull();
    expect(await misuse('maestro task update --status DONE')).toBeNull();
    expect(await misuse('maestro task frobnicate')).toMatch(/no command/);
    expect(await misuse('maestro task show --colour red')).toMatch(/no option --colour/);
    expect(await misuse('maestro task show A B')).toMatch(/positional/);
    expect(await misuse('maestro session spawn --task')).toMatch(/needs a value/);
  });
});

describe('the bundled skills', () => {
  it('should ask for commands (the extraction found them)', () => {
    expect(skillLines.length).toBeGreaterThan(20);
  });

  it.each(skillLines.map((c) => [c.source, c.line]))('%s: `%s` runs under Bash(maestro *) and is a real command', async (_source, line) => {
    expect(refusedBy(line)).toBeNull();
    expect(await misuse(line)).toBeNull();
  });
});

describe('the composed prompt', () => {
  let server: TestServer;
  let prompts: { role: string; prompt: string; manifestPath: string }[] = [];

  beforeAll(async () => {
    server = await startServer({ args: ['--no-runner'] });
    const { projectId, taskId } = await seed(server, 'Prompt');
    for (const role of ['WORKER', 'ORCHESTRATOR'] as const) {
      const spawned = await spawnOne(server, { projectId, taskIds: [taskId], role });
      const manifest = JSON.parse(readFileSync(spawned.manifestPath, 'utf8')) as { prompt: string };
      prompts.push({ role, prompt: manifest.prompt, manifestPath: spawned.manifestPath });
    }
  }, 120_000);
  afterAll(async () => {
    prompts = [];
    await stopAllServers();
  });

  it('should name no variable and give the manifest by its absolute path', () => {
    expect(prompts).toHaveLength(2);
    for (const { role, prompt, manifestPath } of prompts) {
      expect(prompt, role).not.toMatch(/\$/);
      expect(isAbsolute(manifestPath)).toBe(true);
      expect(prompt, role).toContain(manifestPath);
    }
  });

  it('should ask only for commands that run under Bash(maestro *) and exist', async () => {
    for (const { role, prompt } of prompts) {
      const lines = commandLines(prompt);
      expect(lines.length, role).toBeGreaterThan(0);
      for (const line of lines) {
        expect(refusedBy(line), `${role}: ${line}`).toBeNull();
        expect(await misuse(line), `${role}: ${line}`).toBeNull();
      }
    }
  });
});
