import { defineCommand } from 'citty';
import { graphql } from '../gql/index.ts';
import { enumArg, nonEmpty } from '../lib/args.ts';
import { execute } from '../lib/client.ts';
import { printResult, table, truncate } from '../lib/output.ts';
import { sharedArgs } from './_shared.ts';

const ROLES = ['WORKER', 'ORCHESTRATOR'] as const;

const SkillList = graphql(`
  query SklList($role: SkillRole, $projectId: ID) {
    skills(role: $role, projectId: $projectId) {
      name
      version
      description
      assignTo
      scope
      path
      contentHash
      dependencies
      valid
      overrides { scope path }
      issues { code field message }
    }
    skillScopes(projectId: $projectId) { scope path exists skillNames }
  }
`);

export default defineCommand({
  meta: { name: 'list', description: 'List the skills sessions can get (after overrides), invalid ones with their problems' },
  args: {
    role: { type: 'string', valueHint: 'worker|orchestrator', description: 'Only skills a session of this role gets or may request' },
    project: { type: 'string', valueHint: 'id', description: 'Include this project\'s skills (<workingDir>/.maestro/skills)' },
    ...sharedArgs,
  },
  async run({ args }) {
    const role = enumArg(args.role, 'role', ROLES) ?? null;
    const projectId = nonEmpty(args.project, 'project') ?? null;
    const data = await execute(args, SkillList, { role, projectId });
    printResult(args.json, { skills: data.skills, scopes: data.skillScopes }, (d) => {
      const rows = d.skills.map((s) => [
        s.name,
        s.version ?? '-',
        s.scope + (s.overrides.length ? ` (overrides ${s.overrides.map((o) => o.scope).join(', ')})` : ''),
        (s.assignTo ?? '-').toLowerCase(),
        s.valid ? truncate(s.description ?? '', 70) : `INVALID: ${s.issues.length} problem${s.issues.length > 1 ? 's' : ''} (maestro skill info ${s.name})`,
      ]);
      const scopes = d.scopes.map((s) => `  ${s.scope.padEnd(8)} ${s.path ?? '(no project working directory)'}${s.path && !s.exists ? ' (does not exist)' : ''}`);
      return [
        d.skills.length ? table(['NAME', 'VERSION', 'SCOPE', 'FOR', 'DESCRIPTION'], rows) : 'No skills.',
        '',
        'Scopes, later overriding earlier:',
        ...scopes,
      ];
    });
  },
});
