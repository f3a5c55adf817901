/**
 * Shared helpers for the event-log tests (test/events) and the event benchmarks (bench/events.ts):
 * typed mutations that produce events over real HTTP, a rate-limited producer, raw graphql-ws
 * subscribers, and read-only access to the server's SQLite file to compare against the log itself.
 */
import Database from 'better-sqlite3';
import { createClient, type Client } from 'graphql-ws';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { graphql } from '../gql/index.ts';
import { execute } from '../helpers/graphql.ts';

export const EvCreateProject = graphql(`
  mutation EvCreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      __typename
      ... on CreateProjectPayload { project { id } }
      ... on Error { message }
    }
  }
`);

export const EvCreateTask = graphql(`
  mutation EvCreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      __typename
      ... on CreateTaskPayload { task { id } }
      ... on Error { message }
    }
  }
`);

export const EvUpdateTask = graphql(`
  mutation EvUpdateTask($input: UpdateTaskInput!) {
    updateTask(input: $input) {
      __typename
      ... on Error { message }
    }
  }
`);

export const EvDeleteTask = graphql(`
  mutation EvDeleteTask($input: DeleteTaskInput!) {
    deleteTask(input: $input) {
      __typename
      ... on Error { message }
    }
  }
`);

export const EvHead = graphql(`
  query EvHead { events(last: 1) { pageInfo { endCursor } edges { node { seq cursor } } } }
`);

export const EvEvents = graphql(`
  subscription EvEvents($after: String, $fromStart: Boolean, $filter: EventFilter) {
    events(after: $after, fromStart: $fromStart, filter: $filter) { seq cursor kind projectId taskId payload createdAt }
  }
`);

type Target = { graphqlUrl: string };

/** Decodes a Relay global ID to the raw row id stored in the database. */
export function rawId(globalId: string): string {
  const text = Buffer.from(globalId, 'base64').toString('utf8');
  return text.slice(text.indexOf(':') + 1);
}

export async function createProject(server: Target, name = 'Events'): Promise<string> {
  const res = await execute(server, EvCreateProject, { input: { name } });
  const payload = res.data?.createProject;
  if (payload?.__typename !== 'CreateProjectPayload') throw new Error(`createProject failed: ${JSON.stringify(res)}`);
  return payload.project.id;
}

export async function createTask(server: Target, projectId: string, title = 't'): Promise<string> {
  const res = await execute(server, EvCreateTask, { input: { projectId, title } });
  const payload = res.data?.createTask;
  if (payload?.__typename !== 'CreateTaskPayload') throw new Error(`createTask failed: ${JSON.stringify(res)}`);
  return payload.task.id;
}

/** One TASK_UPDATED event; `description` may carry data (the benchmarks put the send time there). */
export async function touchTask(server: Target, taskId: string, description = ''): Promise<void> {
  const res = await execute(server, EvUpdateTask, { input: { id: taskId, description } });
  if (res.data?.updateTask.__typename !== 'UpdateTaskPayload') throw new Error(`updateTask failed: ${JSON.stringify(res)}`);
}

/** Runs `n` calls of `fn` with at most `concurrency` in flight. */
export async function pool(n: number, concurrency: number, fn: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      await fn(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, concurrency) }, worker));
}

/** Writes `n` events (TASK_UPDATED on `taskId`) as fast as the server takes them. */
export function writeEvents(server: Target, taskId: string, n: number, concurrency = 16): Promise<void> {
  return pool(n, concurrency, () => touchTask(server, taskId));
}

/**
 * Writes events at `perSecond` until stopped (ticks every 10 ms, catching up if a tick is late).
 * `payload(i)` gives the description of the i-th event. Errors (e.g. the server being killed) are
 * counted, not thrown.
 */
