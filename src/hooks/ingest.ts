/**
 * POST /hooks/claude: Claude Code hook events, exactly the JSON an http hook (or `maestro hook`)
 * sends, authenticated by the session's bearer token.
 *
 * - Acks `200` with an empty body (Claude Code reads it as "no decision") only after the event is
 *   committed with synchronous=FULL. Concurrent deliveries are group-committed: while one
 *   transaction commits, the next ones queue and then commit together (one fsync for the batch),
 *   in one transaction in the store's own SQL (see commitBatch).
 * - The body is stored verbatim; hook_event_name, tool_name, tool_use_id and agent_id are copied to
 *   columns. Unknown event names and fields are kept. Odd text (lone surrogates, invalid UTF-8)
 *   never fails a request.
 * - Deduplicates by (session, agent session_id, event name, tool_use_id) when the event has a
 *   tool_use_id, else by the Idempotency-Key header (the CLI hook sends one per event and reuses it
 *   on every retry). Events with neither are all kept: two identical idle notifications a minute
 *   apart are two events. A duplicate is acked like the original (`x-maestro-duplicate: 1`).
 * - Errors are plain 4xx with a JSON explanation: 401 missing/unknown token, 403 a token used for
 *   another session, 405, 411/413 over the size cap, 415 not JSON, 400 malformed body or nested
 *   deeper than HOOK_MAX_DEPTH. A failed commit is 503: the CLI hook spools and retries with the
 *   same key.
 * - Failures are isolated: when a group-commit batch fails, its deliveries are committed one by one,
 *   so only the delivery that cannot be stored fails (422 NOT_STORABLE, not retried), never its
 *   neighbours. A valid body the status machine cannot fold is stored raw, without a status change.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import client from 'prom-client';
import { logger } from '../logger.ts';
import { registry } from '../metrics.ts';
import { bearerToken } from '../security.ts';
import { forgetSession, sessionForToken, type TokenOwner } from '../services/sessions.ts';
import type { HookBatch, Store } from '../store/types.ts';
import { jsonDeeperThan } from './json-depth.ts';
import { applyHook, parseDerived, type Derived, type StatusChange } from './state.ts';
import { rowOf, stateOf, statusChangeEvent } from './store.ts';

export const HOOK_PATH = '/hooks/claude';
export const DEFAULT_HOOK_MAX_BODY_BYTES = 16 * 1024 * 1024;
const KEY_MAX = 200;
/** Hook fields copied to Event columns are cut at this length (the payload keeps them whole). */
export const COLUMN_MAX = 512;
/** Hook bodies nested deeper than this are refused (400 TOO_DEEP); Claude Code's inputs nest a few levels. */
export const HOOK_MAX_DEPTH = 64;
const BATCH_MAX_EVENTS = 256;
const BATCH_MAX_BYTES = 32 * 1024 * 1024;
/** A hook time further than this from the server's clock is ignored (the arrival time is used). */
const HOOK_TIME_SKEW_MS = 7 * 24 * 3600 * 1000;

/**
 * A hook delivery is the session's own doing (its token sent it): its events carry the actor every
 * request with that token records, `session:<global id>` (src/auth/viewer.ts), not a batch-wide label.
 */
const sessionActor = (sessionId: string) => `session:${Buffer.from(`Session:${sessionId}`, 'utf8').toString('base64')}`;

export type HookIngestOptions = { maxBodyBytes: number };

type Delivery = {
  owner: TokenOwner;
  /** The body as received (UTF-8 decoded), stored verbatim. */
  raw: string;
  payload: Record<string, unknown>;
  name: string;
  hook: { hookEvent: string; toolName: string | null; toolUseId: string | null; agentId: string | null };
  agentSessionId: string | null;
  key: string | null;
  observedAt: Date;
};

export type DeliveryResult = { status: 'stored'; seq: number } | { status: 'duplicate' } | { status: 'gone' } | { status: 'forbidden' };

