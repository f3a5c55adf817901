/**
 * The runner: launches spawned sessions and supervises their agent processes. It runs inside the
 * server by default (app.ts) or on its own as `maestro runner`, and in both cases talks to the server
 * only through the client library (src/client): the event stream and typed requests.
 *
 * Finding requests. It wakes on the event log: it follows SPAWN_REQUESTED and SESSION_STOP_REQUESTED
 * live and claims then. On every (re)connection it asks for `pendingSpawns` — requests never claimed
 * (made while no runner was up) — so a request made while no runner listened is picked up when one
 * starts. One thing makes no event: a holder's lease running out (the holder died). For that alone a
 * slow safety poll asks again every `pollMs` (default: one lease), so a takeover waits at most about
 * two leases, and an idle runner makes one request per lease instead of one every few seconds (plus
 * its host's heartbeat, an empty lease renewal, also once per lease).
 *
 * Hosts. Each runner belongs to a host: its data directory on its machine, named by a host id
 * (host-id.ts). It writes its session directories under that data directory (session-dir.ts, from
 * the claim reply when it is not the server's), so it needs nothing from the server but the API.
 * Claims and lease renewals report the host alive; an idle runner still renews (an empty heartbeat)
 * once per lease, so a host is alive while any runner on it runs.
 *
 * Guarantee (per request, runners on one host sharing the data directory):
 *   - Claims are compare-and-swap updates in one transaction: at most one runner holds a request,
 *     and the holder renews its lease every lease/3.
 *   - The launch record (state LAUNCHING + a fresh launchId) commits before exec; exec happens only
 *     if the record was accepted and at most lease/2 has passed since (a stalled runner whose lease
 *     may have run out does not exec).
 *   - The launched shell writes launch-<launchId>.pid before it runs the agent. A runner taking over
 *     an expired LAUNCHING/RUNNING request relaunches only when that file does not exist (the process
 *     never started); if it exists, it adopts the process while it lives (checked through
 *     /proc/<pid>/environ's MAESTRO_LAUNCH_ID), or records its exit.
 *   Fencing (runners on different hosts, src/services/runner-hosts.ts): the server lets a runner of
 *   another host take over a LAUNCHING/RUNNING request only once the launching host is dead (silent
 *   past the host-dead timeout, or declared dead by an operator); such a takeover launches again,
 *   since the other host's pid file cannot be seen. A runner that comes back and finds its request
 *   held by another host stops its agent: that host has launched it again.
 *   So a runner killed at any point neither loses the request (the lease runs out, another runner
 *   takes it over) nor gets it started twice — with one caveat: a process that was adopted has no
 *   exit code (it is not our child); its exit is recorded as "exit status unknown" (ENDED if the agent
 *   had sent SessionEnd, else FAILED). Takeover waits for the lease (default 15 s) to run out.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, watch } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { createEventStream, type EventStream } from '../client/event-stream.ts';
import { graphqlEndpoint } from '../client/request.ts';
import { DEFAULT_DATA_DIR, flush as flushSpool, INCOMING_DIR } from '../client/spool.ts';
import { runnerApi, type ClaimResult } from './api.ts';
import { hostIdFor } from './host-id.ts';

export { checkHostId, HostIdError } from './host-id.ts';
import { localSession } from './session-dir.ts';
import { isLaunch, launchAgent, pidFileFor, readPidFile, signalGroup, tailOf, waitForExit, waitForGroupGone } from './process.ts';
import { prepareSession, type Manifest, type Prepared } from './prepare.ts';

export type RunnerLog = (level: 'info' | 'warn' | 'error', message: string, data?: Record<string, unknown>) => void;

export type RunnerOptions = {
  serverUrl: string;
  /** The server's auth token, when it requires one. */
  token?: string | null;
  leaseMs?: number;
  pollMs?: number;
  /** The data directory given to agents as MAESTRO_DATA_DIR (where `maestro hook` spools). */
  dataDir?: string | null;
  /** How often the runner flushes <dataDir>/spool (it also flushes on start). Default 10 s. */
  spoolFlushMs?: number;
  runnerId?: string;
  /** The host id (default: `<dataDir>/host-id`, created on first use; see host-id.ts). */
  hostId?: string;
  log?: RunnerLog;
  /** Test hook: stop (sleep) at a point of the launch so a test can kill the runner there. */
  pauseAt?: { point: 'after-claim' | 'after-record' | 'after-exec'; ms: number } | null;
  /** Extra environment for every agent. */
  env?: Record<string, string>;
  /** Extra headers on every request to the server (the in-server runner marks its traffic internal). */
  headers?: Record<string, string>;
};

