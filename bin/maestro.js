#!/usr/bin/env node
// The `maestro` executable: runs the TypeScript CLI (cli/src/main.ts) through tsx's ESM loader,
// since Node 20 cannot run TypeScript by itself. Commands are imported lazily by the CLI, so this
// costs one tsx registration plus citty.
import { register } from 'tsx/esm/api';

// citty colours its help unless NO_COLOR is set; keep piped output (and tests) free of escapes.
if (!process.stdout.isTTY && process.env.FORCE_COLOR === undefined) process.env.NO_COLOR ??= '1';
// `maestro events tail --follow | head` closes stdout early: exit quietly instead of crashing.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

register();
const { cli } = await import('../cli/src/main.ts');
process.exitCode = await cli(process.argv.slice(2));
// The command is done. A closing WebSocket (events tail --follow after Ctrl-C) may hold the event
// loop for a few seconds of close handshake; do not make the user wait for it.
setTimeout(() => process.exit(), 300).unref();
