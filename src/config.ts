/**
 * Server configuration: command-line flags win over environment variables, which win over defaults.
 * `parseConfig` throws ConfigError with a message meant for the person starting the server.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AgentConfigError, loadAgentProfiles } from './agents/load.ts';
import type { AgentProfiles } from './agents/profiles.ts';
import { DEFAULT_DATA_DIR } from './client/spool.ts';

export type Config = Readonly<{
  host: string;
  port: number;
  dataDir: string;
  /** `file:…` (SQLite, the embedded default) or `postgresql://…` (scaling out on several instances). */
  databaseUrl: string;
  /** Which engine `databaseUrl` names. */
  databaseEngine: DatabaseEngine;
  /** Required for every request when set; mandatory when binding a non-loopback address. */
  authToken: string | null;
  logLevel: string;
  /** Days of events to keep; null keeps everything. */
  eventRetentionDays: number | null;
  graphiql: boolean;
  /** Largest accepted HTTP body for /graphql, in bytes. */
  maxBodyBytes: number;
  /** The user's skills directory: the USER skill scope, between the bundled and the project's skills. */
  skillsDir: string;
  /** Largest accepted hook body for POST /hooks/claude, in bytes (Edit payloads carry whole files). */
  hookMaxBodyBytes: number;
  /** A live session with no hook event for this long becomes STALE. */
  sessionStaleSeconds: number;
  /** Start the in-server runner that launches spawned sessions (off: --no-runner / MAESTRO_RUNNER=0). */
  runner: boolean;
  /** The agent profiles spawnSession may name (src/agents): built-in `claude`, <data-dir>/agents.json, --agent flags. */
  agents: AgentProfiles;
  /** The runner's claim lease: a request held by a runner silent for this long is taken over. */
  runnerLeaseMs: number;
  /** A runner host silent this long counts as dead: other hosts may take over what it launched (the fencing rule). */
  runnerHostDeadMs: number;
  /** Host names (beyond loopback) that requests may address, each optionally with a port (src/http/guard.ts). */
  publicHosts: readonly string[];
  /** Browser origins allowed cross-origin access with CORS; empty: no CORS answer at all. */
  corsOrigins: readonly string[];
  /** A bearer token for /metrics alone (the server token works too); null: /metrics needs the server token when one is set. */
  metricsToken: string | null;
  /** A request's headers and body must arrive within this many milliseconds (slow-body connections are dropped). */
  requestTimeoutMs: number;
}>;

export class ConfigError extends Error {}

export type DatabaseEngine = 'sqlite' | 'postgresql';

/**
 * The engine a database URL names: `file:` is SQLite, `postgresql://` or `postgres://` (libpq's two
 * spellings) is PostgreSQL; anything else is refused, naming only the scheme (the rest of a
 * PostgreSQL URL may hold a password).
 */
