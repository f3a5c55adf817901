/**
 * The storage port: everything the server asks of its database, in one interface, so nothing outside
 * src/store/ knows which engine runs. buildApp() opens one Store (src/store/index.ts) and passes it
 * down (the GraphQL context carries it, services take it as their first parameter); two apps in one
 * process have two stores that share nothing.
 *
 * Guarantees every adapter keeps (docs/ARCHITECTURE.md, section 4):
 * - Outbox: a change and its events commit together or not at all (`withEvents`, `withHookBatch`).
 * - Order: seq order is commit order. Once a reader has seen seq N, no smaller seq can appear later.
 * - Committed reads only: the log reads never see a row of a transaction that is still open.
 * - Wake-up after commit: `wakeUp` is told only once the events it announces are visible to readers.
 *
 * What a PostgreSQL adapter must do for each method is in src/store/README.md.
 */
import type { Prisma, PrismaClient, Session, Subtask, Task } from '../generated/prisma/client.ts';
import type { EventKind } from '../events/kinds.ts';

export type Tx = Prisma.TransactionClient;

export type EventFilter = {
  projectId?: string | null;
  taskId?: string | null;
  subtaskId?: string | null;
  sessionId?: string | null;
  kinds?: readonly string[] | null;
};

export type EventRow = {
  seq: number;
  kind: EventKind;
  projectId: string | null;
  taskId: string | null;
  subtaskId: string | null;
  sessionId: string | null;
  actor: string;
  payload: string;
  /** When the event committed, as an ISO-8601 UTC string (what the DateTime scalar sends). */
  createdAt: string;
  /** HOOK_RECEIVED only: the hook fields normalised into columns at ingest (null otherwise). */
  hookEvent: string | null;
  toolName: string | null;
  toolUseId: string | null;
  agentId: string | null;
};

export type NewEvent = {
  kind: EventKind;
  projectId?: string | null;
  taskId?: string | null;
  subtaskId?: string | null;
  sessionId?: string | null;
  payload: unknown;
  /** Stored as the payload verbatim instead of JSON.stringify(payload) (hook bodies). */
  rawPayload?: string;
  /** Unique: a second event with the same key cannot be stored (hook dedupe). */
  idempotencyKey?: string | null;
  /** Who caused this event, when not the transaction's actor (a hook batch spans several sessions' deliveries). */
  actor?: string;
  /** Normalised hook fields (HOOK_RECEIVED). */
  hook?: { hookEvent: string | null; toolName: string | null; toolUseId: string | null; agentId: string | null };
};

/** Appends one event inside the current transaction; resolves with its seq. */
export type Emit = (event: NewEvent) => Promise<number>;

/** Columns the status machine writes (src/hooks/store.ts rowOf). */
export type SessionStateColumns = Pick<
  Session,
  | 'status'
  | 'baseStatus'
  | 'agentSessionId'
  | 'cwd'
  | 'startedAt'
  | 'endedAt'
  | 'lastEvidenceAt'
  | 'statusObservedAt'
  | 'needsInputSince'
  | 'needsInputKind'
  | 'needsInputMessage'
  | 'derived'
>;

/**
 * What hook ingest does inside its one write transaction per group-commit batch. The hottest write
 * of the server, so adapters implement it in their engine's own SQL rather than through Prisma
 * (through Prisma a batch cost ~1.3 ms of CPU in the query compiler against ~0.2 ms for its SQL).
 * Reads here see the transaction's own writes; rows come back shaped as Prisma's `Session`.
 */
export interface HookBatch {
  /** Which of these idempotency keys the log already holds. */
  knownIdempotencyKeys(keys: string[]): Promise<Set<string>>;
  /** The sessions with these ids (missing ids are simply absent). */
  loadSessions(ids: string[]): Promise<Session[]>;
  /** Whether the agent session id is already used by a session of another project. */
  agentSessionInOtherProject(agentSessionId: string, projectId: string): Promise<boolean>;
  /** Appends events in order; resolves with their seqs in the same order. */
  append(events: NewEvent[]): Promise<number[]>;
  /** Writes the status machine's columns (and updatedAt, as Prisma's @updatedAt would). */
  saveSessionState(id: string, state: SessionStateColumns): Promise<void>;
}

/** A new task's columns, every value decided by the service; the store adds id, createdAt and updatedAt. */
export type NewTask = {
  projectId: string;
  title: string;
  description: string;
  status: string;
  priority: string;
  acceptanceCriteria: string[];
  startedAt: Date | null;
  completedAt: Date | null;
};
/** Columns of a task to change; an absent (undefined) key is left as it is. updatedAt is always set. */
export type TaskChanges = Partial<Omit<NewTask, 'projectId'>>;

/** A new subtask's columns; the store adds id, done (false), completedAt (null), version (1), createdAt, updatedAt. */
export type NewSubtask = { taskId: string; title: string; description: string; position: number };
/** Columns of a subtask to change; absent keys are left as they are. The version goes up by one, updatedAt is set. */
export type SubtaskChanges = Partial<{ taskId: string; title: string; description: string; done: boolean; completedAt: Date | null; position: number }>;

/**
 * The statements of the hot task and subtask mutations, inside `withEvents`' transaction. Only the
 * statements: the rules (validation, status timestamps, positions, versions, conflicts) stay in
 * src/services. SQLite runs them as prepared raw SQL on the transaction's own connection (through
 * Prisma each cost ~0.5 ms of query-compiler CPU, more than the statement itself); PostgreSQL runs
 * them through the Prisma transaction client (src/store/prisma-domain-rows.ts). Rows come back
 * exactly as Prisma's `Task` / `Subtask` (same keys in the same order, Date objects, parsed JSON;
 * test/store/domain-rows.test.ts compares them field by field), and reads see the transaction's
 * own writes, Prisma's included.
 */