export function startProducer(server: Target | (() => Target), taskId: string, perSecond: number, payload: (i: number) => string = () => '') {
  const target = typeof server === 'function' ? server : () => server;
  let sent = 0;
  let ok = 0;
  let failed = 0;
  let stopped = false;
  const inFlight = new Set<Promise<void>>();
  const started = performance.now();
  const timer = setInterval(() => {
    const due = Math.floor(((performance.now() - started) / 1000) * perSecond);
    while (sent < due && !stopped && inFlight.size < 64) {
      const p: Promise<void> = touchTask(target(), taskId, payload(sent)).then(
        () => void (ok += 1),
        () => void (failed += 1),
      );
      sent += 1;
      inFlight.add(p);
      void p.finally(() => inFlight.delete(p));
    }
  }, 10);
  return {
    get ok() {
      return ok;
    },
    get failed() {
      return failed;
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await Promise.all(inFlight);
      return { ok, failed };
    },
  };
}

export type Ev = { seq: number; cursor: string; kind: string; projectId: string | null; taskId: string | null; payload: unknown; createdAt: string };

/**
 * A raw graphql-ws subscriber (no resume logic): collects every event, and the errors it got.
 * `done` resolves when the subscription completes or errors.
 */
export function subscribeRaw(wsUrl: string, variables: { after?: string | null; fromStart?: boolean | null; filter?: Record<string, unknown> | null }, client?: Client) {
  const own = client ?? createClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });
  const events: Ev[] = [];
  let errors: { message: string; extensions?: { code?: string } }[] | null = null;
  let resolveDone!: () => void;
  const done = new Promise<void>((r) => (resolveDone = r));
  const listeners = new Set<() => void>();
  const unsubscribe = own.subscribe<{ events: Ev }>(
    { query: EvEvents.toString(), variables },
    {
      next: (result) => {
        if (result.errors) errors = result.errors as typeof errors;
        if (result.data?.events) events.push(result.data.events);
        for (const l of listeners) l();
      },
      error: (error) => {
        errors = Array.isArray(error) ? error : [{ message: String((error as { reason?: string })?.reason ?? error) }];
        resolveDone();
      },
      complete: () => resolveDone(),
    },
  );
  return {
    events,
    get errors() {
      return errors;
    },
    done,
    client: own,
    /** Resolves once `predicate(events)` holds, or rejects after `timeoutMs`. */
    until(predicate: (events: Ev[]) => boolean, timeoutMs = 20_000): Promise<void> {
      return waitFor(() => predicate(events), timeoutMs, () => `have ${events.length} events, last seq ${events.at(-1)?.seq}`, listeners);
    },
    close() {
      unsubscribe();
      if (!client) void own.dispose();
    },
  };
}

/** Polls `check` (and re-checks on every notification) until it holds. */
export function waitFor(check: () => boolean, timeoutMs = 20_000, describe: () => string = () => '', listeners?: Set<() => void>): Promise<void> {
  return new Promise((resolve, reject) => {
    const finish = (ok: boolean) => {
      clearInterval(poll);
      clearTimeout(timer);
      listeners?.delete(onChange);
      if (ok) resolve();
      else reject(new Error(`condition not met within ${timeoutMs} ms: ${describe()}`));
    };
    const onChange = () => {
      if (check()) finish(true);
    };
    const poll = setInterval(onChange, 50);
    const timer = setTimeout(() => finish(check()), timeoutMs);
    listeners?.add(onChange);
    onChange();
  });
}

/** Read-only access to the server's database file (sees every committed row). */
export function openDb(dataDir: string): Database.Database {
  return new Database(join(dataDir, 'maestro.db'), { readonly: true, fileMustExist: true });
}