class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

const column = (value: unknown): string | null => (typeof value === 'string' ? value.slice(0, COLUMN_MAX) : null);
const bounded = (key: string) => (key.length <= KEY_MAX ? key : `sha256:${createHash('sha256').update(key).digest('base64url')}`);

/** The dedupe key stored in Event.idempotencyKey (unique), scoped to the Maestro session. */
export function dedupeKey(sessionId: string, agentSessionId: string | null, name: string, toolUseId: string | null, header: string | null): string | null {
  if (toolUseId) return bounded(`hook:${sessionId}:tool:${agentSessionId ?? ''}:${name}:${toolUseId}`);
  if (header) return bounded(`hook:${sessionId}:key:${header}`);
  return null;
}

// ---------------------------------------------------------------------------------------------
// Group commit

const hookEvents = new client.Counter({ name: 'maestro_hook_events_total', help: 'Hook deliveries committed, by outcome', labelNames: ['outcome'], registers: [registry] });
const hookBatches = new client.Counter({ name: 'maestro_hook_batches_total', help: 'Group-commit transactions of hook deliveries', registers: [registry] });

type Queued = { delivery: Delivery; bytes: number; resolve: (r: DeliveryResult) => void; reject: (e: unknown) => void };
/** One queue per store: a batch is one transaction, so it never mixes two databases' deliveries. */
type Queue = { items: Queued[]; draining: boolean };
const queues = new WeakMap<Store, Queue>();

/** Commits a delivery (with whatever else is queued) and resolves once it is durable. */
export function ingest(store: Store, delivery: Delivery): Promise<DeliveryResult> {
  let queue = queues.get(store);
  if (!queue) queues.set(store, (queue = { items: [], draining: false }));
  const q = queue;
  return new Promise((resolve, reject) => {
    q.items.push({ delivery, bytes: delivery.raw.length, resolve, reject });
    if (!q.draining) {
      q.draining = true;
      // Start after the I/O phase, not now: the batch may commit synchronously (SQLite does), so
      // starting it from this request's callback would keep every other request already waiting
      // to be read out of the batch.
      setImmediate(() => void drain(store, q));
    }
  });
}

