/**
 * The hook spool: `maestro hook`'s delivery, `maestro spool flush` and the runner's flush share it. Node built-ins only
 * (src/client imports nothing else from src/): this is bundled into
 * bin/maestro-hook.mjs, which runs on every agent tool call and must start fast.
 *
 * Spool: one file per event under <data dir>/spool, named so that the names sort in the order the
 * hooks were spooled: a sequence number above every file already spooled and above a persistent
 * counter (spool/.seq, bumped under spool/.seq.lock). Not a clock: the monotonic clock restarts at
 * boot and the wall clock can be set back, and either made events spooled after a power loss sort
 * before older ones. Each file is written to spool/tmp, fsynced, renamed into place and
 * the directory fsynced, so a spooled event survives a crash or power loss. A file holds one JSON
 * header line ({ key, time, url, token }) and then the hook body's bytes unchanged.
 *
 * Flush: in name order, one flusher at a time (spool/.flush.lock naming its holder: never taken
 * from a live holder however long it runs, taken over at once when the holder died), each event POSTed with its original Idempotency-Key and hook time, so a retry of a
 * delivery the server already stored is acked as a duplicate, never stored twice. A 2xx removes the
 * file; a permanent refusal (400, 401, 403, 404, 405, 413, 415, 422) moves it to spool/rejected with the
 * server's answer; anything else (server down, 5xx, timeout) stops the flush and keeps the order.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { tryLockFile } from './lock-file.ts';

export const DEFAULT_SERVER_URL = 'http://127.0.0.1:4000';
/** The data directory when none is given: the server's, and where hooks spool (its spool/). */
export const DEFAULT_DATA_DIR = join(homedir(), '.maestro');
/** How long spooling waits for another spooler's sequence lock (held for microseconds) before going without. */
const SEQ_LOCK_WAIT_MS = 2000;
const PERMANENT = new Set([400, 401, 403, 404, 405, 413, 415, 422]);

export type HookConfig = {
  url: string;
  token: string | null;
  spoolDir: string;
  /** How long one POST may take before the event is spooled instead. */
  timeoutMs: number;
  /** After a passing failure, how long hooks only spool before one tries the server again. */
  retryAfterMs: number;
};

export function hookConfig(env: NodeJS.ProcessEnv, overrides: Partial<HookConfig> = {}): HookConfig {
  const dataDir = env['MAESTRO_DATA_DIR'] || DEFAULT_DATA_DIR;
  return {
    url: (env['MAESTRO_SERVER_URL'] || DEFAULT_SERVER_URL).replace(/\/+$/, ''),
    token: env['MAESTRO_TOKEN'] || null,
    spoolDir: join(dataDir, 'spool'),
    timeoutMs: Number(env['MAESTRO_HOOK_TIMEOUT_MS']) > 0 ? Number(env['MAESTRO_HOOK_TIMEOUT_MS']) : 2000,
    retryAfterMs: env['MAESTRO_HOOK_RETRY_AFTER_MS'] && Number(env['MAESTRO_HOOK_RETRY_AFTER_MS']) >= 0 ? Number(env['MAESTRO_HOOK_RETRY_AFTER_MS']) : DEFAULT_RETRY_AFTER_MS,
    ...overrides,
  };
}

