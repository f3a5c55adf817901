#!/usr/bin/env node
// The `maestro` executable: runs the TypeScript CLI (cli/src/main.ts) through tsx's ESM loader,
// since Node 20 cannot run TypeScript by itself. Commands are imported lazily by the CLI, so start-up
// costs one tsx registration plus citty.

// `maestro hook` runs on every agent tool call: dispatch it to the prebuilt, dependency-free bundle
// before tsx and citty load (`npm run build:hook` writes it; without it, the slower tsx path below).
if (process.argv[2] === 'hook' && process.argv.length === 3) {
  const { existsSync } = await import('node:fs');
  const bundle = new URL('./maestro-hook.mjs', import.meta.url);
  if (existsSync(bundle)) await import(bundle.href);
}
const { register } = await import('tsx/esm/api');
register();
const { runProcess } = await import('../cli/src/main.ts');
await runProcess();
