/**
 * esbuild plugins of the server bundle (scripts/bundle-server.ts), each keeping out of start-up
 * something the first query does not need (docs/BENCHMARKS.md, "Cold start and memory (issue 19)").
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Plugin } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..');
const requireFromRoot = createRequire(join(ROOT, 'package.json'));

/**
 * Prisma's query compilers as .wasm files beside the bundle instead of base64 strings inside it.
 * Prisma's generated client (src/generated/prisma*\/internal/class.ts) imports its query compiler
 * as a ~4.4 MB base64 string per engine: both engines' strings made two thirds of the 13 MB bundle,
 * which Node reads, decodes from UTF-8 and V8 scans at every start, and which stay resident as the
 * module's source. Here each client's `getQueryCompilerWasmModule` is rewritten to compile the
 * binary file written into `outdir` (src/query-compiler-wasm.ts), so only the engine in use is read,
 * and never as text.
 */
export function queryCompilerWasmFiles(outdir: string): Plugin {
  const loader = join(ROOT, 'src', 'query-compiler-wasm.ts');
  // What `prisma generate` writes today; anything else stops the build rather than bundle the strings.
  const generated = /getQueryCompilerWasmModule: async \(\) => \{\s*const \{ wasm \} = await import\("@prisma\/client\/runtime\/(query_compiler_[\w.]+?)\.wasm-base64\.mjs"\)\s*return await decodeBase64AsWasm\(wasm\)\s*\}/;
  return {
    name: 'query-compiler-wasm-files',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]generated[\\/][^\\/]+[\\/]internal[\\/]class\.ts$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        const match = generated.exec(source);
        if (!match) {
          throw new Error(
            `${args.path}: Prisma's generated client no longer loads its query compiler with getQueryCompilerWasmModule + decodeBase64AsWasm; ` +
              'update queryCompilerWasmFiles in scripts/server-bundle-plugins.ts to what `prisma generate` writes now.',
          );
        }
        const name = match[1]!; // e.g. query_compiler_fast_bg.sqlite
        const base64Module = requireFromRoot.resolve(`@prisma/client/runtime/${name}.wasm-base64.js`);
        const { wasm } = requireFromRoot(base64Module) as { wasm: string };
        mkdirSync(outdir, { recursive: true });
        writeFileSync(join(outdir, `${name}.wasm`), Buffer.from(wasm, 'base64'));
        const contents =
          `import { queryCompilerModule as __maestroQueryCompilerModule } from ${JSON.stringify(loader)};\n` +
          source.replace(generated, `getQueryCompilerWasmModule: () => __maestroQueryCompilerModule(${JSON.stringify(`${name}.wasm`)})`);
        return { contents, loader: 'ts', resolveDir: resolve(args.path, '..') };
      });
    },
  };
}

/**
 * The PostgreSQL driver (`pg`, and Prisma's adapter for it, which reads `pg.types` as it loads) loaded
 * on first use instead of at start-up: src/store imports both statically, and an external package's
 * static import runs when the bundle loads, for SQLite too (~40 ms idle, 100–240 ms under load, for
 * `pg`'s ~40 files). Every use in src/store is at call time (`new pg.Pool`, `pg.types…`, `new PrismaPg`),
 * so a proxy that requires the package on its first property access or construction behaves the same.
 */
export function lazyPostgresDriver(): Plugin {
  const lazy: Record<string, string> = {
    pg:
      'let loaded;\nconst load = () => (loaded ??= require("pg"));\n' +
      'export default new Proxy({}, { get: (_, key) => load()[key], has: (_, key) => key in load(), ownKeys: () => Reflect.ownKeys(load()), getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(load(), key) });\n',
    '@prisma/adapter-pg': 'let loaded;\nconst load = () => (loaded ??= require("@prisma/adapter-pg"));\n' +
      'export const PrismaPg = new Proxy(function PrismaPg() {}, { construct: (_, args) => new (load().PrismaPg)(...args), get: (_, key) => load().PrismaPg[key] });\n',
  };
  return {
    name: 'lazy-postgres-driver',
    setup(build) {
      build.onResolve({ filter: /^(pg|@prisma\/adapter-pg)$/ }, (args) => (args.namespace === 'lazy-postgres-driver' ? { path: args.path, external: true } : { path: args.path, namespace: 'lazy-postgres-driver' }));
      // `require` is the bundle's own (src/boot.ts passes it): resolved from dist/, as the external import was.
      build.onLoad({ filter: /.*/, namespace: 'lazy-postgres-driver' }, (args) => ({ contents: lazy[args.path]!, loader: 'js' }));
    },
  };
}

/**
 * Node's fetch classes (undici, ~50 ms to load at start-up, 90 ms under load) left unloaded until
 * something uses them: @whatwg-node/server compares its fetch API's Request with
 * `globalThis.Request` to decide whether to use its own AbortController, and reading that global
 * is what makes Node load undici. Yoga's fetch API on Node is always @whatwg-node/node-fetch's
 * ponyfill (@whatwg-node/fetch uses the globals only on Deno, Bun and Next.js), never the global
 * class, so the comparison is always true: it is replaced by its value.
 */
export function noUndiciAtStartUp(): Plugin {
  const file = /[\\/]@whatwg-node[\\/]server[\\/]esm[\\/]createServerAdapter\.js$/;
  const comparison = 'fetchAPI.Request !== globalThis.Request';
  return {
    name: 'no-undici-at-start-up',
    setup(build) {
      build.onLoad({ filter: file }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes(comparison)) {
          throw new Error(`${args.path} no longer compares \`${comparison}\`: update noUndiciAtStartUp in scripts/server-bundle-plugins.ts (or drop it).`);
        }
        return { contents: source.replace(comparison, 'true /* the ponyfill\'s Request is never the global one (scripts/server-bundle-plugins.ts) */'), loader: 'js' };
      });
    },
  };
}
