/**
 * A throw-away PostgreSQL server: `initdb` in a temporary directory, `postgres` on a free loopback
 * port with its unix socket in that directory, removed again by `stop()`. The PostgreSQL migration
 * tooling (tools/schema-engine.ts: the engine diffs through a shadow database) and the tests
 * (test/helpers/postgres.ts) run against one, so nothing depends on a server someone set up.
 *
 * Binaries: `initdb` on PATH, else the newest /usr/lib/postgresql/<major>/bin (Debian's layout,
 * which is not on PATH; scripts/test.sh installs the `postgresql` package when neither exists).
 *
 * PostgreSQL refuses to run as root. As root the cluster is created and run as the `postgres`
 * user (else `nobody`), through Node's own setuid/setgid in spawn (libuv also drops the
 * supplementary groups), with the temporary directory handed to that user: no runuser/su/sudo.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export class PostgresUnavailableError extends Error {}

export type TemporaryPostgres = {
  /** `postgresql://postgres@127.0.0.1:PORT/postgres`: the superuser on the maintenance database. */
  adminUrl: string;
  port: number;
  /** The URL of another database on this server (`postgresql://…/NAME`). */
  urlOf(database: string): string;
  /** Creates a fresh, empty database and returns its URL. */
  createDatabase(name?: string): Promise<string>;
  /** What the server logged so far (stderr). */
  log(): string;
  /** Stops the server (fast shutdown) and removes its directory. Idempotent. */
  stop(): Promise<void>;
};

/** The directory of initdb/postgres, or a PostgresUnavailableError saying how to get them. */
export function postgresBinDir(): string {
  const onPath = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  if (onPath) return onPath.replace(/\/initdb$/, '');
  const debian = '/usr/lib/postgresql';
  const majors = existsSync(debian)
    ? readdirSync(debian).filter((v) => existsSync(join(debian, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a))
    : [];
  if (majors.length === 0) {
    throw new PostgresUnavailableError(
      'PostgreSQL is not installed (no initdb on PATH or in /usr/lib/postgresql/*/bin): install it (Debian: apt-get install postgresql; `npm test` does this) and run again.',
    );
  }
  return join(debian, majors[0]!, 'bin');
}

/** uid/gid to run PostgreSQL as: ourselves, or an unprivileged account when we are root. */
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const passwd = readFileSync('/etc/passwd', 'utf8').split('\n').map((line) => line.split(':'));
  for (const name of ['postgres', 'nobody']) {
    const entry = passwd.find((fields) => fields[0] === name);
    if (entry) return { uid: Number(entry[2]), gid: Number(entry[3]) };
  }
  throw new PostgresUnavailableError('Running as root, and there is no "postgres" or "nobody" account to run PostgreSQL as (it refuses to run as root).');
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const alive = new Set<ChildProcess>();
// A test process that dies without afterAll (a crash, a timeout kill) must not leave servers behind.
process.once('exit', () => {
  for (const child of alive) child.kill('SIGQUIT');
});

let databases = 0;

/**
 * Starts a server. `maxConnections` defaults to 200: three Maestro instances (each a Prisma pool, a
 * raw read pool, a LISTEN and a leader connection) plus the tests' own clients fit with room.
 */
export async function startTemporaryPostgres(options: { maxConnections?: number } = {}): Promise<TemporaryPostgres> {
  const bin = postgresBinDir();
  const owner = runAs();
  const dir = mkdtempSync(join(tmpdir(), 'maestro-pg-'));
  const dataDir = join(dir, 'data');
  const socketDir = join(dir, 'socket');
  mkdirSync(socketDir);
  if (owner) {
    chownSync(dir, owner.uid, owner.gid);
    chownSync(socketDir, owner.uid, owner.gid);
  }
  const as = owner ?? {};
  const initdb = spawnSync(join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync'], {
    ...as,
    cwd: dir,
    encoding: 'utf8',
  });
  if (initdb.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new PostgresUnavailableError(`initdb failed (${initdb.error?.message ?? `exit ${initdb.status}`}): ${initdb.stderr}`);
  }

  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    // fsync and synchronous_commit stay on (their defaults): the tests prove a reply after COMMIT
    // survives kill -9, which needs the real durability. (initdb --no-sync only skips syncing the
    // freshly created template files, which a crashed test never needs back.)
    const args = [
      '-D', dataDir, '-p', String(port), '-k', socketDir,
      '-c', 'listen_addresses=127.0.0.1',
      '-c', `max_connections=${options.maxConnections ?? 200}`,
      '-c', 'fsync=on',
      '-c', 'synchronous_commit=on',
      '-c', 'logging_collector=off',
    ];
    const child = spawn(join(bin, 'postgres'), args, { ...as, cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    alive.add(child);
    let log = '';
    child.stderr!.on('data', (d) => (log += d));
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.once('exit', () => alive.delete(child));
    const adminUrl = `postgresql://postgres@127.0.0.1:${port}/postgres`;

    const ready = await waitUntilAccepting(adminUrl, child);
    if (!ready) {
      // Someone took the port between freePort() and postgres' bind: try another, a few times.
      if (/could not (bind|create listen socket)/i.test(log) && attempt < 5) continue;
      child.kill('SIGQUIT');
      await exited;
      rmSync(dir, { recursive: true, force: true });
      throw new PostgresUnavailableError(`postgres did not start:\n${log}`);
    }

    let stopped: Promise<void> | undefined;
    const urlOf = (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`;
    return {
      adminUrl,
      port,
      urlOf,
      async createDatabase(name = `maestro_${process.pid}_${++databases}`) {
        const client = new pg.Client({ connectionString: adminUrl });
        await client.connect();
        try {
          await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
        } finally {
          await client.end();
        }
        return urlOf(name);
      },
      log: () => log,
      stop() {
        stopped ??= (async () => {
          if (child.exitCode === null && child.signalCode === null) {
            child.kill('SIGINT'); // fast shutdown: disconnects clients, no checkpoint wait for them
            const timer = setTimeout(() => child.kill('SIGQUIT'), 10_000);
            await exited;
            clearTimeout(timer);
          }
          rmSync(dir, { recursive: true, force: true });
        })();
        return stopped;
      },
    };
  }
}

/** Polls until the server accepts a connection (true) or its process exits (false). */
async function waitUntilAccepting(url: string, child: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) return false;
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.end();
      return true;
    } catch {
      await client.end().catch(() => {});
      await sleep(50);
    }
  }
  child.kill('SIGQUIT');
  return false;
}
