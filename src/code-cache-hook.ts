/**
 * How the server tells its loader (src/boot.ts, which compiled it with V8's code cache) that it has
 * started: the loader then writes the cache of everything compiled so far, for the next start. A
 * global symbol, since the loader and the server are two bundles; absent when run from source.
 */
const STARTED = Symbol.for('maestro.serverStarted');

type Registry = { [STARTED]?: () => void };

/** Called by the loader before it runs the server. */
export function onServerStarted(callback: () => void) {
  (globalThis as Registry)[STARTED] = callback;
}

/** Called by src/main.ts once the server listens. */
export function serverStarted() {
  (globalThis as Registry)[STARTED]?.();
}
