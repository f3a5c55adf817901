/**
 * The server bundle (scripts/build.ts runs this as its `server` step), for plain node:
 *
 * - dist/server-app.cjs: src/main.ts with its dependencies, as one CommonJS function body, which
 *   dist/server.mjs compiles with V8's code cache (src/boot.ts); import.meta.url and dirname are
 *   the bundle's own (the loader passes them), dynamic imports become require() calls.
 * - dist/server.mjs: that loader, an ES module (`node dist/server.mjs`, scripts/start.ts).
 *
 * Left in node_modules: the native SQLite addon (found by file name), the ~9 MB GraphiQL bundle it
 * loads on the first page view only, and optional native add-ons of ws and pg that are not
 * installed. The plugins keep Prisma's query compilers out of the bundle (as .wasm files beside it)
 * and the PostgreSQL driver and undici out of start-up.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { lazyPostgresDriver, noUndiciAtStartUp, queryCompilerWasmFiles } from './server-bundle-plugins.ts';

const ROOT = resolve(import.meta.dirname, '..');
// `--outdir DIR` (inside the checkout: the bundle finds package.json above it) builds another copy, e.g. for an A/B bench.
const OUTDIR = process.argv.includes('--outdir') ? resolve(process.argv[process.argv.indexOf('--outdir') + 1]!) : join(ROOT, 'dist');
const APP = join(OUTDIR, 'server-app.cjs');
const common: BuildOptions = { absWorkingDir: ROOT, bundle: true, platform: 'node', target: 'node20', logLevel: 'warning' };

await build({
  ...common,
  entryPoints: ['src/main.ts'],
  outfile: APP,
  format: 'cjs',
  external: ['better-sqlite3', '@graphql-yoga/render-graphiql', 'bufferutil', 'utf-8-validate', 'pg-native'],
  define: { 'import.meta.url': '__maestroImportMetaUrl', 'import.meta.dirname': '__dirname' },
  // A vm.Script has no ES module loader of its own: import() of a package or built-in is a require().
  supported: { 'dynamic-import': false },
  plugins: [queryCompilerWasmFiles(OUTDIR), lazyPostgresDriver(), noUndiciAtStartUp()],
});

const hash = createHash('sha256').update(readFileSync(APP)).digest('hex').slice(0, 16);
for (const file of readdirSync(OUTDIR)) if (/^server-app\..*\.v8cache/.test(file)) rmSync(join(OUTDIR, file), { force: true }); // caches of earlier builds

await build({
  ...common,
  entryPoints: ['src/boot.ts'],
  outfile: join(OUTDIR, 'server.mjs'),
  format: 'esm',
  define: { MAESTRO_APP_HASH: JSON.stringify(hash) },
});
