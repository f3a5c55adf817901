/**
 * V8 settings for the server process, applied before anything compiles WebAssembly (main.ts imports
 * this module first; ES modules evaluate in import order).
 *
 * --liftoff-only: Prisma's query compiler is a 3.3 MB WebAssembly module compiled once at start-up.
 * With tier-up, V8 also recompiles it with TurboFan on background threads, which costs ~45 MB of
 * resident memory that is never given back (malloc arenas) and competes with start-up for the two
 * cores; the baseline (Liftoff) code is enough, since the compiler's wasm is under 1 % of the CPU of
 * a createTask (docs/BENCHMARKS.md, "Where the time goes (issue 19)").
 *
 * --optimize-for-size: under load V8 otherwise lets the old space fill with garbage (live data stays
 * ~45 MB while the heap grows past 100 MB) and never returns the pages: RSS after 1 250 creates 249
 * MiB with it off, 149 MiB with it on. It costs server CPU, mostly in more frequent GCs: ~15 % per
 * createTask (6.08 → 6.97 ms) and ~18 % per 1 000-task listing (84 → 100 ms), interleaved A/Bs;
 * create rates did not move (each create waits on its fsync). Drop it when the CPU targets of
 * issue 19 matter more than the memory one.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--liftoff-only');
setFlagsFromString('--optimize-for-size');