export type Spooled = { key: string; time: number; url: string; token: string | null };
export type PostOutcome = { ok: true } | { ok: false; permanent: boolean; reason: string };

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/** POSTs one hook body to <url>/hooks/claude. Never throws. */
export function postHook(meta: Spooled, body: Buffer, timeoutMs: number): Promise<PostOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (outcome: PostOutcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    let target: URL;
    try {
      target = new URL(`${meta.url}/hooks/claude`);
    } catch {
      return done({ ok: false, permanent: true, reason: `invalid server URL ${meta.url}` });
    }
    const headers: Record<string, string | number> = {
      'content-type': 'application/json',
      'content-length': body.length,
      'idempotency-key': meta.key,
      'x-maestro-hook-time': String(meta.time),
    };
    if (meta.token) headers['authorization'] = `Bearer ${meta.token}`;
    const start = (send: typeof request) => {
      const req = send(target, { method: 'POST', headers, ...(target.protocol === 'http:' ? { agent } : {}) }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) return done({ ok: true });
          done({ ok: false, permanent: PERMANENT.has(status), reason: `HTTP ${status} ${Buffer.concat(chunks).toString('utf8').slice(0, 500)}` });
        });
        res.on('error', (e) => done({ ok: false, permanent: false, reason: e.message }));
      });
      req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer in ${timeoutMs} ms`)));
      req.on('error', (e) => done({ ok: false, permanent: false, reason: e.message }));
      req.end(body);
    };
    if (target.protocol === 'https:') {
      // Loaded only for https servers: node:https pulls in TLS, which costs start-up time.
      import('node:https').then(({ request: tls }) => start(tls as typeof request), (e: Error) => done({ ok: false, permanent: false, reason: e.message }));
    } else start(request);
  });
}

function fsyncDir(dir: string) {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some filesystems cannot fsync a directory; the file itself is synced.
  }
}

const SEQ_DIGITS = 20;

/** The sequence number a spool file name starts with (0 for anything else). */
function sequenceOf(name: string): bigint {
  const digits = /^(\d{1,20})-/.exec(name)?.[1];
  return digits ? BigInt(digits) : 0n;
}

function readCounter(path: string): bigint {
  try {
    const text = readFileSync(path, 'utf8').trim();
    return /^\d{1,20}$/.test(text) ? BigInt(text) : 0n;
  } catch {
    return 0n;
  }
}

/** Blocks this thread for `ms` (spooling is synchronous; the hook process has nothing else to do). */
function pause(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * The next sequence number: above the persistent counter and above every file still spooled (files
 * named by the monotonic clock before this scheme included), so a new event sorts after every older
 * one, across reboots and clock changes. Taken under spool/.seq.lock so two hooks never share one.
 */
function nextSequence(dir: string): bigint {
  const counterPath = join(dir, '.seq');
  let lock = tryLockFile(join(dir, '.seq.lock'));
  for (const until = Date.now() + SEQ_LOCK_WAIT_MS; !lock.ok && Date.now() < until; lock = tryLockFile(join(dir, '.seq.lock'))) pause(5);
  try {
    let highest = readCounter(counterPath);
    for (const name of [...pending(dir), ...pending(join(dir, 'rejected'))]) {
      const seq = sequenceOf(name);
      if (seq > highest) highest = seq;
    }
    const next = highest + 1n;
    // Without the lock (a live holder stuck for 2 s) the number may be shared: the pid and key after
    // it still make the name unique, and such events were spooled at the same moment.
    writeDurably(dir, '.seq', [Buffer.from(`${next}\n`)]);
    return next;
  } finally {
    if (lock.ok) lock.release();
  }
}

function spoolName(dir: string, meta: Spooled): string {
  return `${String(nextSequence(dir)).padStart(SEQ_DIGITS, '0')}-${process.pid}-${meta.key}.hook`;
}

function writeDurably(dir: string, name: string, data: Buffer[]) {
  const tmpDir = join(dir, 'tmp');
  mkdirSync(tmpDir, { recursive: true, mode: 0o700 });
  const tmp = join(tmpDir, name);
  const fd = openSync(tmp, 'w', 0o600);
  try {
    for (const chunk of data) writeSync(fd, chunk);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, join(dir, name));
  fsyncDir(dir);
}

/** Appends one event to the spool, durably. Returns the file name. */
export function spool(dir: string, meta: Spooled, body: Buffer): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const name = spoolName(dir, meta);
  writeDurably(dir, name, [Buffer.from(`${JSON.stringify(meta)}\n`), body]);
  return name;
}

function reject(dir: string, name: string, reason: string) {
  const rejected = join(dir, 'rejected');
  mkdirSync(rejected, { recursive: true, mode: 0o700 });
  renameSync(join(dir, name), join(rejected, name));
  writeFileSync(join(rejected, `${name}.reason`), `${reason}\n`);
}

export function pending(dir: string): string[] {
  try {
    return readdirSync(dir).filter((n) => n.endsWith('.hook')).sort();
  } catch {
    return [];
  }
}

function readSpooled(path: string): { meta: Spooled; body: Buffer } {
  const bytes = readFileSync(path);
  const newline = bytes.indexOf(10);
  const meta = JSON.parse(bytes.subarray(0, newline).toString('utf8')) as Spooled;
  return { meta, body: bytes.subarray(newline + 1) };
}

/** The flush lock's release function, or null while another live process flushes. */
function tryLock(dir: string): (() => void) | null {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const attempt = tryLockFile(join(dir, '.flush.lock'));
  return attempt.ok ? attempt.release : null;
}

/**
 * Where spawned sessions' shell hook (SHELL_HOOK_COMMAND) leaves events, under the spool directory,
 * for the runner of that host to adopt into the spool and send.
 */
export const INCOMING_DIR = 'incoming';

/**
 * The command hook of spawned sessions, in plain sh: a few milliseconds per event instead of a Node
 * start-up (~50 ms), and no network on the agent's path, so a down or hung server costs the agent
 * nothing. It writes the session's token and server URL as the header line and then the payload
 * from stdin to <data dir>/spool/incoming/<ns clock>-<pid>.hook, fsynced and renamed into place
 * (Claude Code goes on only once the event is on disk). The runner adopts such files in name order,
 * which is the order the hooks ran, since Claude Code runs an agent's hooks one event at a time.
 * It ignores TERM, HUP and INT: when Claude Code exits it signals the hooks still running, and it
 * does not wait for StopFailure's, which would otherwise be cut off before the file is in place
 * (seen on the real CLI under load); ignored signals are inherited by cat, sync and mv.
 * Needs GNU date (%N) and coreutils sync with file arguments (Linux).
 */
export const SHELL_HOOK_COMMAND =
  `trap '' TERM HUP INT; d="$MAESTRO_DATA_DIR/spool/${INCOMING_DIR}"; f="$d/$(date +%s%N)-$$"; ` +
  `{ printf '{"token":"%s","url":"%s"}\\n' "$MAESTRO_TOKEN" "$MAESTRO_SERVER_URL"; cat; } > "$f.tmp" && sync "$f.tmp" && mv "$f.tmp" "$f.hook" && sync "$d"`;

/** Header fields of an incoming file, when they are strings. */
function incomingHeader(line: Buffer): { token: string | null; url: string } {
  try {
    const header = JSON.parse(line.toString('utf8')) as { token?: unknown; url?: unknown };
    return { token: typeof header.token === 'string' && header.token ? header.token : null, url: typeof header.url === 'string' ? header.url : '' };
  } catch {
    return { token: null, url: '' };
  }
}

/**
 * Moves what the shell hook left in incoming/ into the spool, oldest first, each with a key made
 * from its file name: adopting it again after a crash between the spool write and the unlink sends
 * the same key, which the server acks as a duplicate. Called under the flush lock.
 */
function adoptIncoming(dir: string) {
  const incoming = join(dir, INCOMING_DIR);
  for (const name of pending(incoming)) {
    const path = join(incoming, name);
    const bytes = readFileSync(path);
    const newline = bytes.indexOf(10);
    const header = incomingHeader(newline >= 0 ? bytes.subarray(0, newline) : Buffer.alloc(0));
    const nanoseconds = /^(\d{1,20})-/.exec(name)?.[1];
    const time = nanoseconds ? Number(BigInt(nanoseconds) / 1_000_000n) : Date.now();
    spool(dir, { key: `in-${name.slice(0, -'.hook'.length)}`, time, ...header }, newline >= 0 ? bytes.subarray(newline + 1) : bytes);
    unlinkSync(path);
  }
}

export type FlushResult = { sent: number; rejected: number; left: number; busy: boolean; error: string | null };

/**
 * Sends spooled events in order until the spool is empty, a delivery fails, or `deadline` (epoch ms)
 * passes. Only one process flushes at a time; others return `busy` (the flusher also takes their
 * files, since it lists the directory again until it is empty).
 */
export async function flush(config: Pick<HookConfig, 'spoolDir' | 'timeoutMs'> & { url?: string; token?: string | null }, deadline = Infinity): Promise<FlushResult> {
  const dir = config.spoolDir;
  const result: FlushResult = { sent: 0, rejected: 0, left: 0, busy: false, error: null };
  if (pending(dir).length === 0 && pending(join(dir, INCOMING_DIR)).length === 0) return result;
  const lock = tryLock(dir);
  if (!lock) return { ...result, busy: true, left: pending(dir).length };
  try {
    for (;;) {
      adoptIncoming(dir);
      const names = pending(dir);
      if (names.length === 0) break;
      let stopped = false;
      for (const name of names) {
        if (Date.now() > deadline) {
          stopped = true;
          break;
        }
        let item: { meta: Spooled; body: Buffer };
        try {
          item = readSpooled(join(dir, name));
        } catch (error) {
          reject(dir, name, `unreadable spool file: ${(error as Error).message}`);
          result.rejected += 1;
          continue;
        }
        // Events spooled without a token or URL take the flusher's.
        const meta = { ...item.meta, url: config.url ?? item.meta.url, token: item.meta.token ?? config.token ?? null };
        const outcome = await postHook(meta, item.body, config.timeoutMs);
        if (outcome.ok) {
          unlinkSync(join(dir, name));
          result.sent += 1;
        } else if (outcome.permanent) {
          reject(dir, name, outcome.reason);
          result.rejected += 1;
        } else {
          result.error = outcome.reason;
          stopped = true;
          break;
        }
      }
      if (stopped) break;
    }
  } finally {
    lock();
    agent.destroy();
  }
  result.left = pending(dir).length;
  return result;
}

/**
 * After a delivery failed for a passing reason (server down, hung, 5xx), hooks only spool for this
 * long (HookConfig.retryAfterMs) before one of them tries the server again. Without it, every event
 * of a hung server would wait out the whole timeout, and an agent's tool call (three hooks) would
 * stall for three of them.
 */
export const DEFAULT_RETRY_AFTER_MS = 1000;
const UNREACHABLE_MARK = '.unreachable';

/** Notes the time of a passing delivery failure (the file's content; its mtime would do on most disks). */
function markUnreachable(dir: string, now: number) {
  try {
    writeFileSync(join(dir, UNREACHABLE_MARK), `${now}\n`);
  } catch {
    // Only an optimisation: without the mark the next hook tries the server again.
  }
}

function recentlyUnreachable(dir: string, now: number, retryAfterMs: number): boolean {
  try {
    const since = Number(readFileSync(join(dir, UNREACHABLE_MARK), 'utf8'));
    return now - since >= 0 && now - since < retryAfterMs;
  } catch {
    return false;
  }
}

/**
 * One hook invocation: deliver `body` (the hook's stdin) now, or spool it. With events already
 * spooled, this one goes to the back of the spool and the spool is flushed first, so the server
 * receives events in the order they fired; within `retryAfterMs` of a failure it is only spooled.
 * Never throws for delivery problems.
 */
export async function deliver(config: HookConfig, body: Buffer, now = Date.now()): Promise<'sent' | 'spooled' | 'rejected'> {
  const meta: Spooled = { key: randomUUID(), time: now, url: config.url, token: config.token };
  const budget = now + Math.max(config.timeoutMs * 2, 1000);
  if (pending(config.spoolDir).length > 0) {
    spool(config.spoolDir, meta, body);
    if (recentlyUnreachable(config.spoolDir, now, config.retryAfterMs)) return 'spooled';
    const result = await flush(config, budget);
    if (result.error) markUnreachable(config.spoolDir, Date.now());
    return 'spooled';
  }
  const outcome = await postHook(meta, body, config.timeoutMs);
  agent.destroy();
  if (outcome.ok) return 'sent';
  const name = spool(config.spoolDir, meta, body);
  if (outcome.permanent) {
    reject(config.spoolDir, name, outcome.reason);
    return 'rejected';
  }
  markUnreachable(config.spoolDir, Date.now());
  return 'spooled';
}
