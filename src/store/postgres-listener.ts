/**
 * The cross-instance wake-up on PostgreSQL: one dedicated connection per instance that LISTENs on
 * `maestro_events`. Every transaction that appends events runs `pg_notify('maestro_events', seq)`
 * (its last seq) before it commits; PostgreSQL delivers a notification only once its transaction
 * committed, so an announced seq is always visible to readers, whichever instance wrote it.
 *
 * Notifications are a hint, never the data (readers always read the log), so one lost with the
 * connection costs nothing but latency, and that is covered too: on every (re)connection the
 * listener LISTENs first and then reads the current head and announces it, so an event committed
 * while it was away is announced as soon as it is back. It reconnects on its own, with a growing
 * pause, until `stop()`.
 */
import pg from 'pg';
import { logger } from '../logger.ts';

export const EVENTS_CHANNEL = 'maestro_events';
const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 2000;

export type ListenerOptions = {
  connectionString: string;
  /** Server settings for the connection (`-c name=value …`). */
  settings?: string;
  /** Called with each announced seq (in any order, possibly repeated: the wake-up keeps the highest). */
  onAdvance(seq: number): void;
  /** The highest committed seq now, read after each (re)connection. */
  head(): Promise<number>;
};

export class PostgresEventListener {
  readonly #options: ListenerOptions;
  #client: pg.Client | undefined;
  #stopped = false;
  #retryMs = FIRST_RETRY_MS;
  #timer: NodeJS.Timeout | undefined;
  /** How many times a connection was (re)established: tests wait on it after cutting one. */
  connections = 0;

  constructor(options: ListenerOptions) {
    this.#options = options;
  }

  /** Resolves once the first connection listens (and its head was announced); throws if it cannot connect. */
  async start(): Promise<void> {
    await this.#connect();
  }

  /** Whether the LISTEN connection is up (false while reconnecting). */
  get connected(): boolean {
    return this.#client !== undefined;
  }

  /** The backend pid of the listening connection (null while reconnecting). */
  get backendPid(): number | null {
    return (this.#client as unknown as { processID?: number } | undefined)?.processID ?? null;
  }

  async #connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.#options.connectionString, options: this.#options.settings, keepAlive: true, application_name: 'maestro-listen' });
    client.on('notification', (message) => {
      const seq = Number(message.payload);
      if (message.channel === EVENTS_CHANNEL && Number.isSafeInteger(seq)) this.#options.onAdvance(seq);
    });
    const lost = (error?: Error) => {
      if (this.#client !== client) return;
      this.#client = undefined;
      client.end().catch(() => {});
      if (this.#stopped) return;
      logger.warn({ err: error?.message }, 'the PostgreSQL LISTEN connection was lost; reconnecting');
      this.#retryLater();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENTS_CHANNEL}`);
      this.#client = client;
      // After LISTEN: anything committed from here on is notified, anything before is in the head.
      this.#options.onAdvance(await this.#options.head());
      this.#retryMs = FIRST_RETRY_MS;
      this.connections += 1;
    } catch (error) {
      this.#client = undefined;
      await client.end().catch(() => {});
      throw error;
    }
  }

  #retryLater() {
    this.#timer = setTimeout(() => {
      if (this.#stopped) return;
      this.#connect().catch((error: Error) => {
        logger.warn({ err: error.message }, 'cannot reconnect the PostgreSQL LISTEN connection yet');
        this.#retryMs = Math.min(this.#retryMs * 2, MAX_RETRY_MS);
        this.#retryLater();
      });
    }, this.#retryMs);
    this.#timer.unref();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    const client = this.#client;
    this.#client = undefined;
    await client?.end().catch(() => {});
  }
}
