/**
 * Prometheus metrics served at /metrics. One registry per process, not per app: the default metrics
 * (memory, event loop, GC) are the process's anyway, a deployment runs one app per process, and the
 * counters are bumped on hot paths without an app at hand. Two apps in one process (tests) each
 * serve the process's totals.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import client from 'prom-client';
import { getOperationAST, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { dbCommitCount, dbQueryCount } from './store/query-count.ts';
import { activeStreams, streamPageReads } from './events/stream.ts';

export const registry = new client.Registry();
client.collectDefaultMetrics({ register: registry, prefix: 'maestro_' });

export const operations = new client.Counter({
  name: 'maestro_graphql_operations_total',
  help: 'GraphQL operations by operation name, type and outcome (ok | error).',
  labelNames: ['operation', 'type', 'outcome'] as const,
  registers: [registry],
});

export const operationSeconds = new client.Histogram({
  name: 'maestro_graphql_operation_duration_seconds',
  help: 'GraphQL query and mutation execution time.',
  labelNames: ['operation', 'type'] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [registry],
});

export const httpRequests = new client.Counter({
  name: 'maestro_http_requests_total',
  help: 'HTTP requests by route and status code.',
  labelNames: ['route', 'status'] as const,
  registers: [registry],
});

export const openWebSockets = new client.Gauge({
  name: 'maestro_websockets_open',
  help: 'Open WebSocket connections.',
  registers: [registry],
});

new client.Gauge({
  name: 'maestro_subscriptions_active',
  help: 'Active event-log subscriptions (WebSocket and SSE).',
  registers: [registry],
  collect() {
    this.set(activeStreams());
  },
});

/** A counter that mirrors a running total kept elsewhere (read at scrape time, so the hot path only adds 1). */
function counterOf(name: string, help: string, total: () => number) {
  let counted = 0;
  new client.Counter({
    name,
    help,
    registers: [registry],
    collect() {
      const now = total();
      this.inc(now - counted);
      counted = now;
    },
  });
}

counterOf(
  'maestro_event_log_reads_total',
  'Pages read from the event log by subscriptions (one read serves every subscription waiting at the same place).',
  streamPageReads,
);
counterOf('maestro_db_queries_total', 'SQL statements sent through Prisma, and the raw statements withEvents runs in their place (reads and writes, inside transactions too).', dbQueryCount);
counterOf('maestro_db_commits_total', 'Real COMMITs (WAL fsyncs) of Prisma transactions on SQLite; group commit makes them fewer than the transactions.', dbCommitCount);

const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
new client.Gauge({
  name: 'maestro_event_loop_delay_p99_seconds',
  help: 'Event-loop delay, 99th percentile since the last scrape.',
  registers: [registry],
  collect() {
    this.set(loopDelay.percentile(99) / 1e9);
    loopDelay.reset();
  },
});

/** Yoga plugin: counts and times every operation by name and outcome. */
export function metricsPlugin(): Plugin {
  return {
    onExecute({ args }) {
      const started = performance.now();
      const { operation, type } = operationOf(args.document, args.operationName);
      return {
        onExecuteDone({ result }) {
          const failed = 'errors' in result && Array.isArray(result.errors) && result.errors.length > 0;
          operations.inc({ operation, type, outcome: failed ? 'error' : 'ok' });
          operationSeconds.observe({ operation, type }, (performance.now() - started) / 1000);
        },
      };
    },
    onSubscribe({ args }) {
      countSubscription(args.document, args.operationName);
    },
  };
}

/** Counts a started subscription (the plugin's hook, also called for subscriptions that bypass envelop). */
export function countSubscription(document: DocumentNode, operationName: string | null | undefined) {
  operations.inc({ operation: operationOf(document, operationName).operation, type: 'subscription', outcome: 'ok' });
}

/** The executed operation's name (from the document when the request names none) and type. */
function operationOf(document: DocumentNode, operationName: string | null | undefined) {
  const ast = getOperationAST(document, operationName);
  return { operation: ast ? operationLabel(ast.name?.value ?? null) : 'unknown', type: ast?.operation ?? 'unknown' };
}

/**
 * At most this many distinct operation names become label values; later new names count as
 * "other". Clients choose operation names, and every label value is a time series kept for the life
 * of the process and sent on every scrape: unbounded, one client could grow both without limit.
 */
export const MAX_OPERATION_LABELS = 200;
const OPERATION_NAME_MAX = 64;
const labelledOperations = new Set<string>();

function operationLabel(name: string | null): string {
  if (name === null) return 'anonymous';
  if (labelledOperations.has(name)) return name;
  if (name.length > OPERATION_NAME_MAX || labelledOperations.size >= MAX_OPERATION_LABELS) return 'other';
  labelledOperations.add(name);
  return name;
}
