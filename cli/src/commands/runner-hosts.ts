import { defineCommand } from 'citty';
import { graphql } from '../gql/index.ts';
import { execute } from '../lib/client.ts';
import { printResult, shortTime, table } from '../lib/output.ts';
import { sharedArgs } from './_shared.ts';

const RunnerHosts = graphql(`
  query CliRunnerHosts { runnerHosts { id status firstSeenAt lastSeenAt declaredDeadAt launched } }
`);

export default defineCommand({
  meta: {
    name: 'hosts',
    description: 'List the runner hosts that reported to the server: ALIVE, SILENT (past the host-dead timeout) or DECLARED_DEAD, and how many running agents each launched',
  },
  args: { ...sharedArgs },
  async run({ args }) {
    const { runnerHosts } = await execute(args, RunnerHosts, {});
    printResult(args.json, { runnerHosts }, (d) =>
      d.runnerHosts.length === 0
        ? ['No runner has reported to this server yet.']
        : table(
            ['HOST', 'STATUS', 'LAST SEEN', 'DECLARED DEAD', 'RUNNING'],
            d.runnerHosts.map((h) => [h.id, h.status, shortTime(String(h.lastSeenAt)), h.declaredDeadAt ? shortTime(String(h.declaredDeadAt)) : '', String(h.launched)]),
          ),
    );
  },
});