export type Runner = {
  readonly id: string;
  readonly hostId: string;
  start(): Promise<void>;
  /** Stops following requests. Agents keep running; another runner adopts them after the lease. */
  stop(): Promise<void>;
  /** Sessions (global IDs) this runner holds right now. */
  held(): string[];
};

type Held = {
  sessionId: string;
  /** Its session directory under this runner's data directory, once written (holds the 0600 token file, removed at exit). */
  sessionDir?: string;
  /** Rewrites the server's session directory to ours in the prompt. */
  localise?: (text: string) => string;
  launchId: string | null;
  pid: number | null;
  stopping: boolean;
  killTimer?: ReturnType<typeof setTimeout>;
  cancelWatch?: () => void;
};

const STRIPPED_ENV = ['MAESTRO_AUTH_TOKEN', 'MAESTRO_RUNNER_PAUSE_AT', 'PORT', 'DATABASE_URL'];

/**
 * The command of the profile the server resolved into the manifest at spawn time. The runner has no
 * profile configuration of its own: the in-server runner and `maestro runner` run exactly what the
 * server's configuration said when the session was spawned. A version-1 manifest's `agent` was a
 * command line a client sent: it is never run.
 */
function profileCommand(m: Manifest) {
  const agent = m.agent;
  if (!agent || typeof agent !== 'object' || !agent.command) return null;
  return agent.command;
}

