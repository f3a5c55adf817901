/**
 * dist/server.mjs: loads the server (src/main.ts, bundled as one CommonJS function in
 * dist/server-app.cjs by scripts/bundle-server.ts) through V8's code cache, so that a start does not
 * parse and compile the 4 MB bundle again (Node 20 has no module.enableCompileCache).
 *
 * The cache is written beside the bundle by the first start, once the server listens: by then it
 * holds the code of everything start-up ran, not only the top level. Its name carries the bundle's
 * hash (MAESTRO_APP_HASH, defined at build time), so a rebuilt bundle never meets an old cache; V8
 * itself refuses one made by another Node version or with other V8 flags (`cachedDataRejected`),
 * and then it is written again. A directory that cannot be written only means no cache. The cache
 * is code: it sits beside the bundle, so whoever could change it could change the bundle itself.
 */
import './v8-flags.ts'; // first: the V8 flags are part of what a code cache must match
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { onServerStarted } from './code-cache-hook.ts';

declare const MAESTRO_APP_HASH: string;

const appFile = fileURLToPath(new URL('./server-app.cjs', import.meta.url));
const cacheFile = fileURLToPath(new URL(`./server-app.${MAESTRO_APP_HASH}.v8cache`, import.meta.url));

function readCache(): Buffer | undefined {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined; // first start of this build
  }
}

function writeCache(script: vm.Script) {
  const partial = `${cacheFile}.${process.pid}`;
  try {
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, cacheFile); // whole or not at all, also with other servers starting from this dist/
  } catch {
    rmSync(partial, { force: true }); // read-only installation: every start compiles, as without a cache
  }
}

const cachedData = readCache();
// The CommonJS wrapper, with the module URL the bundle uses for import.meta.url (scripts/bundle-server.ts).
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __maestroImportMetaUrl) {${readFileSync(appFile, 'utf8')}\n})`, {
  filename: appFile,
  cachedData,
});
if (!cachedData || script.cachedDataRejected) onServerStarted(() => setImmediate(() => writeCache(script)));
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(appFile), module, appFile, dirname(appFile), pathToFileURL(appFile).href);
