/**
 * The runner's side of the GraphQL API (src/schema/session/spawn.ts), as typed documents over the
 * shared request helper. src/runner talks to the server only through src/client, so the same code
 * runs inside the server and as `maestro runner`.
 */
import { request, RequestError, type RequestOptions, type TypedDocument } from '../client/request.ts';

const doc = <R, V>(text: string) => ({ toString: () => text }) as TypedDocument<R, V>;

export type ClaimResult = {
  claimed: boolean;
  previousState: string | null;
  previousLaunchId: string | null;
  previousPid: number | null;
  previousHost: string | null;
  /** Not claimed because its agent may still be alive on another host (the fencing rule): why. */
  fenced: string | null;
  /** The server's session directory (a runner with its own data directory writes its own, see session-dir.ts). */
  sessionDir: string | null;
  manifest: string | null;
  token: string | null;
  skillFiles: { skill: string; path: string; contentBase64: string }[];
  agent: string | null;
  prompt: string | null;
  model: string | null;
  stopRequested: boolean;
  taskIds: string[];
  session: { id: string; role: 'WORKER' | 'ORCHESTRATOR'; project: { id: string } } | null;
};
export type Ack = { ok: boolean; stopRequested: boolean; stopGraceMs: number | null };
export type Lease = { sessionId: string; held: boolean; holderHost: string | null; stopRequested: boolean; stopGraceMs: number | null };

/** A mutation's result union as selected below: its payload, or an expected error (all implement Error). */
type Result<T> = { __typename: string; message?: string } & Partial<T>;
const ERROR_FIELDS = '... on Error { message }';

/**
 * The payload of a result union; an error member (ValidationError, NotFoundError, …) is thrown as a
 * RequestError whose code is its __typename, as a GraphQL error would be.
 */
function payloadOf<T>(result: Result<T>, payloadType: string): T {
  if (result.__typename === payloadType) return result as T;
  throw new RequestError(result.__typename, result.message ?? `${result.__typename} from the server`);
}

const ACK_FIELDS = 'ok stopRequested stopGraceMs';
const PENDING = doc<{ pendingSpawns: string[] }, { first: number }>(`query RunnerPending($first: Int) { pendingSpawns(first: $first) }`);
const CLAIM = doc<{ runnerClaimSpawn: Result<ClaimResult> }, { input: { sessionId: string; runnerId: string; hostId: string; leaseMs: number } }>(
  `mutation RunnerClaim($input: RunnerClaimSpawnInput!) { runnerClaimSpawn(input: $input) { __typename ${ERROR_FIELDS}
    ... on RunnerClaimSpawnPayload { claimed previousState previousLaunchId previousPid previousHost fenced sessionDir manifest token skillFiles { skill path contentBase64 }
    agent prompt model stopRequested taskIds
    session { id role project { id } } } } }`,
);
const RECORD = doc<{ runnerRecordLaunch: Result<Ack> }, { input: { sessionId: string; runnerId: string; launchId: string; leaseMs: number } }>(
  `mutation RunnerRecordLaunch($input: RunnerRecordLaunchInput!) { runnerRecordLaunch(input: $input) { __typename ${ERROR_FIELDS} ... on RunnerRecordLaunchPayload { ${ACK_FIELDS} } } }`,
);
const LAUNCHED = doc<{ runnerReportLaunched: Result<Ack> }, { input: { sessionId: string; runnerId: string; launchId: string; pid: number; adopted: boolean } }>(
  `mutation RunnerLaunched($input: RunnerReportLaunchedInput!) { runnerReportLaunched(input: $input) { __typename ${ERROR_FIELDS} ... on RunnerReportLaunchedPayload { ${ACK_FIELDS} } } }`,
);
const RENEW = doc<{ runnerRenewLeases: Result<{ leases: Lease[] }> }, { input: { runnerId: string; hostId: string; sessionIds: string[]; leaseMs: number } }>(
  `mutation RunnerRenew($input: RunnerRenewLeasesInput!) { runnerRenewLeases(input: $input) { __typename ${ERROR_FIELDS}
    ... on RunnerRenewLeasesPayload { leases { sessionId held holderHost stopRequested stopGraceMs } } } }`,
);
export type ExitReport = { exitCode?: number | null; signal?: string | null; outputTail?: string | null; reason?: string | null };
const EXIT = doc<{ runnerReportExit: Result<Ack> }, { input: { sessionId: string; runnerId: string; launchId: string | null } & ExitReport }>(
  `mutation RunnerExit($input: RunnerReportExitInput!) { runnerReportExit(input: $input) { __typename ${ERROR_FIELDS} ... on RunnerReportExitPayload { ${ACK_FIELDS} } } }`,
);

export function runnerApi(options: RequestOptions) {
  const opts = { timeoutMs: 15_000, ...options };
  return {
    pending: async (first = 100) => (await request(opts, PENDING, { first })).pendingSpawns,
    claim: async (sessionId: string, runnerId: string, hostId: string, leaseMs: number) =>
      payloadOf((await request(opts, CLAIM, { input: { sessionId, runnerId, hostId, leaseMs } })).runnerClaimSpawn, 'RunnerClaimSpawnPayload'),
    recordLaunch: async (sessionId: string, runnerId: string, launchId: string, leaseMs: number) =>
      payloadOf((await request(opts, RECORD, { input: { sessionId, runnerId, launchId, leaseMs } })).runnerRecordLaunch, 'RunnerRecordLaunchPayload'),
    launched: async (sessionId: string, runnerId: string, launchId: string, pid: number, adopted: boolean) =>
      payloadOf((await request(opts, LAUNCHED, { input: { sessionId, runnerId, launchId, pid, adopted } })).runnerReportLaunched, 'RunnerReportLaunchedPayload'),
    renew: async (runnerId: string, hostId: string, sessionIds: string[], leaseMs: number) =>
      payloadOf((await request(opts, RENEW, { input: { runnerId, hostId, sessionIds, leaseMs } })).runnerRenewLeases, 'RunnerRenewLeasesPayload').leases,
    exit: async (sessionId: string, runnerId: string, launchId: string | null, report: ExitReport) =>
      payloadOf((await request(opts, EXIT, { input: { sessionId, runnerId, launchId, ...report } })).runnerReportExit, 'RunnerReportExitPayload'),
  };
}

export type RunnerApi = ReturnType<typeof runnerApi>;