async function drain(store: Store, queue: Queue) {
  try {
    const items = queue.items;
    while (items.length > 0) {
      let bytes = 0;
      let n = 0;
      while (n < items.length && n < BATCH_MAX_EVENTS && (n === 0 || bytes + items[n]!.bytes <= BATCH_MAX_BYTES)) bytes += items[n++]!.bytes;
      const batch = items.splice(0, n);
      try {
        settle(batch, await commitBatch(store, batch.map((q) => q.delivery)));
      } catch (error) {
        // A busy or failing database fails every delivery alike (503, retried); anything else may be
        // one delivery's fault: commit each on its own so only that one fails.
        if (batch.length === 1 || store.isStorageFault(error)) batch.forEach((q) => q.reject(error));
        else for (const q of batch) await commitAlone(store, q);
      }
      // Let the requests that arrived during the commit be read before the next batch starts.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    queue.draining = false;
  }
}

function settle(batch: Queued[], results: DeliveryResult[]) {
  hookBatches.inc();
  batch.forEach((q, i) => {
    hookEvents.inc({ outcome: results[i]!.status });
    q.resolve(results[i]!);
  });
}

async function commitAlone(store: Store, q: Queued) {
  try {
    settle([q], await commitBatch(store, [q.delivery]));
  } catch (error) {
    // The database itself failed (busy, full disk, I/O): not the delivery's fault, so worth a retry.
    q.reject(store.isStorageFault(error) ? error : new NotStorableError(error));
  }
}

/** This delivery, committed alone, still failed for a reason of its own: retrying it cannot help. */
class NotStorableError extends Error {
  constructor(cause: unknown) {
    super('This hook event could not be stored', { cause });
  }
}

/**
 * One transaction for the whole batch: find known keys, load the sessions, run the status machine
 * in memory, append every hook event, then the status changes naming them, then one update per
 * session. It runs in the store's own SQL (withHookBatch): the batch is this server's hottest write,
 * and through Prisma its query compiler and runtime cost several times the SQL itself.
 */
async function commitBatch(store: Store, batch: Delivery[]): Promise<DeliveryResult[]> {
  const ids = [...new Set(batch.map((d) => d.owner.id))];
  try {
    const { results, written } = await store.withHookBatch('claude-hook', (rows) => foldBatch(store, batch, ids, rows));
    for (const w of written) committedDerived.remember(w.id, w.text, w.derived);
    return results;
  } catch (error) {
    // The status machine mutated the cached objects in place for a batch that did not commit.
    for (const id of ids) committedDerived.forget(id);
    throw error;
  }
}

/** The batch's results, and each session's derived state as written (remembered once the batch commits). */
async function foldBatch(
  store: Store,
  batch: Delivery[],
  ids: string[],
  rows: HookBatch,
): Promise<{ results: DeliveryResult[]; written: { id: string; text: string; derived: Derived }[] }> {
  const written: { id: string; text: string; derived: Derived }[] = [];
  const seen = await rows.knownIdempotencyKeys([...new Set(batch.map((d) => d.key).filter((k): k is string => k !== null))]);
  const sessions = new Map((await rows.loadSessions(ids)).map((row) => [row.id, { row, state: stateOf(row, committedDerived.reuse(row)), dirty: false }]));
  const results: (DeliveryResult | null)[] = [];
  const stored: { index: number; delivery: Delivery }[] = [];
  const changes: { storedIndex: number; session: { id: string; projectId: string }; change: StatusChange }[] = [];
  for (const [index, d] of batch.entries()) {
    const s = sessions.get(d.owner.id);
    if (!s) {
      forgetSession(store, d.owner.id);
      results.push({ status: 'gone' });
      continue;
    }
    if (d.key !== null && seen.has(d.key)) {
      results.push({ status: 'duplicate' });
      continue;
    }
    // The agent's session id belongs to a session of another project: this token may not write there.
    if (d.agentSessionId && s.state.agentSessionId && d.agentSessionId !== s.state.agentSessionId && (await rows.agentSessionInOtherProject(d.agentSessionId, d.owner.projectId))) {
      results.push({ status: 'forbidden' });
      continue;
    }
    if (d.key !== null) seen.add(d.key);
    let folded: ReturnType<typeof applyHook>;
    try {
      folded = applyHook(s.state, { seq: 0, name: d.name, payload: d.payload, observedAt: d.observedAt }, true);
    } catch (error) {
      // applyHook may have changed the state in place before throwing. In a batch, fail it: the
      // deliveries are then committed one by one (drain). Alone, store the body raw and leave the
      // session as the row has it (parsed afresh, the cached copy may be the damaged one).
      if (batch.length > 1) throw error;
      logger.warn({ err: error, sessionId: d.owner.id, hookEvent: d.hook.hookEvent }, 'hook ingest: stored without folding into the session state');
      committedDerived.forget(d.owner.id);
      s.state = stateOf(s.row, parseDerived(s.row.derived));
      s.dirty = false;
      stored.push({ index, delivery: d });
      results.push(null);
      continue;
    }
    s.state = folded.state;
    s.dirty = true;
    const change = folded.change;
    if (change) changes.push({ storedIndex: stored.length, session: s.row, change });
    stored.push({ index, delivery: d });
    results.push(null);
  }
  const seqs = await rows.append(
    stored.map(({ delivery: d }) => ({
      kind: 'HOOK_RECEIVED' as const,
      actor: sessionActor(d.owner.id),
      projectId: d.owner.projectId,
      sessionId: d.owner.id,
      payload: null,
      rawPayload: d.raw,
      idempotencyKey: d.key,
      hook: d.hook,
    })),
  );
  await rows.append(changes.map((c) => ({ ...statusChangeEvent(c.session, c.change, seqs[c.storedIndex]!, stored[c.storedIndex]!.delivery.name), actor: sessionActor(c.session.id) })));
  stored.forEach((s, i) => (results[s.index] = { status: 'stored', seq: seqs[i]! }));
  for (const s of sessions.values()) {
    if (!s.dirty) continue;
    const data = rowOf(s.state);
    await rows.saveSessionState(s.row.id, data);
    written.push({ id: s.row.id, text: data.derived, derived: s.state.derived });
  }
  return { results: results as DeliveryResult[], written };
}

/**
 * Each session's `derived` as this process last committed it, parsed. A batch reuses it when the
 * row still holds exactly that text — nothing else wrote the column since — instead of parsing
 * tens of kilobytes of JSON per commit. Bounded: the least recently committed sessions fall out.
 * One per process, shared by every app in it: a hit needs the row's exact text, so it is right
 * whichever database the row came from.
 */
const committedDerived = {
  entries: new Map<string, { text: string; derived: Derived }>(),
  max: 1000,
  reuse(row: { id: string; derived: string }): Derived | undefined {
    const entry = this.entries.get(row.id);
    return entry && entry.text === row.derived ? entry.derived : undefined;
  },
  remember(id: string, text: string, derived: Derived) {
    this.entries.delete(id);
    this.entries.set(id, { text, derived });
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  },
  forget(id: string) {
    this.entries.delete(id);
  },
};

// ---------------------------------------------------------------------------------------------
// HTTP

function send(res: ServerResponse, status: number, code: string, message: string, close = false) {
  const body = JSON.stringify({ error: { code, message } });
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    ...(close ? { connection: 'close' } : {}),
  });
  res.end(body);
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `Hook body over ${limit} bytes (raise --hook-max-body-bytes).`);
    chunks.push(chunk);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

