import { defineCommand } from 'citty';
import { graphql } from '../gql/index.ts';
import { execute } from '../lib/client.ts';
import { printResult, table, truncate } from '../lib/output.ts';
import { sharedArgs } from './_shared.ts';

const AgentProfiles = graphql(`
  query CliAgentProfiles { agentProfiles { name description isDefault } }
`);

export default defineCommand({
  meta: { name: 'agents', description: 'List the agent profiles the server offers (what `maestro session spawn --agent NAME` accepts)' },
  args: { ...sharedArgs },
  async run({ args }) {
    const { agentProfiles } = await execute(args, AgentProfiles, {});
    printResult(args.json, { agentProfiles }, (d) =>
      table(['NAME', 'DEFAULT', 'DESCRIPTION'], d.agentProfiles.map((p) => [p.name, p.isDefault ? 'yes' : '', truncate(p.description, 80)])),
    );
  },
});