export function databaseEngineOf(url: string): DatabaseEngine {
  if (url.startsWith('file:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgresql';
  throw new ConfigError(
    `The database URL must be a SQLite "file:" URL or a PostgreSQL "postgresql://user:password@host:port/database" URL (got "${url.split(':')[0]}:…").`,
  );
}

export const HELP = `maestro server — GraphQL API, web UI and GraphiQL on one port

Usage: npm start -- [options]      (or: tsx src/main.ts [options])

Options (flag, then environment variable):
  --host HOST              MAESTRO_HOST            address to bind (default 127.0.0.1)
  --port N                 PORT                    port; 0 picks a free one (default 4000)
  --data-dir DIR           MAESTRO_DATA_DIR        data directory, created on first start (default ~/.maestro)
  --database-url URL       DATABASE_URL            the database: file:PATH (SQLite, default file:<data-dir>/maestro.db)
                                                   or postgresql://USER:PASSWORD@HOST:PORT/DB (several instances)
  --auth-token TOKEN       MAESTRO_AUTH_TOKEN      require "Authorization: Bearer TOKEN" (required off loopback)
  --event-retention-days N MAESTRO_EVENT_RETENTION_DAYS   prune events older than N days (default: keep all)
  --no-graphiql            MAESTRO_GRAPHIQL=0      turn off GraphiQL and introspection
  --log-level LEVEL        LOG_LEVEL               pino level: fatal|error|warn|info|debug (default info)
  --skills-dir DIR         MAESTRO_SKILLS_DIR      the user's skills (default ~/.agents-ui/maestro-skills)
  --hook-max-body-bytes N  MAESTRO_HOOK_MAX_BODY_BYTES   cap for POST /hooks/claude bodies (default 16777216 = 16 MiB)
  --session-stale-seconds N MAESTRO_SESSION_STALE_SECONDS a live session silent this long is STALE (default 600)
  --no-runner              MAESTRO_RUNNER=0        do not launch spawned sessions here (run \`maestro runner\` instead)
  --agent NAME=COMMAND                             an agent profile spawnSession may name (repeatable; COMMAND is a
                                                   /bin/sh command line; also <data-dir>/agents.json)
  --default-agent NAME     MAESTRO_DEFAULT_AGENT   the profile used when a spawn names none (default: claude)
  --runner-lease-ms N      MAESTRO_RUNNER_LEASE_MS claim lease of the runner (default 15000)
  --runner-host-dead-ms N  MAESTRO_RUNNER_HOST_DEAD_MS  a runner host silent this long is dead: other hosts may
                                                   relaunch what it launched (default 60000)
  --public-host NAME       MAESTRO_PUBLIC_HOSTS    a Host name clients may use besides loopback, repeatable
                                                   (env: comma-separated; required with a non-loopback --host)
  --cors-origin ORIGIN     MAESTRO_CORS_ORIGINS    allow this browser origin cross-origin (CORS), repeatable
                                                   (env: comma-separated; default: no CORS at all)
  --metrics-token TOKEN    MAESTRO_METRICS_TOKEN   bearer token for /metrics (the server token also works)
  --request-timeout-ms N   MAESTRO_REQUEST_TIMEOUT_MS  drop a request whose headers and body take longer (default 30000)
  -h, --help                                       show this help

Endpoints: /graphql (POST, GET, graphql-ws, SSE; GraphiQL in a browser), / (web UI),
           /hooks/claude (Claude Code hook ingest), /healthz, /readyz, /metrics`;

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export function parseConfig(argv: string[], env: NodeJS.ProcessEnv): Config | 'help' {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'database-url': { type: 'string' },
      'auth-token': { type: 'string' },
      'event-retention-days': { type: 'string' },
      'no-graphiql': { type: 'boolean' },
      'log-level': { type: 'string' },
      'skills-dir': { type: 'string' },
      'hook-max-body-bytes': { type: 'string' },
      'session-stale-seconds': { type: 'string' },
      'no-runner': { type: 'boolean' },
      agent: { type: 'string', multiple: true },
      'default-agent': { type: 'string' },
      'agent-command': { type: 'string' },
      'runner-lease-ms': { type: 'string' },
      'runner-host-dead-ms': { type: 'string' },
      'public-host': { type: 'string', multiple: true },
      'cors-origin': { type: 'string', multiple: true },
      'metrics-token': { type: 'string' },
      'request-timeout-ms': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';

  const host = values.host ?? env.MAESTRO_HOST ?? '127.0.0.1';
  const port = Number(values.port ?? env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`Invalid port "${values.port ?? env.PORT}": use an integer from 0 to 65535.`);
  }
  const dataDir = resolve(values['data-dir'] ?? env.MAESTRO_DATA_DIR ?? DEFAULT_DATA_DIR);
  const databaseUrl = values['database-url'] ?? (env.DATABASE_URL ?? `file:${join(dataDir, 'maestro.db')}`);
  const databaseEngine = databaseEngineOf(databaseUrl);
  const authToken = values['auth-token'] ?? env.MAESTRO_AUTH_TOKEN ?? null;
  if (!LOOPBACK.has(host) && !authToken) {
    throw new ConfigError(`Binding ${host} exposes the server beyond this machine: set --auth-token or MAESTRO_AUTH_TOKEN.`);
  }
  const retentionRaw = values['event-retention-days'] ?? env.MAESTRO_EVENT_RETENTION_DAYS;
  const eventRetentionDays = retentionRaw === undefined ? null : Number(retentionRaw);
  if (eventRetentionDays !== null && !(eventRetentionDays > 0)) {
    throw new ConfigError(`Invalid --event-retention-days "${retentionRaw}": use a positive number of days.`);
  }
  const hookMaxRaw = values['hook-max-body-bytes'] ?? env.MAESTRO_HOOK_MAX_BODY_BYTES;
  const hookMaxBodyBytes = hookMaxRaw === undefined ? 16 * 1024 * 1024 : Number(hookMaxRaw);
  if (!Number.isInteger(hookMaxBodyBytes) || hookMaxBodyBytes < 1024) {
    throw new ConfigError(`Invalid --hook-max-body-bytes "${hookMaxRaw}": use a whole number of bytes, at least 1024.`);
  }
  const staleRaw = values['session-stale-seconds'] ?? env.MAESTRO_SESSION_STALE_SECONDS;
  const sessionStaleSeconds = staleRaw === undefined ? 600 : Number(staleRaw);
  if (!(sessionStaleSeconds > 0)) {
    throw new ConfigError(`Invalid --session-stale-seconds "${staleRaw}": use a positive number of seconds.`);
  }
  const leaseRaw = values['runner-lease-ms'] ?? env.MAESTRO_RUNNER_LEASE_MS;
  const runnerLeaseMs = leaseRaw === undefined ? 15_000 : Number(leaseRaw);
  if (!Number.isInteger(runnerLeaseMs) || runnerLeaseMs < 500 || runnerLeaseMs > 600_000) {
    throw new ConfigError(`Invalid --runner-lease-ms "${leaseRaw}": use a whole number of milliseconds from 500 to 600000.`);
  }
  const hostDeadRaw = values['runner-host-dead-ms'] ?? env.MAESTRO_RUNNER_HOST_DEAD_MS;
  const runnerHostDeadMs = hostDeadRaw === undefined ? 60_000 : Number(hostDeadRaw);
  if (!Number.isInteger(runnerHostDeadMs) || runnerHostDeadMs < 1000 || runnerHostDeadMs > 86_400_000) {
    throw new ConfigError(`Invalid --runner-host-dead-ms "${hostDeadRaw}": use a whole number of milliseconds from 1000 to 86400000 (a day).`);
  }
  const publicHosts = listOption(values['public-host'], env.MAESTRO_PUBLIC_HOSTS).map(publicHostName);
  if (!LOOPBACK.has(host) && publicHosts.length === 0) {
    throw new ConfigError(
      `Binding ${host} is for clients on other machines: name the host they will use with --public-host NAME (or MAESTRO_PUBLIC_HOSTS); ` +
        'requests addressed to any other name are refused (DNS rebinding).',
    );
  }
  const corsOrigins = listOption(values['cors-origin'], env.MAESTRO_CORS_ORIGINS).map(corsOrigin);
  const timeoutRaw = values['request-timeout-ms'] ?? env.MAESTRO_REQUEST_TIMEOUT_MS;
  const requestTimeoutMs = timeoutRaw === undefined ? 30_000 : Number(timeoutRaw);
  if (!Number.isInteger(requestTimeoutMs) || requestTimeoutMs < 500 || requestTimeoutMs > 600_000) {
    throw new ConfigError(`Invalid --request-timeout-ms "${timeoutRaw}": use a whole number of milliseconds from 500 to 600000.`);
  }
  if (values['agent-command'] !== undefined || env.MAESTRO_AGENT_COMMAND) {
    throw new ConfigError(
      `${values['agent-command'] !== undefined ? '--agent-command' : 'MAESTRO_AGENT_COMMAND'} was removed: define a profile with --agent NAME=COMMAND ` +
        '(or in <data-dir>/agents.json) and make it the default with --default-agent NAME.',
    );
  }
  let agents: AgentProfiles;
  try {
    agents = loadAgentProfiles({ dataDir, flags: values.agent ?? [], defaultName: values['default-agent'] ?? env.MAESTRO_DEFAULT_AGENT ?? null });
  } catch (error) {
    if (error instanceof AgentConfigError) throw new ConfigError(error.message);
    throw error;
  }
  return {
    host,
    port,
    dataDir,
    databaseUrl,
    databaseEngine,
    authToken,
    logLevel: values['log-level'] ?? env.LOG_LEVEL ?? 'info',
    eventRetentionDays,
    graphiql: !values['no-graphiql'] && env.MAESTRO_GRAPHIQL !== '0',
    maxBodyBytes: 1024 * 1024,
    skillsDir: resolve(values['skills-dir'] ?? env.MAESTRO_SKILLS_DIR ?? join(homedir(), '.agents-ui', 'maestro-skills')),
    hookMaxBodyBytes,
    sessionStaleSeconds,
    runner: !values['no-runner'] && env.MAESTRO_RUNNER !== '0',
    agents,
    runnerLeaseMs,
    runnerHostDeadMs,
    publicHosts,
    corsOrigins,
    metricsToken: values['metrics-token'] ?? (env.MAESTRO_METRICS_TOKEN || null),
    requestTimeoutMs,
  };
}

/** A repeatable flag wins over its comma-separated environment variable; blanks are dropped. */
function listOption(flags: string[] | undefined, env: string | undefined): string[] {
  const raw = flags?.length ? flags : (env ?? '').split(',');
  return raw.map((value) => value.trim()).filter(Boolean);
}

/** `name` or `name:port`, lower-cased; an IPv6 address goes in brackets ([fd00::1]:4000). */
function publicHostName(value: string): string {
  let parsed: URL | null = null;
  try {
    parsed = new URL(`http://${value}`);
  } catch {
    // reported below
  }
  if (!parsed || /[/?#@\s]/.test(value)) {
    throw new ConfigError(`Invalid --public-host "${value}": use a host name or address, optionally with :port (maestro.example.com, 10.0.0.5:4000).`);
  }
  return parsed.host;
}

/** An origin exactly as browsers send it: scheme://host[:port], nothing else. */
function corsOrigin(value: string): string {
  let parsed: URL | null = null;
  try {
    parsed = new URL(value);
  } catch {
    // reported below
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.origin !== value.replace(/\/$/, '').toLowerCase()) {
    throw new ConfigError(`Invalid --cors-origin "${value}": use an origin such as https://app.example.com (scheme and host, optional port, no path; "*" is not accepted).`);
  }
  return parsed.origin;
}