/** `SELECT seq FROM Event WHERE <where> AND seq > after ORDER BY seq`. */
export function dbSeqs(dataDir: string, after = 0, where = '1 = 1', params: unknown[] = []): number[] {
  const conn = openDb(dataDir);
  try {
    return (conn.prepare(`SELECT "seq" FROM "Event" WHERE ${where} AND "seq" > ? ORDER BY "seq"`).pluck().all(...params, after) as number[]).map(Number);
  } finally {
    conn.close();
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resident set size of a process in kB, from /proc. */
export function rssKb(pid: number): number {

  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) : NaN;
}

/** Reads one gauge/counter value from /metrics. */
export async function metric(url: string, name: string): Promise<number> {
  let text = '';
  for (let attempt = 1; ; attempt++) {
    try {
      text = await (await fetch(`${url}/metrics`)).text();
      break;
    } catch (error) {
      // A GET may race the server closing an idle keep-alive connection ("other side closed"): retry.
      if (attempt === 3) throw error;
    }
  }
  const match = new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.eE+-]+)$`, 'm').exec(text);
  if (!match) throw new Error(`metric ${name} not found`);
  return Number(match[1]);
}

/**
 * Appends `n` TASK_UPDATED rows straight into the Event table of a server's database file, in one
 * transaction, exactly as the server would write them (same columns, Prisma's timestamp format).
 * Used only where a test needs thousands of events faster than HTTP mutations can make them
 * (~300/s on two cores): the replay, paging and back-pressure paths under test read the log and do
 * not care how a row got there. A running server does not notice these rows until its next own
 * append wakes its readers, so callers follow up with one real mutation when they need live delivery.
 * Returns the seqs written.
 */
export function insertEvents(dataDir: string, n: number, scope: { projectId: string; taskId: string }, payloadBytes = 200): number[] {
  const conn = new Database(join(dataDir, 'maestro.db'));
  conn.pragma('busy_timeout = 10000');
  try {
    const insert = conn.prepare(
      `INSERT INTO "Event" ("kind", "projectId", "taskId", "actor", "payload", "createdAt") VALUES ('TASK_UPDATED', ?, ?, 'bulk', ?, ?) RETURNING "seq"`,
    );
    const filler = 'x'.repeat(payloadBytes);
    const seqs: number[] = [];
    conn.transaction(() => {
      for (let i = 0; i < n; i++) {
        const payload = JSON.stringify({ bulk: i, filler });
        seqs.push(Number((insert.get(rawId(scope.projectId), rawId(scope.taskId), payload, new Date().toISOString().replace('Z', '+00:00')) as { seq: number }).seq));
      }
    }).immediate();
    return seqs;
  } finally {
    conn.close();
  }
}

/**
 * A TCP proxy on loopback in front of a server port. `dropAll()` destroys every proxied connection
 * at once (as a dropped network or a server-side socket destroy looks to the client); `flaky(min, max)`
 * destroys each connection at a random moment between min and max ms after it opened.
 */
export async function startProxy(targetPort: number) {
  const net = await import('node:net');
  const pairs = new Set<{ client: import('node:net').Socket; upstream: import('node:net').Socket; timer?: NodeJS.Timeout }>();
  let flaky: { min: number; max: number } | null = null;
  let kills = 0;
  let blocked = false;
  const arm = (pair: { client: import('node:net').Socket; upstream: import('node:net').Socket; timer?: NodeJS.Timeout }) => {
    if (!flaky) return;
    const delay = flaky.min + Math.random() * (flaky.max - flaky.min);
    pair.timer = setTimeout(() => {
      kills += 1;
      pair.client.destroy();
      pair.upstream.destroy();
    }, delay);
  };
  const server = net.createServer((client) => {
    if (blocked) {
      client.destroy();
      return;
    }
    const upstream = net.connect(targetPort, '127.0.0.1');
    const pair = { client, upstream } as { client: import('node:net').Socket; upstream: import('node:net').Socket; timer?: NodeJS.Timeout };
    pairs.add(pair);
    client.pipe(upstream);
    upstream.pipe(client);
    const end = () => {
      clearTimeout(pair.timer);
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
    arm(pair);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as import('node:net').AddressInfo).port;
  return {
    port,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    get kills() {
      return kills;
    },
    get open() {
      return pairs.size;
    },
    dropAll() {
      for (const pair of pairs) {
        kills += 1;
        pair.client.destroy();
        pair.upstream.destroy();
      }
    },
    /** While blocked, new connections are refused (accepted and destroyed at once). */
    block(on: boolean) {
      blocked = on;
    },
    flaky(min: number, max: number) {
      flaky = { min, max };
      for (const pair of pairs) arm(pair);
    },
    calm() {
      flaky = null;
      for (const pair of pairs) clearTimeout(pair.timer);
    },
    close() {
      flaky = null;
      for (const pair of pairs) {
        clearTimeout(pair.timer);
        pair.client.destroy();
        pair.upstream.destroy();
      }
      return new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** A free TCP port on loopback (for restarting a server on the same port). */
export async function freePort(): Promise<number> {
  const net = await import('node:net');
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const port = (srv.address() as import('node:net').AddressInfo).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}
