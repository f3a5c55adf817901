/**
 * The server bundle, dist/server.mjs (scripts/build.ts runs this as its `server` step): src/main.ts
 * with its dependencies, as one ES module for plain node. Left in node_modules: the native SQLite
 * addon (found by file name), the ~9 MB GraphiQL bundle it imports on the first page view only, and
 * optional native add-ons of ws and pg that are not installed. The plugins keep Prisma's query
 * compilers out of the bundle (as .wasm files beside it) and the PostgreSQL driver out of start-up.
 */
import { build } from 'esbuild';
import { join, resolve } from 'node:path';
import { lazyPostgresDriver, noUndiciAtStartUp, queryCompilerWasmFiles } from './server-bundle-plugins.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUTDIR = join(ROOT, 'dist');

await build({
  absWorkingDir: ROOT,
  entryPoints: ['src/main.ts'],
  outfile: join(OUTDIR, 'server.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['better-sqlite3', '@graphql-yoga/render-graphiql', 'bufferutil', 'utf-8-validate', 'pg-native'],
  // Bundled CommonJS dependencies call require() (node built-ins, the externals): give them one.
  banner: { js: "import { createRequire as __maestroCreateRequire } from 'node:module'; const require = __maestroCreateRequire(import.meta.url);" },
  plugins: [queryCompilerWasmFiles(OUTDIR), lazyPostgresDriver(), noUndiciAtStartUp()],
  logLevel: 'warning',
});
