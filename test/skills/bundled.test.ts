/**
 * The bundled skills validate, and every `maestro …` command they tell an agent to run exists:
 * each command line found in their SKILL.md files must answer `maestro <command> --help` with 0.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/skills/catalog.ts';
import { resolveSkills } from '../../src/skills/resolve.ts';
import { BUNDLED_SKILLS_DIR } from '../../src/skills/scopes.ts';
import { ROOT } from '../helpers/server.ts';

const BUNDLED = ['maestro-cli', 'maestro-orchestrator', 'maestro-worker'];
const catalog = loadCatalog([{ scope: 'BUNDLED', dir: BUNDLED_SKILLS_DIR }]);

/**
 * The command path of every `maestro …` in a SKILL.md: in code blocks (lines starting with
 * `maestro`) and in inline code. The path is the leading lowercase words (at most two: group and
 * command); it stops at an option, a placeholder (UPPER_CASE), a quote or a variable.
 */
function commandsIn(markdown: string): string[] {
  const lines: string[] = [];
  let inBlock = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*```/.test(line)) {
      inBlock = !inBlock;
      continue;
    }
    if (inBlock && /^\s*(\$\s+)?maestro\s/.test(line)) lines.push(line.replace(/^\s*(\$\s+)?/, ''));
    if (!inBlock) for (const m of line.matchAll(/`(maestro\s[^`]*)`/g)) lines.push(m[1]!);
  }
  return [
    ...new Set(
      lines.map((l) => {
        const words: string[] = [];
        for (const token of l.split(/\s+/).slice(1)) {
          if (words.length === 2 || !/^[a-z][a-z-]*$/.test(token)) break;
          words.push(token);
        }
        return words.join(' ');
      }),
    ),
  ];
}

describe('the bundled skills', () => {
  it('should all be present and valid', () => {
    expect(catalog.skills.map((s) => s.name)).toEqual(BUNDLED);
    for (const skill of catalog.skills) expect(skill.issues, `${skill.name}: ${JSON.stringify(skill.issues)}`).toEqual([]);
  });

  it('should resolve for both roles', () => {
    expect(resolveSkills(catalog, 'worker', []).map((s) => s.name)).toEqual(['maestro-cli', 'maestro-worker']);
    expect(resolveSkills(catalog, 'orchestrator', []).map((s) => s.name)).toEqual(['maestro-cli', 'maestro-orchestrator']);
  });

  it('should extract command paths the way the check below relies on', () => {
    const md = [
      'Run `maestro task show TASK_ID` first, then `maestro subtask add "x"`.',
      '```sh',
      'maestro session spawn --task T --role worker   # comment',
      '$ maestro events tail --follow',
      'echo maestro not-a-command',
      '```',
      '`maestro --help`',
    ].join('\n');
    expect(commandsIn(md)).toEqual(['task show', 'subtask add', 'session spawn', 'events tail', '']);
  });

  const commands = [...new Set(BUNDLED.flatMap((name) => commandsIn(readFileSync(join(BUNDLED_SKILLS_DIR, name, 'SKILL.md'), 'utf8'))))].sort();

  it('should name maestro commands (the extraction found them)', () => {
    expect(commands).toEqual(expect.arrayContaining(['task show', 'subtask add', 'subtask done', 'session spawn', 'skill list']));
  });

  it.each(commands.map((c) => [c]))('should name an existing command: maestro %s --help exits 0', (command) => {
    const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'maestro.js'), ...command.split(' ').filter(Boolean), '--help'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 90_000, // a hang bound: on two shared cores one tsx start-up alone has taken over 30 s
    });
    expect(result.status, `maestro ${command} --help\n${result.stdout}\n${result.stderr}`).toBe(0);
  });
});
