import { defineCommand } from 'citty';

// bin/maestro.js hands `maestro hook` to the prebuilt bin/maestro-hook.mjs before this CLI loads;
// this definition serves `maestro --help` and `npm run cli -- hook`.
export default defineCommand({
  meta: {
    name: 'hook',
    description:
      'Claude Code command hook: reads the hook JSON on stdin, POSTs it to /hooks/claude, spools it under <data dir>/spool when that fails; always exits 0, prints nothing',
  },
  args: {},
  async run() {
    const { deliver, hookConfig } = await import('../../../src/client/spool.ts');
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    if (body.length > 0) {
      try {
        await deliver(hookConfig(process.env), body);
      } catch (error) {
        process.stderr.write(`maestro hook: ${(error as Error).message}\n`);
      }
    }
    return 0;
  },
});
