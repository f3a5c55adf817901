import { defineCommand } from 'citty';
import { checkHostId, createRunner, HostIdError } from '../../../src/runner/runner.ts';
import { intArg } from '../lib/args.ts';
import { connection } from '../lib/client.ts';
import { UsageError } from '../lib/errors.ts';
import { writeOut } from '../lib/output.ts';
import { connectionArgs, jsonArgs } from './_shared.ts';

const PAUSE_POINTS = ['after-claim', 'after-record', 'after-exec'] as const;

/** A malformed --host-id, MAESTRO_RUNNER_HOST_ID or <data-dir>/host-id is a usage error naming it. */
function hostIdChecked<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof HostIdError) throw new UsageError(error.message);
    throw error;
  }
}

export default defineCommand({
  meta: {
    name: 'runner',
    description:
      'Launch and supervise spawned sessions for a server started with --no-runner (runs until Ctrl-C), on this machine or any other: it talks to the ' +
      'server only through the API (--server URL --token T, the server\'s --auth-token) and keeps session directories and the hook spool under its own ' +
      '--data-dir. Several runners may run at once: each request is claimed by exactly one. A runner that stops is taken over after its lease; a request ' +
      'whose agent may still be alive on another host is relaunched only once that host is silent past the server\'s --runner-host-dead-ms or declared ' +
      'dead (`maestro runner declare-dead HOST`). Agent profiles are configured on the server only.',
  },
  args: {
    ...connectionArgs,
    'host-id': { type: 'string', valueHint: 'id', description: 'This runner\'s host id (env MAESTRO_RUNNER_HOST_ID; default: <data-dir>/host-id, created at random on first start). Share one only with runners sharing the data directory' },
    'data-dir': { type: 'string', valueHint: 'dir', description: 'Where session directories and the hook spool live (env MAESTRO_DATA_DIR; default ~/.maestro)' },
    'lease-ms': { type: 'string', valueHint: 'ms', description: 'Claim lease (env MAESTRO_RUNNER_LEASE_MS; default 15000)' },
    'agent-command': { type: 'string', valueHint: 'command', description: 'Removed: agent profiles are configured on the server (--agent NAME=COMMAND)' },
    ...jsonArgs,
  },
  async run({ args }) {
    if (args['agent-command'] !== undefined || process.env.MAESTRO_AGENT_COMMAND) {
      throw new UsageError(
        '--agent-command / MAESTRO_AGENT_COMMAND were removed: configure agent profiles on the server (--agent NAME=COMMAND or <data-dir>/agents.json); ' +
          'the runner runs the profile recorded in each session\'s manifest.',
      );
    }
    const conn = connection(args);
    const hostIdRaw = args['host-id'] ?? process.env.MAESTRO_RUNNER_HOST_ID;
    const pauseRaw = process.env.MAESTRO_RUNNER_PAUSE_AT;
    const [point, ms] = pauseRaw ? pauseRaw.split(':') : [];
    const runner = hostIdChecked(() => createRunner({
      serverUrl: conn.server,
      token: process.env.MAESTRO_AUTH_TOKEN || (args.token ?? null),
      leaseMs: intArg(args['lease-ms'] ?? process.env.MAESTRO_RUNNER_LEASE_MS, 'lease-ms', { min: 500, max: 600_000 }),
      dataDir: args['data-dir'] ?? process.env.MAESTRO_DATA_DIR ?? null,
      hostId: hostIdRaw === undefined ? undefined : checkHostId(hostIdRaw, args['host-id'] !== undefined ? '--host-id' : 'MAESTRO_RUNNER_HOST_ID'),
      pauseAt: point && (PAUSE_POINTS as readonly string[]).includes(point) ? { point: point as (typeof PAUSE_POINTS)[number], ms: Number(ms) || 60_000 } : null,
    }));
    await runner.start();
    // --json: the start as one line on stdout (errors are {"ok":false,…} like every command's).
    if (args.json) writeOut(JSON.stringify({ ok: true, data: { runnerId: runner.id, hostId: runner.hostId, server: conn.server } }));
    else process.stderr.write(`maestro runner ${runner.id} (host ${runner.hostId}) following ${conn.server}\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await runner.stop();
  },
});