function observedTime(header: string | string[] | undefined, now: Date): Date {
  const ms = typeof header === 'string' ? Number(header) : NaN;
  if (!Number.isFinite(ms) || Math.abs(ms - now.getTime()) > HOOK_TIME_SKEW_MS || ms > now.getTime() + 60_000) return now;
  return new Date(ms);
}

async function parseDelivery(store: Store, req: IncomingMessage, options: HookIngestOptions): Promise<Delivery> {
  if (req.method !== 'POST') throw new HttpError(405, 'METHOD_NOT_ALLOWED', `Use POST ${HOOK_PATH} with the hook JSON as the body.`);
  const token = bearerToken(req.headers.authorization);
  if (!token) throw new HttpError(401, 'UNAUTHENTICATED', 'Missing session token: send "Authorization: Bearer <token>" (the token createSession returned, MAESTRO_TOKEN).');
  const owner = await sessionForToken(store, token);
  if (!owner) throw new HttpError(401, 'UNAUTHENTICATED', 'Unknown session token: use the token createSession returned for this session.');
  const target = req.headers['x-maestro-session'];
  if (typeof target === 'string' && target !== owner.id && fromGlobal(target) !== owner.id) {
    throw new HttpError(403, 'FORBIDDEN', 'This token belongs to another session: each token may only write its own session.');
  }
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the hook JSON with "Content-Type: application/json".');
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > options.maxBodyBytes) {
    throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `Hook body of ${declared} bytes is over the ${options.maxBodyBytes}-byte cap (raise --hook-max-body-bytes).`);
  }
  const header = req.headers['idempotency-key'];
  if (typeof header === 'string' && (header.length === 0 || header.length > KEY_MAX)) {
    throw new HttpError(400, 'BAD_IDEMPOTENCY_KEY', `Idempotency-Key must be 1–${KEY_MAX} characters.`);
  }
  const bytes = await readBody(req, options.maxBodyBytes);
  // Invalid UTF-8 becomes U+FFFD; JSON-escaped lone surrogates stay as written in the stored text.
  const text = bytes.toString('utf8');
  // Stored without a leading byte-order mark: the stored text is the JSON the event log hands out.
  const raw = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Before parsing: every later walk over the value (the status machine, JSON.stringify on the way
  // out of the event log) is then bounded.
  if (jsonDeeperThan(raw, HOOK_MAX_DEPTH)) {
    throw new HttpError(400, 'TOO_DEEP', `The body nests objects or arrays deeper than ${HOOK_MAX_DEPTH} levels.`);
  }
  let payload: unknown;
  try {
    payload = JSON.parse(raw);
  } catch (error) {
    throw new HttpError(400, 'INVALID_JSON', `The body is not valid JSON: ${(error as Error).message}`);
  }
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new HttpError(400, 'NOT_AN_OBJECT', 'The body must be a JSON object (the hook input Claude Code sends).');
  }
  const body = payload as Record<string, unknown>;
  const name = body['hook_event_name'];
  if (typeof name !== 'string' || name.length === 0) {
    throw new HttpError(400, 'MISSING_HOOK_EVENT_NAME', 'The body has no "hook_event_name" string: it is not a Claude Code hook input.');
  }
  const toolUseId = column(body['tool_use_id']);
  const agentSessionId = column(body['session_id']);
  return {
    owner,
    raw,
    payload: body,
    name,
    hook: { hookEvent: name.slice(0, COLUMN_MAX), toolName: column(body['tool_name']), toolUseId, agentId: column(body['agent_id']) },
    agentSessionId,
    key: dedupeKey(owner.id, agentSessionId, name, toolUseId, typeof header === 'string' ? header : null),
    observedAt: observedTime(req.headers['x-maestro-hook-time'], new Date()),
  };
}

