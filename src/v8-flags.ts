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
 * Not --optimize-for-size, although it keeps RSS after load near idle (249 → 149 MiB after 1 250
 * creates): it made catch-up replay 3× slower (41 000 → 13 000 events/s) and createTask ~15 % costlier
 * in CPU, through far more frequent GCs (docs/BENCHMARKS.md, "Performance history (issue 19)").
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--liftoff-only');