export function createRunner(options: RunnerOptions): Runner {
  const id = options.runnerId ?? `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const leaseMs = options.leaseMs ?? 15_000;
  // Only lease takeovers need the poll (everything else arrives as an event): polling faster than a
  // lease runs out would find nothing new.
  const pollMs = options.pollMs ?? Math.max(250, leaseMs);
  const log: RunnerLog = options.log ?? ((level, message, data) => process.stderr.write(`runner ${level}: ${message}${data ? ` ${JSON.stringify(data)}` : ''}\n`));
  const api = runnerApi({ server: options.serverUrl, token: options.token ?? null, actor: `runner:${id}`, headers: options.headers });
  const held = new Map<string, Held>();
  const inFlight = new Set<string>();
  let stream: EventStream | null = null;
  let pollTimer: ReturnType<typeof setInterval> | null = null;
  let beatTimer: ReturnType<typeof setInterval> | null = null;
  let spoolTimer: ReturnType<typeof setInterval> | null = null;
  let flushing: Promise<void> | null = null;
  let flushAgain = false;
  let unwatchIncoming: (() => void) | null = null;
  /** The data directory agents spool hook events under: the runner's, else `maestro hook`'s default. */
  const hookDataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const spoolDir = join(hookDataDir, 'spool');
  const hostId = options.hostId ?? hostIdFor(hookDataDir);
  /** Requests the fencing rule keeps from us, logged once each. */
  const fencedLogged = new Set<string>();
  let idleBeats = 0;
  let stopped = false;
  let reconciling: Promise<void> | null = null;

  const pause = async (point: NonNullable<RunnerOptions['pauseAt']>['point'], sessionId: string) => {
    if (options.pauseAt?.point !== point) return;
    log('warn', `paused ${point}`, { sessionId, ms: options.pauseAt.ms, pid: process.pid });
    await new Promise((r) => setTimeout(r, options.pauseAt!.ms));
  };

  async function reconcile() {
    if (stopped) return;
    reconciling ??= (async () => {
      try {
        for (const sessionId of await api.pending()) void handle(sessionId);
      } catch (error) {
        log('warn', `could not list pending spawns: ${(error as Error).message}`);
      } finally {
        reconciling = null;
      }
    })();
    return reconciling;
  }

  async function handle(sessionId: string) {
    if (stopped || inFlight.has(sessionId) || held.has(sessionId)) return;
    inFlight.add(sessionId);
    try {
      const claim = await api.claim(sessionId, id, hostId, leaseMs);
      if (!claim.claimed) {
        if (claim.fenced && !fencedLogged.has(sessionId)) {
          fencedLogged.add(sessionId);
          log('info', `not taking over: ${claim.fenced}`, { sessionId });
        }
        return;
      }
      fencedLogged.delete(sessionId);
      const entry: Held = { sessionId, launchId: null, pid: null, stopping: false };
      held.set(sessionId, entry);
      log('info', 'claimed', { sessionId, previousState: claim.previousState });
      await pause('after-claim', sessionId);
      await launchOrRecover(entry, claim);
    } catch (error) {
      log('error', `spawn ${sessionId} failed: ${(error as Error).message}`);
    } finally {
      inFlight.delete(sessionId);
    }
  }

  async function launchOrRecover(entry: Held, claim: ClaimResult) {
    if (claim.stopRequested && (claim.previousState === 'REQUESTED' || claim.previousState === 'CLAIMED')) {
      await finish(entry, { reason: 'stopped before launch' });
      return;
    }
    let sessionDir: string;
    try {
      const local = localSession(hookDataDir, claim);
      sessionDir = entry.sessionDir = local.sessionDir;
      entry.localise = local.localise;
    } catch (error) {
      await finish(entry, { reason: `could not write the session directory: ${(error as Error).message}` });
      return;
    }
    if ((claim.previousState === 'LAUNCHING' || claim.previousState === 'RUNNING') && claim.previousLaunchId) {
      // The pid file is looked for whichever host the server names: one in our session directory means
      // this data directory launched it (a launch recorded before host ids existed names the machine).
      const pidFile = pidFileFor(sessionDir, claim.previousLaunchId);
      const pid = readPidFile(pidFile);
      if (pid !== null || existsSync(pidFile)) {
        entry.launchId = claim.previousLaunchId;
        if (pid !== null && isLaunch(pid, claim.previousLaunchId)) {
          entry.pid = pid;
          const ack = await api.launched(entry.sessionId, id, claim.previousLaunchId, pid, true);
          if (!ack.ok) return void held.delete(entry.sessionId);
          log('info', 'adopted a running agent after a takeover', { sessionId: entry.sessionId, pid });
          const watch = waitForExit(pid, claim.previousLaunchId);
          entry.cancelWatch = watch.cancel;
          if (ack.stopRequested) stopProcess(entry, ack.stopGraceMs ?? 5000);
          void watch.done.then(() =>
            finish(entry, { outputTail: tailOf(`${sessionDir}/output.log`), reason: 'exit status unknown: adopted after the runner that launched it stopped' }),
          );
          return;
        }
        await finish(entry, { outputTail: tailOf(`${sessionDir}/output.log`), reason: 'exited while no runner supervised it (exit status unknown)' });
        return;
      }
      if (claim.previousHost && claim.previousHost !== hostId) {
        // The server allowed this takeover only because that host is dead: its processes are out of our reach.
        log('warn', 'taking over from a dead host: launching again', { sessionId: entry.sessionId, previousHost: claim.previousHost });
      } else log('warn', 'the previous launch never started its process: launching again', { sessionId: entry.sessionId, launchId: claim.previousLaunchId });
    }
    await launch(entry, claim);
  }

  async function launch(entry: Held, claim: ClaimResult) {
    const sessionDir = entry.sessionDir!;
    let prepared: Prepared;
    try {
      prepared = prepareSession(sessionDir);
    } catch (error) {
      await finish(entry, { reason: `could not prepare the session: ${(error as Error).message}` });
      return;
    }
    const launchId = randomBytes(8).toString('hex');
    const recordedAt = Date.now();
    const record = await api.recordLaunch(entry.sessionId, id, launchId, leaseMs);
    if (!record.ok) {
      log('warn', 'lost the request before launch (lease expired or stop requested)', { sessionId: entry.sessionId });
      held.delete(entry.sessionId);
      void reconcile();
      return;
    }
    entry.launchId = launchId;
    await pause('after-record', entry.sessionId);
    if (Date.now() - recordedAt > leaseMs / 2) {
      // Our lease may have run out meanwhile: another runner may be taking over. Never exec late.
      log('warn', 'launch record too old to exec safely; leaving the request to a takeover', { sessionId: entry.sessionId });
      held.delete(entry.sessionId);
      return;
    }
    const m = prepared.manifest;
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const key of STRIPPED_ENV) delete env[key];
    Object.assign(env, options.env ?? {}, {
      PATH: `${prepared.binDir}:${process.env.PATH ?? '/usr/bin:/bin'}`,
      MAESTRO_SESSION_ID: m.sessionId,
      MAESTRO_TASK_IDS: claim.taskIds.join(','),
      MAESTRO_PROJECT_ID: m.projectId,
      MAESTRO_SERVER_URL: options.serverUrl,
      MAESTRO_MANIFEST_PATH: prepared.manifestPath,
      MAESTRO_TOKEN: prepared.token,
      MAESTRO_ROLE: m.role,
      MAESTRO_PARENT_SESSION_ID: m.parentSessionId ?? '',
      MAESTRO_SESSION_DIR: sessionDir,
      MAESTRO_SETTINGS_PATH: prepared.settingsPath,
      MAESTRO_PLUGIN_DIR: prepared.pluginDir,
      MAESTRO_PROMPT: entry.localise ? entry.localise(claim.prompt ?? m.prompt) : (claim.prompt ?? m.prompt),
      MAESTRO_MODEL: claim.model ?? '',
      MAESTRO_LAUNCH_ID: launchId,
      MAESTRO_AGENT_PROFILE: typeof m.agent === 'object' && m.agent ? m.agent.profile : '',
      MAESTRO_DATA_DIR: hookDataDir,
    });
    const command = profileCommand(m);
    if (!command) {
      await finish(entry, { reason: 'the manifest names no agent profile (it predates agent profiles): spawn the session again' });
      return;
    }
    // The agent works in the project's folder (checked at spawn time); the session directory keeps only
    // what Maestro hands it (manifest, settings, skills, bin). A folder removed since is a failure, not
    // a reason to run the agent somewhere else.
    const cwd = m.cwd || sessionDir;
    if (!existsSync(cwd)) {
      await finish(entry, { reason: `the working directory ${cwd} no longer exists: the agent was not started` });
      return;
    }
    let started;
    try {
      started = launchAgent({ command, cwd, env, outputPath: prepared.outputPath, pidFile: pidFileFor(sessionDir, launchId) });
    } catch (error) {
      await finish(entry, { reason: `could not start the agent: ${(error as Error).message}` });
      return;
    }
    entry.pid = started.pid;
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => started.child.once('exit', (code, signal) => resolve({ code, signal })));
    started.child.once('error', (error) => log('error', `agent process error: ${error.message}`, { sessionId: entry.sessionId }));
    await pause('after-exec', entry.sessionId);
    try {
      const ack = await api.launched(entry.sessionId, id, launchId, started.pid, false);
      if (ack.stopRequested) stopProcess(entry, ack.stopGraceMs ?? 5000);
    } catch (error) {
      log('error', `could not report the launch: ${(error as Error).message}`, { sessionId: entry.sessionId });
    }
    const { code, signal } = await exited;
    if (entry.stopping && !(await waitForGroupGone(started.pid))) {
      log('warn', 'processes of the stopped agent outlived it', { sessionId: entry.sessionId, pgid: started.pid });
    }
    await finish(entry, { exitCode: signal ? null : code, signal, outputTail: tailOf(prepared.outputPath) });
  }

  async function finish(entry: Held, report: { exitCode?: number | null; signal?: string | null; outputTail?: string; reason?: string }) {
    clearTimeout(entry.killTimer);
    entry.cancelWatch?.();
    for (let attempt = 0; ; attempt++) {
      try {
        // The agent's last hook events may still be in the spool (server down or slow when they
        // fired): they go first, since the ended session's token will no longer be accepted.
        await flushHookSpool();
        await api.exit(entry.sessionId, id, entry.launchId, report);
        break;
      } catch (error) {
        if (stopped || attempt >= 20) {
          log('error', `could not report the exit: ${(error as Error).message}`, { sessionId: entry.sessionId });
          break;
        }
        await new Promise((r) => setTimeout(r, Math.min(5000, 200 * 2 ** attempt)));
      }
    }
    // The agent is gone and its token no longer works (the session has ended): the clear token is
    // not left on disk. Its hash stays in the database.
    if (entry.sessionDir) rmSync(join(entry.sessionDir, 'token'), { force: true });
    held.delete(entry.sessionId);
    log('info', 'exited', { sessionId: entry.sessionId, ...report, outputTail: undefined });
  }

  /**
   * Sends the agents' hook events: what their shell hook left in <data dir>/spool/incoming (adopted
   * into the spool first) and what `maestro hook` spooled while the server was unreachable, in
   * order, each with its Idempotency-Key (src/client/spool.ts, the same code as `maestro spool
   * flush`; they share its lock). Delivered to this runner's server, since the agents of this data
   * directory were given its URL. A call during a flush makes that flush go round once more, so
   * whoever awaits it (finish, before reporting an exit) also gets the latest events. Never throws.
   */
  function flushHookSpool(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (flushing) {
      flushAgain = true;
      return flushing;
    }
    flushing = (async () => {
      try {
        do {
          flushAgain = false;
          const result = await flushSpool({ spoolDir, timeoutMs: 10_000, url: options.serverUrl.replace(/\/+$/, ''), token: options.token ?? null });
          if (result.rejected) log('warn', 'the server refused hook events; kept under spool/rejected', { spoolDir, rejected: result.rejected });
          if (result.error) {
            log('warn', `hook spool flush stopped: ${result.error}`, { spoolDir, sent: result.sent, left: result.left });
            break; // the periodic flush tries again
          }
        } while (flushAgain && !stopped);
      } catch (error) {
        log('error', `hook spool flush failed: ${(error as Error).message}`, { spoolDir });
      } finally {
        flushing = null;
      }
    })();
    return flushing;
  }

  /** Flushes as soon as a shell hook renames an event into incoming/ (inotify), not on the next tick. */
  function watchIncoming(): () => void {
    const dir = join(spoolDir, INCOMING_DIR);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const watcher = watch(dir, (_type, name) => {
      if (name?.endsWith('.hook')) void flushHookSpool();
    });
    watcher.on('error', (error) => log('warn', `cannot watch ${dir} (${error.message}): hook events are sent by the periodic flush only`));
    return () => watcher.close();
  }

  function stopProcess(entry: Held, graceMs: number) {
    if (entry.stopping || entry.pid === null) return;
    entry.stopping = true;
    log('info', 'stopping', { sessionId: entry.sessionId, pid: entry.pid, graceMs });
    signalGroup(entry.pid, 'SIGTERM');
    entry.killTimer = setTimeout(() => {
      if (held.has(entry.sessionId) && entry.pid !== null) signalGroup(entry.pid, 'SIGKILL');
    }, graceMs);
  }

  async function heartbeat() {
    const ids = [...held.keys()];
    // Holding nothing, the renewal is the host's heartbeat alone: once per lease is plenty (the
    // host-dead timeout is several leases), not every third of one.
    if (ids.length === 0 && idleBeats++ % 3 !== 0) return;
    try {
      for (const lease of await api.renew(id, hostId, ids, leaseMs)) {
        const entry = held.get(lease.sessionId);
        if (!entry) continue;
        if (lease.stopRequested) stopProcess(entry, lease.stopGraceMs ?? 5000);
        else if (!lease.held && lease.holderHost && lease.holderHost !== hostId && entry.pid !== null) {
          // We were frozen or cut off past our lease and our host was declared (or found) dead: another
          // host took the request over and launches it again. Ours must not go on beside it.
          log('warn', 'another host took this request over: stopping our agent', { sessionId: entry.sessionId, holderHost: lease.holderHost, pid: entry.pid });
          stopProcess(entry, 2000);
        }
      }
    } catch (error) {
      log('warn', `heartbeat failed: ${(error as Error).message}`);
    }
  }

  return {
    id,
    hostId,
    held: () => [...held.keys()],
    async start() {
      stopped = false;
      stream = createEventStream({
        url: graphqlEndpoint(options.serverUrl).replace(/^http/, 'ws'),
        filter: { kinds: ['SPAWN_REQUESTED', 'SESSION_STOP_REQUESTED'] },
        webSocketImpl: WebSocket,
        connectionParams: options.token ? { authorization: `Bearer ${options.token}` } : {},
        onState: (state) => {
          if (state.status === 'connected') void reconcile();
        },
        onEvent: (event) => {
          if (!event.sessionId) return;
          if (event.kind === 'SPAWN_REQUESTED') void handle(event.sessionId);
          else if (event.kind === 'SESSION_STOP_REQUESTED') {
            const entry = held.get(event.sessionId);
            const graceMs = (event.payload as { graceMs?: number } | null)?.graceMs ?? 5000;
            if (entry) stopProcess(entry, graceMs);
          }
        },
        onCursorError: (error) => log('error', `event stream stopped: ${error.message}`),
      });
      pollTimer = setInterval(() => void reconcile(), pollMs);
      beatTimer = setInterval(() => void heartbeat(), Math.max(100, Math.floor(leaseMs / 3)));
      spoolTimer = setInterval(() => void flushHookSpool(), options.spoolFlushMs ?? 10_000);
      unwatchIncoming = watchIncoming();
      void flushHookSpool();
      await reconcile();
    },
    async stop() {
      stopped = true;
      stream?.close();
      if (pollTimer) clearInterval(pollTimer);
      if (beatTimer) clearInterval(beatTimer);
      if (spoolTimer) clearInterval(spoolTimer);
      unwatchIncoming?.();
      for (const entry of held.values()) {
        entry.cancelWatch?.();
        clearTimeout(entry.killTimer);
      }
    },
  };
}
