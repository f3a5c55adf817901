/**
 * Prisma's query compiler (WebAssembly) in the server bundle: scripts/server-bundle-plugins.ts writes
 * each engine's compiler as a .wasm file beside dist/server.mjs and points the generated client's
 * `getQueryCompilerWasmModule` here, instead of at a 4.4 MB base64 string inside the bundle. The
 * file is compiled asynchronously (V8 validates and decodes it off the main thread) and once per
 * process. Run from source (tsx), the generated client keeps loading its own string.
 */
import { readFile } from 'node:fs/promises';

const compiled = new Map<string, Promise<WebAssembly.Module>>();

/** The compiled module of `file`, a name in the bundle's directory (e.g. query_compiler_fast_bg.sqlite.wasm). */
export function queryCompilerModule(file: string): Promise<WebAssembly.Module> {
  let module = compiled.get(file);
  if (!module) {
    module = readFile(new URL(file, import.meta.url)).then((bytes) => WebAssembly.compile(bytes));
    compiled.set(file, module);
  }
  return module;
}
