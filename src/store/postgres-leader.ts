/**
 * Leadership among the instances on one PostgreSQL database: background jobs that must run once
 * per database, not once per instance (retention, the stale-session sweeper), run only on the
 * leader. The leader is whoever holds a session-level advisory lock (ADVISORY_LOCKS.leader) on a
 * connection of its own. The others try again every `retryMs`; when the leader dies or loses its
 * connection PostgreSQL releases the lock and the next try of another instance takes it.
 *
 * Before each job the leader checks that its connection still answers, so a leader cut off from
 * the database (whose lock the server has released) stops acting as one at once. A job that had
 * already started may overlap one run by the new leader: the jobs are idempotent (a sweep or a
 * prune done twice changes nothing the second time).
 */
import pg from 'pg';
import { logger } from '../logger.ts';
import { ADVISORY_LOCKS } from './postgres-locks.ts';

export class PostgresLeadership {
  readonly #connectionString: string;
  readonly #retryMs: number;
  readonly #settings: string | undefined;
  #client: pg.Client | undefined;
  #leader = false;
  #stopped = false;
  #timer: NodeJS.Timeout | undefined;
  #attempt: Promise<void> | undefined;

  /** `settings`: server settings for the lock's connection (`-c name=value …`). */
  constructor(connectionString: string, options: { retryMs?: number; settings?: string } = {}) {
    this.#connectionString = connectionString;
    this.#retryMs = options.retryMs ?? 5000;
    this.#settings = options.settings;
  }

  get isLeader(): boolean {
    return this.#leader;
  }

  /** The backend pid of the lock's connection (null while there is none). */
  get backendPid(): number | null {
    return (this.#client as unknown as { processID?: number } | undefined)?.processID ?? null;
  }

  /** Tries once now (so a lone instance leads from its first job), then every retryMs while not leading. */
  async start(): Promise<void> {
    await this.#tryToLead();
    this.#schedule();
  }

  #schedule() {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => {
      void (this.#leader ? Promise.resolve() : this.#tryToLead()).finally(() => this.#schedule());
    }, this.#retryMs);
    this.#timer.unref();
  }

  #tryToLead(): Promise<void> {
    this.#attempt ??= (async () => {
      try {
        if (!this.#client) this.#client = await this.#connect();
        const { rows } = await this.#client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS ok', [ADVISORY_LOCKS.leader]);
        if (rows[0]?.ok && !this.#leader) logger.info('this instance now runs the background jobs (PostgreSQL leader)');
        this.#leader = rows[0]?.ok === true;
      } catch (error) {
        logger.warn({ err: (error as Error).message }, 'cannot reach PostgreSQL to take the leader lock; retrying');
        this.#drop();
      } finally {
        this.#attempt = undefined;
      }
    })();
    return this.#attempt;
  }

  async #connect(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.#connectionString, options: this.#settings, keepAlive: true, application_name: 'maestro-leader' });
    // The lock lives and dies with this connection: losing it is losing leadership.
    client.on('error', () => this.#client === client && this.#drop());
    client.on('end', () => this.#client === client && this.#drop());
    try {
      await client.connect();
    } catch (error) {
      await client.end().catch(() => {});
      throw error;
    }
    return client;
  }

  #drop() {
    if (this.#leader) logger.warn('lost the PostgreSQL leader lock; another instance will run the background jobs');
    this.#leader = false;
    const client = this.#client;
    this.#client = undefined;
    client?.end().catch(() => {});
  }

  /** Runs `fn` when this instance leads (and its lock connection still answers); otherwise resolves undefined. */
  async runExclusive<T>(fn: () => Promise<T>): Promise<T | undefined> {
    if (!this.#leader || !this.#client) return undefined;
    try {
      await this.#client.query('SELECT 1');
    } catch {
      this.#drop();
      return undefined;
    }
    return fn();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#attempt;
    const client = this.#client;
    this.#client = undefined;
    this.#leader = false;
    await client?.end().catch(() => {}); // ending the session releases the lock
  }
}