export interface DomainRows {
  projectExists(id: string): Promise<boolean>;
  findTask(id: string): Promise<Task | null>;
  /** Inserts a task with a new cuid; resolves with the stored row. */
  insertTask(task: NewTask): Promise<Task>;
  /** Sets the given columns and updatedAt; resolves with the row after the change. @throws when there is no such task */
  updateTask(id: string, changes: TaskChanges): Promise<Task>;
  /** Deletes a task (its subtasks go with it: ON DELETE CASCADE). */
  deleteTask(id: string): Promise<void>;
  /** The ids of a task's subtasks, in position order. */
  subtaskIdsOf(taskId: string): Promise<string[]>;
  findSubtask(id: string): Promise<Subtask | null>;
  /** The subtask and the project of its task (one statement). */
  findSubtaskWithProject(id: string): Promise<{ subtask: Subtask; projectId: string } | null>;
  /** The highest position among a task's subtasks (leaving out `exceptId`), null when there is none. */
  lastSubtaskPosition(taskId: string, exceptId?: string): Promise<number | null>;
  /** The nearest position of the task's subtasks above (`after`) or below (`before`) `position`, leaving out `exceptId`. */
  neighbourPosition(taskId: string, position: number, side: 'after' | 'before', exceptId?: string): Promise<number | null>;
  /** Inserts a subtask with a new cuid; resolves with the stored row. */
  insertSubtask(subtask: NewSubtask): Promise<Subtask>;
  /** Sets the given columns, increments version, sets updatedAt; resolves with the row after. @throws when there is no such subtask */
  updateSubtask(id: string, changes: SubtaskChanges): Promise<Subtask>;
  deleteSubtask(id: string): Promise<void>;
  /** The stored result of an idempotent mutation (src/services/receipts.ts), or null. */
  findReceipt(key: string): Promise<string | null>;
  saveReceipt(key: string, result: string): Promise<void>;
}

/**
 * The log advanced. Carries no events (readers always read the log itself) and holds no queue, so
 * it can neither overflow nor drop anything that matters.
 */
export interface WakeUp {
  /** The highest seq this store knows to be committed (0 until it has seen one). */
  readonly latest: number;
  /** Calls `listener` after each advance; returns the unsubscribe function. */
  listen(listener: (seq: number) => void): () => void;
  readonly listenerCount: number;
}

export interface Store {
  /** Which engine this store runs on (for logs and /metrics; nothing may branch on it outside src/store). */
  readonly engine: 'sqlite' | 'postgresql';
  /** The Prisma client of this store: plain reads, and the transaction client inside `withEvents`. */
  readonly prisma: PrismaClient;
  /** The random id created with this database; every cursor carries it. Fixed from open to close. */
  readonly epoch: string;
  readonly wakeUp: WakeUp;

  /**
   * Runs `work` in one write transaction; `emit` appends an event to the log inside it, and `rows`
   * runs the hot mutations' statements inside it too (the same transaction as `tx`: each sees the
   * other's writes, and all roll back together). Wakes readers after the commit.
   */
  withEvents<T>(actor: string, work: (tx: Tx, emit: Emit, rows: DomainRows) => Promise<T>): Promise<T>;
  /** Hook ingest's group commit: `work` runs in one write transaction through `batch`. Wakes readers after the commit. */
  withHookBatch<T>(actor: string, work: (batch: HookBatch) => Promise<T>): Promise<T>;

  /** Up to `limit` matching events with seq > afterSeq, oldest first. */
  readAfter(filter: EventFilter, afterSeq: number, limit: number): Promise<EventRow[]>;
  /** Up to `limit` matching events with seq < beforeSeq, newest first (history pages backwards). */
  readBefore(filter: EventFilter, beforeSeq: number, limit: number): Promise<EventRow[]>;
  countEvents(filter: EventFilter): Promise<number>;
  /** The highest seq committed (0 when empty). Every event up to it is visible to a read that starts later. */
  lastCommittedSeq(): Promise<number>;
  /** The highest seq ever pruned by retention (0 when none). */
  prunedThrough(): Promise<number>;
  /** The highest seq in the log (0 when empty), or the highest ever pruned if that is higher. */
  headSeq(): Promise<number>;
  /**
   * Deletes events older than `cutoff` and records the highest pruned seq, so cursors before it
   * fail with CURSOR_EXPIRED instead of silently skipping. Resolves with the number deleted.
   */
  pruneBefore(cutoff: Date): Promise<number>;

  /**
   * Runs a background job (retention, the stale sweeper) unless another server on the same database
   * runs it: resolves with fn's result, or with undefined when this server is not the leader for
   * `name` now. SQLite: one server per data directory (src/database-lock.ts), so always the leader.
   */
  runExclusive<T>(name: string, fn: () => Promise<T>): Promise<T | undefined>;

  /**
   * Readiness: the database answers, every migration is applied, and a write could start now (no
   * other process holds the write lock).
   */
  isReady(): Promise<boolean>;
  /** Whether `error` is a fault of the database itself (busy, full disk, I/O): worth a retry, not the input's fault. */
  isStorageFault(error: unknown): boolean;
  close(): Promise<void>;
}
