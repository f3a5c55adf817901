/**
 * Runner hosts and the fencing rule (issue 18): which runner may take over a spawn request whose
 * agent may still be alive on another machine.
 *
 * A host is a runner data directory on one machine, named by its host id (`<runner data dir>/host-id`,
 * or --host-id). Runners of one host share that directory, so they can read each other's pid files;
 * runners of different hosts cannot. Every claim and lease renewal reports its host (lastSeenAt), so a
 * host is alive while any runner on it is.
 *
 * The rule, in one place (`takeoverFence`): a request in LAUNCHING or RUNNING whose lease ran out may be
 * taken over
 *   - by a runner of the host that recorded the launch: always (its pid file tells "never started"
 *     from "adopt" from "exited", see src/runner/runner.ts);
 *   - by a runner of another host only when that host is dead: silent for longer than the host-dead
 *     timeout (--runner-host-dead-ms), or declared dead by an operator (runnerDeclareHostDead) and not
 *     heard from since. Otherwise the agent may still be alive there and a relaunch would run it twice.
 * A CLAIMED request never ran anything (exec happens only after the LAUNCHING record), so any host may
 * take it over once the lease ran out.
 */
import { z } from 'zod';
import type { Store, Tx } from '../store/types.ts';
import type { RunnerHost } from '../generated/prisma/client.ts';
import { NotFoundError } from './errors.ts';
import { parseInput } from './validation.ts';

export const DEFAULT_HOST_DEAD_MS = 60_000;

/** Host ids are names people type (`maestro runner declare-dead HOST`) and log: short, no spaces or slashes. */
export const HOST_ID = z
  .string()
  .min(1, 'hostId must not be empty')
  .max(100, 'hostId must be at most 100 characters')
  // Empty is left to min(1), so it gets one message.
  .regex(/^([A-Za-z0-9][A-Za-z0-9._:-]*)?$/, 'hostId may hold only letters, digits and . _ : - (and must start with a letter or digit)');

export const parseHostId = (hostId: string, field = 'hostId') => parseInput(z.object({ [field]: HOST_ID }), { [field]: hostId })[field] as string;

/** A runner of `hostId` reported now (claim, lease renewal or heartbeat). */
export async function touchHost(tx: Tx, hostId: string, now: Date) {
  await tx.runnerHost.upsert({ where: { id: hostId }, create: { id: hostId, lastSeenAt: now }, update: { lastSeenAt: now } });
}

export type HostStatus = 'ALIVE' | 'SILENT' | 'DECLARED_DEAD';

/** ALIVE: reported within the host-dead timeout and not declared dead since; SILENT: past the timeout; DECLARED_DEAD: declared dead and not heard from since. */
export function hostStatus(host: Pick<RunnerHost, 'lastSeenAt' | 'declaredDeadAt'>, hostDeadMs: number, now = new Date()): HostStatus {
  if (host.declaredDeadAt && host.declaredDeadAt >= host.lastSeenAt) return 'DECLARED_DEAD';
  if (now.getTime() - host.lastSeenAt.getTime() > hostDeadMs) return 'SILENT';
  return 'ALIVE';
}

/**
 * Why `takerHost` may not take over a request launched on `launchHost` now (null: it may).
 * See the module comment for the rule.
 */
export async function takeoverFence(tx: Tx, hostDeadMs: number, state: string, launchHost: string | null, takerHost: string, now: Date): Promise<string | null> {
  if (state !== 'LAUNCHING' && state !== 'RUNNING') return null;
  // No launch host: recorded before hosts existed (or never launched); nothing to wait for.
  if (!launchHost || launchHost === takerHost) return null;
  const host = await tx.runnerHost.findUnique({ where: { id: launchHost } });
  if (!host || hostStatus(host, hostDeadMs, now) !== 'ALIVE') return null;
  return `its agent may still be alive on host ${launchHost}, which reported ${host.lastSeenAt.toISOString()}: it is taken over from another host once that host is silent for ${hostDeadMs} ms or an operator declares it dead (maestro runner declare-dead ${launchHost})`;
}

/** Every host that ever reported, with what it holds now (requests launched there, not yet exited). */
export async function listHosts(store: Store, hostDeadMs: number, now = new Date()) {
  const hosts = await store.prisma.runnerHost.findMany({ orderBy: { firstSeenAt: 'asc' } });
  const held = await store.prisma.spawn.groupBy({ by: ['launchHost'], where: { state: { in: ['LAUNCHING', 'RUNNING'] }, launchHost: { in: hosts.map((h) => h.id) } }, _count: { _all: true } });
  const count = new Map(held.map((h) => [h.launchHost, h._count._all]));
  return hosts.map((h) => ({ ...h, status: hostStatus(h, hostDeadMs, now), launched: count.get(h.id) ?? 0 }));
}

export type ListedHost = Awaited<ReturnType<typeof listHosts>>[number];

/**
 * An operator's word that `hostId`'s agents are gone (the machine is down, or its agents were killed):
 * runners of other hosts may take over what it launched once its leases ran out. A runner of that
 * host reporting again makes it alive again (a mistaken declaration undoes itself), and a runner
 * that finds its request taken over by another host stops its agent (src/runner/runner.ts).
 */
export async function declareHostDead(store: Store, hostDeadMs: number, actor: string, input: { hostId: string }) {
  const { hostId } = parseInput(z.object({ hostId: HOST_ID }), input);
  return store.withEvents(actor, async (tx, emit) => {
    const host = await tx.runnerHost.findUnique({ where: { id: hostId } });
    if (!host) throw new NotFoundError('RunnerHost', hostId, `No runner of host ${hostId} ever reported to this server: list the known hosts with \`maestro runner hosts\``);
    const now = new Date();
    const updated = await tx.runnerHost.update({ where: { id: hostId }, data: { declaredDeadAt: now } });
    const launched = await tx.spawn.count({ where: { state: { in: ['LAUNCHING', 'RUNNING'] }, launchHost: hostId } });
    await emit({ kind: 'RUNNER_HOST_DECLARED_DEAD', payload: { hostId, lastSeenAt: host.lastSeenAt, launched } });
    return { ...updated, status: hostStatus(updated, hostDeadMs, now), launched };
  });
}
