import { join } from 'node:path';
import { defineCommand } from 'citty';
import { flush, hookConfig } from '../../../src/client/spool.ts';
import { CliError, EXIT } from '../lib/errors.ts';
import { printResult } from '../lib/output.ts';
import { sharedArgs } from './_shared.ts';

export default defineCommand({
  meta: { name: 'flush', description: 'Send the events `maestro hook` spooled while the server was unreachable, in order, with their original idempotency keys' },
  args: {
    'data-dir': { type: 'string', valueHint: 'dir', description: 'Data directory holding spool/ (env MAESTRO_DATA_DIR; default ~/.maestro)' },
    ...sharedArgs,
  },
  async run({ args }) {
    const base = hookConfig(process.env);
    const spoolDir = args['data-dir'] ? join(args['data-dir'], 'spool') : base.spoolDir;
    const result = await flush({
      spoolDir,
      timeoutMs: 10_000,
      // --server, else MAESTRO_SERVER_URL, else the URL each event was spooled for.
      ...(args.server || process.env.MAESTRO_SERVER_URL ? { url: (args.server || process.env.MAESTRO_SERVER_URL)!.replace(/\/+$/, '') } : {}),
      ...(args.token ? { token: args.token } : {}),
    });
    if (result.busy) throw new CliError('SPOOL_BUSY', `Another process is flushing ${spoolDir}; ${result.left} event(s) waiting.`);
    if (result.left > 0) {
      throw new CliError('NETWORK', `Sent ${result.sent}, ${result.left} event(s) still spooled: ${result.error ?? 'stopped'}.`, {
        exitCode: EXIT.UNREACHABLE,
        hint: 'Is the server running? Start it, then run `maestro spool flush` again.',
      });
    }
    printResult(args.json, { ...result, spoolDir }, (r) =>
      `Sent ${r.sent} spooled event(s)${r.rejected ? `; ${r.rejected} refused by the server, kept in ${join(r.spoolDir, 'rejected')}` : ''}.`,
    );
  },
});
