import { defineCommand } from 'citty';
// Local validation, no server: the same checks the server runs (see scripts/lint.ts for this exception).
import { SkillPathError, validateSkillPath } from '../../../src/skills/validate.ts';
import { EXIT, UsageError } from '../lib/errors.ts';
import { writeErr, writeOut } from '../lib/output.ts';
import { jsonArgs } from './_shared.ts';

export default defineCommand({
  meta: {
    name: 'validate',
    description: 'Check a skill directory (or a directory of skills) locally, no server needed; exit 1 listing every problem',
  },
  args: {
    path: { type: 'positional', required: false, valueHint: 'path', description: 'A skill directory, or a directory of skills (default: .)' },
    ...jsonArgs,
  },
  async run({ args }) {
    let skills;
    try {
      skills = validateSkillPath(args.path ?? '.', { userDir: process.env.MAESTRO_SKILLS_DIR || undefined });
    } catch (error) {
      if (error instanceof SkillPathError) throw new UsageError(error.message, 'Run `maestro skill validate --help`.');
      throw error;
    }
    const problems = skills.flatMap((s) => s.issues.map((i) => `${s.name}: ${i.message}`));
    if (args.json) {
      writeOut(
        JSON.stringify(
          problems.length
            ? { ok: false, error: { code: 'SKILL_INVALID', message: problems.join('\n') } }
            : { ok: true, data: { skills: skills.map(({ name, path, version, contentHash }) => ({ name, path, version, contentHash })) } },
        ),
      );
    } else {
      for (const s of skills) writeOut(`${s.valid ? 'ok     ' : 'INVALID'} ${s.name} ${s.version ?? ''}`.trimEnd() + `  ${s.path}`);
      if (problems.length) {
        writeErr([`maestro: ${problems.length} problem${problems.length > 1 ? 's' : ''}:`, ...problems.map((p) => `  - ${p}`)].join('\n'));
      }
    }
    return problems.length ? EXIT.FAILED : EXIT.OK;
  },
});
