#!/usr/bin/env node
// The `maestro` executable. It runs the prebuilt CLI bundle (dist/cli/, written by `npm run build`
// and `npm start`) with plain node, about a third of tsx's start-up. When the bundle is missing, or
// one of the sources it was built from (listed in its esbuild metafile) is newer, it runs the
// TypeScript sources through tsx instead, so an edited CLI never runs stale.

// `maestro hook` runs on every agent tool call: dispatch it to the prebuilt, dependency-free bundle
// before anything else loads (`npm run build:hook` writes it).
if (process.argv[2] === 'hook' && process.argv.length === 3) {
  const { existsSync } = await import('node:fs');
  const bundle = new URL('./maestro-hook.mjs', import.meta.url);
  if (existsSync(bundle)) await import(bundle.href);
}

const { readFileSync, statSync } = await import('node:fs');
const { fileURLToPath } = await import('node:url');
const root = fileURLToPath(new URL('..', import.meta.url));

function freshBundle() {
  try {
    const bundle = statSync(`${root}dist/cli/main.js`).mtimeMs;
    const meta = JSON.parse(readFileSync(`${root}dist/cli/meta.json`, 'utf8'));
    return Object.keys(meta.inputs).every((source) => statSync(`${root}${source}`).mtimeMs <= bundle);
  } catch {
    return false; // no bundle, or a source it names is gone: run the sources
  }
}

if (freshBundle()) {
  const { runProcess } = await import('../dist/cli/main.js');
  await runProcess();
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { runProcess } = await import('../cli/src/main.ts');
  await runProcess();
}
