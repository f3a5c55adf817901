/**
 * The runner's side of the GraphQL API (src/schema/session/spawn.ts), as typed documents over the
 * shared request helper. src/runner talks to the server only through src/client, so the same code
 * runs inside the server and as `maestro runner`.
 */
import { request, type RequestOptions, type TypedDocument } from '../client/request.ts';

const doc = <R, V>(text: string) => ({ toString: () => text }) as TypedDocument<R, V>;

export type ClaimResult = {
  claimed: boolean;
  previousState: string | null;
  previousLaunchId: string | null;
  previousPid: number | null;
  previousHost: string | null;
  sessionDir: string | null;
  agent: string | null;
  prompt: string | null;
  model: string | null;
  stopRequested: boolean;
  taskIds: string[];
  session: { id: string; role: 'WORKER' | 'ORCHESTRATOR'; project: { id: string } } | null;
};
export type Ack = { ok: boolean; stopRequested: boolean; stopGraceMs: number | null };
export type Lease = { sessionId: string; held: boolean; stopRequested: boolean; stopGraceMs: number | null };

const PENDING = doc<{ pendingSpawns: string[] }, { first: number }>(`query RunnerPending($first: Int) { pendingSpawns(first: $first) }`);
const CLAIM = doc<{ runnerClaimSpawn: ClaimResult }, { input: { sessionId: string; runnerId: string; leaseMs: number } }>(
  `mutation RunnerClaim($input: RunnerClaimInput!) { runnerClaimSpawn(input: $input) {
    claimed previousState previousLaunchId previousPid previousHost sessionDir agent prompt model stopRequested taskIds
    session { id role project { id } } } }`,
);
const RECORD = doc<{ runnerRecordLaunch: Ack }, { input: { sessionId: string; runnerId: string; launchId: string; leaseMs: number } }>(
  `mutation RunnerRecordLaunch($input: RunnerRecordLaunchInput!) { runnerRecordLaunch(input: $input) { ok stopRequested stopGraceMs } }`,
);
const LAUNCHED = doc<{ runnerReportLaunched: Ack }, { input: { sessionId: string; runnerId: string; launchId: string; pid: number; adopted: boolean } }>(
  `mutation RunnerLaunched($input: RunnerLaunchedInput!) { runnerReportLaunched(input: $input) { ok stopRequested stopGraceMs } }`,
);
const RENEW = doc<{ runnerRenewLeases: Lease[] }, { input: { runnerId: string; sessionIds: string[]; leaseMs: number } }>(
  `mutation RunnerRenew($input: RunnerRenewInput!) { runnerRenewLeases(input: $input) { sessionId held stopRequested stopGraceMs } }`,
);
export type ExitReport = { exitCode?: number | null; signal?: string | null; outputTail?: string | null; reason?: string | null };
const EXIT = doc<{ runnerReportExit: Ack }, { input: { sessionId: string; runnerId: string; launchId: string | null } & ExitReport }>(
  `mutation RunnerExit($input: RunnerExitInput!) { runnerReportExit(input: $input) { ok } }`,
);

export function runnerApi(options: RequestOptions) {
  const opts = { timeoutMs: 15_000, ...options };
  return {
    pending: async (first = 100) => (await request(opts, PENDING, { first })).pendingSpawns,
    claim: async (sessionId: string, runnerId: string, leaseMs: number) => (await request(opts, CLAIM, { input: { sessionId, runnerId, leaseMs } })).runnerClaimSpawn,
    recordLaunch: async (sessionId: string, runnerId: string, launchId: string, leaseMs: number) =>
      (await request(opts, RECORD, { input: { sessionId, runnerId, launchId, leaseMs } })).runnerRecordLaunch,
    launched: async (sessionId: string, runnerId: string, launchId: string, pid: number, adopted: boolean) =>
      (await request(opts, LAUNCHED, { input: { sessionId, runnerId, launchId, pid, adopted } })).runnerReportLaunched,
    renew: async (runnerId: string, sessionIds: string[], leaseMs: number) => (await request(opts, RENEW, { input: { runnerId, sessionIds, leaseMs } })).runnerRenewLeases,
    exit: async (sessionId: string, runnerId: string, launchId: string | null, report: ExitReport) =>
      (await request(opts, EXIT, { input: { sessionId, runnerId, launchId, ...report } })).runnerReportExit,
  };
}

export type RunnerApi = ReturnType<typeof runnerApi>;
