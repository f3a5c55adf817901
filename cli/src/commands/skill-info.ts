import { defineCommand } from 'citty';
import { graphql } from '../gql/index.ts';
import { notFound } from '../lib/errors.ts';
import { nonEmpty } from '../lib/args.ts';
import { execute } from '../lib/client.ts';
import { printResult } from '../lib/output.ts';
import { sharedArgs } from './_shared.ts';

const SkillInfo = graphql(`
  query SklInfo($name: String!, $projectId: ID) {
    skill(name: $name, projectId: $projectId) {
      name
      version
      description
      assignTo
      capabilities
      dependencies
      contentHash
      scope
      path
      valid
      overrides { scope path version contentHash }
      issues { code field message }
      content
    }
  }
`);

export default defineCommand({
  meta: { name: 'info', description: 'Show one skill: version, content hash, scope, what it overrides, its problems and its SKILL.md' },
  args: {
    name: { type: 'positional', required: true, valueHint: 'name', description: 'The skill\'s name (from `maestro skill list`)' },
    project: { type: 'string', valueHint: 'id', description: 'Look in this project\'s skills too (<workingDir>/.maestro/skills)' },
    ...sharedArgs,
  },
  async run({ args }) {
    const projectId = nonEmpty(args.project, 'project') ?? null;
    const { skill } = await execute(args, SkillInfo, { name: args.name, projectId });
    if (!skill) throw notFound('Skill', args.name);
    printResult(args.json, skill, (s) => [
      `${s.name} ${s.version ?? '(no valid version)'}${s.valid ? '' : '  INVALID'}`,
      `  description   ${s.description ?? '-'}`,
      `  for           ${(s.assignTo ?? '-').toLowerCase()}`,
      `  capabilities  ${s.capabilities.join(', ') || '-'}`,
      `  dependencies  ${s.dependencies.join(', ') || '-'}`,
      `  content hash  sha256:${s.contentHash}`,
      `  scope         ${s.scope}  ${s.path}`,
      ...s.overrides.map((o) => `  overrides     ${o.scope} ${o.version ?? '?'}  ${o.path}`),
      ...(s.issues.length ? ['', 'Problems:', ...s.issues.map((i) => `  - ${i.message}`)] : []),
      '',
      s.content ?? '(no SKILL.md)',
    ]);
  },
});
