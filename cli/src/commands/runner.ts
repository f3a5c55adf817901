import { defineCommand } from 'citty';
import { createRunner } from '../../../src/runner/runner.ts';
import { intArg } from '../lib/args.ts';
import { connection } from '../lib/client.ts';
import { UsageError } from '../lib/errors.ts';
import { writeOut } from '../lib/output.ts';
import { connectionArgs, jsonArgs } from './_shared.ts';

const PAUSE_POINTS = ['after-claim', 'after-record', 'after-exec'] as const;

export default defineCommand({
  meta: {
    name: 'runner',
    description:
      'Launch and supervise spawned sessions for a server started with --no-runner (runs until Ctrl-C). Several runners may ' +
      'run at once: each request is claimed by exactly one. Shares the server\'s data directory (same machine). It runs the agent ' +
      'profile the server resolved into each session\'s manifest at spawn time, so profiles are configured on the server only.',
  },
  args: {
    ...connectionArgs,
    'agent-command': { type: 'string', valueHint: 'command', description: 'Removed: agent profiles are configured on the server (--agent NAME=COMMAND)' },
    'lease-ms': { type: 'string', valueHint: 'ms', description: 'Claim lease (env MAESTRO_RUNNER_LEASE_MS; default 15000)' },
    'data-dir': { type: 'string', valueHint: 'dir', description: 'Data directory handed to agents for the hook spool (env MAESTRO_DATA_DIR)' },
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
    const pauseRaw = process.env.MAESTRO_RUNNER_PAUSE_AT;
    const [point, ms] = pauseRaw ? pauseRaw.split(':') : [];
    const runner = createRunner({
      serverUrl: conn.server,
      token: process.env.MAESTRO_AUTH_TOKEN || (args.token ?? null),
      leaseMs: intArg(args['lease-ms'] ?? process.env.MAESTRO_RUNNER_LEASE_MS, 'lease-ms', { min: 500, max: 600_000 }),
      dataDir: args['data-dir'] ?? process.env.MAESTRO_DATA_DIR ?? null,
      pauseAt: point && (PAUSE_POINTS as readonly string[]).includes(point) ? { point: point as (typeof PAUSE_POINTS)[number], ms: Number(ms) || 60_000 } : null,
    });
    await runner.start();
    // --json: the start as one line on stdout (errors are {"ok":false,…} like every command's).
    if (args.json) writeOut(JSON.stringify({ ok: true, data: { runnerId: runner.id, server: conn.server } }));
    else process.stderr.write(`maestro runner ${runner.id} following ${conn.server}\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await runner.stop();
  },
});
