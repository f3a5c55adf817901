/**
 * `npm start`: rebuilds only what changed (scripts/build.ts --changed), then runs the server in this
 * same process from its bundle, dist/server.mjs (one start-up, not two). With unchanged sources nothing is rebuilt and nothing is
 * printed but the server's listening line; `--log-level debug` (or LOG_LEVEL=debug) names the build
 * steps that run, `trace` also shows the generators' own output.
 */
import { build, BuildError } from './build.ts';

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'];

/** The log level the server will use (the same option and variable src/config.ts reads). */
function logLevel(argv: string[], env: NodeJS.ProcessEnv): string {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--log-level') return argv[i + 1] ?? 'info';
    if (argv[i]!.startsWith('--log-level=')) return argv[i]!.slice('--log-level='.length);
  }
  return env.LOG_LEVEL ?? 'info';
}

const argv = process.argv.slice(2);
if (!argv.includes('--help') && !argv.includes('-h')) {
  const level = LEVELS.indexOf(logLevel(argv, process.env));
  try {
    await build({ changedOnly: true, verbose: level >= LEVELS.indexOf('trace'), log: level >= LEVELS.indexOf('debug') ? (line) => console.error(line) : undefined });
  } catch (error) {
    console.error(`maestro: ${error instanceof BuildError ? error.message : String(error)}`);
    process.exit(1);
  }
}
// The server's bundle, just rebuilt if src/ changed: plain JavaScript, no TypeScript to compile.
await import(new URL('../dist/server.mjs', import.meta.url).href);
