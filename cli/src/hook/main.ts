/**
 * `maestro hook`: the command hook for Claude Code (`type: command`). Reads the hook JSON from
 * stdin, POSTs it to the server's /hooks/claude with a short timeout and, on any failure, spools it
 * (fsynced) under the data directory for the next invocation or `maestro spool flush`.
 *
 * It always exits 0 and prints nothing: an observer must never block or steer the agent (exit 2
 * would block; JSON on stdout would be read as a decision). Problems go to stderr, which Claude Code
 * shows only in its debug log.
 *
 * Environment: MAESTRO_SERVER_URL (default http://127.0.0.1:4000), MAESTRO_TOKEN (the session
 * token), MAESTRO_DATA_DIR (default ~/.maestro; the spool is <dir>/spool), MAESTRO_HOOK_TIMEOUT_MS
 * (default 2000), MAESTRO_HOOK_RETRY_AFTER_MS (default 1000: after a failure, hooks only spool for
 * this long before one tries the server again).
 *
 * Bundled by `npm run build:hook` into bin/maestro-hook.mjs (Node built-ins only, no tsx).
 */
import { deliver, hookConfig } from '../../../src/client/spool.ts';

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function runHook(): Promise<void> {
  try {
    const body = await readStdin();
    if (body.length === 0) return;
    const outcome = await deliver(hookConfig(process.env), body);
    if (outcome === 'rejected') process.stderr.write('maestro hook: the server refused this event; kept under <data dir>/spool/rejected\n');
  } catch (error) {
    process.stderr.write(`maestro hook: ${(error as Error).message}\n`);
  }
}

await runHook();
process.exit(0);
