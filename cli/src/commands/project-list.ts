import { defineCommand } from 'citty';
import { graphql } from '../gql/index.ts';
import { intArg } from '../lib/args.ts';
import { execute } from '../lib/client.ts';
import { nextPageLine, printResult } from '../lib/output.ts';
import { projectTable } from '../lib/render.ts';
import { pageArgs, sharedArgs } from './_shared.ts';

const ProjectList = graphql(`
  query CliProjectList($first: Int!, $after: String) {
    projects(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...CliProjectFields } }
    }
  }
`);

export default defineCommand({
  meta: { name: 'list', description: 'List projects, oldest first, one page at a time' },
  args: { ...pageArgs, ...sharedArgs },
  async run({ args }) {
    const { projects } = await execute(args, ProjectList, {
      first: intArg(args.first, 'first', { min: 1, max: 100 }) ?? 20,
      after: args.after ?? null,
    });
    const data = {
      projects: projects.edges.map((e) => e.node),
      totalCount: projects.totalCount,
      nextCursor: projects.pageInfo.hasNextPage ? (projects.pageInfo.endCursor ?? null) : null,
    };
    printResult(args.json, data, (d) =>
      [projectTable(d.projects), nextPageLine('maestro project list', projects.pageInfo)].filter((l) => l !== null),
    );
  },
});
