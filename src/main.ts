/** Process entry: read configuration, start the app, stop cleanly on SIGTERM/SIGINT. */
import './v8-flags.ts'; // first: before anything compiles WebAssembly
import { buildApp } from './app.ts';
import { ConfigError, HELP, parseConfig } from './config.ts';
import { DatabaseUnreachableError, MigrationError, UnsafeDatabaseError } from './store/index.ts';
import { DatabaseLockedError } from './database-lock.ts';
import { logger, setLogLevel } from './logger.ts';
import { serverStarted } from './code-cache-hook.ts';
import { startIdleGc } from './idle-gc.ts';

/** File-system and SQLite failures to open or write the data directory: a setup problem, not a bug. */
const STORAGE_CODES = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'ENOSPC', 'EDQUOT', 'EISDIR', 'ELOOP', 'ENAMETOOLONG']);
function isStorageError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && (STORAGE_CODES.has(code) || /^SQLITE_(CANTOPEN|READONLY|PERM|FULL|IOERR|NOTADB|CORRUPT)/.test(code));
}

/** The data directory cannot be used: said in one line, without a stack trace. */
class DataDirError extends Error {
  constructor(dataDir: string, cause: Error) {
    super(
      `cannot use the data directory ${dataDir} (${cause.message.split('\n')[0]}): check that it is a writable directory ` +
        'on a disk with free space, or pick another with --data-dir.',
      { cause },
    );
  }
}

async function main() {
  const config = parseConfig(process.argv.slice(2), process.env);
  if (config === 'help') return void console.log(HELP);
  setLogLevel(config.logLevel);
  const app = await buildApp(config).catch((error: unknown) => {
    throw isStorageError(error) ? new DataDirError(config.dataDir, error as Error) : error;
  });
  const url = await app.start();

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown took over 10 s; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    // Clients of this process (the in-server runner) may have requests in flight that now fail:
    // while stopping, such a rejection is expected and must not turn a clean stop into exit 1.
    process.on('unhandledRejection', (err) => logger.debug({ err }, 'rejection while shutting down (expected, ignored)'));
    try {
      await app.stop();
    } catch (err) {
      logger.error({ err }, 'error while shutting down');
      process.exit(1);
    }
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  // Announce only once the handlers are in place: a supervisor (or test) that signals as soon as it
  // reads this line must get a graceful shutdown, not the default kill.
  console.log(`maestro listening on ${url}`);
  serverStarted();
  startIdleGc();
}

main().catch((error: unknown) => {
  if (error instanceof DatabaseLockedError || error instanceof DataDirError || error instanceof DatabaseUnreachableError || error instanceof UnsafeDatabaseError) {
    console.error(`maestro: ${error.message}`);
  } else if (error instanceof ConfigError || error instanceof MigrationError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`maestro: ${(error as Error).message}`);
    console.error('Run with --help for the options.');
  } else if ((error as { code?: string }).code === 'EADDRINUSE') {
    console.error(`maestro: ${(error as Error).message}: another process uses that port; pick another with --port (0 = any free port).`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