function fromGlobal(id: string): string | null {
  try {
    const decoded = Buffer.from(id, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon > 0 && decoded.slice(0, colon) === 'Session' ? decoded.slice(colon + 1) : null;
  } catch {
    return null;
  }
}

/** The /hooks/claude route. Never throws; never answers with a body on success. */
export async function handleClaudeHook(store: Store, req: IncomingMessage, res: ServerResponse, options: HookIngestOptions): Promise<void> {
  let delivery: Delivery;
  try {
    delivery = await parseDelivery(store, req, options);
  } catch (error) {
    if (error instanceof HttpError) {
      // The rest of the body may be unread: close the connection instead of reading megabytes.
      return send(res, error.status, error.code, error.message, !req.readableEnded);
    }
    logger.error({ err: error }, 'hook ingest: unexpected error before commit');
    return send(res, 500, 'INTERNAL', 'Unexpected error; the event was not stored.');
  }
  let result: DeliveryResult;
  try {
    result = await ingest(store, delivery);
  } catch (error) {
    logger.error({ err: error }, 'hook ingest: commit failed');
    if (error instanceof NotStorableError) {
      return send(res, 422, 'NOT_STORABLE', 'This event cannot be stored (the server logged why); retrying it will not help.');
    }
    res.setHeader('retry-after', '1');
    return send(res, 503, 'NOT_STORED', 'The event could not be committed; retry with the same Idempotency-Key.');
  }
  switch (result.status) {
    case 'stored':
      res.writeHead(200, { 'content-length': '0', 'x-maestro-seq': String(result.seq) });
      return void res.end();
    case 'duplicate':
      res.writeHead(200, { 'content-length': '0', 'x-maestro-duplicate': '1' });
      return void res.end();
    case 'gone':
      return send(res, 401, 'UNAUTHENTICATED', 'The session of this token no longer exists.');
    case 'forbidden':
      return send(res, 403, 'FORBIDDEN', 'The agent session_id in the body belongs to a session of another project.');
  }
}
