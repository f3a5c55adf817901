import { defineCommand } from 'citty';
// Local validation, no server: the same checks the server runs (see scripts/lint.ts for this exception).
import { SkillPathError, validateLoadedScopes, validateSkillPath } from '../../../src/skills/validate.ts';
import { EXIT, UsageError } from '../lib/errors.ts';
import { writeErr, writeOut } from '../lib/output.ts';
import { jsonArgs } from './_shared.ts';

export default defineCommand({
  meta: {
    name: 'validate',
    description: 'Check a skill directory (or a directory of skills) locally, no server needed; exit 1 listing every problem',
  },
  args: {
    path: { type: 'positional', required: false, valueHint: 'path', description: 'A skill directory, or a directory of skills (default: the scopes sessions load: bundled skills/, the user\'s skills dir (MAESTRO_SKILLS_DIR), ./.maestro/skills)' },
    ...jsonArgs,
  },
  async run({ args }) {
    let skills;
    const userDir = process.env.MAESTRO_SKILLS_DIR || undefined;
    // No PATH: the scopes sessions load (bundled, the user's, this directory's .maestro/skills),
    // not every directory under "." (from the repository root that would be bench/, bin/, cli/…).
    const loaded = args.path === undefined ? validateLoadedScopes({ userDir, workingDir: process.cwd() }) : null;
    if (loaded && !args.json) {
      writeErr(`maestro: checked ${loaded.scopes.filter((s) => s.dir).map((s) => `${s.scope.toLowerCase()} ${s.dir}${s.exists ? '' : ' (none)'}`).join(', ')}`);
    }
    try {
      skills = loaded ? loaded.skills : validateSkillPath(args.path!, { userDir });
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
